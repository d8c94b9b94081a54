// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import VastQt

/*
    The Wrapper chain, one row per document fetched (tag first): type and VAST version, HTTP
    status, latency, AdSystem and URL; a failed hop shows its IAB error code. Up/down select,
    Enter (or a double click) activates a hop, e.g. to show its raw XML.
*/
ListView {
    id: root

    signal hopActivated(int index)

    implicitHeight: Math.max(48, contentHeight)
    clip: true
    keyNavigationEnabled: true
    activeFocusOnTab: true
    currentIndex: -1
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { }

    Keys.onReturnPressed: if (currentIndex >= 0) hopActivated(currentIndex)
    Keys.onEnterPressed: if (currentIndex >= 0) hopActivated(currentIndex)

    SystemPalette { id: pal }

    delegate: Rectangle {
        id: hop
        required property int index
        required property string url
        required property int httpStatus
        required property var latencyMs
        required property string adSystem
        required property string type
        required property string vastVersion
        required property int error
        required property string errorString

        width: ListView.view.width
        height: column.implicitHeight + 10
        color: ListView.isCurrentItem ? Qt.alpha(pal.highlight, 0.25) : (index % 2 ? pal.alternateBase : pal.base)
        border.color: ListView.isCurrentItem && root.activeFocus ? pal.highlight : "transparent"

        Column {
            id: column
            x: 8
            y: 5
            width: parent.width - 16
            spacing: 2
            Row {
                spacing: 8
                Rectangle {
                    width: badge.implicitWidth + 10
                    height: badge.implicitHeight + 2
                    radius: 3
                    color: hop.error !== 0 ? "#c62828" : (hop.type === "InLine" ? "#2e7d32" : "#1565c0")
                    Text {
                        id: badge
                        anchors.centerIn: parent
                        color: "white"
                        font.bold: true
                        font.pixelSize: 11
                        text: (hop.index + 1) + ". " + (hop.type ? hop.type : qsTr("failed"))
                              + (hop.vastVersion ? " " + (hop.type === "VMAP" ? hop.vastVersion : qsTr("VAST %1").arg(hop.vastVersion)) : "")
                    }
                }
                Text {
                    color: pal.text
                    font.pixelSize: 12
                    text: (hop.httpStatus > 0 ? qsTr("HTTP %1").arg(hop.httpStatus) : qsTr("no HTTP status"))
                          + " · " + qsTr("%1 ms").arg(hop.latencyMs)
                          + (hop.adSystem ? " · " + hop.adSystem : "")
                }
            }
            Text {
                width: parent.width
                color: pal.text
                font.pixelSize: 11
                elide: Text.ElideMiddle
                text: hop.url
            }
            Text {
                visible: hop.error !== 0
                width: parent.width
                color: "#c62828"
                font.pixelSize: 11
                wrapMode: Text.Wrap
                text: qsTr("Error %1: %2").arg(hop.error).arg(hop.errorString)
            }
        }
        MouseArea {
            anchors.fill: parent
            onClicked: { root.currentIndex = hop.index; root.forceActiveFocus() }
            onDoubleClicked: root.hopActivated(hop.index)
        }
    }
}
