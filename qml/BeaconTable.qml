// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import VastQt

/*
    Every beacon in firing order: event, offset on the ad's clock, HTTP status, latency,
    attempts, state and the final URL (macros expanded). Rows update as beacons answer.
*/
ListView {
    id: root

    property color trackedColor: "#2e7d32"
    property color failedColor: "#c62828"
    property color activeColor: "#ef8f00"
    property color pendingColor: "#8a8a8a"
    readonly property var columnWidths: [32, 120, 72, 56, 64, 64, 100]

    function stateColor(state) {
        switch (state) {
        case Beacon.Tracked: return trackedColor
        case Beacon.Failed: return failedColor
        case Beacon.Sending:
        case Beacon.Waiting: return activeColor
        default: return pendingColor
        }
    }
    function stateLabel(state) {
        switch (state) {
        case Beacon.Tracked: return qsTr("tracked")
        case Beacon.Failed: return qsTr("failed")
        case Beacon.Sending: return qsTr("sending")
        case Beacon.Waiting: return qsTr("waiting")
        default: return qsTr("pending")
        }
    }
    function formatMs(ms) {
        return (ms / 1000).toFixed(3) + " s"
    }

    clip: true
    keyNavigationEnabled: true
    activeFocusOnTab: true
    currentIndex: -1
    boundsBehavior: Flickable.StopAtBounds
    headerPositioning: ListView.OverlayHeader
    ScrollBar.vertical: ScrollBar { }

    SystemPalette { id: pal }

    header: Rectangle {
        z: 2
        width: ListView.view.width
        height: 22
        color: pal.button
        Row {
            x: 4
            height: parent.height
            Repeater {
                model: [qsTr("#"), qsTr("Event"), qsTr("Offset"), qsTr("Status"), qsTr("Latency"),
                        qsTr("Tries"), qsTr("State"), qsTr("URL")]
                Text {
                    required property int index
                    required property string modelData
                    width: index < root.columnWidths.length ? root.columnWidths[index] : 200
                    height: parent.height
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: 11
                    font.bold: true
                    color: pal.buttonText
                    elide: Text.ElideRight
                    rightPadding: 4
                    text: modelData
                }
            }
        }
    }

    delegate: Rectangle {
        id: row
        required property int index
        required property string event
        required property var offsetMs
        required property int status
        required property var latencyMs
        required property int attempts
        required property var model   // for the "state" role
        required property string url

        width: ListView.view.width
        height: 20
        color: ListView.isCurrentItem ? Qt.alpha(pal.highlight, 0.25) : (index % 2 ? pal.alternateBase : pal.base)

        Row {
            x: 4
            height: parent.height
            Text { width: root.columnWidths[0]; text: row.index + 1; font.pixelSize: 11; color: pal.text; anchors.verticalCenter: parent.verticalCenter }
            Text { width: root.columnWidths[1]; text: row.event; font.pixelSize: 11; color: pal.text; elide: Text.ElideRight; anchors.verticalCenter: parent.verticalCenter }
            Text { width: root.columnWidths[2]; text: root.formatMs(row.offsetMs); font.pixelSize: 11; color: pal.text; anchors.verticalCenter: parent.verticalCenter }
            Text { width: root.columnWidths[3]; text: row.status > 0 ? row.status : "–"; font.pixelSize: 11; color: pal.text; anchors.verticalCenter: parent.verticalCenter }
            Text { width: root.columnWidths[4]; text: row.latencyMs >= 0 ? qsTr("%1 ms").arg(row.latencyMs) : "–"; font.pixelSize: 11; color: pal.text; anchors.verticalCenter: parent.verticalCenter }
            Text { width: root.columnWidths[5]; text: row.attempts; font.pixelSize: 11; color: pal.text; anchors.verticalCenter: parent.verticalCenter }
            Row {
                width: root.columnWidths[6]
                spacing: 4
                anchors.verticalCenter: parent.verticalCenter
                Rectangle { width: 8; height: 8; radius: 4; color: root.stateColor(row.model.state); anchors.verticalCenter: parent.verticalCenter }
                Text { text: root.stateLabel(row.model.state); font.pixelSize: 11; color: pal.text }
            }
            Text {
                width: Math.max(40, row.width - 4 - root.columnWidths.reduce((a, b) => a + b, 0))
                text: row.url
                font.pixelSize: 11
                color: pal.text
                elide: Text.ElideMiddle
                anchors.verticalCenter: parent.verticalCenter
            }
        }
        MouseArea {
            anchors.fill: parent
            onClicked: { root.currentIndex = row.index; root.forceActiveFocus() }
        }
    }
}
