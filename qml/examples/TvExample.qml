// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VastQt

/*
    A TV-style home screen that runs a pre-roll through the VastQt components: the ad plays
    in the hero area with a skip button, the tracking timeline runs along the bottom and the
    wrapper chain sits in a side panel. Set tagUrl to a VAST tag.
*/
Rectangle {
    id: tv

    property url tagUrl
    property alias loader: adLoader
    property alias player: adPlayer
    property alias timeline: timelineView
    property real speed: 1

    width: 1280
    height: 720
    color: "#101418"

    VastAdLoader {
        id: adLoader
        source: tv.tagUrl
    }

    VastPlayer {
        id: adPlayer
        loader: adLoader
        mode: VastPlayer.Headless
        speed: tv.speed
        autoPlay: true
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        spacing: 16

        Text {
            text: qsTr("Tonight on VastQt TV")
            color: "white"
            font.pixelSize: 32
            font.bold: true
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 16

            Rectangle {
                id: hero
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: 8
                color: "#1d2733"
                Column {
                    anchors.centerIn: parent
                    spacing: 8
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        color: "white"
                        font.pixelSize: 22
                        text: adLoader.status === VastAdLoader.Ready
                              ? qsTr("Advertisement: %1").arg(adLoader.adTitle)
                              : adLoader.status === VastAdLoader.Error
                                ? qsTr("No ad: %1").arg(adLoader.errorString)
                                : qsTr("Loading the ad…")
                    }
                    Text {
                        anchors.horizontalCenter: parent.horizontalCenter
                        color: "#b0bec5"
                        font.pixelSize: 18
                        text: adPlayer.duration > 0
                              ? qsTr("%1 s of %2 s").arg(Math.floor(adPlayer.position / 1000)).arg(Math.round(adPlayer.duration / 1000))
                              : ""
                    }
                    Button {
                        anchors.horizontalCenter: parent.horizontalCenter
                        visible: adPlayer.skipoffset >= 0
                        enabled: adPlayer.canSkip
                        text: adPlayer.canSkip ? qsTr("Skip ad") : qsTr("Skip in %1 s").arg(Math.ceil((adPlayer.skipoffset - adPlayer.position) / 1000))
                        onClicked: adPlayer.skip()
                    }
                }
            }

            WrapperChainView {
                Layout.preferredWidth: 360
                Layout.fillHeight: true
                model: adLoader.wrapperChain
            }
        }

        TrackingTimeline {
            id: timelineView
            Layout.fillWidth: true
            model: adLoader.timeline
            position: adPlayer.position
        }

        Row {
            spacing: 16
            Repeater {
                model: [qsTr("Movies"), qsTr("Series"), qsTr("Sports"), qsTr("News")]
                Rectangle {
                    required property string modelData
                    width: 180
                    height: 64
                    radius: 6
                    color: "#263238"
                    Text { anchors.centerIn: parent; color: "white"; font.pixelSize: 18; text: parent.modelData }
                }
            }
        }
    }
}
