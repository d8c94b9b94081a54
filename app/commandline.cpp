// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "commandline.h"

#include "client/vastclient.h"
#include "demoserver.h"
#include "protocol/fetcherror.h"
#include "protocol/vastjson.h"
#include "protocol/vastparser.h"
#include "tracking/beacon.h"
#include "transport/filetransport.h"
#include "transport/httptransport.h"
#include "transport/routingtransport.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimer>

using namespace Qt::StringLiterals;
using namespace VastQt;

class CommandLine::Private
{
public:
    CommandLine *q = nullptr;
    QIODevice *out = nullptr;
    QIODevice *err = nullptr;
    bool quiet = false;
    bool compact = false;

    std::unique_ptr<DemoServer> demo;
    std::unique_ptr<VastClient> client;
    RoutingTransport routing;
    HttpTransport http;
    FileTransport file;

    void progress(const QString &line)
    {
        if (!quiet)
            err->write((line + u'\n').toUtf8());
    }

    void fail(int code, const QString &message)
    {
        err->write((u"vastqt-inspector: "_s + message + u'\n').toUtf8());
        QTimer::singleShot(0, q, [this, code] { Q_EMIT q->finished(code); });
    }

    void printJson(const QJsonObject &o)
    {
        out->write(QJsonDocument(o).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
        if (compact)
            out->write("\n");
    }

    // TAG: an http(s)/file/qrc URL, a file path, or "-" for standard input.
    bool readTag(const QString &tag, QUrl *url, QByteArray *xml, QString *problem)
    {
        if (tag == "-"_L1) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                *problem = u"cannot read standard input"_s;
                return false;
            }
            *xml = in.readAll();
            *url = QUrl(u"stdin:"_s);
            return true;
        }
        const QUrl asUrl(tag, QUrl::StrictMode);
        const QString scheme = asUrl.scheme().toLower();
        if (scheme == "http"_L1 || scheme == "https"_L1 || scheme == "file"_L1 || scheme == "qrc"_L1) {
            *url = asUrl;
            return true;
        }
        const QFileInfo info(tag);
        if (!info.isFile()) {
            *problem = u"no such file: %1 (TAG is an http(s) URL, a file or - for stdin)"_s.arg(tag);
            return false;
        }
        *url = QUrl::fromLocalFile(info.absoluteFilePath());
        return true;
    }

    // The multi-source options: --source, --fallback, --strategy, --overall-timeout,
    // --source-retries and the ParseFilter options. TAG (if any) is the first source.
    FetchConfig sourcesConfig;
    qint64 contentDurationMs = -1;
    bool readSources(const QCommandLineParser &parser, const QUrl &tag, const QByteArray &xml, QString *problem)
    {
        FetchConfig &c = sourcesConfig;
        const auto httpUrl = [problem](const QString &text, const QString &option, QUrl *out) {
            const QUrl u(text, QUrl::StrictMode);
            const QString scheme = u.scheme().toLower();
            if (!u.isValid() || (scheme != "http"_L1 && scheme != "https"_L1 && scheme != "file"_L1)) {
                *problem = CommandLine::tr("--%1 takes an http(s) or file URL: %2").arg(option, text);
                return false;
            }
            *out = u;
            return true;
        };
        const QStringList sources = parser.values(u"source"_s);
        const QStringList fallbacks = parser.values(u"fallback"_s);
        if (!xml.isNull() && (!sources.isEmpty() || !fallbacks.isEmpty())) {
            *problem = CommandLine::tr("--source and --fallback do not go with a TAG from standard input");
            return false;
        }
        if (!tag.isEmpty())
            c.sources.append(tag);
        for (const QString &text : sources) {
            QUrl u;
            if (!httpUrl(text, u"source"_s, &u))
                return false;
            if (!c.sources.contains(u))
                c.sources.append(u);
        }
        for (const QString &text : fallbacks) {
            QUrl u;
            if (!httpUrl(text, u"fallback"_s, &u))
                return false;
            c.fallbacks.append(u);
        }
        bool ok = false;
        c.strategy = FetchConfig::strategyFromName(parser.value(u"strategy"_s), &ok);
        if (!ok) {
            *problem = CommandLine::tr("--strategy takes sequential, parallel or race");
            return false;
        }
        c.overallTimeoutMs = parser.value(u"overall-timeout"_s).toInt(&ok);
        if (!ok || c.overallTimeoutMs < 0) {
            *problem = CommandLine::tr("--overall-timeout takes a number of milliseconds >= 0");
            return false;
        }
        c.retries = parser.value(u"source-retries"_s).toInt(&ok);
        if (!ok || c.retries < 0) {
            *problem = CommandLine::tr("--source-retries takes a number >= 0");
            return false;
        }
        const auto seconds = [&](const QString &option, qint64 *ms) {
            if (!parser.isSet(option))
                return true;
            const double v = parser.value(option).toDouble(&ok);
            if (!ok || v < 0) {
                *problem = CommandLine::tr("--%1 takes a number of seconds >= 0").arg(option);
                return false;
            }
            *ms = qint64(v * 1000 + 0.5);
            return true;
        };
        const auto kbps = [&](const QString &option, int *value) {
            if (!parser.isSet(option))
                return true;
            *value = parser.value(option).toInt(&ok);
            if (!ok || *value <= 0) {
                *problem = CommandLine::tr("--%1 takes a bitrate in kbit/s > 0").arg(option);
                return false;
            }
            return true;
        };
        if (!seconds(u"min-duration"_s, &c.filter.minDurationMs) || !seconds(u"max-duration"_s, &c.filter.maxDurationMs)
            || !kbps(u"min-bitrate"_s, &c.filter.minBitrate) || !kbps(u"max-bitrate"_s, &c.filter.maxBitrate))
            return false;
        c.filter.mediaTypes = parser.values(u"media-type"_s);
        if (parser.isSet(u"dimensions"_s)) {
            const QStringList wh = parser.value(u"dimensions"_s).split(u'x');
            if (wh.size() != 2 || wh.at(0).toInt() <= 0 || wh.at(1).toInt() <= 0) {
                *problem = CommandLine::tr("--dimensions takes WIDTHxHEIGHT, e.g. 1920x1080");
                return false;
            }
            c.filter.requiredDimensions = QSize(wh.at(0).toInt(), wh.at(1).toInt());
        }
        return true;
    }

    // The report's multi-source part: what each source did, and which one won.
    void addSourcesReport(QJsonObject &report) const
    {
        const AdResponse r = client->response();
        QJsonArray sources;
        QJsonValue winner = QJsonValue::Null;
        for (const SourceOutcome &s : r.sources) {
            QJsonObject o{
                {u"url"_s, s.url.toString()},
                {u"fallback"_s, s.fallback},
                {u"winner"_s, s.winner},
                {u"status"_s, SourceOutcome::statusName(s.status)},
                {u"httpStatus"_s, s.httpStatus},
                {u"latencyMs"_s, s.latencyMs},
                {u"cached"_s, s.cached},
            };
            if (s.status == SourceOutcome::Status::Failed) {
                o.insert(u"error"_s, int(s.error));
                o.insert(u"phase"_s, phaseName(s.phase));
                o.insert(u"message"_s, s.message);
            }
            if (s.winner)
                winner = s.url.toString();
            sources.append(o);
        }
        report.insert(u"strategy"_s, FetchConfig::strategyName(sourcesConfig.strategy));
        report.insert(u"sources"_s, sources);
        report.insert(u"winner"_s, winner);
        report.insert(u"usedFallback"_s, r.usedFallback);
        report.insert(u"cached"_s, r.cached);
    }

    void runParse(const QUrl &url, const QByteArray &xml)
    {
        auto printParsed = [this](const QByteArray &bytes) {
            const VastParseResult parsed = VastParser::parse(bytes);
            QJsonObject o = VastJson::toJson(parsed.document);
            if (!parsed.ok()) {
                o.insert(u"error"_s, QJsonObject{{u"code"_s, int(parsed.error)},
                                                  {u"phase"_s, phaseName(Phase::Parse)},
                                                  {u"message"_s, parsed.errorString},
                                                  {u"line"_s, parsed.line},
                                                  {u"column"_s, parsed.column}});
                progress(u"error %1 [parse]: %2"_s.arg(int(parsed.error)).arg(parsed.errorString));
            }
            if (!parsed.warnings.isEmpty())
                o.insert(u"warnings"_s, QJsonArray::fromStringList(parsed.warnings));
            printJson(o);
            Q_EMIT q->finished(parsed.ok() ? Completed : VastError);
        };
        if (!xml.isNull()) {
            QTimer::singleShot(0, q, [printParsed, xml] { printParsed(xml); });
            return;
        }
        TransportReply *reply = routing.get(url);
        QObject::connect(reply, &TransportReply::finished, q, [this, reply, url, printParsed] {
            reply->deleteLater();
            if (const FetchError fault = FetchError::fromReply(*reply); !fault.ok()) {
                const QJsonObject o{{u"error"_s, QJsonObject{{u"code"_s, int(fault.code)},
                                                             {u"phase"_s, phaseName(fault.phase)},
                                                             {u"message"_s, reply->errorString()}}}};
                progress(u"error %1 [%2]: %3: %4"_s.arg(int(fault.code))
                             .arg(phaseName(fault.phase), url.toDisplayString(), reply->errorString()));
                printJson(o);
                Q_EMIT q->finished(VastError);
                return;
            }
            printParsed(reply->body());
        });
    }

    void runHeadless(const QCommandLineParser &parser, const QUrl &url, const QByteArray &xml)
    {
        client = std::make_unique<VastClient>();
        client->setSpeed(parser.value(u"speed"_s).toDouble());
        FetchConfig config = client->fetchConfig();
        config.sourceTimeoutMs = parser.value(u"timeout"_s).toInt();
        config.maxWrapperDepth = parser.value(u"max-depth"_s).toInt();
        const QStringList size = parser.value(u"player-size"_s).split(u'x');
        config.mediaFiles.playerWidth = size.value(0).toInt();
        config.mediaFiles.playerHeight = size.value(1).toInt();
        config.sources = sourcesConfig.sources;
        config.fallbacks = sourcesConfig.fallbacks;
        config.strategy = sourcesConfig.strategy;
        config.overallTimeoutMs = sourcesConfig.overallTimeoutMs;
        config.retries = sourcesConfig.retries;
        config.filter = sourcesConfig.filter;
        client->setFetchConfig(config);
        RetryPolicy retry = client->retryPolicy();
        retry.maxRetries = parser.value(u"retries"_s).toInt();
        retry.timeoutMs = config.sourceTimeoutMs;
        client->setRetryPolicy(retry);
        client->setAutoPlay(true);
        if (parser.isSet(u"realtime"_s))
            client->setPlaybackMode(VastClient::PlaybackMode::Realtime);
        AdRequest request = client->adRequest();
        request.contentDurationMs = contentDurationMs;
        client->setAdRequest(request);

        QObject::connect(client.get(), &VastClient::breakStarted, q, [this](int index) {
            const ScheduledBreak b = client->breaks().value(index);
            progress(u"break %1 start: %2 (%3) at %4 ms"_s.arg(index)
                         .arg(b.adBreak.breakId.isEmpty() ? u"-"_s : b.adBreak.breakId, b.adBreak.timeOffset)
                         .arg(b.timeMs));
        });
        QObject::connect(client.get(), &VastClient::breakEnded, q,
                         [this](int index) { progress(u"break %1 end"_s.arg(index)); });
        QObject::connect(client.get(), &VastClient::adStarted, q, [this](int breakIndex, int podIndex) {
            if (client->isVmap() || client->podPlayer())
                progress(u"ad: break %1, pod slot %2"_s.arg(breakIndex).arg(podIndex));
        });

        QObject::connect(client.get(), &VastClient::hopFinished, q, [this](const WrapperHop &hop) {
            progress(u"hop: %1 %2 %3 %4 ms %5 bytes %6"_s.arg(hop.httpStatus)
                         .arg(hop.type.isEmpty() ? u"-"_s : hop.type, hop.adSystem.isEmpty() ? u"-"_s : hop.adSystem)
                         .arg(hop.latencyMs)
                         .arg(hop.bytes)
                         .arg(hop.url.toDisplayString()));
        });
        QObject::connect(client.get(), &VastClient::beaconFinished, q, [this](Beacon *b) {
            progress(u"beacon: %1 @%2 ms -> %3 (%4 attempt(s), %5 ms) %6"_s.arg(b->event())
                         .arg(b->offsetMs())
                         .arg(b->httpStatus())
                         .arg(b->attempts())
                         .arg(b->latencyMs())
                         .arg(b->url().toDisplayString()));
        });
        QObject::connect(client.get(), &VastClient::errorOccurred, q,
                         [this](ErrorCode code, Phase phase, const QString &message) {
                             progress(u"error %1 [%2]: %3"_s.arg(int(code)).arg(phaseName(phase), message));
                         });
        QObject::connect(client.get(), &VastClient::finished, q, [this] {
            QJsonObject report = client->report();
            addSourcesReport(report);
            printJson(report);
            // Same as status Finished with a completed session for one ad; for a pod, every slot
            // completed; for VMAP, every break that could play completed (README).
            const bool completed = report.value(u"result"_s).toString() == "completed"_L1;
            Q_EMIT q->finished(completed ? Completed : VastError);
        });
        progress(u"loading %1"_s.arg(url.toDisplayString()));
        if (xml.isNull())
            client->load(); // TAG is the first of the configured sources (readSources())
        else
            client->load(xml, url);
    }
};

CommandLine::CommandLine(QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->out = out;
    d->err = err;
    d->routing.addTransport(&d->http);
    d->routing.addTransport(&d->file);
}

CommandLine::~CommandLine() = default;

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a == "--headless"_L1 || a == "--parse"_L1 || a == "--help"_L1 || a == "-h"_L1 || a == "--version"_L1
            || a == "-v"_L1)
            return true;
    }
    return false;
}

void CommandLine::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Loads a VAST tag, resolves its Wrapper chain, plays the ad and fires its tracking beacons."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"headless"_s,
         tr("Run without a window: resolve, play (on a simulated clock unless --realtime), print a JSON report.")},
        {u"parse"_s, tr("Print the document model of TAG as JSON, without resolving or playing.")},
        {u"demo"_s, tr("Use the embedded demo ad server (a 3-hop Wrapper chain) instead of TAG.")},
        {u"demo-vmap"_s, tr("Use the embedded demo ad server's VMAP playlist (a pre-roll pod of two ads, a mid-roll at "
                            "50% and a post-roll; content 60 s unless --content-duration) instead of TAG.")},
        {u"realtime"_s, tr("With --headless: play the MediaFile in real time with Qt Multimedia (no window, "
                           "no sound) instead of the simulated clock.")},
        {u"speed"_s, tr("Speed factor of the simulated clock; 0 plays as fast as possible."), u"F"_s, u"1"_s},
        {u"timeout"_s, tr("Timeout of each request (wrapper hop, beacon attempt) in ms."), u"MS"_s, u"5000"_s},
        {u"max-depth"_s, tr("Most Wrappers followed (1..10)."), u"N"_s, u"5"_s},
        {u"retries"_s, tr("Retries of a failed beacon."), u"N"_s, u"2"_s},
        {u"player-size"_s, tr("Player size for MediaFile selection."), u"WxH"_s, u"1280x720"_s},
        {u"source"_s, tr("An ad source (repeatable); TAG, if given, comes first."), u"URL"_s},
        {u"fallback"_s, tr("A fallback source (repeatable), tried only when every source failed."), u"URL"_s},
        {u"strategy"_s, tr("How sources are asked: sequential, parallel (first usable by source order) or race "
                           "(first usable answer)."),
         u"NAME"_s, u"sequential"_s},
        {u"overall-timeout"_s, tr("Time for the whole ad request in ms (0: none)."), u"MS"_s, u"0"_s},
        {u"source-retries"_s, tr("Retries of a failed source request (timeout, 5xx), backoff from 200 ms, doubling."),
         u"N"_s, u"0"_s},
        {u"min-duration"_s, tr("Reject ads shorter than S seconds."), u"S"_s},
        {u"max-duration"_s, tr("Reject ads longer than S seconds."), u"S"_s},
        {u"media-type"_s, tr("Accept only MediaFiles of this MIME type or top-level type (repeatable)."), u"TYPE"_s},
        {u"min-bitrate"_s, tr("Reject MediaFiles below this bitrate."), u"KBPS"_s},
        {u"max-bitrate"_s, tr("Reject MediaFiles above this bitrate."), u"KBPS"_s},
        {u"dimensions"_s, tr("Accept only MediaFiles of exactly this size."), u"WxH"_s},
        {u"content-duration"_s, tr("VMAP: the duration of the content in ms, to place n% and end breaks."), u"MS"_s},
        {u"compact"_s, tr("Print the JSON on one line.")},
        {u"quiet"_s, tr("No progress lines on standard error.")},
        {u"verbose"_s, tr("Print the library's diagnostics (vastqt.* logging categories) on standard error.")},
    });
    parser.addPositionalArgument(u"TAG"_s, tr("An http(s) URL, a file, or - for standard input."));
    if (!parser.parse(arguments)) {
        d->fail(Usage, parser.errorText());
        return;
    }
    if (parser.isSet(u"help"_s)) {
        d->out->write(parser.helpText().toUtf8());
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(Completed); });
        return;
    }
    if (parser.isSet(u"version"_s)) {
        d->out->write((QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n').toUtf8());
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(Completed); });
        return;
    }
    d->quiet = parser.isSet(u"quiet"_s);
    d->compact = parser.isSet(u"compact"_s);

    bool ok = false;
    const double speed = parser.value(u"speed"_s).toDouble(&ok);
    if (!ok || speed < 0) {
        d->fail(Usage, tr("--speed takes a number >= 0"));
        return;
    }
    if (parser.isSet(u"realtime"_s) && parser.isSet(u"speed"_s)) {
        d->fail(Usage, tr("--realtime plays at the media's own pace; --speed does not apply"));
        return;
    }
    if (parser.isSet(u"realtime"_s) && !parser.isSet(u"headless"_s)) {
        d->fail(Usage, tr("--realtime goes with --headless"));
        return;
    }
    const int timeout = parser.value(u"timeout"_s).toInt(&ok);
    if (!ok || timeout <= 0) {
        d->fail(Usage, tr("--timeout takes a number of milliseconds > 0"));
        return;
    }
    const int depth = parser.value(u"max-depth"_s).toInt(&ok);
    if (!ok || depth < 1 || depth > 10) {
        d->fail(Usage, tr("--max-depth takes a number from 1 to 10"));
        return;
    }
    const int retries = parser.value(u"retries"_s).toInt(&ok);
    if (!ok || retries < 0) {
        d->fail(Usage, tr("--retries takes a number >= 0"));
        return;
    }
    if (parser.isSet(u"content-duration"_s)) {
        d->contentDurationMs = parser.value(u"content-duration"_s).toLongLong(&ok);
        if (!ok || d->contentDurationMs < 0) {
            d->fail(Usage, tr("--content-duration takes a number of milliseconds >= 0"));
            return;
        }
    }
    const QStringList size = parser.value(u"player-size"_s).split(u'x');
    if (size.size() != 2 || size.at(0).toInt() <= 0 || size.at(1).toInt() <= 0) {
        d->fail(Usage, tr("--player-size takes WIDTHxHEIGHT, e.g. 1280x720"));
        return;
    }

    const QStringList positional = parser.positionalArguments();
    QUrl url;
    QByteArray xml;
    const bool demoVmap = parser.isSet(u"demo-vmap"_s);
    if (parser.isSet(u"demo"_s) || demoVmap) {
        if (!positional.isEmpty() || (demoVmap && parser.isSet(u"demo"_s))) {
            d->fail(Usage, tr("--demo and --demo-vmap take no TAG, and only one of them"));
            return;
        }
        d->demo = std::make_unique<DemoServer>();
        if (!d->demo->start()) {
            d->fail(VastError, tr("cannot start the demo ad server on 127.0.0.1"));
            return;
        }
        url = demoVmap ? d->demo->vmapUrl() : d->demo->tagUrl();
        if (demoVmap && d->contentDurationMs < 0)
            d->contentDurationMs = 60000;
        d->progress(tr("demo ad server on %1").arg(d->demo->baseUrl().toString()));
    } else {
        if (positional.isEmpty() && !parser.values(u"source"_s).isEmpty() && !parser.isSet(u"parse"_s)) {
            url = QUrl(parser.values(u"source"_s).constFirst(), QUrl::StrictMode);
        } else if (positional.size() != 1) {
            d->fail(Usage, tr("give exactly one TAG (see --help)"));
            return;
        }
        QString problem;
        if (!positional.isEmpty() && !d->readTag(positional.constFirst(), &url, &xml, &problem)) {
            d->fail(Usage, problem);
            return;
        }
    }
    QString problem;
    if (!d->readSources(parser, url, xml, &problem)) {
        d->fail(Usage, problem);
        return;
    }

    if (parser.isSet(u"parse"_s)) {
        d->runParse(url, xml);
        return;
    }
    if (!parser.isSet(u"headless"_s)) {
        d->fail(Usage, tr("give --headless or --parse"));
        return;
    }
    d->runHeadless(parser, url, xml);
}
