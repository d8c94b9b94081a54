// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import VastQt

/*
    The MediaFiles of the creative: MIME type, size, bitrate, delivery; the chosen one is
    marked and says why it won, the rejected ones say why they could not be played.
*/
ListView {
    id: root

    implicitHeight: Math.max(48, contentHeight)
    clip: true
    keyNavigationEnabled: true
    activeFocusOnTab: true
    currentIndex: -1
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { }

    SystemPalette { id: pal }

    delegate: Rectangle {
        id: file
        required property int index
        required property string url
        required property string type
        required property var model   // for the "width" and "height" roles
        required property int bitrate
        required property string delivery
        required property bool chosen
        required property string reason

        width: ListView.view.width
        height: column.implicitHeight + 10
        color: chosen ? Qt.alpha("#2e7d32", 0.15) : (index % 2 ? pal.alternateBase : pal.base)
        border.color: ListView.isCurrentItem && root.activeFocus ? pal.highlight : "transparent"

        Column {
            id: column
            x: 8
            y: 5
            width: root.width - 16
            spacing: 2
            Text {
                width: parent.width
                color: pal.text
                font.pixelSize: 12
                font.bold: file.chosen
                elide: Text.ElideRight
                text: (file.chosen ? "▶ " : "") + file.type
                      + " · " + (file.model.width > 0 ? file.model.width + "×" + file.model.height : qsTr("no size"))
                      + " · " + (file.bitrate > 0 ? qsTr("%1 kbit/s").arg(file.bitrate) : qsTr("no bitrate"))
                      + " · " + (file.delivery ? file.delivery : qsTr("progressive"))
            }
            Text {
                width: parent.width
                color: pal.text
                font.pixelSize: 11
                elide: Text.ElideMiddle
                text: file.url
            }
            Text {
                visible: file.reason.length > 0
                width: parent.width
                font.pixelSize: 11
                wrapMode: Text.Wrap
                color: file.chosen ? "#2e7d32" : "#a15c00"
                text: (file.chosen ? qsTr("Chosen: %1") : qsTr("Rejected: %1")).arg(file.reason)
            }
        }
        MouseArea {
            anchors.fill: parent
            onClicked: { root.currentIndex = file.index; root.forceActiveFocus() }
        }
    }
}
