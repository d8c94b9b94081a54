// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import VastQt

/*
    Several sources for one load: the primary tags and the fallbacks (one URL or file per
    line), the strategy, the timeout of each request, the time the whole load may take and,
    for VMAP tags, the content duration the breaks are placed on. "Load" emits
    loadRequested(); the window does the loading.
*/
Dialog {
    id: dialog

    property alias primariesText: primariesArea.text
    property alias fallbacksText: fallbacksArea.text
    property int strategy: VastAdLoader.Sequential
    property alias sourceTimeout: timeoutBox.value
    property alias overallTimeout: overallBox.value
    /*! Content duration in ms, -1 when unknown. */
    property real contentDurationMs: -1

    signal loadRequested()

    title: qsTr("Sources")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width * 0.9 : 760, 760)
    height: Math.min(parent ? parent.height * 0.92 : 600, 600)

    footer: DialogButtonBox {
        Button {
            id: loadButton
            text: qsTr("Load sources")
            highlighted: true
            enabled: primariesArea.text.trim().length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onAccepted: {
        strategy = strategyBox.currentValue
        contentDurationMs = durationBox.value > 0 ? durationBox.value * 1000 : -1
        loadRequested()
    }
    onAboutToShow: {
        strategyBox.currentIndex = Math.max(0, strategyBox.indexOfValue(strategy))
        durationBox.value = contentDurationMs > 0 ? Math.round(contentDurationMs / 1000) : 0
    }
    onOpened: primariesArea.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("One tag per line: a URL or a file. Fallbacks are asked only when every source failed.")
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 2
            columnSpacing: 8
            rowSpacing: 6

            Label { text: qsTr("Sources"); font.bold: true; Layout.alignment: Qt.AlignTop }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 60
                Layout.preferredHeight: 2
                TextArea {
                    id: primariesArea
                    placeholderText: "https://ads.example/a.xml\nhttps://ads.example/b.xml"
                    selectByMouse: true
                    wrapMode: TextEdit.NoWrap
                    font.family: "monospace"
                    Accessible.name: qsTr("Sources")
                }
            }
            Label { text: qsTr("Fallbacks"); font.bold: true; Layout.alignment: Qt.AlignTop }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 44
                Layout.preferredHeight: 1
                TextArea {
                    id: fallbacksArea
                    placeholderText: "https://backup.example/house.xml"
                    selectByMouse: true
                    wrapMode: TextEdit.NoWrap
                    font.family: "monospace"
                    Accessible.name: qsTr("Fallbacks")
                }
            }
            Label { text: qsTr("Strategy"); font.bold: true }
            RowLayout {
                Layout.fillWidth: true
                ComboBox {
                    id: strategyBox
                    textRole: "text"
                    valueRole: "value"
                    implicitContentWidthPolicy: ComboBox.WidestText
                    model: [
                        { text: qsTr("Sequential"), value: VastAdLoader.Sequential },
                        { text: qsTr("Parallel"), value: VastAdLoader.Parallel },
                        { text: qsTr("Race"), value: VastAdLoader.Race }
                    ]
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: 11
                    opacity: 0.8
                    text: {
                        switch (strategyBox.currentValue) {
                        case VastAdLoader.Parallel: return qsTr("All at once; the first playable ad in source order wins.")
                        case VastAdLoader.Race: return qsTr("All at once; the first playable answer wins, the others are aborted.")
                        default: return qsTr("One after the other; stops at the first playable ad.")
                        }
                    }
                }
            }
            Label { text: qsTr("Timeout per request"); font.bold: true }
            RowLayout {
                SpinBox { id: timeoutBox; from: 100; to: 60000; stepSize: 100; value: 5000; editable: true }
                Label { text: qsTr("ms") }
            }
            Label { text: qsTr("Overall timeout"); font.bold: true }
            RowLayout {
                SpinBox { id: overallBox; from: 0; to: 120000; stepSize: 100; value: 0; editable: true }
                Label { text: qsTr("ms (0: no limit)") }
            }
            Label { text: qsTr("Content duration"); font.bold: true }
            RowLayout {
                SpinBox { id: durationBox; from: 0; to: 24 * 3600; stepSize: 10; value: 0; editable: true }
                Label { text: qsTr("s, places VMAP breaks (0: unknown)") }
            }
        }
    }
}
