// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls

// The VAST errors of the run: IAB code, phase, what the IAB table says it means, the message.
ListView {
    id: root

    function phaseLabel(phase) {
        switch (phase) {
        case "fetch": return qsTr("fetch")
        case "parse": return qsTr("parse")
        case "resolve": return qsTr("resolve")
        case "select": return qsTr("select")
        case "play": return qsTr("play")
        case "track": return qsTr("track")
        default: return phase
        }
    }

    clip: true
    activeFocusOnTab: true
    keyNavigationEnabled: true
    ScrollBar.vertical: ScrollBar { }
    SystemPalette { id: pal }

    Label {
        anchors.centerIn: parent
        visible: root.count === 0
        text: qsTr("No VAST error.")
        color: "#2e7d32"
    }

    delegate: Rectangle {
        id: entry
        required property int index
        required property var modelData
        width: ListView.view.width
        height: column.implicitHeight + 8
        color: index % 2 ? pal.alternateBase : pal.base
        Column {
            id: column
            x: 8
            y: 4
            width: parent.width - 16
            Text {
                width: parent.width
                wrapMode: Text.Wrap
                font.bold: true
                font.pixelSize: 12
                color: "#c62828"
                text: qsTr("Error %1 (%2): %3").arg(entry.modelData.code).arg(root.phaseLabel(entry.modelData.phase))
                      .arg(entry.modelData.meaning)
            }
            Text {
                width: parent.width
                wrapMode: Text.Wrap
                font.pixelSize: 11
                color: pal.text
                text: entry.modelData.message
            }
        }
    }
}
