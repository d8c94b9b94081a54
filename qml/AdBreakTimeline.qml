// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import VastQt

/*
    The content timeline of a VMAP document: one mark per ad break at its offset (pre-roll at
    the start, post-roll at the end, mid-rolls in between; a break that cannot be placed in
    time is drawn dashed), labelled with its position, breakId and number of ads. The break
    playing is amber, played breaks are green with a check mark, pending ones grey, breaks
    without an ad (a VMAP error) red. Hover a
    mark for its details, click (or use the left/right keys) to select one.
*/
FocusScope {
    id: root

    property AdBreakModel model: null
    property int currentIndex: -1
    property color playedColor: "#2e7d32"
    property color playingColor: "#ef8f00"
    property color pendingColor: "#78909c"
    property color errorColor: "#c62828"
    readonly property int markCount: marks.count
    readonly property int labelWidth: 170
    readonly property real axisEndMs: model ? model.axisEndMs : 0

    signal breakSelected(int index)

    implicitWidth: 480
    implicitHeight: axisArea.y + axisArea.height + summary.implicitHeight + 8
    activeFocusOnTab: true

    SystemPalette { id: pal }

    function formatMs(ms) {
        const s = Math.floor(ms / 1000)
        const h = Math.floor(s / 3600)
        const m = Math.floor((s % 3600) / 60)
        const mm = (h > 0 ? ("0" + m).slice(-2) : m)
        return (h > 0 ? h + ":" : "") + mm + ":" + ("0" + (s % 60)).slice(-2)
    }
    function positionLabel(name) {
        switch (name) {
        case "preroll": return qsTr("Pre-roll")
        case "midroll": return qsTr("Mid-roll")
        case "postroll": return qsTr("Post-roll")
        default: return qsTr("Break")
        }
    }
    function stateLabel(name) {
        switch (name) {
        case "playing": return qsTr("playing")
        case "played": return qsTr("played")
        default: return qsTr("pending")
        }
    }
    function adsLabel(b) {
        if (b.vmapError > 0)
            return qsTr("no ad: VMAP error %1").arg(b.vmapError)
        const n = b.resolvedAds >= 0 ? b.resolvedAds : b.adCount
        if (n < 0) {
            if (b.adsStarted > 0)
                return qsTr("%n ad(s) started", "", b.adsStarted)
            return b.sourceKind === "adTagUri" ? qsTr("ads from a tag") : qsTr("custom ad data")
        }
        if (b.currentAd >= 0)
            return qsTr("ad %1 of %2").arg(b.currentAd + 1).arg(Math.max(n, b.adsStarted))
        return n > 1 ? qsTr("pod of %n ad(s)", "", n) : qsTr("%n ad(s)", "", n)
    }
    function timeLabel(b) {
        if (b.timeMs >= 0)
            return formatMs(b.timeMs)
        if (b.opportunity > 0)
            return qsTr("cue point #%1").arg(b.opportunity)
        return b.timeOffset
    }
    function describe(b) {
        if (!b || b.breakIndex === undefined)
            return ""
        let text = positionLabel(b.positionName) + (b.breakId ? " “" + b.breakId + "”" : "")
            + " — " + qsTr("offset %1").arg(b.timeOffset)
        if (b.timeMs >= 0)
            text += " = " + formatMs(b.timeMs)
        if (b.repetition > 0)
            text += " — " + qsTr("repetition %1").arg(b.repetition)
        text += " — " + adsLabel(b) + " — " + stateLabel(b.stateName)
        if (b.currentAd >= 0)
            text += " " + qsTr("(ad %1)").arg(b.currentAd + 1)
        if (b.breakTypes)
            text += " — " + b.breakTypes
        if (b.error > 0)
            text += " — " + qsTr("VAST error %1: %2").arg(b.error).arg(b.errorString)
        if (b.adTagUri)
            text += "\n" + b.adTagUri
        return text
    }
    function colorFor(stateName, vmapError) {
        if (stateName === "playing")
            return playingColor
        if (vmapError > 0)
            return errorColor
        return stateName === "played" ? playedColor : pendingColor
    }

    Keys.onLeftPressed: if (currentIndex > 0) { currentIndex--; breakSelected(currentIndex) }
    Keys.onRightPressed: if (model && currentIndex < model.count - 1) { currentIndex++; breakSelected(currentIndex) }

    Rectangle {
        anchors.fill: parent
        color: pal.base
        border.color: root.activeFocus ? pal.highlight : pal.mid
        radius: 3
    }

    Item {
        id: axisArea
        x: 16
        y: 6
        width: root.width - 2 * x
        height: 2 * 38 + 8 + 18

        // The content, as a bar.
        Rectangle {
            id: axis
            y: parent.height - 22
            width: parent.width
            height: 6
            radius: 3
            color: Qt.alpha(pal.text, 0.25)
        }

        // Ticks at every quarter, labelled with the content time when it is known.
        Repeater {
            model: [0, 25, 50, 75, 100]
            delegate: Item {
                required property int modelData
                x: axis.width * modelData / 100
                Rectangle { x: -0.5; y: axis.y - 3; width: 1; height: axis.height + 6; color: pal.mid }
                Text {
                    x: modelData === 100 ? -width : (modelData === 0 ? 0 : -width / 2)
                    y: axis.y + axis.height + 3
                    font.pixelSize: 10
                    color: pal.text
                    text: root.axisEndMs > 0 ? root.formatMs(root.axisEndMs * modelData / 100) : modelData + " %"
                }
            }
        }

        // One mark per break: a pin on the axis and a label above it.
        Repeater {
            id: marks
            model: root.model
            delegate: Item {
                id: mark
                required property int index
                required property real fraction
                required property bool placed
                required property string positionName
                required property string breakId
                required property string stateName
                required property int vmapError
                required property var model
                readonly property bool selected: root.currentIndex === index
                readonly property real px: fraction * axis.width
                readonly property color tint: root.colorFor(stateName, vmapError)
                // Alternate label rows when the previous break's label would overlap this one,
                // both kept inside the axis as the label's x does.
                readonly property int lane: {
                    if (index === 0 || !root.model)
                        return 0
                    const prev = root.model.get(index - 1)
                    const left = f => Math.max(0, Math.min(axis.width - root.labelWidth, f * axis.width - root.labelWidth / 2))
                    return Math.abs(left(prev.fraction) - left(fraction)) < root.labelWidth + 4 ? index % 2 : 0
                }

                x: px
                width: 1
                height: axisArea.height

                // Stem from the label to the axis.
                Rectangle {
                    x: -1
                    y: label.y + label.height
                    width: 2
                    height: axis.y - y
                    color: mark.tint
                }
                // The pin.
                Rectangle {
                    x: -width / 2
                    y: axis.y + axis.height / 2 - height / 2
                    width: mark.stateName === "playing" ? 16 : 12
                    height: width
                    radius: width / 2
                    color: mark.placed ? mark.tint : pal.base
                    border.width: mark.placed ? 1 : 2
                    border.color: mark.placed ? Qt.darker(mark.tint, 1.4) : mark.tint
                }
                Rectangle {
                    id: label
                    x: Math.max(-mark.px, Math.min(axis.width - mark.px - width, -width / 2))
                    y: mark.lane * 38
                    width: Math.min(root.labelWidth, Math.max(titleText.implicitWidth, detailText.implicitWidth, 48) + 12)
                    height: labelColumn.implicitHeight + 6
                    radius: 3
                    color: mark.stateName === "pending" ? pal.base : mark.tint
                    border.width: mark.selected || hover.hovered ? 2 : 1
                    border.color: mark.selected ? pal.highlight : mark.tint
                    Rectangle {
                        // Dashed look for a break that has no time on the content.
                        visible: !mark.placed
                        anchors.fill: parent
                        anchors.margins: 2
                        color: "transparent"
                        border.color: mark.tint
                        border.width: 1
                        radius: 2
                        opacity: 0.5
                    }
                    Column {
                        id: labelColumn
                        x: 6
                        y: 3
                        width: parent.width - 12
                        Text {
                            id: titleText
                            width: parent.width
                            elide: Text.ElideRight
                            font.pixelSize: 11
                            font.bold: true
                            color: mark.stateName === "pending" ? pal.text : "white"
                            text: (mark.stateName === "playing" ? "▶ " : (mark.stateName !== "played" ? "" : (mark.vmapError > 0 ? "✗ " : "✓ ")))
                                  + root.positionLabel(mark.positionName)
                                  + (mark.breakId ? " · " + mark.breakId : "")
                        }
                        Text {
                            id: detailText
                            width: parent.width
                            elide: Text.ElideRight
                            font.pixelSize: 10
                            color: mark.stateName !== "pending" ? "white" : (mark.vmapError > 0 ? root.errorColor : pal.text)
                            text: root.timeLabel(mark.model) + " · " + root.adsLabel(mark.model)
                        }
                    }
                    HoverHandler { id: hover }
                    TapHandler {
                        onTapped: {
                            root.forceActiveFocus()
                            root.currentIndex = mark.index
                            root.breakSelected(mark.index)
                        }
                    }
                    ToolTip.visible: hover.hovered
                    ToolTip.delay: 200
                    ToolTip.text: hover.hovered ? root.describe(root.model.get(mark.index)) : ""
                }
            }
        }
    }

    Text {
        id: summary
        x: 16
        anchors.top: axisArea.bottom
        anchors.topMargin: 2
        width: root.width - 32
        color: pal.text
        font.pixelSize: 12
        elide: Text.ElideRight
        maximumLineCount: 2
        text: {
            if (!root.model)
                return ""
            const playing = root.model.playingIndex
            if (root.currentIndex >= 0 && root.currentIndex < root.model.count)
                return root.describe(root.model.get(root.currentIndex))
            let text = qsTr("%n ad break(s)", "", root.model.count)
            text += root.model.contentDurationMs > 0
                    ? " · " + qsTr("content %1").arg(root.formatMs(root.model.contentDurationMs))
                    : " · " + qsTr("content duration unknown")
            text += " · " + qsTr("%n played", "", root.model.playedCount)
            if (playing >= 0)
                text += " · " + qsTr("playing: %1").arg(root.positionLabel(root.model.get(playing).positionName))
            return text
        }
    }
}
