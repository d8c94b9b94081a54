// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import VastQt

/*
    The time axis of an ad: quartile marks (0, 25, 50, 75, 100 %), progress offsets, the
    playhead, and one mark per beacon of the ad playing (the model's current segment) at the
    offset it fired, coloured by its state
    (tracked, failed, sending/waiting, pending). Hover a mark for its details, click (or use
    the left/right keys) to select one; the selected beacon is described under the axis.
*/
FocusScope {
    id: root

    property TrackingTimelineModel model: null
    /*! The playhead in ms; < 0 hides it. */
    property real position: -1
    property int currentIndex: -1
    property color trackedColor: "#2e7d32"
    property color failedColor: "#c62828"
    property color activeColor: "#ef8f00"
    property color pendingColor: "#8a8a8a"
    readonly property int markSize: 10
    readonly property int markCount: marks.count
    readonly property real durationMs: {
        const d = model ? model.durationMs : -1
        return d > 0 ? d : 1000
    }

    signal beaconSelected(int index)

    implicitWidth: 480
    implicitHeight: axisArea.y + axisArea.height + details.implicitHeight + 8
    activeFocusOnTab: true

    SystemPalette { id: pal }

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
        case Beacon.Waiting: return qsTr("waiting to retry")
        default: return qsTr("pending")
        }
    }
    function formatMs(ms) {
        const s = Math.floor(ms / 1000)
        const frac = ("00" + Math.floor(ms % 1000)).slice(-3)
        return Math.floor(s / 60) + ":" + ("0" + (s % 60)).slice(-2) + "." + frac
    }
    function xFor(ms) {
        return Math.max(0, Math.min(1, ms / durationMs)) * axis.width
    }
    function describe(b) {
        if (!b || b.event === undefined)
            return ""
        let text = qsTr("%1 at %2").arg(b.event).arg(formatMs(b.offsetMs)) + " — " + stateLabel(b.state)
        if (b.status > 0)
            text += " — " + qsTr("HTTP %1").arg(b.status)
        if (b.latencyMs >= 0)
            text += " — " + qsTr("%1 ms").arg(b.latencyMs)
        text += " — " + qsTr("%n attempt(s)", "", b.attempts)
        if (b.errorString)
            text += " — " + b.errorString
        return text + "\n" + b.url
    }

    Keys.onLeftPressed: if (currentIndex > 0) { currentIndex--; beaconSelected(currentIndex) }
    Keys.onRightPressed: if (model && currentIndex < model.count - 1) { currentIndex++; beaconSelected(currentIndex) }

    Rectangle {
        anchors.fill: parent
        color: pal.base
        border.color: root.activeFocus ? pal.highlight : pal.mid
        radius: 3
    }

    Item {
        id: axisArea
        x: 16
        y: 8
        width: root.width - 32
        height: 22 + (root.model ? Math.max(1, root.model.maxStack) : 1) * (root.markSize + 2) + 18

        // The axis.
        Rectangle {
            id: axis
            y: parent.height - 18
            width: parent.width
            height: 2
            color: pal.text
        }

        // Quartile ticks with labels.
        Repeater {
            model: [0, 25, 50, 75, 100]
            delegate: Item {
                required property int modelData
                x: root.xFor(root.durationMs * modelData / 100)
                Rectangle {
                    x: -1
                    y: 0
                    width: 2
                    height: axis.y + 6
                    color: pal.mid
                    opacity: 0.8
                }
                Text {
                    x: modelData === 100 ? -width : (modelData === 0 ? 0 : -width / 2)
                    y: axis.y + 5
                    text: modelData + " %"
                    font.pixelSize: 10
                    color: pal.text
                }
            }
        }

        // Progress offsets: dashed-looking thin ticks.
        Repeater {
            model: root.model ? root.model.progressOffsets : []
            delegate: Column {
                required property var modelData
                x: root.xFor(modelData) - 0.5
                spacing: 3
                Repeater {
                    model: Math.floor((axis.y) / 6)
                    Rectangle { width: 1; height: 3; color: "#5c6bc0" }
                }
            }
        }

        // Playhead.
        Rectangle {
            visible: root.position >= 0
            x: root.xFor(root.position) - 1
            width: 2
            height: axis.y + 2
            color: pal.highlight
        }

        // One mark per beacon.
        Repeater {
            id: marks
            model: root.model
            delegate: Rectangle {
                id: mark
                required property int index
                required property string event
                required property var offsetMs
                required property var model   // for the "state" role
                required property int stack
                required property int segment
                readonly property bool selected: root.currentIndex === index
                // Earlier ads of a pod or of VMAP breaks ran on their own clock.
                visible: root.model && segment === root.model.segment
                x: root.xFor(offsetMs) - width / 2
                y: axis.y - 4 - (stack + 1) * (root.markSize + 2)
                width: root.markSize
                height: root.markSize
                radius: event === "error" ? 1 : width / 2
                color: root.stateColor(model.state)
                border.width: selected ? 2 : 1
                border.color: selected ? pal.highlight : Qt.darker(color, 1.4)
                scale: hover.hovered || selected ? 1.4 : 1.0

                HoverHandler { id: hover }
                TapHandler {
                    onTapped: {
                        root.forceActiveFocus()
                        root.currentIndex = mark.index
                        root.beaconSelected(mark.index)
                    }
                }
                ToolTip.visible: hover.hovered
                ToolTip.delay: 200
                ToolTip.text: hover.hovered ? root.describe(root.model.get(mark.index)) + (mark.model.state >= 0 ? "" : "") : ""
            }
        }
    }

    Text {
        id: details
        x: 16
        anchors.top: axisArea.bottom
        anchors.topMargin: 2
        width: root.width - 32
        color: pal.text
        font.pixelSize: 12
        elide: Text.ElideMiddle
        maximumLineCount: 2
        text: {
            if (!root.model)
                return ""
            // Re-evaluated when rows change state.
            const n = root.model.count + root.model.trackedCount + root.model.failedCount
            if (root.currentIndex >= 0 && root.currentIndex < root.model.count)
                return root.describe(root.model.get(root.currentIndex))
            return n >= 0 ? qsTr("%n beacon(s): %1 tracked, %2 failed", "", root.model.count)
                            .arg(root.model.trackedCount).arg(root.model.failedCount) : ""
        }
    }
}
