// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// The QML module's types from C++, through find_package(VastQt COMPONENTS Qml).

#include <VastQt/VastAdLoader>
#include <VastQt/VastPlayer>

#include <QtCore/QCoreApplication>
#include <QtCore/QMetaEnum>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    VastQt::VastAdLoader loader;
    VastQt::VastPlayer player;
    player.setLoader(&loader);
    const char *status = QMetaEnum::fromType<VastQt::VastAdLoader::Status>().valueToKey(int(loader.status()));
    std::printf("qml types: loader %s, player %s\n", status, player.loader() == &loader ? "attached" : "detached");
    return player.loader() == &loader ? 0 : 1;
}
