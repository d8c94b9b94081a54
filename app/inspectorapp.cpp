// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "inspectorapp.h"

#include "commandline.h"
#include "demoserver.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtGui/QGuiApplication>
#include <QtQml/QQmlApplicationEngine>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{
constexpr int MaxRecentTags = 10;
const auto RecentKey = "recentTags"_L1;
} // namespace

InspectorApp::InspectorApp(QObject *parent)
    : QObject(parent)
{
}

int InspectorApp::exec(int argc, char *argv[], const InspectorOptions &options)
{
    const QByteArray standardInput = options.tagFromStdin ? InspectorOptions::readStandardInput() : QByteArray();
    QGuiApplication app(argc, argv);
    options.setUpApplication(true);
    QGuiApplication::setApplicationDisplayName(tr("VastQt Inspector"));

    InspectorApp inspector;
    inspector.setRealtime(options.realtime);
    inspector.setSpeed(options.playback.speed());
    inspector.setInitialStrategy(VastQt::FetchConfig::strategyName(options.strategy));
    inspector.setSourceTimeout(options.timeoutMs);
    inspector.setOverallTimeout(options.overallTimeoutMs);
    inspector.setContentDurationMs(options.contentDurationMs);
    QList<QUrl> sources = options.sources;
    DemoServer demoServer;
    if (options.demo || options.demoVmap) {
        if (!demoServer.start())
            fprintf(stderr, "vastqt-inspector: %s\n", qPrintable(InspectorOptions::tr("cannot start the demo ad server on 127.0.0.1")));
        const QUrl tag = options.demoVmap ? demoServer.vmapUrl() : demoServer.tagUrl();
        inspector.setDemoTagUrl(tag);
        inspector.setInitialTag(tag.toString());
        sources.prepend(tag);
    } else if (options.tagFromStdin) {
        inspector.setInitialTag(QString::fromUtf8(standardInput));
    } else if (!options.tagUrl.isEmpty()) {
        inspector.setInitialTag(options.tagUrl.toString());
    }
    if (options.multiSource) {
        QStringList texts;
        for (const QUrl &url : std::as_const(sources))
            texts << url.toString();
        inspector.setInitialSources(texts);
        QStringList fallbacks;
        for (const QUrl &url : options.fallbacks)
            fallbacks << url.toString();
        inspector.setInitialFallbacks(fallbacks);
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.setInitialProperties({{u"inspector"_s, QVariant::fromValue(&inspector)}});
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
                     Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/qt/qml/VastQt/Inspector/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;
    return app.exec();
}

QStringList InspectorApp::recentTags() const
{
    return QSettings().value(RecentKey).toStringList();
}

void InspectorApp::addRecentTag(const QString &tag)
{
    const QString t = tag.trimmed();
    // Pasted documents are not worth keeping as "recent tags".
    if (t.isEmpty() || isXml(t))
        return;
    QStringList tags = recentTags();
    tags.removeAll(t);
    tags.prepend(t);
    while (tags.size() > MaxRecentTags)
        tags.removeLast();
    QSettings().setValue(RecentKey, tags);
    Q_EMIT recentTagsChanged();
}

void InspectorApp::clearRecentTags()
{
    QSettings().remove(RecentKey);
    Q_EMIT recentTagsChanged();
}

bool InspectorApp::isXml(const QString &text)
{
    return text.trimmed().startsWith(u'<');
}

QUrl InspectorApp::tagUrl(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || isXml(t))
        return QUrl();
    const QUrl url(t);
    const QString scheme = url.scheme().toLower();
    if (scheme == "http"_L1 || scheme == "https"_L1 || scheme == "file"_L1 || scheme == "qrc"_L1)
        return url;
    return QUrl::fromLocalFile(QFileInfo(t).absoluteFilePath());
}

QList<QUrl> InspectorApp::tagUrls(const QString &text)
{
    QList<QUrl> urls;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(u'#'))
            continue;
        const QUrl url = tagUrl(t);
        if (url.isValid() && !urls.contains(url))
            urls.append(url);
    }
    return urls;
}

QUrl InspectorApp::suggestedReportUrl()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString name = u"vastqt-report-%1.json"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    return QUrl::fromLocalFile(QDir(dir).filePath(name));
}
