// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQuick
import QtQuick.Controls
import VastQt

/*
    The ad as a tree (its `--parse` JSON form): objects and arrays expand, leaves show their
    value. Arrow keys move and expand or collapse (TreeView's own keys).
*/
TreeView {
    id: root

    clip: true
    activeFocusOnTab: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { }
    ScrollBar.horizontal: ScrollBar { }
    selectionModel: ItemSelectionModel { }

    delegate: TreeViewDelegate {
        implicitWidth: Math.max(root.width, contentItem.implicitWidth + leftPadding + rightPadding)
        font.pixelSize: 12
    }
}
