// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "commandline.h"
#include "demoserver.h"
#include "inspectorapp.h"
#include "orchestrator/orchestrator.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTranslator>
#include <QtGui/QGuiApplication>
#include <QtQml/QQmlApplicationEngine>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(VastQtPlugin)
Q_IMPORT_QML_PLUGIN(VastQt_InspectorPlugin)

namespace
{
void setApplicationInfo()
{
    QCoreApplication::setApplicationName(QStringLiteral("vastqt-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VASTQT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("VastQt"));
}

void quietLibraryLogging(const QStringList &arguments)
{
    // Library diagnostics only when asked for: --verbose, or QT_LOGGING_RULES (applied after these).
    if (!arguments.contains(u"--verbose"_s))
        QLoggingCategory::setFilterRules(QStringLiteral("vastqt.*.debug=false\nvastqt.*.info=false"));
}

int runCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    quietLibraryLogging(QCoreApplication::arguments());

    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);

    CommandLine commandLine(&out, &err);
    QObject::connect(&commandLine, &CommandLine::finished, &app, [](int code) { QCoreApplication::exit(code); });
    commandLine.start(QCoreApplication::arguments());
    return app.exec();
}

int runWindow(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    setApplicationInfo();
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "VastQt Inspector"));
    quietLibraryLogging(QCoreApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Inspects a VAST ad tag: wrapper chain, ad, media files, playback and tracking beacons."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate("main", "Load the embedded demo ad server's tag."));
    const QCommandLineOption demoVmap(u"demo-vmap"_s,
                                      QCoreApplication::translate("main", "Load the embedded demo ad server's VMAP playlist (content 60 s unless --content-duration)."));
    const QCommandLineOption lang(u"lang"_s, QCoreApplication::translate("main", "User interface language (de, fr, en...); default: the system's."),
                                  u"LANG"_s);
    const QCommandLineOption speed(u"speed"_s, QCoreApplication::translate("main", "Speed of headless playback (1 = real time)."),
                                   u"F"_s, u"1"_s);
    const QCommandLineOption mode(u"mode"_s, QCoreApplication::translate("main", "Playback mode: realtime (video, default) or headless (simulated clock)."),
                                  u"MODE"_s, u"realtime"_s);
    const QCommandLineOption realtime(u"realtime"_s, QCoreApplication::translate("main", "Same as --mode realtime."));
    const QCommandLineOption verbose(u"verbose"_s, QCoreApplication::translate("main", "Library diagnostics on standard error."));
    // Several sources, as for --headless: the window opens on them.
    const QCommandLineOption source(u"source"_s, QCoreApplication::translate("main", "An ad source (repeatable); TAG, if given, comes first."),
                                    u"URL"_s);
    const QCommandLineOption fallback(u"fallback"_s, QCoreApplication::translate("main", "A fallback source (repeatable), tried only when every source failed."),
                                      u"URL"_s);
    const QCommandLineOption strategy(u"strategy"_s, QCoreApplication::translate("main", "How the sources are asked: sequential, parallel or race."),
                                      u"NAME"_s, u"sequential"_s);
    const QCommandLineOption timeout(u"timeout"_s, QCoreApplication::translate("main", "Timeout of each request in ms."),
                                     u"MS"_s, u"5000"_s);
    const QCommandLineOption overallTimeout(u"overall-timeout"_s, QCoreApplication::translate("main", "Time the whole load may take in ms (0: no limit)."),
                                            u"MS"_s, u"0"_s);
    const QCommandLineOption contentDuration(u"content-duration"_s, QCoreApplication::translate("main", "VMAP: the duration of the content in ms, to place n% and end breaks."),
                                             u"MS"_s);
    parser.addOptions({demo, demoVmap, lang, mode, speed, realtime, verbose, source, fallback, strategy, timeout, overallTimeout,
                       contentDuration});
    parser.addPositionalArgument(u"TAG"_s, QCoreApplication::translate("main", "A VAST tag: URL, file or - for standard input."),
                                 u"[TAG]"_s);
    parser.process(app);

    const QLocale locale = parser.isSet(lang) ? QLocale(parser.value(lang)) : QLocale::system();
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, u"vastqt"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    InspectorApp inspector;
    inspector.setRealtime(parser.isSet(realtime) || parser.value(mode) != "headless"_L1);
    bool ok = false;
    const double f = parser.value(speed).toDouble(&ok);
    inspector.setSpeed(ok && f >= 0 ? f : 1.0);

    DemoServer demoServer;
    if (parser.isSet(demo) || parser.isSet(demoVmap)) {
        if (!demoServer.start())
            qWarning("The demo ad server could not start.");
        const QUrl tag = parser.isSet(demoVmap) ? demoServer.vmapUrl() : demoServer.tagUrl();
        inspector.setDemoTagUrl(tag);
        inspector.setInitialTag(tag.toString());
    }
    bool strategyOk = false;
    const QString strategyName = parser.value(strategy).toLower();
    VastQt::FetchConfig::strategyFromName(strategyName, &strategyOk);
    const int timeoutMs = parser.value(timeout).toInt(&ok);
    const bool timeoutOk = ok && timeoutMs > 0;
    const int overallMs = parser.value(overallTimeout).toInt(&ok);
    const bool overallOk = ok && overallMs >= 0;
    const qint64 contentMs = parser.isSet(contentDuration) ? parser.value(contentDuration).toLongLong(&ok) : -1;
    const bool contentOk = !parser.isSet(contentDuration) || (ok && contentMs >= 0);
    if (!strategyOk || !timeoutOk || !overallOk || !contentOk) {
        const char *problem = !strategyOk ? QT_TRANSLATE_NOOP("main", "--strategy takes sequential, parallel or race")
                              : !timeoutOk ? QT_TRANSLATE_NOOP("main", "--timeout takes a number of milliseconds > 0")
                              : !overallOk ? QT_TRANSLATE_NOOP("main", "--overall-timeout takes a number of milliseconds >= 0")
                                           : QT_TRANSLATE_NOOP("main", "--content-duration takes a number of milliseconds >= 0");
        fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", problem)));
        return 2;
    }
    inspector.setInitialStrategy(strategyName);
    inspector.setSourceTimeout(timeoutMs);
    inspector.setOverallTimeout(overallMs);
    inspector.setContentDurationMs(parser.isSet(demoVmap) && contentMs < 0 ? 60000 : contentMs);

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(source) || parser.isSet(fallback)) {
        // TAG (a URL or a file, not standard input) is the first source.
        QStringList all;
        if (!positional.isEmpty() && positional.constFirst() != "-"_L1)
            all << positional.constFirst();
        all << parser.values(source);
        inspector.setInitialSources(all);
        inspector.setInitialFallbacks(parser.values(fallback));
    }
    if (!positional.isEmpty()) {
        if (positional.constFirst() == "-"_L1) {
            QFile in;
            if (in.open(stdin, QIODevice::ReadOnly))
                inspector.setInitialTag(QString::fromUtf8(in.readAll()));
        } else {
            inspector.setInitialTag(positional.constFirst());
        }
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.setInitialProperties({{u"inspector"_s, QVariant::fromValue(&inspector)}});
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/qt/qml/VastQt/Inspector/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;
    return app.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    // The application type must be chosen before Qt parses the arguments.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (CommandLine::wantsCommandLine(arguments))
        return runCommandLine(argc, argv);
    return runWindow(argc, argv);
}
