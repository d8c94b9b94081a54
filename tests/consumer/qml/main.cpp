// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// Loads main.qml, which imports the installed VastQt module, resolves the demo's Wrapper
// chain served on 127.0.0.1 and plays the ad headless; the exit code is main.qml's, and
// the beacons the server received are counted.

#include "loopbackserver.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>
#include <QtGui/QGuiApplication>
#include <QtQml/QQmlApplicationEngine>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: vastqt-consumer-qml TAGDIR\n");
        return 2;
    }
    LoopbackServer server(app.arguments().at(1));
    if (!server.start())
        return 2;

    QQmlApplicationEngine engine;
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(3); });
    engine.setInitialProperties({{QStringLiteral("tagUrl"), server.url(QStringLiteral("/vast/tag.xml"))}});
    engine.load(QUrl(QStringLiteral("qrc:/consumer/main.qml")));
    if (engine.rootObjects().isEmpty())
        return 3;
    QTimer::singleShot(60000, &app, [] {
        std::fprintf(stderr, "timed out\n");
        QCoreApplication::exit(1);
    });
    const int code = app.exec();
    // The ad's beacons are still on their way when the player finishes: let them arrive
    // (until none came for 500 ms, 5 s at most).
    QElapsedTimer total;
    total.start();
    QElapsedTimer quiet;
    quiet.start();
    qsizetype seen = -1;
    while (total.elapsed() < 5000 && (seen <= 0 || quiet.elapsed() < 500)) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (server.beacons().size() != seen) {
            seen = server.beacons().size();
            quiet.restart();
        }
    }
    std::printf("beacons received: %lld\n", static_cast<long long>(server.beacons().size()));
    return code;
}
