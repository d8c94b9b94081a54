// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// Parses a VAST file, then resolves and plays the demo's 3-hop Wrapper chain served on
// 127.0.0.1, with the installed SDK's headers in both include styles; the library's German
// messages come from the translation compiled into the installed library.

#include "loopbackserver.h"

#include <VastQt/VastClient>
#include <VastQt/VastParser>
#include <VastQt/VastQtNamespace>
#include <VastQt/runreport.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().size() != 2) {
        QTextStream(stderr) << "usage: vastqt-consumer-cpp TAGDIR\n";
        return 2;
    }
    const QString tagDir = app.arguments().at(1);

    QFile file(tagDir + QStringLiteral("/inline.xml"));
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const VastQt::VastParseResult parsed = VastQt::VastParser::parse(file.readAll());
    out << "parse: ok=" << (parsed.ok() ? "yes" : "no") << " version=" << parsed.document.version
        << " ads=" << parsed.document.ads.size() << " title=" << parsed.document.ads.value(0).adTitle << Qt::endl;

    const bool german = VastQt::installTranslator(QLocale(QLocale::German));
    out << "translation: de=" << (german ? "yes" : "no") << ' ' << VastQt::VastParser::parse(QByteArray()).errorString
        << Qt::endl;
    VastQt::installTranslator(QLocale(QLocale::English));

    LoopbackServer server(tagDir);
    if (!server.start())
        return 2;
    VastQt::VastClient client;
    client.setSpeed(0);
    client.setAutoPlay(true);
    QObject::connect(&client, &VastQt::VastClient::finished, &app, [&] {
        const QJsonObject report = client.report();
        out << "chain: " << report.value(QStringLiteral("chain")).toArray().size() << " documents" << Qt::endl;
        out << "result: " << report.value(QStringLiteral("result")).toString() << Qt::endl;
        out << "beacons received: " << server.beacons().size() << Qt::endl;
        app.exit(client.runReport().result == VastQt::RunReport::Result::Completed ? 0 : 1);
    });
    QTimer::singleShot(60000, &app, [&] {
        out << "timed out" << Qt::endl;
        app.exit(1);
    });
    client.load(server.url(QStringLiteral("/vast/tag.xml")));
    return app.exec();
}
