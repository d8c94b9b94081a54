// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/orchestrator.h>
#include <VastQt/protocolregistry.h>
#include <VastQt/protocolhandler.h>
#include <VastQt/vastprotocolhandler.h>
#include "testserver.h"
#include <VastQt/httptransport.h>
#include <VastQt/cachemiddleware.h>
#include <VastQt/circuitbreaker.h>
#include <VastQt/metricsmiddleware.h>

#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace VastQt;
using Strategy = FetchConfig::Strategy;
using Status = SourceOutcome::Status;

Q_DECLARE_METATYPE(VastQt::FetchConfig::Strategy)

namespace
{

// An InLine ad "id" with one Linear of \a duration and one MediaFile.
QByteArray inlineXml(const QString &id, const QString &duration = u"00:00:15"_s, const QString &type = u"video/mp4"_s,
                     int bitrate = 800, int width = 1280, int height = 720)
{
    return u"<VAST version=\"4.1\"><Ad id=\"%1\"><InLine><AdSystem>Test %1</AdSystem><AdTitle>t</AdTitle>"
           u"<Impression><![CDATA[http://127.0.0.1/imp]]></Impression>"
           u"<Error><![CDATA[http://127.0.0.1/err]]></Error>"
           u"<Creatives><Creative id=\"c-%1\"><Linear><Duration>%2</Duration>"
           u"<MediaFiles><MediaFile delivery=\"progressive\" type=\"%3\" bitrate=\"%4\" width=\"%5\" height=\"%6\">"
           u"<![CDATA[http://127.0.0.1/%1.media]]></MediaFile></MediaFiles>"
           u"</Linear></Creative></Creatives></InLine></Ad></VAST>"_s.arg(id, duration, type)
        .arg(bitrate)
        .arg(width)
        .arg(height)
        .toUtf8();
}

TestServer::Response answer(const QByteArray &body, int delayMs = 0, int status = 200)
{
    TestServer::Response r;
    r.status = status;
    r.body = body;
    r.delayMs = delayMs;
    return r;
}

QStringList paths(const QList<SourceOutcome> &sources)
{
    QStringList out;
    for (const SourceOutcome &s : sources)
        out.append(s.url.path());
    return out;
}

QList<Status> statuses(const QList<SourceOutcome> &sources)
{
    QList<Status> out;
    for (const SourceOutcome &s : sources)
        out.append(s.status);
    return out;
}

// A handler that answers from memory: the ad of a source is the path's last segment.
class FakeHandler : public ProtocolHandler
{
public:
    QString name() const override { return u"fake"_s; }
    bool validateRequest(const AdRequest &request, QString *problem) const override
    {
        if (request.slotId.isEmpty()) {
            if (problem)
                *problem = u"slotId is required"_s;
            return false;
        }
        return true;
    }
    QUrlQuery requestParameters(const AdRequest &request) const override
    {
        QUrlQuery q;
        q.addQueryItem(u"s"_s, request.slotId);
        return q;
    }
    ProtocolReply *fetch(const AdRequest &, const FetchContext &context) override
    {
        contexts.append(context);
        auto *reply = new ProtocolReply;
        const QString id = context.url.path().section(u'/', -1);
        QTimer::singleShot(0, reply, [reply, id] {
            ResolvedAd r;
            Ad ad;
            ad.id = id;
            Creative c;
            c.kind = Creative::Kind::Linear;
            c.linear.durationMs = 15000;
            MediaFile mf;
            mf.url = u"http://127.0.0.1/x.mp4"_s;
            mf.type = u"video/mp4"_s;
            mf.delivery = u"progressive"_s;
            c.linear.mediaFiles = {mf};
            ad.creatives = {c};
            r.ad = ad;
            reply->setExtensions({{u"handler"_s, u"fake"_s}});
            reply->finish({r});
        });
        return reply;
    }
    bool acceptsDocument(const DocumentRoot &root) const override { return root.name == "FAKE"_L1; }
    QList<FetchContext> contexts;
};

} // namespace

class tst_Orchestrator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> server;
    std::unique_ptr<HttpTransport> transport;

    // Serves and waits; checks finished() once and errorOccurred() once on failure only.
    AdResponse serve(Orchestrator &orchestrator, const FetchConfig &config, const AdRequest &request = AdRequest())
    {
        std::unique_ptr<ServeReply> reply(orchestrator.serve(request, config));
        QSignalSpy finished(reply.get(), &ServeReply::finished);
        QSignalSpy errors(reply.get(), &ServeReply::errorOccurred);
        if (finished.size() != 0)
            qFatal("finished() emitted from inside serve()");
        if (!finished.wait(15000))
            qWarning("serve() did not finish");
        QTest::qWait(0);
        const AdResponse r = reply->response();
        if (finished.size() != 1 || errors.size() != (r.success ? 0 : 1))
            qWarning("finished %d times, errorOccurred %d times", int(finished.size()), int(errors.size()));
        lastFinishedCount = int(finished.size());
        lastErrorCount = int(errors.size());
        return r;
    }
    int lastFinishedCount = 0;
    int lastErrorCount = 0;

    FetchConfig config(const QStringList &sources, const QStringList &fallbacks = {},
                       Strategy strategy = Strategy::Sequential)
    {
        FetchConfig c;
        for (const QString &p : sources)
            c.sources.append(server->url(p));
        for (const QString &p : fallbacks)
            c.fallbacks.append(server->url(p));
        c.strategy = strategy;
        c.sourceTimeoutMs = 5000;
        return c;
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<TestServer>();
        QVERIFY(server->start());
        transport = std::make_unique<HttpTransport>();
    }
    void cleanup()
    {
        transport.reset();
        server.reset();
    }

    void strategyNames()
    {
        for (Strategy s : {Strategy::Sequential, Strategy::Parallel, Strategy::Race}) {
            bool ok = false;
            QCOMPARE(FetchConfig::strategyFromName(FetchConfig::strategyName(s).toUpper(), &ok), s);
            QVERIFY(ok);
        }
        bool ok = true;
        FetchConfig::strategyFromName(u"waterfall"_s, &ok);
        QVERIFY(!ok);
    }

    void sequentialStopsAtFirstSuccess()
    {
        server->setResponse(u"/a"_s, answer("oops", 0, 500));
        server->setResponse(u"/b"_s, answer(inlineXml(u"b"_s)));
        server->setResponse(u"/c"_s, answer(inlineXml(u"c"_s)));
        Orchestrator orchestrator(transport.get());
        const AdResponse r = serve(orchestrator, config({u"/a"_s, u"/b"_s, u"/c"_s}));
        QVERIFY(r.success);
        QCOMPARE(lastFinishedCount, 1);
        QCOMPARE(lastErrorCount, 0);
        QCOMPARE(r.ad.id, u"b"_s);
        QCOMPARE(r.source, server->url(u"/b"_s));
        QVERIFY(!r.usedFallback);
        // In order, one at a time, and nothing after the winner.
        const auto requests = server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).path, u"/a"_s);
        QCOMPARE(requests.at(1).path, u"/b"_s);
        QCOMPARE(paths(r.sources), (QStringList{u"/a"_s, u"/b"_s, u"/c"_s}));
        QCOMPARE(statuses(r.sources), (QList<Status>{Status::Failed, Status::Won, Status::NotTried}));
        QVERIFY(r.sources.at(1).winner);
        QCOMPARE(r.sources.at(0).httpStatus, 500);
        QCOMPARE(r.sources.at(0).error, ErrorCode::WrapperTimeout);
        QCOMPARE(r.sources.at(0).phase, Phase::Fetch);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().source, server->url(u"/a"_s));
        QCOMPARE(r.errors.first().phase, Phase::Fetch);
    }

    void parallelServesBySourceOrder()
    {
        // The first source is the slowest: parallel waits for it and serves it.
        server->setResponse(u"/slow"_s, answer(inlineXml(u"slow"_s), 600));
        server->setResponse(u"/fast"_s, answer(inlineXml(u"fast"_s), 100));
        server->setResponse(u"/fail"_s, answer("x", 0, 503));
        Orchestrator orchestrator(transport.get());
        const AdResponse r = serve(orchestrator, config({u"/slow"_s, u"/fast"_s, u"/fail"_s}, {}, Strategy::Parallel));
        QVERIFY(r.success);
        QCOMPARE(r.ad.id, u"slow"_s);
        QCOMPARE(statuses(r.sources), (QList<Status>{Status::Won, Status::Usable, Status::Failed}));
        // All three were asked at once: each request arrived before the slow answer was due.
        const auto slow = server->requestsFor(u"/slow"_s);
        const auto fast = server->requestsFor(u"/fast"_s);
        const auto fail = server->requestsFor(u"/fail"_s);
        QCOMPARE(slow.size(), 1);
        QCOMPARE(fast.size(), 1);
        QCOMPARE(fail.size(), 1);
        QVERIFY(qAbs(fast.first().receivedAtMs - slow.first().receivedAtMs) < 600);
        QVERIFY(qAbs(fail.first().receivedAtMs - slow.first().receivedAtMs) < 600);
        // It could not finish before the slowest needed source answered.
        QVERIFY(r.resolutionTimeMs >= 600);
        QVERIFY(r.sources.at(0).latencyMs >= 600);
    }

    void parallelWaitsForEarlierFailure()
    {
        // The first source fails late; the second is usable early but must wait for it.
        server->setResponse(u"/late-fail"_s, answer("x", 400, 500));
        server->setResponse(u"/early"_s, answer(inlineXml(u"early"_s)));
        server->setResponse(u"/third"_s, answer(inlineXml(u"third"_s), 3000));
        Orchestrator orchestrator(transport.get());
        const AdResponse r =
            serve(orchestrator, config({u"/late-fail"_s, u"/early"_s, u"/third"_s}, {}, Strategy::Parallel));
        QVERIFY(r.success);
        QCOMPARE(r.ad.id, u"early"_s);
        QVERIFY(r.resolutionTimeMs >= 400);
        // The third, later by order and still running, was aborted once the second won.
        QCOMPARE(statuses(r.sources), (QList<Status>{Status::Failed, Status::Won, Status::Aborted}));
    }

    void raceServesFirstUsableAnswer()
    {
        server->setResponse(u"/slow"_s, answer(inlineXml(u"slow"_s), 3000));
        server->setResponse(u"/fast"_s, answer(inlineXml(u"fast"_s), 100));
        server->setResponse(u"/fail"_s, answer("x", 0, 500));
        Orchestrator orchestrator(transport.get());
        const AdResponse r = serve(orchestrator, config({u"/slow"_s, u"/fast"_s, u"/fail"_s}, {}, Strategy::Race));
        QVERIFY(r.success);
        QCOMPARE(r.ad.id, u"fast"_s);
        QCOMPARE(r.source, server->url(u"/fast"_s));
        // The slow one was still running and got aborted; the failure is collected.
        QCOMPARE(statuses(r.sources), (QList<Status>{Status::Aborted, Status::Won, Status::Failed}));
        QCOMPARE(server->requestsFor(u"/slow"_s).size(), 1);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().source, server->url(u"/fail"_s));
        QVERIFY(r.resolutionTimeMs < 3000);
    }

    void raceSkipsUnusableAnswers()
    {
        // The fastest answer has no playable MediaFile: the next usable one wins.
        server->setResponse(u"/flash"_s, answer(inlineXml(u"flash"_s, u"00:00:15"_s, u"application/x-shockwave-flash"_s)));
        server->setResponse(u"/ok"_s, answer(inlineXml(u"ok"_s), 200));
        Orchestrator orchestrator(transport.get());
        const AdResponse r = serve(orchestrator, config({u"/flash"_s, u"/ok"_s}, {}, Strategy::Race));
        QVERIFY(r.success);
        QCOMPARE(r.ad.id, u"ok"_s);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().code, ErrorCode::NoSupportedMediaFile);
        QCOMPARE(r.errors.first().phase, Phase::Select);
        QCOMPARE(r.sources.first().phase, Phase::Select);
    }

    void fallbacksOnlyWhenEveryPrimaryFails_data()
    {
        QTest::addColumn<Strategy>("strategy");
        QTest::addRow("sequential") << Strategy::Sequential;
        QTest::addRow("parallel") << Strategy::Parallel;
        QTest::addRow("race") << Strategy::Race;
    }
    void fallbacksOnlyWhenEveryPrimaryFails()
    {
        QFETCH(Strategy, strategy);
        server->setResponse(u"/ok"_s, answer(inlineXml(u"ok"_s)));
        server->setResponse(u"/fb"_s, answer(inlineXml(u"fb"_s)));
        server->setResponse(u"/broken"_s, answer("<VAST version=\"4.1\"><Ad><InLine>"));
        Orchestrator orchestrator(transport.get());

        // A primary works: the fallback is never asked.
        AdResponse r = serve(orchestrator, config({u"/missing"_s, u"/ok"_s}, {u"/fb"_s}, strategy));
        QVERIFY(r.success);
        QCOMPARE(r.ad.id, u"ok"_s);
        QVERIFY(!r.usedFallback);
        QCOMPARE(server->requestsFor(u"/fb"_s).size(), 0);
        QCOMPARE(r.sources.last().status, Status::NotTried);
        QVERIFY(r.sources.last().fallback);

        // Every primary fails (404, broken XML): the fallback serves, after them.
        server->clearRequests();
        r = serve(orchestrator, config({u"/missing"_s, u"/broken"_s}, {u"/fb"_s}, strategy));
        QVERIFY(r.success);
        QCOMPARE(r.ad.id, u"fb"_s);
        QVERIFY(r.usedFallback);
        const auto requests = server->requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.last().path, u"/fb"_s);
        QCOMPARE(statuses(r.sources), (QList<Status>{Status::Failed, Status::Failed, Status::Won}));
        QCOMPARE(r.errors.size(), 2);
        QList<Phase> phases;
        for (const PipelineError &e : r.errors)
            phases.append(e.phase);
        QVERIFY(phases.contains(Phase::Fetch));
        QVERIFY(phases.contains(Phase::Parse));

        // Everything fails: the first error is the response's.
        server->clearRequests();
        r = serve(orchestrator, config({u"/missing"_s}, {u"/broken"_s}, strategy));
        QVERIFY(!r.success);
        QCOMPARE(lastErrorCount, 1);
        QCOMPARE(r.errorCode, ErrorCode::WrapperTimeout);
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.errors.at(1).code, ErrorCode::XmlParsingError);
        QCOMPARE(r.errors.at(1).source, server->url(u"/broken"_s));
    }

    void filterRejectsInSelectPhase_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<ParseFilter>("filter");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QByteArray>("fitting"); // an ad the same filter lets through
        ParseFilter longAds;
        longAds.maxDurationMs = 10000;
        QTest::addRow("max-duration") << inlineXml(u"a"_s, u"00:00:30"_s) << longAds << ErrorCode::DurationMismatch
                                      << inlineXml(u"good"_s, u"00:00:10"_s);
        ParseFilter shortAds;
        shortAds.minDurationMs = 20000;
        QTest::addRow("min-duration") << inlineXml(u"a"_s, u"00:00:15"_s) << shortAds << ErrorCode::DurationMismatch
                                      << inlineXml(u"good"_s, u"00:00:20"_s);
        ParseFilter webm;
        webm.mediaTypes = {u"video/webm"_s};
        QTest::addRow("media-type") << inlineXml(u"a"_s) << webm << ErrorCode::NoSupportedMediaFile
                                    << inlineXml(u"good"_s, u"00:00:15"_s, u"video/webm"_s);
        ParseFilter lowBitrate;
        lowBitrate.maxBitrate = 500;
        QTest::addRow("max-bitrate") << inlineXml(u"a"_s) << lowBitrate << ErrorCode::NoSupportedMediaFile
                                     << inlineXml(u"good"_s, u"00:00:15"_s, u"video/mp4"_s, 400);
        ParseFilter highBitrate;
        highBitrate.minBitrate = 2000;
        QTest::addRow("min-bitrate") << inlineXml(u"a"_s) << highBitrate << ErrorCode::NoSupportedMediaFile
                                     << inlineXml(u"good"_s, u"00:00:15"_s, u"video/mp4"_s, 2500);
        ParseFilter fullHd;
        fullHd.requiredDimensions = QSize(1920, 1080);
        QTest::addRow("dimensions") << inlineXml(u"a"_s) << fullHd << ErrorCode::NoSupportedMediaFile
                                    << inlineXml(u"good"_s, u"00:00:15"_s, u"video/mp4"_s, 800, 1920, 1080);
    }
    void filterRejectsInSelectPhase()
    {
        QFETCH(QByteArray, xml);
        QFETCH(ParseFilter, filter);
        QFETCH(ErrorCode, code);
        QFETCH(QByteArray, fitting);
        xml.replace("http://127.0.0.1/err", server->url(u"/track/err?code=[ERRORCODE]"_s).toEncoded());
        server->setResponse(u"/rejected"_s, answer(xml));
        server->setResponse(u"/accepted"_s, answer(fitting));
        FetchConfig c = config({u"/rejected"_s});
        c.filter = filter;
        c.mediaFiles.supportedTypes.append(u"video/webm"_s);
        Orchestrator orchestrator(transport.get());
        AdResponse r = serve(orchestrator, c);
        QVERIFY(!r.success);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().code, code);
        QCOMPARE(r.errors.first().phase, Phase::Select);
        QCOMPARE(r.errorCode, code);
        QCOMPARE(r.sources.first().phase, Phase::Select);
        QVERIFY2(r.errors.first().message.contains(u"filter"_s), qPrintable(r.errors.first().message));
        // The ad's Error URI is fired with the code (TRACK).
        QTRY_COMPARE(server->requestsFor(u"/track/err"_s).size(), 1);
        QCOMPARE(server->requestsFor(u"/track/err"_s).first().query.queryItemValue(u"code"_s), QString::number(int(code)));
        // Without the filter the same ad plays; the filter lets a fitting ad through.
        c.filter = ParseFilter();
        QVERIFY(serve(orchestrator, c).success);
        c.filter = filter;
        c.sources = {server->url(u"/accepted"_s)};
        r = serve(orchestrator, c);
        QVERIFY(r.success);
        QCOMPARE(r.ad.id, u"good"_s);
    }

    void filterPicksAmongMediaFiles()
    {
        const QByteArray xml =
            "<VAST version=\"4.1\"><Ad id=\"two\"><InLine><AdSystem>s</AdSystem><AdTitle>t</AdTitle>"
            "<Impression><![CDATA[http://127.0.0.1/imp]]></Impression><Creatives><Creative><Linear>"
            "<Duration>00:00:15</Duration><MediaFiles>"
            "<MediaFile delivery=\"progressive\" type=\"video/mp4\" bitrate=\"4000\" width=\"1280\" height=\"720\">"
            "<![CDATA[http://127.0.0.1/hd.mp4]]></MediaFile>"
            "<MediaFile delivery=\"progressive\" type=\"video/mp4\" bitrate=\"600\" width=\"640\" height=\"360\">"
            "<![CDATA[http://127.0.0.1/sd.mp4]]></MediaFile>"
            "</MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>";
        server->setResponse(u"/two"_s, answer(xml));
        FetchConfig c = config({u"/two"_s});
        Orchestrator orchestrator(transport.get());
        AdResponse r = serve(orchestrator, c);
        QVERIFY(r.success);
        QCOMPARE(r.mediaFileIndex, 0); // the player-size match, unfiltered
        c.filter.maxBitrate = 1000;
        r = serve(orchestrator, c);
        QVERIFY(r.success);
        QCOMPARE(r.mediaFileIndex, 1);
        QCOMPARE(r.mediaFile.url, u"http://127.0.0.1/sd.mp4"_s);
        QVERIFY(r.mediaFileRejections.first().startsWith(u"#0 "_s));
        QVERIFY(r.mediaFileRejections.first().contains(u"filter"_s));
    }

    void cacheHitsSkipTheNetwork()
    {
        server->setResponse(u"/cached"_s, answer(inlineXml(u"cached"_s)));
        MemoryCacheBackend backend;
        qint64 now = 0;
        backend.setClock([&now] { return now; });
        Orchestrator orchestrator(transport.get());
        orchestrator.setCacheBackend(&backend);
        FetchConfig c = config({u"/cached"_s});
        c.cacheTtlMs = 60000;

        AdResponse first = serve(orchestrator, c);
        QVERIFY(first.success);
        QVERIFY(!first.cached);
        QCOMPARE(server->requestsFor(u"/cached"_s).size(), 1);

        AdResponse second = serve(orchestrator, c);
        QVERIFY(second.success);
        QVERIFY(second.cached);
        QCOMPARE(second.ad.id, u"cached"_s);
        QCOMPARE(second.mediaFile, first.mediaFile);
        QVERIFY(second.sources.first().cached);
        QCOMPARE(server->requestsFor(u"/cached"_s).size(), 1); // no network

        // Other parameters are another key.
        FetchConfig other = c;
        other.params.addQueryItem(u"slot"_s, u"mid"_s);
        QVERIFY(!serve(orchestrator, other).cached);
        QCOMPARE(server->requestsFor(u"/cached"_s).size(), 2);

        // After the TTL the source is asked again.
        now += 60001;
        AdResponse third = serve(orchestrator, c);
        QVERIFY(third.success);
        QVERIFY(!third.cached);
        QCOMPARE(server->requestsFor(u"/cached"_s).size(), 3);

        // Failures are not cached; no TTL, no caching.
        c.cacheTtlMs = 0;
        QVERIFY(!serve(orchestrator, c).cached);
        QCOMPARE(server->requestsFor(u"/cached"_s).size(), 4);
    }

    void retriesWithBackoff()
    {
        server->setResponseSequence(u"/flaky"_s, {answer("x", 0, 503), answer("x", 0, 502), answer(inlineXml(u"flaky"_s))});
        FetchConfig c = config({u"/flaky"_s});
        c.retries = 2;
        c.retryBackoffMs = 50;
        Orchestrator orchestrator(transport.get());
        const AdResponse r = serve(orchestrator, c);
        QVERIFY(r.success);
        QCOMPARE(r.ad.id, u"flaky"_s);
        const auto requests = server->requestsFor(u"/flaky"_s);
        QCOMPARE(requests.size(), 3);
        // Exponential: 50 ms, then 100 ms (a few ms of slack for the clocks' granularity).
        const qint64 firstWait = requests.at(1).receivedAtMs - requests.at(0).receivedAtMs;
        const qint64 secondWait = requests.at(2).receivedAtMs - requests.at(1).receivedAtMs;
        QVERIFY2(firstWait >= 45, qPrintable(QString::number(firstWait)));
        QVERIFY2(secondWait >= 95, qPrintable(QString::number(secondWait)));
        QVERIFY(r.errors.isEmpty());

        // Without retries the first 503 ends the source.
        server->setResponseSequence(u"/flaky2"_s, {answer("x", 0, 503), answer(inlineXml(u"flaky"_s))});
        c = config({u"/flaky2"_s});
        QVERIFY(!serve(orchestrator, c).success);
        QCOMPARE(server->requestsFor(u"/flaky2"_s).size(), 1);
    }

    void sourceDeadlineMovesOn()
    {
        server->setResponse(u"/stuck"_s, answer(inlineXml(u"stuck"_s), 5000));
        server->setResponse(u"/next"_s, answer(inlineXml(u"next"_s)));
        FetchConfig c = config({u"/stuck"_s, u"/next"_s});
        c.sourceDeadlineMs = 200;
        Orchestrator orchestrator(transport.get());
        const AdResponse r = serve(orchestrator, c);
        QVERIFY(r.success);
        QCOMPARE(r.ad.id, u"next"_s);
        QCOMPARE(r.sources.first().status, Status::Failed);
        QCOMPARE(r.sources.first().error, ErrorCode::WrapperTimeout);
        QVERIFY(r.sources.first().message.contains(u"deadline"_s));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().phase, Phase::Fetch);
        QCOMPARE(r.errors.first().source, server->url(u"/stuck"_s));
    }

    void overallTimeout()
    {
        server->setResponse(u"/s1"_s, answer(inlineXml(u"s1"_s), 5000));
        server->setResponse(u"/s2"_s, answer(inlineXml(u"s2"_s), 5000));
        FetchConfig c = config({u"/s1"_s, u"/s2"_s}, {}, Strategy::Race);
        c.overallTimeoutMs = 200;
        Orchestrator orchestrator(transport.get());
        const AdResponse r = serve(orchestrator, c);
        QVERIFY(!r.success);
        QCOMPARE(r.errorCode, ErrorCode::WrapperTimeout);
        QVERIFY(r.errorString.contains(u"overall"_s));
        QCOMPARE(statuses(r.sources), (QList<Status>{Status::Aborted, Status::Aborted}));

        // Parallel: when the timeout fires, a usable later source is served.
        server->setResponse(u"/quick"_s, answer(inlineXml(u"quick"_s)));
        c = config({u"/s1"_s, u"/quick"_s}, {}, Strategy::Parallel);
        c.overallTimeoutMs = 300;
        const AdResponse p = serve(orchestrator, c);
        QVERIFY(p.success);
        QCOMPARE(p.ad.id, u"quick"_s);
        QCOMPARE(statuses(p.sources), (QList<Status>{Status::Aborted, Status::Won}));
    }

    void abortFinishesOnce()
    {
        server->setResponse(u"/slow"_s, answer(inlineXml(u"slow"_s), 5000));
        Orchestrator orchestrator(transport.get());
        std::unique_ptr<ServeReply> reply(orchestrator.serve(AdRequest(), config({u"/slow"_s}, {}, Strategy::Parallel)));
        QSignalSpy finished(reply.get(), &ServeReply::finished);
        QSignalSpy errors(reply.get(), &ServeReply::errorOccurred);
        QTRY_COMPARE(server->requestsFor(u"/slow"_s).size(), 1);
        reply->abort();
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(errors.size(), 1);
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->response().sources.first().status, Status::Aborted);
        QTest::qWait(0);
        QCOMPARE(finished.size(), 1);
    }

    void middlewaresSeeEveryRequest()
    {
        server->setResponse(u"/m1"_s, answer(inlineXml(u"m1"_s)));
        server->setResponse(u"/m2"_s, answer("x", 0, 500));
        MetricsMiddleware metrics;
        Orchestrator orchestrator(transport.get());
        orchestrator.addMiddleware(&metrics);
        QVERIFY(serve(orchestrator, config({u"/m2"_s, u"/m1"_s})).success);
        QCOMPARE(metrics.totalRequests(), 2);
        QCOMPARE(metrics.totalFailures(), 1);
        QCOMPARE(metrics.requests(server->url(u"/m1"_s).toString()), 1);
        QCOMPARE(metrics.failures(server->url(u"/m2"_s).toString()), 1);
        QCOMPARE(metrics.sources(), (QStringList{server->url(u"/m2"_s).toString(), server->url(u"/m1"_s).toString()}));
    }

    void circuitBreakerSkipsDeadSource()
    {
        server->setResponse(u"/dead"_s, answer("x", 0, 500));
        server->setResponse(u"/alive"_s, answer(inlineXml(u"alive"_s)));
        CircuitBreakerMiddleware breaker;
        breaker.setFailureThreshold(2);
        Orchestrator orchestrator(transport.get());
        orchestrator.addMiddleware(&breaker);
        const FetchConfig c = config({u"/dead"_s, u"/alive"_s});
        for (int i = 0; i < 3; ++i)
            QVERIFY(serve(orchestrator, c).success);
        // Two failures opened the circuit: the third serve did not ask /dead.
        QCOMPARE(server->requestsFor(u"/dead"_s).size(), 2);
        QCOMPARE(server->requestsFor(u"/alive"_s).size(), 3);
        QCOMPARE(breaker.state(server->url(u"/dead"_s)), CircuitBreakerMiddleware::State::Open);
    }

    void headersAndMappedParametersReachTheServer()
    {
        server->setResponse(u"/p"_s, answer(inlineXml(u"p"_s)));
        FetchConfig c = config({u"/p?w=1"_s});
        c.params.addQueryItem(u"pub"_s, u"p1"_s);
        c.headers = {{"X-Source", "vastqt"}};
        c.mapRequest = true;
        AdRequest request;
        request.slotId = u"pre roll"_s;
        request.userId = u"u&1"_s;
        request.playerSize = QSize(640, 360);
        request.contentDurationMs = 61500;
        request.extensions.insert(u"vast"_s, QVariantMap{{u"gdpr"_s, u"1"_s}});
        Orchestrator orchestrator(transport.get());
        QVERIFY(serve(orchestrator, c, request).success);
        const auto got = server->requestsFor(u"/p"_s);
        QCOMPARE(got.size(), 1);
        const QUrlQuery &q = got.first().query;
        QCOMPARE(q.queryItemValue(u"w"_s), u"1"_s); // the URL's own value wins
        QCOMPARE(q.queryItemValue(u"h"_s), u"360"_s);
        QCOMPARE(q.queryItemValue(u"pub"_s), u"p1"_s);
        QCOMPARE(q.queryItemValue(u"slot"_s, QUrl::FullyDecoded), u"pre roll"_s);
        QCOMPARE(q.queryItemValue(u"uid"_s, QUrl::FullyDecoded), u"u&1"_s);
        QCOMPARE(q.queryItemValue(u"content_duration"_s), u"61"_s);
        QCOMPARE(q.queryItemValue(u"gdpr"_s), u"1"_s);
        QVERIFY(!q.hasQueryItem(u"playhead"_s));
        QCOMPARE(got.first().rawHeader("X-Source"), QByteArrayLiteral("vastqt"));

        // Without mapRequest only params are added.
        c.mapRequest = false;
        server->clearRequests();
        QVERIFY(serve(orchestrator, c, request).success);
        QVERIFY(!server->requestsFor(u"/p"_s).first().query.hasQueryItem(u"slot"_s));
    }

    // A Wrapper hop gets the headers, not the params: its VASTAdTagURI is fetched as written.
    void headersReachWrapperHops()
    {
        const QString inner = server->url(u"/inner?id=1"_s).toString();
        server->setResponse(u"/outer"_s,
                            answer(u"<VAST version=\"4.1\"><Ad id=\"w\"><Wrapper><AdSystem>W</AdSystem>"
                                   u"<VASTAdTagURI><![CDATA[%1]]></VASTAdTagURI>"
                                   u"<Impression><![CDATA[http://127.0.0.1/wimp]]></Impression>"
                                   u"</Wrapper></Ad></VAST>"_s.arg(inner).toUtf8()));
        server->setResponse(u"/inner"_s, answer(inlineXml(u"inner"_s)));
        FetchConfig c = config({u"/outer"_s});
        c.params.addQueryItem(u"pub"_s, u"p1"_s);
        c.headers = {{"X-Source", "vastqt"}};
        Orchestrator orchestrator(transport.get());
        QVERIFY(serve(orchestrator, c).success);
        const auto outer = server->requestsFor(u"/outer"_s);
        const auto hop = server->requestsFor(u"/inner"_s);
        QCOMPARE(outer.size(), 1);
        QCOMPARE(hop.size(), 1);
        QCOMPARE(outer.first().query.queryItemValue(u"pub"_s), u"p1"_s);
        QCOMPARE(hop.first().query.query(), u"id=1"_s);
        QCOMPARE(outer.first().rawHeader("X-Source"), QByteArrayLiteral("vastqt"));
        QCOMPARE(hop.first().rawHeader("X-Source"), QByteArrayLiteral("vastqt"));
    }

    void customProtocolHandler()
    {
        FakeHandler handler;
        Orchestrator orchestrator(transport.get());
        orchestrator.setProtocolHandler(&handler);
        QCOMPARE(orchestrator.protocolHandler(), &handler);
        FetchConfig c;
        c.sources = {QUrl(u"fake://x/first"_s), QUrl(u"fake://x/second"_s)};
        c.strategy = Strategy::Parallel;

        // validateRequest() refuses: nothing is fetched, 900 in phase fetch.
        AdResponse r = serve(orchestrator, c);
        QVERIFY(!r.success);
        QCOMPARE(r.errorCode, ErrorCode::UndefinedError);
        QVERIFY(r.errorString.contains(u"slotId is required"_s));
        QVERIFY(handler.contexts.isEmpty());

        AdRequest request;
        request.slotId = u"pre"_s;
        r = serve(orchestrator, c, request);
        QVERIFY(r.success);
        QCOMPARE(r.ad.id, u"first"_s);
        QCOMPARE(r.extensions.value(u"handler"_s).toString(), u"fake"_s);
        QCOMPARE(handler.contexts.size(), 2);
        QVERIFY(handler.contexts.first().transport != nullptr);
        QVERIFY(orchestrator.cacheKey(request, c).contains(u"fake"_s));

        orchestrator.setProtocolHandler(nullptr);
        QCOMPARE(orchestrator.protocolHandler()->name(), u"vast"_s);
    }

    // PARSE: the registry picks the handler by the document's root element; a user adds one.
    void registryPicksHandlerByRootElement()
    {
        FakeHandler handler;
        Orchestrator orchestrator(transport.get());
        QCOMPARE(orchestrator.protocolRegistry()->handlers().size(), 2); // VAST, VMAP
        orchestrator.protocolRegistry()->registerHandler(&handler);
        server->setBody(u"/fake/doc-ad"_s, "<?xml version=\"1.0\"?>\n<FAKE/>");
        FetchConfig c;
        c.sources = {server->url(u"/fake/doc-ad"_s)};
        AdRequest request;
        request.slotId = u"pre"_s;
        AdResponse r = serve(orchestrator, c, request);
        QVERIFY(r.success);
        QCOMPARE(r.protocol, u"fake"_s);
        QCOMPARE(r.ad.id, u"doc-ad"_s);
        QCOMPARE(handler.contexts.size(), 1);
        // The handler reads the document the Orchestrator fetched through its middlewares.
        QVERIFY(handler.contexts.first().reply != nullptr);
        QCOMPARE(server->requestsFor(u"/fake/doc-ad"_s).size(), 1);

        // A document with another root still goes to its own handler; an unknown root to VAST.
        QCOMPARE(orchestrator.protocolRegistry()->handlerFor(QByteArray("<VAST version=\"4.2\"/>"))->name(), u"vast"_s);
        QCOMPARE(orchestrator.protocolRegistry()->handlerFor(QByteArray("<vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\"/>"))->name(),
                 u"vmap"_s);
        QCOMPARE(orchestrator.protocolRegistry()->handlerFor(QByteArray("<html><body/></html>"))->name(), u"vast"_s);
        QCOMPARE(orchestrator.protocolRegistry()->handlerFor(QByteArray())->name(), u"vast"_s);
    }

    void vastRequestParameters()
    {
        VastProtocolHandler handler;
        AdRequest request;
        request.playerSize = QSize();
        QVERIFY(handler.requestParameters(request).isEmpty());
        request.deviceType = u"ctv"_s;
        request.geo = u"DE"_s;
        request.playheadPositionMs = 30999;
        request.contentUrl = QUrl(u"https://video.example/a b"_s);
        const QUrlQuery q = handler.requestParameters(request);
        QCOMPARE(q.queryItemValue(u"device"_s), u"ctv"_s);
        QCOMPARE(q.queryItemValue(u"geo"_s), u"DE"_s);
        QCOMPARE(q.queryItemValue(u"playhead"_s), u"30"_s);
        QCOMPARE(q.queryItemValue(u"content_url"_s, QUrl::FullyDecoded), u"https://video.example/a%20b"_s);
        QVERIFY(!q.hasQueryItem(u"w"_s));
        QString problem;
        request.contentDurationMs = -5;
        QVERIFY(!handler.validateRequest(request, &problem));
        QVERIFY(!problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Orchestrator)
#include "tst_orchestrator.moc"
