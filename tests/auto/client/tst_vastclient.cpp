// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/protocolhandler.h>
#include <VastQt/vastclient.h>
#include <VastQt/player.h>
#include "testserver.h"
#include <VastQt/tracker.h>
#include <VastQt/memorytransport.h>
#include "corpus.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

namespace
{

QByteArray wrapperXml(const QUrl &next, const QUrl &error, const QString &attributes = {})
{
    return u"<VAST version=\"4.2\" xmlns=\"http://www.iab.com/VAST\"><Ad id=\"w\"><Wrapper %1>"
           u"<AdSystem>Test Wrapper</AdSystem><VASTAdTagURI><![CDATA[%2]]></VASTAdTagURI>"
           u"<Error><![CDATA[%3]]></Error></Wrapper></Ad></VAST>"_s
        .arg(attributes, next.toString(QUrl::FullyEncoded), error.toString(QUrl::FullyEncoded))
        .toUtf8();
}

// A 10 s InLine ad whose every URI points at \a base's /track/ endpoint.
QByteArray inlineXml(const QString &base, const QString &mediaType = u"video/mp4"_s)
{
    return u"<VAST version=\"4.1\"><Ad id=\"a1\"><InLine><AdSystem>Test</AdSystem><AdTitle>t</AdTitle>"
           u"<Error><![CDATA[%1/track/inline-error?code=[ERRORCODE]]]></Error>"
           u"<Impression><![CDATA[%1/track/impression?ts=[TIMESTAMP]]]></Impression>"
           u"<Creatives><Creative id=\"c1\"><Linear><Duration>00:00:10.000</Duration><TrackingEvents>"
           u"<Tracking event=\"creativeView\"><![CDATA[%1/track/creativeView]]></Tracking>"
           u"<Tracking event=\"start\"><![CDATA[%1/track/start?pos=[ADPLAYHEAD]]]></Tracking>"
           u"<Tracking event=\"firstQuartile\"><![CDATA[%1/track/firstQuartile?pos=[ADPLAYHEAD]]]></Tracking>"
           u"<Tracking event=\"midpoint\"><![CDATA[%1/track/midpoint?pos=[ADPLAYHEAD]]]></Tracking>"
           u"<Tracking event=\"thirdQuartile\"><![CDATA[%1/track/thirdQuartile?pos=[ADPLAYHEAD]]]></Tracking>"
           u"<Tracking event=\"complete\"><![CDATA[%1/track/complete?pos=[ADPLAYHEAD]]]></Tracking>"
           u"<Tracking event=\"progress\" offset=\"00:00:03.000\"><![CDATA[%1/track/progress-3s?pos=[ADPLAYHEAD]]]></Tracking>"
           u"<Tracking event=\"progress\" offset=\"90%\"><![CDATA[%1/track/progress-90?pos=[ADPLAYHEAD]]]></Tracking>"
           u"</TrackingEvents><MediaFiles>"
           u"<MediaFile delivery=\"progressive\" type=\"%2\" width=\"640\" height=\"360\"><![CDATA[%1/media/ad.mp4]]></MediaFile>"
           u"</MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>"_s.arg(base, mediaType)
        .toUtf8();
}

} // namespace

class tst_VastClient : public QObject
{
    Q_OBJECT

private:
    TestServer server;

    QString base() const { return server.url(QString()).toString(); }

    // Runs \a client to finished() (load + headless play at full speed).
    void run(VastClient &client, const QUrl &tag)
    {
        client.setSpeed(0);
        client.setAutoPlay(true);
        RetryPolicy retry;
        retry.maxRetries = 0;
        retry.timeoutMs = 2000;
        client.setRetryPolicy(retry);
        QSignalSpy finished(&client, &VastClient::finished);
        client.load(tag);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.start()); }
    void init() { server.clearRequests(); }

    // A headless run's ordered events and offsets, asserted exactly.
    void headlessRunFiresEveryEventInOrder()
    {
        server.setBody(u"/ok/inline"_s, inlineXml(base()));
        server.setBody(u"/ok/tag"_s, wrapperXml(server.url(u"/ok/inline"_s), server.url(u"/track/w-error?c=[ERRORCODE]"_s)));
        VastClient client;
        QSignalSpy statuses(&client, &VastClient::statusChanged);
        run(client, server.url(u"/ok/tag"_s));
        QCOMPARE(client.status(), VastClient::Status::Finished);
        QCOMPARE(client.session().status, PlaybackSession::Status::Completed);

        QList<VastClient::Status> seen;
        for (const auto &args : statuses)
            seen.append(args.constFirst().value<VastClient::Status>());
        QCOMPARE(seen, (QList<VastClient::Status>{VastClient::Status::Loading, VastClient::Status::Ready,
                                                  VastClient::Status::Playing, VastClient::Status::Finished}));

        QStringList events;
        for (const PlaybackEvent &e : client.session().events)
            events.append(u"%1@%2"_s.arg(e.event).arg(e.offsetMs));
        QCOMPARE(events, (QStringList{u"loaded@0"_s, u"impression@0"_s, u"creativeView@0"_s, u"start@0"_s, u"firstQuartile@2500"_s,
                                      u"progress@3000"_s, u"midpoint@5000"_s, u"thirdQuartile@7500"_s,
                                      u"progress@9000"_s, u"complete@10000"_s}));

        // Every beacon reached the server (they travel in parallel: arrival order is free),
        // with the playhead macro expanded.
        const QList<TestServer::Request> hits = server.requestsWithPrefix(u"/track/"_s);
        QStringList paths;
        for (const auto &r : hits)
            paths.append(r.path.mid(7));
        paths.sort();
        QCOMPARE(paths, (QStringList{u"complete"_s, u"creativeView"_s, u"firstQuartile"_s, u"impression"_s,
                                     u"midpoint"_s, u"progress-3s"_s, u"progress-90"_s, u"start"_s,
                                     u"thirdQuartile"_s}));
        // ... and were fired in play order.
        QStringList fired;
        for (const Beacon *b : client.beacons())
            fired.append(b->event());
        QCOMPARE(fired, (QStringList{u"impression"_s, u"creativeView"_s, u"start"_s, u"firstQuartile"_s,
                                     u"progress"_s, u"midpoint"_s, u"thirdQuartile"_s, u"progress"_s,
                                     u"complete"_s}));
        QCOMPARE(server.requestsFor(u"/track/midpoint"_s).constFirst().query.queryItemValue(u"pos"_s, QUrl::FullyDecoded),
                 u"00:00:05.000"_s);
        QCOMPARE(server.requestsFor(u"/track/progress-90"_s).constFirst().query.queryItemValue(u"pos"_s, QUrl::FullyDecoded),
                 u"00:00:09.000"_s);
        QVERIFY(server.requestsFor(u"/track/w-error"_s).isEmpty());

        // The report holds the chain and one timeline entry per beacon, all answered 200.
        const QJsonObject report = client.report();
        QCOMPARE(report.value(u"chain"_s).toArray().size(), 2);
        const QJsonArray timeline = report.value(u"timeline"_s).toArray();
        QCOMPARE(timeline.size(), 9);
        for (const QJsonValue &v : timeline) {
            QCOMPARE(v[u"status"_s].toInt(), 200);
            QCOMPARE(v[u"state"_s].toString(), u"tracked"_s);
            QCOMPARE(v[u"attempts"_s].toInt(), 1);
        }
        QCOMPARE(timeline.at(3)[u"event"_s].toString(), u"firstQuartile"_s);
        QCOMPARE(timeline.at(3)[u"offsetMs"_s].toInt(), 2500);
        QCOMPARE(report.value(u"result"_s).toString(), u"completed"_s);
        QVERIFY(report.value(u"errors"_s).toArray().isEmpty());
    }

    // What real servers send, end to end: a VAST 2 Wrapper in the legacy <VASTAdTagURL><URL>
    // form, an InLine whose <Duration> is plain seconds (once refused with 400) and whose
    // trackers are protocol-relative. The ad plays and every "//host/path" tracker, in the
    // InLine and in the Wrapper, reaches the server over the scheme of its document (http).
    void ecosystemFormsPlayAndProtocolRelativeTrackersFire()
    {
        const QString relative = u"//127.0.0.1:%1"_s.arg(server.port());
        const QByteArray inLine =
            u"<VAST version=\"3.0\"><Ad id=\"pr\"><InLine><AdSystem>Test</AdSystem><AdTitle>t</AdTitle>"
            u"<Impression><![CDATA[%1/track/pr-impression]]></Impression>"
            u"<Creatives><Creative id=\"c1\"><Linear><Duration>10</Duration><TrackingEvents>"
            u"<Tracking event=\"start\">%1/track/pr-start</Tracking>"
            u"<Tracking event=\"complete\">%1/track/pr-complete</Tracking>"
            u"</TrackingEvents><MediaFiles>"
            u"<MediaFile delivery=\"progressive\" type=\"video/mp4\" width=\"640\" height=\"360\">%1/media/ad.mp4</MediaFile>"
            u"</MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>"_s.arg(relative)
                .toUtf8();
        const QByteArray wrapper =
            u"<VAST version=\"2.0\"><Ad id=\"w\"><Wrapper><AdSystem>Legacy</AdSystem>"
            u"<VASTAdTagURL><URL><![CDATA[%1]]></URL></VASTAdTagURL>"
            u"<Impression>%2/track/pr-wrapper-impression</Impression>"
            u"<Creatives><Creative><Linear><TrackingEvents>"
            u"<Tracking event=\"start\">%2/track/pr-wrapper-start</Tracking>"
            u"</TrackingEvents></Linear></Creative></Creatives></Wrapper></Ad></VAST>"_s
                .arg(server.url(u"/pr/inline"_s).toString(), relative)
                .toUtf8();
        server.setBody(u"/pr/inline"_s, inLine);
        server.setBody(u"/pr/tag"_s, wrapper);
        VastClient client;
        run(client, server.url(u"/pr/tag"_s));
        QCOMPARE(client.status(), VastClient::Status::Finished);
        QCOMPARE(client.session().status, PlaybackSession::Status::Completed);
        QCOMPARE(client.report().value(u"chain"_s).toArray().size(), 2);

        QStringList paths;
        for (const TestServer::Request &r : server.requestsWithPrefix(u"/track/pr-"_s))
            paths.append(r.path.mid(7));
        paths.sort();
        QCOMPARE(paths, (QStringList{u"pr-complete"_s, u"pr-impression"_s, u"pr-start"_s, u"pr-wrapper-impression"_s,
                                     u"pr-wrapper-start"_s}));
        for (const Beacon *b : client.beacons())
            QVERIFY2(b->url().toString().startsWith(u"http://127.0.0.1:"_s), qPrintable(b->url().toString()));
    }

    // The parse warnings of each document (the tolerances: what, where, line) are in the
    // report's chain, per hop: typed in RunReport::chain, serialized by RunReport::toJson().
    void reportChainCarriesEachHopsWarnings()
    {
        const QString p = u"/hopwarnings"_s;
        QByteArray inLine = inlineXml(base() + p);
        inLine.replace("<Duration>00:00:10.000</Duration>", "<Duration>10</Duration>");
        server.setBody(p + u"/inline"_s, inLine);
        server.setBody(p + u"/w2"_s, wrapperXml(server.url(p + u"/inline"_s), server.url(p + u"/track/e"_s)));
        // The first Wrapper spells an attribute in another case, on its line 2.
        QByteArray w1 = wrapperXml(server.url(p + u"/w2"_s), server.url(p + u"/track/e"_s), u"FollowAdditionalWrappers=\"true\""_s);
        w1.replace("<Wrapper ", "\n<Wrapper ");
        server.setBody(p + u"/w1"_s, w1);
        VastClient client;
        run(client, server.url(p + u"/w1"_s));
        QCOMPARE(client.status(), VastClient::Status::Finished);

        const QList<WrapperHop> hops = client.runReport().chain;
        QCOMPARE(hops.size(), 3);
        const QString caseWarning = u"line 2: <Wrapper> attribute FollowAdditionalWrappers read as followAdditionalWrappers "
                                    u"(at VAST/Ad/Wrapper)"_s;
        const QString noImpression = u"<Wrapper> of <Ad id=\"w\"> has no <Impression>"_s; // wrapperXml() sends none
        const QString durationWarning = u"line 1: <Duration> \"10\" is in plain seconds, not HH:MM:SS[.mmm]; read as "
                                        u"00:00:10.000 (at VAST/Ad/InLine/Creatives/Creative/Linear/Duration)"_s;
        QCOMPARE(hops.at(0).warnings, (QStringList{caseWarning, u"line 2: "_s + noImpression}));
        QCOMPARE(hops.at(1).warnings, QStringList{u"line 1: "_s + noImpression});
        QCOMPARE(hops.at(2).warnings, QStringList{durationWarning});

        const QJsonArray chain = client.report().value(u"chain"_s).toArray();
        QCOMPARE(chain.size(), 3);
        QCOMPARE(chain.at(0).toObject().value(u"warnings"_s).toArray(), QJsonArray::fromStringList(hops.at(0).warnings));
        QCOMPARE(chain.at(1).toObject().value(u"warnings"_s).toArray(), QJsonArray{u"line 1: "_s + noImpression});
        QCOMPARE(chain.at(2).toObject().value(u"warnings"_s).toArray(), QJsonArray{durationWarning});
    }

    // One row per VAST error the pipeline reports; each fires the chain's Error URI with the code.
    // VAST 4.3 §2.3.6.4: an InLine with empty <Creatives> after two Wrappers is 303; every
    // Error URI of the chain reaches the server with it, and the report's chain shows what
    // each server said in <Extensions>.
    void emptyInLineAfterWrappersFiresEveryErrorUri()
    {
        const QString p = u"/empty303"_s;
        server.setBody(p + u"/inline"_s,
                       u"<VAST version=\"4.1\"><Ad id=\"i\"><InLine><AdSystem>T</AdSystem><AdTitle>t</AdTitle>"
                       u"<Impression>%1/track/imp</Impression><Error><![CDATA[%1/track/e303-inline?code=[ERRORCODE]]]></Error>"
                       u"<Extensions><Extension type=\"why\">no creative today</Extension></Extensions>"
                       u"<Creatives></Creatives></InLine></Ad></VAST>"_s.arg(base() + p).toUtf8());
        server.setBody(p + u"/w2"_s, wrapperXml(server.url(p + u"/inline"_s), server.url(p + u"/track/e303-w2?code=[ERRORCODE]"_s)));
        server.setBody(p + u"/w1"_s, wrapperXml(server.url(p + u"/w2"_s), server.url(p + u"/track/e303-w1?code=[ERRORCODE]"_s)));
        VastClient client;
        run(client, server.url(p + u"/w1"_s));
        QCOMPARE(client.status(), VastClient::Status::Error);
        for (const QString &hop : {u"w1"_s, u"w2"_s, u"inline"_s}) {
            const QString path = p + u"/track/e303-"_s + hop;
            QTRY_COMPARE(server.requestsFor(path).size(), 1);
            QCOMPARE(server.requestsFor(path).constFirst().query.queryItemValue(u"code"_s), u"303"_s);
        }
        const QJsonObject report = client.report();
        QCOMPARE(report.value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toInt(), 303);
        const QJsonArray chain = report.value(u"chain"_s).toArray();
        QCOMPARE(chain.size(), 3);
        QVERIFY(chain.at(2).toObject().value(u"extensions"_s).toArray().first().toString().contains(u"no creative today"_s));
    }

    void errorCodes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("phase");
        QTest::addRow("100 malformed XML") << u"malformed"_s << 100 << u"parse"_s;
        QTest::addRow("102 VAST 1.0") << u"vast1"_s << 102 << u"parse"_s;
        QTest::addRow("301 timeout") << u"timeout"_s << 301 << u"fetch"_s;
        QTest::addRow("301 404") << u"404"_s << 301 << u"fetch"_s;
        QTest::addRow("301 non-HTTP scheme") << u"scheme"_s << 301 << u"fetch"_s;
        QTest::addRow("302 wrapper limit") << u"limit"_s << 302 << u"resolve"_s;
        QTest::addRow("302 loop") << u"loop"_s << 302 << u"resolve"_s;
        QTest::addRow("303 no ad") << u"noad"_s << 303 << u"resolve"_s;
        QTest::addRow("403 no supported media file") << u"nomedia"_s << 403 << u"select"_s;
    }

    void errorCodes()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QFETCH(QString, phase);
        const QString p = u"/err/"_s + kind;
        const QString errorPath = u"/track"_s + p + u"-error"_s;
        const QUrl errorUrl = server.url(errorPath + u"?code=[ERRORCODE]"_s);
        QUrl next = server.url(p + u"/next"_s);
        if (kind == "malformed"_L1) {
            server.setBody(p + u"/next"_s, "<VAST version=\"4.0\"><Ad><InLine></Ad>");
        } else if (kind == "vast1"_L1) {
            VASTQT_REQUIRE_CORPUS("iab");
            QFile f(QStringLiteral(VASTQT_CORPUS_DIR "/iab/VAST 1-2.0 Samples/vast1RegularLinear.xml"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            server.setBody(p + u"/next"_s, f.readAll());
        } else if (kind == "timeout"_L1) {
            server.setResponse(p + u"/next"_s, {200, inlineXml(base()), "application/xml", 3000, {}});
        } else if (kind == "404"_L1) {
            server.setResponse(p + u"/next"_s, {404, "gone", "text/plain", 0, {}});
        } else if (kind == "scheme"_L1) {
            next = QUrl(u"ftp://127.0.0.1/vast.xml"_s);
        } else if (kind == "limit"_L1) {
            // Six wrappers in a row: one more than the default limit of five.
            for (int i = 1; i <= 5; ++i)
                server.setBody(p + u"/w%1"_s.arg(i), wrapperXml(server.url(p + u"/w%1"_s.arg(i + 1)), errorUrl));
            server.setBody(p + u"/w6"_s, wrapperXml(server.url(p + u"/w7"_s), errorUrl));
            server.setBody(p + u"/w7"_s, inlineXml(base()));
            next = server.url(p + u"/w1"_s);
        } else if (kind == "loop"_L1) {
            server.setBody(p + u"/next"_s, wrapperXml(server.url(p + u"/tag"_s), errorUrl));
        } else if (kind == "noad"_L1) {
            server.setBody(p + u"/next"_s, "<VAST version=\"4.2\"/>");
        } else if (kind == "nomedia"_L1) {
            server.setBody(p + u"/next"_s, inlineXml(base() + p, u"application/x-shockwave-flash"_s)
                                               .replace("/err/nomedia/track/inline-error", "/track/err/nomedia-error"));
        }
        server.setBody(p + u"/tag"_s, wrapperXml(next, errorUrl));

        VastClient client;
        FetchConfig config = client.fetchConfig();
        config.sourceTimeoutMs = 500;
        client.setFetchConfig(config);
        QSignalSpy errors(&client, &VastClient::errorOccurred);
        run(client, server.url(p + u"/tag"_s));
        QCOMPARE(client.status(), VastClient::Status::Error);
        QVERIFY(errors.size() >= 1);
        QCOMPARE(int(errors.constFirst().at(0).value<ErrorCode>()), code);
        QCOMPARE(phaseName(errors.constFirst().at(1).value<Phase>()), phase);

        // The Error URI of the chain was hit with [ERRORCODE] expanded.
        QTRY_VERIFY(!server.requestsFor(errorPath).isEmpty());
        for (const TestServer::Request &r : server.requestsFor(errorPath))
            QCOMPARE(r.query.queryItemValue(u"code"_s), QString::number(code));

        const QJsonObject report = client.report();
        QCOMPARE(report.value(u"result"_s).toString(), u"error"_s);
        const QJsonObject first = report.value(u"errors"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"code"_s).toInt(), code);
        QCOMPARE(first.value(u"phase"_s).toString(), phase);
        QVERIFY(!first.value(u"message"_s).toString().isEmpty());
        bool errorBeacon = false;
        for (const QJsonValue &v : report.value(u"timeline"_s).toArray())
            errorBeacon |= v[u"event"_s].toString() == "error"_L1 && v[u"status"_s].toInt() == 200;
        QVERIFY(errorBeacon);
    }

    // A beacon endpoint that fails twice then answers: the run still completes, the beacon
    // is retried and ends tracked after three attempts.
    void failingBeaconIsRetriedAndNeverStopsPlayback()
    {
        server.setBody(u"/retry/tag"_s, inlineXml(base()).replace("/track/start", "/retry/start"));
        server.setResponseSequence(u"/retry/start"_s, {{500, {}, "text/plain", 0, {}}, {500, {}, "text/plain", 0, {}},
                                                       {200, {}, "image/gif", 0, {}}});
        VastClient client;
        RetryPolicy retry;
        retry.maxRetries = 2;
        retry.initialDelayMs = 20;
        client.setSpeed(0);
        client.setAutoPlay(true);
        client.setRetryPolicy(retry);
        QSignalSpy finished(&client, &VastClient::finished);
        client.load(server.url(u"/retry/tag"_s));
        QVERIFY(finished.wait(20000));
        QCOMPARE(client.session().status, PlaybackSession::Status::Completed);
        QCOMPARE(server.requestsFor(u"/retry/start"_s).size(), 3);
        Beacon *start = nullptr;
        for (Beacon *b : client.beacons()) {
            if (b->event() == "start"_L1)
                start = b;
        }
        QVERIFY(start);
        QCOMPARE(start->attempts(), 3);
        QCOMPARE(start->state(), Beacon::State::Tracked);
        QCOMPARE(start->httpStatus(), 200);
    }

    // The client's retry delays are jittered from the run's seed (PlaybackConfig::seed()):
    // the same seed gives the same delays, another seed other ones.
    void retryDelaysFollowTheRunSeed()
    {
        server.setBody(u"/seed/tag"_s, inlineXml(base()).replace("/track/start", "/seed/start"));
        const auto delaysFor = [this](quint32 seed) {
            const TestServer::Response fail{500, {}, "text/plain", 0, {}};
            server.setResponseSequence(u"/seed/start"_s, {fail, fail, fail, {200, {}, "image/gif", 0, {}}});
            VastClient client;
            RetryPolicy retry = client.retryPolicy();
            [&] { QCOMPARE(retry.jitter, 0.2); }(); // the client's default
            retry.maxRetries = 3;
            retry.initialDelayMs = 50;
            client.setRetryPolicy(retry);
            PlaybackConfig playback;
            playback.setSeed(seed);
            client.setPlaybackOverride(playback);
            client.setSpeed(0);
            client.setAutoPlay(true);
            QSignalSpy finished(&client, &VastClient::finished);
            client.load(server.url(u"/seed/tag"_s));
            [&] { QVERIFY(finished.wait(20000)); }();
            for (Beacon *b : client.beacons()) {
                if (b->event() == "start"_L1) {
                    [&] { QCOMPARE(b->state(), Beacon::State::Tracked); }();
                    return b->retryDelaysMs();
                }
            }
            return QList<int>();
        };
        const QList<int> a = delaysFor(7);
        QCOMPARE(a.size(), 3);
        QCOMPARE(delaysFor(7), a);
        QVERIFY(delaysFor(8) != a);
        QVERIFY(a != (QList<int>{50, 100, 200}));
        for (int i = 0; i < a.size(); ++i) {
            const int nominal = 50 << i;
            QVERIFY(a.at(i) >= int(nominal * 0.8) && a.at(i) <= int(nominal * 1.2));
        }
    }

    // The complete beacon fails once and the session ends at once (speed 0): the beacon
    // waits for its retry after the ad ended, is not dropped with the player, and finished()
    // waits for it; the report says tracked after 2 attempts.
    void completeBeaconRetriedAfterTheSessionEnds()
    {
        server.setBody(u"/late/tag"_s, inlineXml(base()).replace("/track/complete", "/late/complete"));
        server.setResponseSequence(u"/late/complete"_s,
                                   {{500, {}, "text/plain", 0, {}}, {200, {}, "image/gif", 0, {}}});
        VastClient client;
        RetryPolicy retry = client.retryPolicy();
        retry.maxRetries = 2;
        retry.initialDelayMs = 300;
        client.setRetryPolicy(retry);
        client.setSpeed(0);
        client.setAutoPlay(true);
        bool completeOpenWhenPlayEnded = false;
        bool finishedBeforeTracked = false;
        connect(&client, &VastClient::statusChanged, this, [&](VastClient::Status s) {
            if (s != VastClient::Status::Finished)
                return;
            for (Beacon *b : client.beacons()) {
                if (b->event() == "complete"_L1)
                    completeOpenWhenPlayEnded = !b->isFinished() && b->retryDelaysMs().isEmpty();
            }
        });
        connect(&client, &VastClient::finished, this, [&] {
            for (Beacon *b : client.beacons()) {
                if (b->event() == "complete"_L1)
                    finishedBeforeTracked = b->state() != Beacon::State::Tracked;
            }
        });
        QSignalSpy finished(&client, &VastClient::finished);
        client.load(server.url(u"/late/tag"_s));
        QVERIFY(finished.wait(20000));
        QCOMPARE(client.session().status, PlaybackSession::Status::Completed);
        // The ad was over before the beacon's first answer: its retry was scheduled afterwards.
        QVERIFY(completeOpenWhenPlayEnded);
        QVERIFY(!finishedBeforeTracked);
        QCOMPARE(server.requestsFor(u"/late/complete"_s).size(), 2);
        bool seen = false;
        for (const QJsonValue &v : client.report().value(u"timeline"_s).toArray()) {
            if (v[u"event"_s].toString() != "complete"_L1)
                continue;
            seen = true;
            QCOMPARE(v[u"state"_s].toString(), u"tracked"_s);
            QCOMPARE(v[u"attempts"_s].toInt(), 2);
            QCOMPARE(v[u"status"_s].toInt(), 200);
        }
        QVERIFY(seen);
        for (Beacon *b : client.beacons()) {
            if (b->event() == "complete"_L1)
                QCOMPARE(b->retryDelaysMs().size(), 1);
        }
    }

    // The same pipeline on memory: nothing leaves the process.
    void runsOnAMemoryTransport()
    {
        MemoryTransport memory;
        const QString b = u"mem://ads"_s;
        memory.setResponse(QUrl(b + u"/tag"_s), inlineXml(b));
        memory.setDefaultResponse(MemoryResponse(QByteArray(), 204));
        VastClient client;
        client.setTransport(&memory);
        run(client, QUrl(b + u"/tag"_s));
        QCOMPARE(client.session().status, PlaybackSession::Status::Completed);
        QCOMPARE(client.beacons().size(), 9);
        QCOMPARE(memory.requestCount(), 10); // the tag + nine beacons
    }

    // Defect: the player played a MediaFile the ParseFilter rejected. With a filter that
    // accepts only video/webm, on an ad offering an MP4 closer to the player size and a WebM,
    // the report, the player and every [ASSETURI] use the WebM.
    void filterDecidesThePlayedMediaFile()
    {
        const QString b = base();
        const QByteArray xml = u"<VAST version=\"4.1\"><Ad id=\"f1\"><InLine><AdSystem>Test</AdSystem><AdTitle>t</AdTitle>"
                               u"<Impression><![CDATA[%1/track/impression?asset=[ASSETURI]]]></Impression>"
                               u"<Creatives><Creative id=\"c1\"><Linear><Duration>00:00:04</Duration><TrackingEvents>"
                               u"<Tracking event=\"start\"><![CDATA[%1/track/start?asset=[ASSETURI]]]></Tracking>"
                               u"<Tracking event=\"complete\"><![CDATA[%1/track/complete?asset=[ASSETURI]]]></Tracking>"
                               u"</TrackingEvents><MediaFiles>"
                               u"<MediaFile delivery=\"progressive\" type=\"video/mp4\" width=\"1280\" height=\"720\"><![CDATA[%1/media/ad.mp4]]></MediaFile>"
                               u"<MediaFile delivery=\"progressive\" type=\"video/webm\" width=\"640\" height=\"360\"><![CDATA[%1/media/ad.webm]]></MediaFile>"
                               u"</MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>"_s.arg(b).toUtf8();
        server.setBody(u"/filter/tag"_s, xml);
        VastClient client;
        FetchConfig config = client.fetchConfig();
        config.filter.mediaTypes = {u"video/webm"_s};
        client.setFetchConfig(config);
        run(client, server.url(u"/filter/tag"_s));
        QCOMPARE(client.session().status, PlaybackSession::Status::Completed);

        const QString webm = b + u"/media/ad.webm"_s;
        const QJsonObject report = client.report();
        QCOMPARE(report.value(u"mediaFile"_s).toObject().value(u"url"_s).toString(), webm);
        QCOMPARE(report.value(u"mediaFile"_s).toObject().value(u"index"_s).toInt(), 1);
        QCOMPARE(client.session().mediaFileUrl, webm);
        QCOMPARE(client.player()->currentMediaFile().mediaFile.url, webm);
        const QList<TestServer::Request> hits = server.requestsWithPrefix(u"/track/"_s);
        QCOMPARE(hits.size(), 3);
        for (const TestServer::Request &r : hits)
            QCOMPARE(r.query.queryItemValue(u"asset"_s, QUrl::FullyDecoded), webm);
    }

    // A protocol of the user's own, recognised by its root element, is served and played
    // like VAST (the registry of every load).
    void customProtocolHandler()
    {
        class HouseAds : public ProtocolHandler
        {
        public:
            explicit HouseAds(QString base) : m_base(std::move(base)) { }
            QString name() const override { return u"house"_s; }
            bool validateRequest(const AdRequest &, QString *) const override { return true; }
            QUrlQuery requestParameters(const AdRequest &) const override { return {}; }
            bool acceptsDocument(const DocumentRoot &root) const override { return root.name == "HouseAds"_L1; }
            ProtocolReply *fetch(const AdRequest &, const FetchContext &context) override
            {
                auto *reply = new ProtocolReply;
                const QString base = m_base;
                const QByteArray body = context.reply ? context.reply->body() : context.xml;
                QTimer::singleShot(0, reply, [reply, base, body] {
                    ResolvedAd r;
                    r.ad.id = QString::fromUtf8(body).section(u'"', 1, 1);
                    r.ad.impressions = {VastUri{QString(), base + u"/track/house-impression"_s}};
                    Creative c;
                    c.kind = Creative::Kind::Linear;
                    c.linear.durationMs = 2000;
                    MediaFile mf;
                    mf.url = base + u"/media/house.mp4"_s;
                    mf.type = u"video/mp4"_s;
                    mf.delivery = u"progressive"_s;
                    c.linear.mediaFiles = {mf};
                    r.ad.creatives = {c};
                    reply->finish({r});
                });
                return reply;
            }

        private:
            QString m_base;
        };
        HouseAds house(base());
        server.setBody(u"/house/tag"_s, "<HouseAds ad=\"house-1\"/>");
        VastClient client;
        client.addProtocolHandler(&house);
        run(client, server.url(u"/house/tag"_s));
        QCOMPARE(client.response().protocol, u"house"_s);
        QCOMPARE(client.response().ad.id, u"house-1"_s);
        QCOMPARE(client.session().status, PlaybackSession::Status::Completed);
        QTRY_COMPARE(server.requestsFor(u"/track/house-impression"_s).size(), 1);
        QCOMPARE(client.report().value(u"result"_s).toString(), u"completed"_s);
    }
};

QTEST_GUILESS_MAIN(tst_VastClient)
#include "tst_vastclient.moc"
