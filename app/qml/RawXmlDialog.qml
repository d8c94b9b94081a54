// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The raw document of one hop of the wrapper chain, as it was received.
Dialog {
    id: dialog

    property string url
    property string xml

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
            text: dialog.url
            elide: Text.ElideMiddle
            font.bold: true
        }
        ScrollView {
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
    onOpened: area.forceActiveFocus()
}
