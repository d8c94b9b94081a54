// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The raw document of one hop of the wrapper chain, as it was received; with line > 0 (a
// compliance finding), that line is selected and scrolled into view.
Dialog {
    id: dialog

    property string url
    property string xml
    property int line: 0
    property int column: 0

    // Shows \a xml of \a url at \a line (1-based; 0: the top).
    function show(url, xml, line, column) {
        dialog.url = url
        dialog.xml = xml
        dialog.line = line || 0
        dialog.column = column || 0
        open()
    }

    function revealLine() {
        if (line <= 0 || xml.length === 0) {
            area.cursorPosition = 0
            return
        }
        let start = 0
        for (let l = 1; l < line && start >= 0; ++l) {
            start = area.text.indexOf("\n", start)
            if (start >= 0)
                ++start
        }
        if (start < 0)
            return
        let end = area.text.indexOf("\n", start)
        if (end < 0)
            end = area.text.length
        area.select(start, end)
        const r = area.positionToRectangle(start)
        const flick = scroll.contentItem
        flick.contentY = Math.max(0, Math.min(r.y - scroll.height / 3, flick.contentHeight - scroll.height))
        const x = area.positionToRectangle(start + Math.max(0, column - 1)).x
        flick.contentX = Math.max(0, x - scroll.width / 2)
    }

    title: qsTr("Raw XML")
    modal: true
    standardButtons: Dialog.Close
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width * 0.9 : 900, 1100)
    height: Math.min(parent ? parent.height * 0.9 : 700, 800)

    ColumnLayout {
        anchors.fill: parent
        Label {
            Layout.fillWidth: true
            text: dialog.line > 0 ? qsTr("%1 — line %2, column %3").arg(dialog.url).arg(dialog.line).arg(dialog.column)
                                  : dialog.url
            elide: Text.ElideMiddle
            font.bold: true
        }
        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                id: area
                readOnly: true
                selectByMouse: true
                font.family: "monospace"
                font.pixelSize: 12
                wrapMode: TextEdit.NoWrap
                text: dialog.xml.length > 0 ? dialog.xml : qsTr("(no document was received)")
            }
        }
    }
    onOpened: {
        area.forceActiveFocus()
        revealLine()
    }
    onClosed: { line = 0; column = 0 }
}
