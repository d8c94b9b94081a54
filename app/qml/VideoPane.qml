// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import QtMultimedia
import VastQt

// The video of the ad (real time) or, headless, a panel with the simulated playhead.
Rectangle {
    id: pane

    property VastPlayer player
    property VastAdLoader loader
    property alias videoOutput: video

    color: "black"
    radius: 4

    function formatMs(ms) {
        if (ms < 0)
            return "–"
        const s = Math.floor(ms / 1000)
        return Math.floor(s / 60) + ":" + ("0" + (s % 60)).slice(-2) + "." + Math.floor((ms % 1000) / 100)
    }

    VideoOutput {
        id: video
        anchors.fill: parent
        visible: pane.player && pane.player.mode === VastPlayer.Realtime
    }

    Column {
        anchors.centerIn: parent
        visible: !video.visible
        spacing: 6
        Label {
            anchors.horizontalCenter: parent.horizontalCenter
            color: "#cfd8dc"
            font.pixelSize: 15
            text: qsTr("Headless playback (simulated clock)")
        }
        Label {
            anchors.horizontalCenter: parent.horizontalCenter
            color: "white"
            font.pixelSize: 40
            font.bold: true
            text: pane.player ? pane.formatMs(pane.player.position) + " / " + pane.formatMs(pane.player.duration) : ""
        }
        Label {
            anchors.horizontalCenter: parent.horizontalCenter
            width: pane.width - 32
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideMiddle
            color: "#90a4ae"
            font.pixelSize: 12
            text: pane.loader && pane.loader.mediaUrl.toString().length > 0
                  ? qsTr("Media file: %1").arg(pane.loader.mediaUrl.toString()) : ""
        }
    }

    // Progress along the bottom edge.
    Rectangle {
        anchors.bottom: parent.bottom
        height: 4
        color: "#42a5f5"
        width: pane.player && pane.player.duration > 0 ? parent.width * pane.player.position / pane.player.duration : 0
    }

    MouseArea {
        anchors.fill: parent
        enabled: pane.player && (pane.player.playing || pane.player.paused)
        cursorShape: enabled ? Qt.PointingHandCursor : Qt.ArrowCursor
        onClicked: pane.player.click()
    }
}
