// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtTest
import VastQt

Item {
    id: top
    width: 1280
    height: 720

    Component {
        id: loaderComponent
        VastAdLoader { }
    }
    Component {
        id: playerComponent
        VastPlayer { }
    }
    Component {
        id: timelineComponent
        TrackingTimeline { width: 800 }
    }
    Component {
        id: chainComponent
        WrapperChainView { width: 400; height: 300 }
    }
    Component {
        id: filesComponent
        MediaFileList { width: 400; height: 200 }
    }
    Component {
        id: treeComponent
        AdTreeView { width: 400; height: 300 }
    }
    Component {
        id: tableComponent
        BeaconTable { width: 900; height: 300 }
    }
    Component {
        id: sourcesComponent
        SourceOutcomeView { width: 900; height: 160 }
    }
    Component {
        id: breaksComponent
        AdBreakTimeline { width: 900 }
    }

    TestCase {
        name: "VastQtComponents"
        when: windowShown

        function test_enumsAreRegistered() {
            compare(Vast.WrapperTimeout, 301)
            compare(Vast.NoSupportedMediaFile, 403)
            // VmapErrorCode shares one key with ErrorCode: unscoped, ErrorCode's wins.
            compare(Vast.VersionNotSupported, 102)
            compare(Vast.VmapErrorCode.VersionNotSupported, 1001)
            compare(Vast.VmapErrorCode.RetrievalError, 1008)
            compare(Beacon.Tracked, 3)
            verify(Player.Completed !== Player.Playing)
            compare(VastAdLoader.Ready, 2)
        }

        function test_loaderStatusAndModels() {
            const loader = createTemporaryObject(loaderComponent, top, { source: demoTagUrl })
            verify(loader)
            // The load starts from the event loop, after the component completed.
            compare(loader.status, VastAdLoader.Null)
            tryCompare(loader, "status", VastAdLoader.Ready, 10000)
            compare(loader.errorString, "")
            compare(loader.wrapperChain.count, 3)
            compare(loader.wrapperChain.get(2).type, "InLine")
            verify(loader.mediaFiles.count >= 1)
            verify(loader.mediaFiles.chosenIndex >= 0)
            compare(loader.durationMs, 10000)
            verify(loader.adTitle.length > 0)
        }

        function test_loaderError() {
            const loader = createTemporaryObject(loaderComponent, top,
                                                 { source: "http://127.0.0.1:1/nothing-listens.xml", timeout: 2000 })
            tryCompare(loader, "status", VastAdLoader.Error, 10000)
            verify(loader.errorString.length > 0)
            compare(loader.errors[0].code, Vast.WrapperTimeout)
            compare(loader.errors[0].phase, "fetch")
            compare(loader.errors[0].meaning, loader.errorMeaning(301))
        }

        function test_componentsShowAPlayedAd() {
            const loader = createTemporaryObject(loaderComponent, top, { source: demoTagUrl })
            const player = createTemporaryObject(playerComponent, top, { loader: loader, speed: 0, autoPlay: true })
            const timeline = createTemporaryObject(timelineComponent, top, { model: loader.timeline })
            const chain = createTemporaryObject(chainComponent, top, { model: loader.wrapperChain })
            const files = createTemporaryObject(filesComponent, top, { model: loader.mediaFiles })
            const tree = createTemporaryObject(treeComponent, top, { model: loader.adTree })
            const table = createTemporaryObject(tableComponent, top, { model: loader.timeline })
            tryCompare(player, "state", Player.Completed, 20000)
            tryVerify(() => loader.timeline.trackedCount === loader.timeline.count, 10000)
            verify(loader.timeline.count > 5)
            // One mark per beacon on the timeline, one row per beacon in the table.
            compare(timeline.markCount, loader.timeline.count)
            compare(table.count, loader.timeline.count)
            compare(chain.count, 3)
            compare(files.count, loader.mediaFiles.count)
            verify(tree.rows > 0)
            compare(player.position, 10000)

            // Selecting a beacon with the keyboard describes it.
            timeline.forceActiveFocus()
            timeline.currentIndex = 0
            keyClick(Qt.Key_Right)
            compare(timeline.currentIndex, 1)
        }

        function test_playerModeAutoAndProfile() {
            // Auto by default: with no videoOutput the factory picks the headless player; the
            // profile is looked up in the shipped ones and shows in the report's config.
            const player = createTemporaryObject(playerComponent, top, { source: demoTagUrl, speed: 0, profile: "tiger",
                                                                         publisher: "qml" })
            compare(player.mode, VastPlayer.Auto)
            tryCompare(player, "status", VastPlayer.Ready, 10000)
            player.play()
            tryVerify(() => player.state !== Player.Idle && player.state !== Player.Loading
                      && player.state !== Player.Playing, 20000)
            const report = JSON.parse(player.loader.reportJson())
            compare(report.player.mode, "headless")
            compare(report.player.reason, "auto: no video output attached")
            compare(report.config.profile, "tiger")
            compare(report.config.publisher, "qml")
            compare(report.config.fields.interruptionRules.source, "profile")
            compare(report.config.fields.speed.source, "override")
            compare(report.config.fields.mode.source, "default")
            player.mode = VastPlayer.Headless
            compare(player.mode, VastPlayer.Headless)
        }

        function test_playerOwnLoaderFromSource() {
            const player = createTemporaryObject(playerComponent, top, { source: demoTagUrl, speed: 0 })
            verify(player.loader)
            tryCompare(player, "status", VastPlayer.Ready, 10000)
            compare(player.state, Player.Idle)
            player.play()
            tryCompare(player, "state", Player.Completed, 20000)
            compare(player.duration, 10000)
        }

        function test_sourcesSideBySide() {
            // A dead source first, then the demo: in parallel the demo wins by source order.
            const loader = createTemporaryObject(loaderComponent, top, { strategy: VastAdLoader.Parallel, timeout: 2000 })
            loader.sources = ["http://127.0.0.1:1/nothing-listens.xml", demoTagUrl]
            const view = createTemporaryObject(sourcesComponent, top, { model: loader.sourceOutcomes })
            tryCompare(loader, "status", VastAdLoader.Ready, 10000)
            compare(loader.sourceOutcomes.count, 2)
            compare(view.count, 2)
            compare(view.winnerIndex, 1)
            compare(loader.sourceOutcomes.get(0).statusName, "failed")
            compare(loader.sourceOutcomes.get(0).error, Vast.WrapperTimeout)
            compare(loader.sourceOutcomes.get(1).statusName, "won")
            compare(loader.wrapperChain.count, 3) // the winner's chain
            // Side by side: both cards fit the view's width.
            verify(2 * view.cardWidth + view.spacing <= view.width)
            // Keyboard: Enter on a card activates it.
            let activated = -1
            view.sourceActivated.connect(i => activated = i)
            view.forceActiveFocus()
            view.currentIndex = 1
            keyClick(Qt.Key_Return)
            compare(activated, 1)
            verify(loader.sourceDocument(1).indexOf("<VAST") >= 0)
            compare(loader.sourceDocument(0), "")
        }

        function test_vmapBreakTimeline() {
            const vmap = '<vmap:VMAP xmlns:vmap="http://www.iab.net/videosuite/vmap" version="1.0">'
                + '<vmap:AdBreak timeOffset="start" breakType="linear" breakId="pre"><vmap:AdSource>'
                + '<vmap:VASTAdData><VAST version="3.0"><Ad id="a"><InLine><AdSystem>T</AdSystem><AdTitle>A</AdTitle>'
                + '<Impression>http://127.0.0.1:1/i</Impression><Creatives><Creative><Linear><Duration>00:00:05</Duration>'
                + '<MediaFiles><MediaFile delivery="progressive" type="video/mp4" width="640" height="360">'
                + 'http://127.0.0.1:1/a.mp4</MediaFile></MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>'
                + '</vmap:VASTAdData></vmap:AdSource></vmap:AdBreak>'
                + '<vmap:AdBreak timeOffset="25%" breakType="linear" breakId="mid"><vmap:AdSource>'
                + '<vmap:CustomAdData templateType="proprietary">x</vmap:CustomAdData></vmap:AdSource></vmap:AdBreak>'
                + '<vmap:AdBreak timeOffset="end" breakType="linear" breakId="post"><vmap:AdSource>'
                + '<vmap:CustomAdData templateType="proprietary">y</vmap:CustomAdData></vmap:AdSource></vmap:AdBreak>'
                + '</vmap:VMAP>'
            const loader = createTemporaryObject(loaderComponent, top, {
                source: "about:pasted", xml: vmap, contentDurationMs: 120000 })
            const view = createTemporaryObject(breaksComponent, top, { model: loader.breaks })
            tryCompare(loader, "vmap", true, 10000)
            compare(loader.breaks.count, 3)
            compare(view.markCount, 3)
            compare(loader.breaks.get(1).timeMs, 30000)
            compare(loader.breaks.get(1).fraction, 0.25)
            compare(loader.breaks.get(0).adCount, 1)
            compare(view.axisEndMs, 120000)
            // Keyboard: right selects the next break.
            view.forceActiveFocus()
            view.currentIndex = 0
            keyClick(Qt.Key_Right)
            compare(view.currentIndex, 1)
        }

        function test_tvExample() {
            const component = Qt.createComponent("qrc:/qt/qml/VastQt/examples/TvExample.qml")
            compare(component.status, Component.Ready, component.errorString())
            const tv = createTemporaryObject(component, top, { tagUrl: demoTagUrl, speed: 0 })
            verify(tv)
            tryCompare(tv.player, "state", Player.Completed, 20000)
            tryVerify(() => tv.timeline.markCount === tv.loader.timeline.count && tv.timeline.markCount > 5, 10000)
            compare(tv.loader.wrapperChain.count, 3)
        }
    }
}
