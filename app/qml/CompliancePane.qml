// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The compliance report of the load (ComplianceModel): each hop of the chain with the schema
// it was checked against, then its findings. Clicking a finding (or Enter) asks for the raw
// XML of that hop at the finding's line: findingActivated(hop, line, column).
ListView {
    id: root

    signal findingActivated(int hop, int line, int column)

    clip: true
    activeFocusOnTab: true
    keyNavigationEnabled: true
    currentIndex: -1
    ScrollBar.vertical: ScrollBar { }
    SystemPalette { id: pal }

    Label {
        anchors.centerIn: parent
        visible: root.count === 0
        opacity: 0.7
        text: qsTr("No document checked yet.")
    }

    Keys.onReturnPressed: activate(currentIndex)
    Keys.onEnterPressed: activate(currentIndex)

    function activate(row) {
        const entry = model.get(row)
        if (entry.header !== undefined)
            findingActivated(entry.hop, entry.header ? 0 : entry.line, entry.header ? 0 : entry.column)
    }

    delegate: Rectangle {
        id: row
        required property int index
        required property bool header
        required property int hop
        required property string url
        required property string kind
        required property string version
        required property string schema
        required property bool schemaValidated
        required property int errors
        required property int warnings
        required property string severity
        required property int line
        required property int column
        required property string rule
        required property string message
        required property string specSection

        width: ListView.view.width
        height: (header ? headerColumn.implicitHeight : findingColumn.implicitHeight) + 8
        color: ListView.isCurrentItem ? pal.highlight : (header ? pal.button : (index % 2 ? pal.alternateBase : pal.base))

        Column {
            id: headerColumn
            visible: row.header
            x: 8
            y: 4
            width: parent.width - 16
            spacing: 1
            RowLayout {
                width: parent.width
                spacing: 8
                Text {
                    font.bold: true
                    font.pixelSize: 12
                    color: row.ListView.isCurrentItem ? pal.highlightedText : pal.buttonText
                    text: row.kind.length > 0 ? qsTr("Hop %1 · %2 %3").arg(row.hop + 1).arg(row.kind).arg(row.version)
                                              : qsTr("Hop %1").arg(row.hop + 1)
                }
                Text {
                    font.pixelSize: 11
                    color: row.ListView.isCurrentItem ? pal.highlightedText : pal.buttonText
                    opacity: 0.8
                    text: row.schemaValidated ? qsTr("checked against %1").arg(row.schema)
                                              : (row.schema.length > 0 ? qsTr("%1 not checked").arg(row.schema) : qsTr("no schema"))
                }
                Item { Layout.fillWidth: true }
                Text {
                    font.bold: true
                    font.pixelSize: 11
                    color: row.errors > 0 ? "#c62828" : (row.warnings > 0 ? "#b26a00" : "#2e7d32")
                    text: row.errors === 0 && row.warnings === 0 ? qsTr("compliant")
                          : qsTr("%1 error(s), %2 warning(s)").arg(row.errors).arg(row.warnings)
                }
            }
            Text {
                width: parent.width
                elide: Text.ElideMiddle
                font.pixelSize: 11
                color: row.ListView.isCurrentItem ? pal.highlightedText : pal.buttonText
                text: row.url
            }
        }

        RowLayout {
            id: findingColumn
            visible: !row.header
            x: 8
            y: 4
            width: parent.width - 16
            spacing: 8
            Rectangle {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 62
                Layout.preferredHeight: severityText.implicitHeight + 4
                radius: 3
                color: row.severity === "error" ? "#c62828" : "#b26a00"
                Text {
                    id: severityText
                    anchors.centerIn: parent
                    font.pixelSize: 10
                    font.bold: true
                    color: "white"
                    text: row.severity === "error" ? qsTr("error") : qsTr("warning")
                }
            }
            Text {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 58
                font.family: "monospace"
                font.pixelSize: 11
                color: row.ListView.isCurrentItem ? pal.highlightedText : pal.text
                text: row.line > 0 ? (row.column > 0 ? "%1:%2".arg(row.line).arg(row.column) : "%1".arg(row.line)) : "–"
            }
            Column {
                Layout.fillWidth: true
                spacing: 1
                Text {
                    width: parent.width
                    wrapMode: Text.Wrap
                    font.pixelSize: 12
                    color: row.ListView.isCurrentItem ? pal.highlightedText : pal.text
                    text: row.message
                }
                Text {
                    width: parent.width
                    elide: Text.ElideRight
                    font.pixelSize: 10
                    opacity: 0.7
                    color: row.ListView.isCurrentItem ? pal.highlightedText : pal.text
                    text: row.specSection.length > 0 ? "%1 · %2".arg(row.rule).arg(row.specSection) : row.rule
                }
            }
        }

        MouseArea {
            anchors.fill: parent
            onClicked: {
                root.currentIndex = row.index
                root.forceActiveFocus()
                root.activate(row.index)
            }
        }
    }
}
