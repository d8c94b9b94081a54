// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import VastQt

/*
    The sources of a multi-source load side by side, one card each in configuration order
    (primaries, then fallbacks): role, status, HTTP status, latency, hops, URL and, for a
    failed source, the IAB error with its phase; with metrics set (VastAdLoader.metrics),
    each source's request count, failures and latency percentiles over every load so far.
    The winning card is framed and badged in green. Left/right select a card, Enter (or a double click) activates it.
*/
ListView {
    id: root

    property color wonColor: "#2e7d32"
    property color usableColor: "#1565c0"
    property color failedColor: "#c62828"
    property color abortedColor: "#b45f06"
    property color idleColor: "#6d6d6d"
    readonly property int cardWidth: count > 0
        ? Math.max(200, Math.floor((width - spacing * (count - 1)) / count)) : 200
    readonly property int winnerIndex: model ? model.winnerIndex : -1
    // A SourceMetrics (VastAdLoader.metrics) or null.
    property var metrics: null

    signal sourceActivated(int index)

    orientation: ListView.Horizontal
    spacing: 6
    clip: true
    currentIndex: -1
    keyNavigationEnabled: true
    activeFocusOnTab: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.horizontal: ScrollBar { policy: root.contentWidth > root.width ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }

    Keys.onReturnPressed: if (currentIndex >= 0) sourceActivated(currentIndex)
    Keys.onEnterPressed: if (currentIndex >= 0) sourceActivated(currentIndex)

    SystemPalette { id: pal }

    function statusColor(name) {
        switch (name) {
        case "won": return wonColor
        case "usable": return usableColor
        case "failed": return failedColor
        case "aborted": return abortedColor
        default: return idleColor
        }
    }
    function statusLabel(name) {
        switch (name) {
        case "pending": return qsTr("waiting for an answer…")
        case "notTried": return qsTr("not tried")
        case "won": return qsTr("winner")
        case "usable": return qsTr("usable, not chosen")
        case "failed": return qsTr("failed")
        case "aborted": return qsTr("aborted")
        default: return name
        }
    }
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

    Label {
        anchors.centerIn: parent
        width: parent.width - 32
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        visible: root.count === 0
        opacity: 0.7
        text: qsTr("No source loaded yet. Load a tag, or several with Sources…")
    }

    delegate: Rectangle {
        id: card
        required property int index
        required property string url
        required property bool fallback
        required property bool pending
        required property string statusName
        required property bool winner
        required property int httpStatus
        required property var latencyMs
        required property int hops
        required property bool cached
        required property int error
        required property string phase
        required property string message
        required property string meaning

        readonly property color accent: root.statusColor(statusName)

        width: root.cardWidth
        height: ListView.view.height - (root.contentWidth > root.width ? 12 : 0)
        radius: 4
        color: winner ? Qt.tint(pal.base, Qt.alpha(root.wonColor, 0.10)) : pal.base
        border.width: winner ? 3 : (ListView.isCurrentItem && root.activeFocus ? 2 : 1)
        border.color: winner ? root.wonColor : (ListView.isCurrentItem && root.activeFocus ? pal.highlight : pal.mid)

        // The status as a coloured strip along the top edge.
        Rectangle {
            x: card.border.width
            y: card.border.width
            width: parent.width - 2 * card.border.width
            height: 4
            color: card.accent
            opacity: card.pending ? 0.35 : 1
        }

        Flickable {
            id: body
            anchors.fill: parent
            anchors.margins: 8
            anchors.topMargin: 12
            contentHeight: column.implicitHeight
            clip: true
            interactive: contentHeight > height
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: column
                width: body.width
                spacing: 3

                Row {
                    spacing: 6
                    Rectangle {
                        width: roleText.implicitWidth + 10
                        height: roleText.implicitHeight + 2
                        radius: 3
                        color: card.fallback ? "#6a1b9a" : "#37474f"
                        Text {
                            id: roleText
                            anchors.centerIn: parent
                            color: "white"
                            font.bold: true
                            font.pixelSize: 11
                            text: (card.index + 1) + ". " + (card.fallback ? qsTr("Fallback") : qsTr("Primary"))
                        }
                    }
                    Rectangle {
                        visible: card.winner
                        width: winnerText.implicitWidth + 10
                        height: winnerText.implicitHeight + 2
                        radius: 3
                        color: root.wonColor
                        Text {
                            id: winnerText
                            anchors.centerIn: parent
                            color: "white"
                            font.bold: true
                            font.pixelSize: 11
                            text: "★ " + qsTr("Winner")
                        }
                    }
                    Text {
                        visible: card.cached
                        anchors.verticalCenter: parent.verticalCenter
                        font.pixelSize: 11
                        color: pal.text
                        text: qsTr("from cache")
                    }
                }
                Text {
                    width: parent.width
                    elide: Text.ElideRight
                    font.bold: true
                    font.pixelSize: 13
                    color: card.pending ? pal.text : card.accent
                    text: root.statusLabel(card.statusName)
                }
                Text {
                    visible: !card.pending && card.statusName !== "notTried"
                    width: parent.width
                    elide: Text.ElideRight
                    font.pixelSize: 12
                    color: pal.text
                    text: (card.httpStatus > 0 ? qsTr("HTTP %1").arg(card.httpStatus) : qsTr("no HTTP status"))
                          + " · " + qsTr("%1 ms").arg(card.latencyMs)
                          + " · " + qsTr("%n hop(s)", "", card.hops)
                }
                Text {
                    width: parent.width
                    elide: Text.ElideMiddle
                    font.pixelSize: 11
                    color: pal.text
                    text: card.url
                }
                Text {
                    visible: card.error !== 0
                    width: parent.width
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font.pixelSize: 11
                    font.bold: true
                    color: root.failedColor
                    text: qsTr("Error %1 (%2): %3").arg(card.error).arg(root.phaseLabel(card.phase)).arg(card.meaning)
                }
                Text {
                    visible: card.error !== 0 && card.message.length > 0
                    width: parent.width
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    font.pixelSize: 11
                    color: pal.text
                    text: card.message
                }
                Text {
                    // totalRequests makes the binding follow the metrics' changed().
                    readonly property var stats: root.metrics && root.metrics.totalRequests >= 0
                        ? root.metrics.snapshot(card.url) : null
                    visible: !card.pending && stats !== null && stats.requests > 0
                    width: parent.width
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font.pixelSize: 11
                    color: pal.text
                    text: visible ? qsTr("all loads: %n request(s)", "", stats.requests)
                                    + " · " + qsTr("%1 failed").arg(stats.failures)
                                    + " · " + qsTr("p50 %1 ms · p90 %2 ms").arg(stats.p50Ms).arg(stats.p90Ms)
                                  : ""
                }
            }
        }

        TapHandler {
            onTapped: { root.currentIndex = card.index; root.forceActiveFocus() }
            onDoubleTapped: root.sourceActivated(card.index)
        }
        ToolTip.visible: tipHover.hovered
        ToolTip.delay: 400
        ToolTip.text: card.url + (card.message.length > 0 ? "\n" + card.message : "")
        HoverHandler { id: tipHover }
    }
}
