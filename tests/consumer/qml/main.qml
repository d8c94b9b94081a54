// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

import QtQml
import VastQt

QtObject {
    id: root
    required property url tagUrl

    property VastAdLoader loader: VastAdLoader {
        source: root.tagUrl
        onStatusChanged: {
            if (status === VastAdLoader.Ready)
                console.info("loaded:", adTitle, "chain:", wrapperChain.count, "documents")
            else if (status === VastAdLoader.Error)
                console.info("load failed:", errorString)
        }
    }

    property VastPlayer player: VastPlayer {
        loader: root.loader
        mode: VastPlayer.Headless
        speed: 0
        autoPlay: true
        onFinished: {
            const completed = state === Player.Completed
            console.info("played:", completed ? "completed" : "not completed (" + state + ")")
            Qt.exit(completed ? 0 : 1)
        }
    }
}
