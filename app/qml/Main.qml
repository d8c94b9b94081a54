// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import VastQt
import VastQt.Inspector

/*
    The inspector window: a tag in (URL, file, pasted XML, drag and drop), its wrapper chain
    hop by hop, the ad, the media files, the playback and every beacon as it fires.
*/
ApplicationWindow {
    id: window

    required property InspectorApp inspector
    property alias loader: adLoader
    property alias player: adPlayer
    property alias timeline: timelineView
    property alias breakTimeline: breakTimelineView
    property alias sourcesView: sourcesView
    property alias sourcesDialog: sourcesDialog
    property alias compliancePane: compliancePane
    property alias rawXmlDialog: rawXmlDialog
    property alias bottomTabs: bottomTabs
    property alias videoOutput: videoPane.videoOutput
    readonly property alias loadButtonText: loadButton.text

    width: 1280
    height: 720
    minimumWidth: 1024
    minimumHeight: 600
    visible: true
    title: adLoader.adTitle.length > 0 ? qsTr("VastQt Inspector — %1").arg(adLoader.adTitle) : qsTr("VastQt Inspector")

    function statusText() {
        switch (adLoader.status) {
        case VastAdLoader.Null: return qsTr("Enter a VAST tag URL, open a file or paste a VAST document.")
        case VastAdLoader.Loading: return adLoader.sourceOutcomes.count > 1
                                          ? qsTr("Asking %n source(s)…", "", adLoader.sourceOutcomes.count)
                                          : qsTr("Resolving the wrapper chain…")
        case VastAdLoader.Ready: return qsTr("%n hop(s) resolved in %1 ms · %2 beacon(s): %3 tracked, %4 failed", "", adLoader.wrapperChain.count)
                                     .arg(adLoader.resolutionTimeMs).arg(adLoader.timeline.count)
                                     .arg(adLoader.timeline.trackedCount).arg(adLoader.timeline.failedCount)
                                     + window.sourcesText()
        case VastAdLoader.Error: return qsTr("The tag failed: %1").arg(adLoader.errorString) + window.sourcesText()
        }
        return ""
    }
    function sourcesText() {
        const outcomes = adLoader.sourceOutcomes
        if (outcomes.count < 2)
            return ""
        if (outcomes.winnerIndex < 0)
            return " · " + qsTr("no source of %1 had an ad").arg(outcomes.count)
        return " · " + (outcomes.usedFallback ? qsTr("fallback %1 of %2 won").arg(outcomes.winnerIndex + 1).arg(outcomes.count)
                                              : qsTr("source %1 of %2 won").arg(outcomes.winnerIndex + 1).arg(outcomes.count))
    }
    function strategyValue(name) {
        switch (name) {
        case "parallel": return VastAdLoader.Parallel
        case "race": return VastAdLoader.Race
        default: return VastAdLoader.Sequential
        }
    }
    function strategyLabel(value) {
        switch (value) {
        case VastAdLoader.Parallel: return qsTr("parallel")
        case VastAdLoader.Race: return qsTr("race")
        default: return qsTr("sequential")
        }
    }
    function stateText() {
        switch (adPlayer.state) {
        case Player.Idle: return qsTr("idle")
        case Player.Loading: return qsTr("loading")
        case Player.Playing: return qsTr("playing")
        case Player.Paused: return qsTr("paused")
        case Player.Completed: return qsTr("completed")
        case Player.Skipped: return qsTr("skipped")
        case Player.Stopped: return qsTr("stopped")
        case Player.Error: return qsTr("error %1").arg(adPlayer.error)
        }
        return ""
    }
    function loadTag(text) {
        const t = text.trim()
        if (t.length === 0)
            return
        if (inspector.isXml(t)) {
            adLoader.source = "about:pasted"
            adLoader.xml = t
        } else {
            adLoader.xml = ""
            adLoader.source = inspector.tagUrl(t)
            inspector.addRecentTag(t)
        }
        adLoader.sources = []
        tagField.text = t
        adLoader.reload()
        adPlayer.play()
    }
    // Several sources at once, as the Sources dialog or --source/--fallback give them.
    function loadSources(primaries, fallbacks, strategy) {
        if (primaries.length === 0)
            return
        adLoader.xml = ""
        adLoader.strategy = strategy
        adLoader.fallbacks = fallbacks
        adLoader.sources = primaries
        tagField.text = qsTr("%n source(s)", "", primaries.length)
                        + (fallbacks.length > 0 ? ", " + qsTr("%n fallback(s)", "", fallbacks.length) : "")
                        + " · " + strategyLabel(strategy) + " — " + primaries.map(u => u.toString()).join("  ")
        tagField.cursorPosition = 0
        bottomTabs.currentIndex = 2
        adLoader.reload()
        adPlayer.play()
    }
    function loadFromDialog() {
        adLoader.timeout = sourcesDialog.sourceTimeout
        adLoader.overallTimeout = sourcesDialog.overallTimeout
        adLoader.contentDurationMs = sourcesDialog.contentDurationMs
        loadSources(inspector.tagUrls(sourcesDialog.primariesText), inspector.tagUrls(sourcesDialog.fallbacksText),
                    sourcesDialog.strategy)
    }

    VastAdLoader {
        id: adLoader
        active: true
        timeout: window.inspector.sourceTimeout
        overallTimeout: window.inspector.overallTimeout
        contentDurationMs: window.inspector.contentDurationMs
    }

    VastPlayer {
        id: adPlayer
        loader: adLoader
        mode: window.inspector.realtime && realtimeAvailable ? VastPlayer.Realtime : VastPlayer.Headless
        speed: window.inspector.speed
        videoOutput: videoPane.videoOutput
        onClicked: function (clickThrough) {
            if (clickThrough.toString().length > 0)
                Qt.openUrlExternally(clickThrough)
        }
    }

    Component.onCompleted: {
        if (inspector.initialSources.length > 0) {
            sourcesDialog.primariesText = inspector.initialSources.join("\n")
            sourcesDialog.fallbacksText = inspector.initialFallbacks.join("\n")
            sourcesDialog.strategy = strategyValue(inspector.initialStrategy)
            loadFromDialog()
        } else if (inspector.initialTag.length > 0) {
            loadTag(inspector.initialTag)
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a VAST document")
        nameFilters: [qsTr("VAST documents (*.xml *.vast)"), qsTr("All files (*)")]
        onAccepted: window.loadTag(selectedFile.toString())
    }
    FileDialog {
        id: exportDialog
        title: qsTr("Export the JSON report")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("JSON reports (*.json)")]
        selectedFile: inspector.suggestedReportUrl()
        onAccepted: {
            if (adLoader.exportReport(selectedFile))
                statusLabel.flash(qsTr("Report saved to %1").arg(selectedFile.toString()))
            else
                statusLabel.flash(qsTr("The report could not be saved to %1").arg(selectedFile.toString()))
        }
    }
    RawXmlDialog { id: rawXmlDialog }
    SourcesDialog {
        id: sourcesDialog
        sourceTimeout: window.inspector.sourceTimeout
        overallTimeout: window.inspector.overallTimeout
        contentDurationMs: window.inspector.contentDurationMs
        onLoadRequested: window.loadFromDialog()
    }

    Shortcut { sequence: "Ctrl+L"; onActivated: { tagField.forceActiveFocus(); tagField.selectAll() } }
    Shortcut { sequence: StandardKey.Open; onActivated: openDialog.open() }
    Shortcut { sequence: "Ctrl+Shift+S"; onActivated: sourcesDialog.open() }
    Shortcut { sequence: "Ctrl+E"; onActivated: exportDialog.open() }
    Shortcut { sequence: "Ctrl+D"; enabled: inspector.demoTagUrl.toString().length > 0; onActivated: window.loadTag(inspector.demoTagUrl.toString()) }
    Shortcut { sequence: StandardKey.Refresh; onActivated: window.loadTag(tagField.text) }
    Shortcut { sequence: "Ctrl+P"; onActivated: adPlayer.playing ? adPlayer.pause() : adPlayer.play() }
    Shortcut { sequence: "Ctrl+K"; onActivated: adPlayer.skip() }
    Shortcut { sequence: "Ctrl+M"; onActivated: adPlayer.muted = !adPlayer.muted }
    Shortcut { sequence: StandardKey.Quit; onActivated: Qt.quit() }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            spacing: 6

            TextField {
                id: tagField
                Layout.fillWidth: true
                placeholderText: qsTr("VAST tag URL, file path or pasted VAST XML (Ctrl+L)")
                selectByMouse: true
                onAccepted: window.loadTag(text)
                Accessible.name: qsTr("VAST tag")
            }
            ToolButton {
                text: qsTr("Recent")
                enabled: inspector.recentTags.length > 0
                onClicked: recentMenu.open()
                Menu {
                    id: recentMenu
                    y: parent.height
                    Repeater {
                        model: inspector.recentTags
                        MenuItem {
                            required property string modelData
                            text: modelData
                            onTriggered: window.loadTag(modelData)
                        }
                    }
                    MenuSeparator { }
                    MenuItem {
                        text: qsTr("Clear recent tags")
                        onTriggered: inspector.clearRecentTags()
                    }
                }
            }
            Button {
                id: loadButton
                text: qsTr("Load")
                highlighted: true
                onClicked: window.loadTag(tagField.text)
            }
            ToolButton {
                text: qsTr("Open…")
                onClicked: openDialog.open()
            }
            ToolButton {
                text: qsTr("Sources…")
                onClicked: sourcesDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Load several sources and fallbacks with a strategy (Ctrl+Shift+S)")
            }
            ToolButton {
                visible: inspector.demoTagUrl.toString().length > 0
                text: qsTr("Demo")
                onClicked: window.loadTag(inspector.demoTagUrl.toString())
            }
            ToolSeparator { }
            Switch {
                id: realtimeSwitch
                text: qsTr("Real time")
                enabled: adPlayer.realtimeAvailable
                checked: adPlayer.mode === VastPlayer.Realtime
                onToggled: {
                    adPlayer.mode = checked ? VastPlayer.Realtime : VastPlayer.Headless
                    if (adLoader.status === VastAdLoader.Ready)
                        adPlayer.play() // starts over in the new mode
                }
                ToolTip.visible: hovered
                ToolTip.text: adPlayer.realtimeAvailable ? qsTr("Play the media file with Qt Multimedia")
                                                         : qsTr("Real-time playback is not available in this build")
            }
            Label { text: qsTr("Speed") }
            ComboBox {
                id: speedBox
                enabled: adPlayer.mode === VastPlayer.Headless
                textRole: "text"
                valueRole: "value"
                implicitContentWidthPolicy: ComboBox.WidestText
                model: [
                    { text: qsTr("0.5×"), value: 0.5 },
                    { text: qsTr("1×"), value: 1 },
                    { text: qsTr("2×"), value: 2 },
                    { text: qsTr("4×"), value: 4 },
                    { text: qsTr("10×"), value: 10 },
                    { text: qsTr("as fast as possible"), value: 0 }
                ]
                Component.onCompleted: currentIndex = Math.max(0, indexOfValue(adPlayer.speed))
                onActivated: adPlayer.speed = currentValue
            }
            ToolSeparator { }
            ToolButton {
                text: qsTr("Export report…")
                enabled: adLoader.status !== VastAdLoader.Null
                onClicked: exportDialog.open()
            }
        }
    }

    DropArea {
        anchors.fill: parent
        onDropped: function (drop) {
            if (drop.hasUrls)
                window.loadTag(drop.urls[0].toString())
            else if (drop.hasText)
                window.loadTag(drop.text)
        }
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        // Left: what the tag resolved to.
        ColumnLayout {
            SplitView.preferredWidth: 430
            SplitView.minimumWidth: 300
            spacing: 0

            TabBar {
                id: leftTabs
                Layout.fillWidth: true
                TabButton { text: qsTr("Wrapper chain (%1)").arg(adLoader.wrapperChain.count) }
                TabButton { text: qsTr("Ad") }
                TabButton { text: qsTr("Media files (%1)").arg(adLoader.mediaFiles.count) }
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: leftTabs.currentIndex

                ColumnLayout {
                    spacing: 4
                    WrapperChainView {
                        id: chainView
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.min(contentHeight + 4, 320)
                        model: adLoader.wrapperChain
                        onHopActivated: function (index) {
                            const hop = adLoader.wrapperChain.get(index)
                            rawXmlDialog.url = hop.url
                            rawXmlDialog.xml = hop.rawXml
                            rawXmlDialog.open()
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.margins: 6
                        wrapMode: Text.Wrap
                        font.pixelSize: 11
                        opacity: 0.7
                        text: qsTr("Double-click a hop or press Enter to see its raw XML.")
                    }
                    GroupBox {
                        Layout.fillWidth: true
                        Layout.margins: 6
                        visible: adLoader.status === VastAdLoader.Ready && adLoader.durationMs >= 0
                        title: qsTr("Ad")
                        GridLayout {
                            anchors.fill: parent
                            columns: 2
                            columnSpacing: 12
                            rowSpacing: 2
                            Label { text: qsTr("Title"); font.bold: true }
                            Label { Layout.fillWidth: true; elide: Text.ElideRight; text: adLoader.adTitle }
                            Label { text: qsTr("Ad system"); font.bold: true }
                            Label { Layout.fillWidth: true; elide: Text.ElideRight; text: adLoader.adSystem }
                            Label { text: qsTr("Ad id"); font.bold: true }
                            Label { Layout.fillWidth: true; elide: Text.ElideRight; text: adLoader.adId }
                            Label { text: qsTr("Duration"); font.bold: true }
                            Label { text: qsTr("%1 s").arg(Number(adLoader.durationMs / 1000).toLocaleString(Qt.locale(), "f", 1)) }
                            Label { text: qsTr("Skippable"); font.bold: true }
                            Label { text: adLoader.skipoffsetMs >= 0 ? qsTr("after %1 s").arg(Number(adLoader.skipoffsetMs / 1000).toLocaleString(Qt.locale(), "f", 1)) : qsTr("no") }
                            Label { text: qsTr("Media file"); font.bold: true }
                            Label {
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                maximumLineCount: 3
                                elide: Text.ElideRight
                                text: adLoader.mediaFiles.chosenIndex >= 0
                                      ? adLoader.mediaFiles.get(adLoader.mediaFiles.chosenIndex).reason : qsTr("none")
                            }
                            Label { text: qsTr("Click-through"); font.bold: true }
                            Label { Layout.fillWidth: true; elide: Text.ElideMiddle; text: adLoader.clickThrough.toString() }
                        }
                    }
                    Item { Layout.fillHeight: true }
                }
                AdTreeView {
                    model: adLoader.adTree
                }
                MediaFileList {
                    model: adLoader.mediaFiles
                }
            }
        }

        // Right: playback and tracking.
        ColumnLayout {
            SplitView.fillWidth: true
            spacing: 6

            VideoPane {
                id: videoPane
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(width * 9 / 16, window.height * (adLoader.vmap ? 0.24 : (bottomTabs.currentIndex >= 2 ? 0.28 : 0.36)))
                Layout.minimumHeight: 140
                Layout.margins: 6
                Layout.bottomMargin: 0
                player: adPlayer
                loader: adLoader
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 6
                Layout.rightMargin: 6
                spacing: 4
                Button {
                    text: adPlayer.playing ? qsTr("Pause") : (adPlayer.paused ? qsTr("Resume") : qsTr("Play"))
                    enabled: adLoader.status === VastAdLoader.Ready
                    onClicked: adPlayer.playing ? adPlayer.pause() : (adPlayer.paused ? adPlayer.resume() : adPlayer.play())
                }
                Button {
                    text: qsTr("Stop")
                    enabled: adPlayer.playing || adPlayer.paused
                    onClicked: adPlayer.stop()
                }
                Button {
                    text: adPlayer.canSkip || adPlayer.skipoffset < 0 ? qsTr("Skip")
                          : qsTr("Skip in %1 s").arg(Math.max(0, Math.ceil((adPlayer.skipoffset - adPlayer.position) / 1000)))
                    enabled: adPlayer.canSkip
                    onClicked: adPlayer.skip()
                }
                Button {
                    text: adPlayer.muted ? qsTr("Unmute") : qsTr("Mute")
                    onClicked: adPlayer.muted = !adPlayer.muted
                }
                Button {
                    text: qsTr("Click")
                    enabled: adPlayer.playing || adPlayer.paused
                    onClicked: adPlayer.click()
                }
                Item { Layout.fillWidth: true }
                Label {
                    text: qsTr("Player: %1").arg(window.stateText())
                }
            }

            AdBreakTimeline {
                id: breakTimelineView
                visible: adLoader.vmap
                Layout.fillWidth: true
                Layout.leftMargin: 6
                Layout.rightMargin: 6
                Layout.preferredHeight: implicitHeight
                model: adLoader.breaks
            }

            TrackingTimeline {
                id: timelineView
                Layout.fillWidth: true
                Layout.leftMargin: 6
                Layout.rightMargin: 6
                model: adLoader.timeline
                position: adPlayer.state === Player.Idle ? -1 : adPlayer.position
                onBeaconSelected: function (index) { beaconTable.currentIndex = index; beaconTable.positionViewAtIndex(index, ListView.Contain) }
            }

            TabBar {
                id: bottomTabs
                Layout.fillWidth: true
                TabButton { text: qsTr("Beacons (%1)").arg(adLoader.timeline.count) }
                TabButton { text: qsTr("Errors (%1)").arg(adLoader.errors.length) }
                TabButton {
                    text: adLoader.sourceOutcomes.winnerIndex >= 0
                          ? qsTr("Sources (%1) · winner #%2").arg(adLoader.sourceOutcomes.count).arg(adLoader.sourceOutcomes.winnerIndex + 1)
                          : qsTr("Sources (%1)").arg(adLoader.sourceOutcomes.count)
                }
                TabButton {
                    text: adLoader.compliance.documentCount === 0 ? qsTr("Compliance")
                          : adLoader.compliance.errorCount > 0 ? qsTr("Compliance (%1 errors)").arg(adLoader.compliance.errorCount)
                          : adLoader.compliance.warningCount > 0 ? qsTr("Compliance (%1 warnings)").arg(adLoader.compliance.warningCount)
                          : qsTr("Compliance (no finding)")
                }
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 100
                currentIndex: bottomTabs.currentIndex
                BeaconTable {
                    id: beaconTable
                    model: adLoader.timeline
                    onCurrentIndexChanged: if (currentIndex >= 0) timelineView.currentIndex = currentIndex
                }
                ErrorList {
                    model: adLoader.errors
                }
                SourceOutcomeView {
                    id: sourcesView
                    model: adLoader.sourceOutcomes
                    metrics: adLoader.metrics
                    onSourceActivated: function (index) {
                        // The raw first document of that source, when it answered one.
                        const outcome = adLoader.sourceOutcomes.get(index)
                        rawXmlDialog.url = outcome.url
                        rawXmlDialog.xml = adLoader.sourceDocument(index)
                        rawXmlDialog.open()
                    }
                }
                CompliancePane {
                    id: compliancePane
                    model: adLoader.compliance
                    onFindingActivated: function (hop, line, column) {
                        let url = ""
                        for (let row = 0; row < adLoader.compliance.count; ++row) {
                            const entry = adLoader.compliance.get(row)
                            if (entry.header && entry.hop === hop) { url = entry.url; break }
                        }
                        rawXmlDialog.show(url, adLoader.compliance.rawXml(hop), line, column)
                    }
                }
            }
        }
    }

    footer: ToolBar {
        Label {
            id: statusLabel
            property string flashText
            function flash(text) { flashText = text; flashTimer.restart() }
            anchors.fill: parent
            anchors.leftMargin: 8
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
            color: adLoader.status === VastAdLoader.Error ? "#c62828" : palette.windowText
            text: flashText.length > 0 ? flashText : window.statusText()
            Timer { id: flashTimer; interval: 5000; onTriggered: statusLabel.flashText = "" }
        }
    }
}
