// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastclient.h>
#include <VastQt/vmapprotocolhandler.h>
#include "testserver.h"
#include <VastQt/metricsmiddleware.h>
#include <VastQt/beacon.h>

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QUrlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

// A VMAP tag played headless by VastClient: breaks in order, each with breakStart, its ads
// (pod rules) and breakEnd; [BREAKPOSITION], [CONTENTPLAYHEAD], [PODSEQUENCE], [ADCOUNT].
class tst_VmapPlay : public QObject
{
    Q_OBJECT

private:
    TestServer server;

    // tests/data/vmap/<name> with the placeholder host replaced by the test server.
    QByteArray sample(const QString &name) const { return server.testData(u"vmap/"_s + name); }

    void serveSamples(const QByteArray &vmap)
    {
        server.setBody(u"/vmap.xml"_s, vmap);
        for (const QString &n : {u"pod.xml"_s, u"mid.xml"_s, u"post.xml"_s})
            server.setBody(u"/vast/"_s + n, sample(n));
    }

    void run(VastClient &client, qint64 contentDurationMs)
    {
        client.setSpeed(0);
        client.setAutoPlay(true);
        RetryPolicy retry;
        retry.maxRetries = 0;
        retry.timeoutMs = 2000;
        client.setRetryPolicy(retry);
        AdRequest request;
        request.contentDurationMs = contentDurationMs;
        client.setAdRequest(request);
        QSignalSpy finished(&client, &VastClient::finished);
        client.load(server.url(u"/vmap.xml"_s));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
    }

    // One line per beacon, firing order: "<event> k=v ..." of the query items b, ad, seq, n, bp, cp, code.
    static QStringList events(const VastClient &client)
    {
        QStringList out;
        for (const Beacon *b : client.beacons()) {
            const QUrlQuery q(b->url());
            QString line = b->url().path().section(u'/', -1);
            for (const QString &key : {u"b"_s, u"ad"_s, u"seq"_s, u"n"_s, u"bp"_s, u"cp"_s, u"code"_s}) {
                if (q.hasQueryItem(key))
                    line += u' ' + key + u'=' + q.queryItemValue(key, QUrl::FullyDecoded);
            }
            out.append(line);
        }
        return out;
    }

    static QStringList preRoll()
    {
        return {
            u"breakStart b=pre bp=1 cp=00:00:00.000"_s,
            u"impression ad=pod-a seq=1 n=1 bp=1"_s,
            u"start ad=pod-a seq=1 n=1 bp=1"_s,
            u"complete ad=pod-a seq=1 n=1 bp=1"_s,
            u"impression ad=pod-b seq=2 n=2 bp=1"_s,
            u"start ad=pod-b seq=2 n=2 bp=1"_s,
            u"complete ad=pod-b seq=2 n=2 bp=1"_s,
            u"breakEnd b=pre bp=1"_s,
        };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.start()); }
    void init() { server.clearRequests(); }

    // The "Done when" of issue 4: a pre-roll pod of two ads, a mid-roll at 50% and a
    // post-roll, with every break's breakStart / breakEnd and every ad's beacons in order.
    void podMidrollPostroll()
    {
        serveSamples(sample(u"play-pod-mid-post.xml"_s));
        VastClient client;
        QSignalSpy breakStarted(&client, &VastClient::breakStarted);
        QSignalSpy breakEnded(&client, &VastClient::breakEnded);
        QSignalSpy adStarted(&client, &VastClient::adStarted);
        run(client, 600000); // 10 min of content: the mid-roll is at 5 min

        QStringList expected = preRoll();
        expected += {
            u"breakStart b=mid bp=2 cp=00:05:00.000"_s,
            u"impression ad=mid-1 seq=-1 n=1 bp=2"_s,
            u"start ad=mid-1 seq=-1 n=1 bp=2"_s,
            u"complete ad=mid-1 seq=-1 n=1 bp=2"_s,
            u"breakEnd b=mid bp=2"_s,
            u"breakStart b=post bp=3 cp=00:10:00.000"_s,
            u"impression ad=post-1 seq=-1 n=1 bp=3"_s,
            u"start ad=post-1 seq=-1 n=1 bp=3"_s,
            u"complete ad=post-1 seq=-1 n=1 bp=3"_s,
            u"breakEnd b=post bp=3"_s,
        };
        QCOMPARE(events(client), expected);
        // And the server got them all.
        QTRY_COMPARE(server.requestsWithPrefix(u"/track/"_s).size(), expected.size());
        QCOMPARE(server.requestsFor(u"/vmap.xml"_s).size(), 1);

        QVERIFY(client.isVmap());
        QCOMPARE(client.vmap().adBreaks.size(), 3);
        QCOMPARE(client.breaks().size(), 3);
        QCOMPARE(client.breaks().at(1).timeMs, 300000);
        QCOMPARE(client.status(), VastClient::Status::Finished);
        QCOMPARE(breakStarted.size(), 3);
        QCOMPARE(breakEnded.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(breakStarted.at(i).at(0).toInt(), i);
            QCOMPARE(breakEnded.at(i).at(0).toInt(), i);
        }
        QCOMPARE(adStarted.size(), 4);
        QCOMPARE(adStarted.at(0), (QVariantList{0, 0}));
        QCOMPARE(adStarted.at(1), (QVariantList{0, 1}));
        QCOMPARE(adStarted.at(2), (QVariantList{1, 0}));
        QCOMPARE(adStarted.at(3), (QVariantList{2, 0}));

        const QJsonObject report = client.report();
        QCOMPARE(report.value(u"result"_s).toString(), u"completed"_s);
        QVERIFY(report.value(u"ad"_s).isNull());
        QCOMPARE(report.value(u"chain"_s).toArray().at(0)[u"type"_s].toString(), u"VMAP"_s);
        QCOMPARE(report.value(u"chain"_s).toArray().at(0)[u"status"_s].toInt(), 200);
        QCOMPARE(report.value(u"vmap"_s)[u"contentDurationMs"_s].toInteger(), 600000);
        const QJsonArray breaks = report.value(u"breaks"_s).toArray();
        QCOMPARE(breaks.size(), 3);
        const QStringList positions{u"preroll"_s, u"midroll"_s, u"postroll"_s};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject b = breaks.at(i).toObject();
            QCOMPARE(b[u"status"_s].toString(), u"completed"_s);
            QCOMPARE(b[u"position"_s].toString(), positions.at(i));
            QCOMPARE(b[u"breakPosition"_s].toInt(), i + 1);
            QVERIFY(b[u"error"_s].isNull());
        }
        QCOMPARE(breaks.at(0)[u"breakId"_s].toString(), u"preroll"_s);
        QCOMPARE(breaks.at(1)[u"offsetMs"_s].toInteger(), 300000);
        QCOMPARE(breaks.at(1)[u"timeOffset"_s].toString(), u"50%"_s);
        const QJsonArray preAds = breaks.at(0)[u"ads"_s].toArray();
        QCOMPARE(preAds.size(), 2);
        QCOMPARE(preAds.at(0)[u"adId"_s].toString(), u"pod-a"_s);
        QCOMPARE(preAds.at(1)[u"podSequence"_s].toInt(), 2);
        QCOMPARE(preAds.at(1)[u"timeline"_s].toArray(), (QJsonArray{4, 5, 6}));
        QCOMPARE(breaks.at(0)[u"timeline"_s].toArray(), (QJsonArray{0, 7}));
        const QJsonArray timeline = report.value(u"timeline"_s).toArray();
        QCOMPARE(timeline.size(), expected.size());
        QCOMPARE(timeline.at(0)[u"breakIndex"_s].toInt(), 0);
        QCOMPARE(timeline.at(0)[u"adIndex"_s].toInt(), -1);
        QCOMPARE(timeline.at(9)[u"breakIndex"_s].toInt(), 1);
        QCOMPARE(timeline.at(9)[u"adIndex"_s].toInt(), 0);
    }

    // Defect: a VMAP source was recognised only after every source and fallback had failed
    // as VAST. The registry picks the VMAP handler by the root element the first time: the
    // fallback (a playable VAST ad) is never fetched and no VAST error is reported.
    void vmapFirstSourceWithFallback()
    {
        serveSamples(sample(u"play-pod-mid-post.xml"_s));
        server.setBody(u"/fallback.xml"_s, sample(u"mid.xml"_s));
        VastClient client;
        FetchConfig config = client.fetchConfig();
        config.sources = {server.url(u"/vmap.xml"_s)};
        config.fallbacks = {server.url(u"/fallback.xml"_s)};
        client.setFetchConfig(config);
        client.setSpeed(0);
        client.setAutoPlay(true);
        AdRequest request;
        request.contentDurationMs = 600000;
        client.setAdRequest(request);
        QSignalSpy finished(&client, &VastClient::finished);
        client.load();
        QVERIFY(finished.wait(20000));

        QVERIFY(client.isVmap());
        QVERIFY(client.errors().isEmpty());
        QVERIFY(server.requestsFor(u"/fallback.xml"_s).isEmpty());
        QCOMPARE(server.requestsFor(u"/vmap.xml"_s).size(), 1);
        const AdResponse r = client.response();
        QCOMPARE(r.protocol, u"vmap"_s);
        QCOMPARE(r.sources.size(), 2);
        QCOMPARE(r.sources.at(0).status, SourceOutcome::Status::Won);
        QVERIFY(r.sources.at(0).winner);
        QCOMPARE(r.sources.at(1).status, SourceOutcome::Status::NotTried);
        QVERIFY(!r.usedFallback);
        const QJsonObject report = client.report();
        QCOMPARE(report.value(u"result"_s).toString(), u"completed"_s);
        QCOMPARE(report.value(u"winner"_s).toString(), server.url(u"/vmap.xml"_s).toString());
        QCOMPARE(report.value(u"breaks"_s).toArray().size(), 3);
    }

    // Defect: a break's AdTagURI was fetched through the raw transport, past the
    // middlewares. With source retries, an AdTagURI that answers 500 once is retried and
    // served; the metrics see every request of the load.
    void breakAdTagGoesThroughTheMiddlewares()
    {
        const QString vmap = u"<vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\" version=\"1.0\">"
                             u"<vmap:AdBreak timeOffset=\"start\" breakType=\"linear\" breakId=\"pre\"><vmap:AdSource>"
                             u"<vmap:AdTagURI templateType=\"vast3\"><![CDATA[%1]]></vmap:AdTagURI></vmap:AdSource>"
                             u"<vmap:TrackingEvents><vmap:Tracking event=\"error\"><![CDATA[%2]]></vmap:Tracking>"
                             u"</vmap:TrackingEvents></vmap:AdBreak></vmap:VMAP>"_s
                                 .arg(server.url(u"/vast/flaky.xml"_s).toString(),
                                      server.url(u"/track/breakError?code=[ERRORCODE]"_s).toString());
        server.setBody(u"/vmap.xml"_s, vmap.toUtf8());
        TestServer::Response fail;
        fail.status = 500;
        fail.body = "busy";
        TestServer::Response ok;
        ok.body = sample(u"mid.xml"_s);
        server.setResponseSequence(u"/vast/flaky.xml"_s, {fail, ok});

        VastClient client;
        MetricsMiddleware metrics;
        client.addMiddleware(&metrics);
        FetchConfig config = client.fetchConfig();
        config.retries = 1;
        config.retryBackoffMs = 10;
        client.setFetchConfig(config);
        run(client, 600000);

        QCOMPARE(server.requestsFor(u"/vast/flaky.xml"_s).size(), 2);
        QVERIFY(server.requestsFor(u"/track/breakError"_s).isEmpty());
        const QJsonObject report = client.report();
        QCOMPARE(report.value(u"result"_s).toString(), u"completed"_s);
        QCOMPARE(report.value(u"breaks"_s).toArray().at(0)[u"status"_s].toString(), u"completed"_s);
        // The VMAP document, and the AdTagURI twice.
        QCOMPARE(metrics.totalRequests(), 3);
        QCOMPARE(metrics.totalFailures(), 1);
    }

    // A break whose AdTagURI is dead fires its VMAP error tracking with [ERRORCODE] 1008
    // (retrieval error); the content goes on and the post-roll still plays.
    void deadAdTagBreakFiresError()
    {
        const QString dead = u"http://127.0.0.1:%1/vast/mid.xml"_s.arg(TestServer::unusedPort());
        QByteArray vmap = sample(u"play-pod-mid-post.xml"_s);
        vmap.replace(server.url(u"/vast/mid.xml"_s).toString().toUtf8(), dead.toUtf8());
        serveSamples(vmap);
        VastClient client;
        QSignalSpy breakEnded(&client, &VastClient::breakEnded);
        run(client, 600000);

        QStringList expected = preRoll();
        expected += {
            u"breakError b=mid code=1008"_s,
            u"breakStart b=post bp=3 cp=00:10:00.000"_s,
            u"impression ad=post-1 seq=-1 n=1 bp=3"_s,
            u"start ad=post-1 seq=-1 n=1 bp=3"_s,
            u"complete ad=post-1 seq=-1 n=1 bp=3"_s,
            u"breakEnd b=post bp=3"_s,
        };
        QCOMPARE(events(client), expected);
        QTRY_COMPARE(server.requestsFor(u"/track/breakError"_s).size(), 1);
        QCOMPARE(server.requestsFor(u"/track/breakError"_s).at(0).query.queryItemValue(u"code"_s), u"1008"_s);
        QCOMPARE(breakEnded.size(), 3);

        const QJsonObject report = client.report();
        const QJsonObject mid = report.value(u"breaks"_s).toArray().at(1).toObject();
        QCOMPARE(mid[u"status"_s].toString(), u"error"_s);
        QCOMPARE(mid[u"error"_s][u"vmapCode"_s].toInt(), 1008);
        QCOMPARE(mid[u"error"_s][u"code"_s].toInt(), 301);
        QVERIFY(mid[u"ads"_s].toArray().isEmpty());
        QCOMPARE(report.value(u"breaks"_s).toArray().at(2)[u"status"_s].toString(), u"completed"_s);
        // Not every break played: the run is not "completed".
        QCOMPARE(report.value(u"result"_s).toString(), u"error"_s);
        bool found = false;
        for (const PipelineError &e : client.errors())
            found = found || (e.code == ErrorCode::WrapperTimeout && e.phase == Phase::Fetch);
        QVERIFY(found);
    }

    // Without a content duration the 50% mid-roll cannot be placed: it is not played; the
    // pre-roll and the post-roll are ([CONTENTPLAYHEAD] of the post-roll is unknown).
    void withoutContentDuration()
    {
        serveSamples(sample(u"play-pod-mid-post.xml"_s));
        VastClient client;
        run(client, -1);
        QStringList expected = preRoll();
        expected += {
            u"breakStart b=post bp=3 cp=-1"_s,
            u"impression ad=post-1 seq=-1 n=1 bp=3"_s,
            u"start ad=post-1 seq=-1 n=1 bp=3"_s,
            u"complete ad=post-1 seq=-1 n=1 bp=3"_s,
            u"breakEnd b=post bp=3"_s,
        };
        QCOMPARE(events(client), expected);
        const QJsonObject report = client.report();
        QCOMPARE(report.value(u"breaks"_s).toArray().at(1)[u"status"_s].toString(), u"unplaced"_s);
        QCOMPARE(report.value(u"result"_s).toString(), u"completed"_s);
    }

    // A VMAP given as bytes is recognised too, and a failed pod ad of a break is replaced
    // by the break's buffet ad.
    void vmapFromBytesWithBuffet()
    {
        QByteArray vmap = sample(u"play-pod-mid-post.xml"_s);
        vmap.replace("/vast/pod.xml", "/vast/pod-fail-second.xml");
        serveSamples(vmap);
        server.setBody(u"/vast/pod-fail-second.xml"_s, sample(u"pod-fail-second.xml"_s));
        VastClient client;
        client.setSpeed(0);
        client.setAutoPlay(true);
        AdRequest request;
        request.contentDurationMs = 600000;
        client.setAdRequest(request);
        QSignalSpy finished(&client, &VastClient::finished);
        client.load(vmap, QUrl(u"file:///vmap-from-bytes.xml"_s));
        QVERIFY(finished.wait(20000));
        QVERIFY(client.isVmap());
        const QStringList e = events(client);
        QCOMPARE(e.mid(0, 9), (QStringList{
                                  u"breakStart b=pre bp=1 cp=00:00:00.000"_s,
                                  u"impression ad=pod-a seq=1 n=1 bp=1"_s,
                                  u"start ad=pod-a seq=1 n=1 bp=1"_s,
                                  u"complete ad=pod-a seq=1 n=1 bp=1"_s,
                                  u"error ad=pod-b seq=2 n=2 bp=1 code=403"_s,
                                  u"impression ad=buffet-x seq=2 n=2 bp=1"_s,
                                  u"start ad=buffet-x seq=2 n=2 bp=1"_s,
                                  u"complete ad=buffet-x seq=2 n=2 bp=1"_s,
                                  u"breakEnd b=pre bp=1"_s,
                              }));
        QCOMPARE(e.size(), 9 + 10);
        const QJsonObject pre = client.report().value(u"breaks"_s).toArray().at(0).toObject();
        QCOMPARE(pre[u"status"_s].toString(), u"completed"_s);
        QCOMPARE(pre[u"ads"_s].toArray().size(), 3);
        QCOMPARE(pre[u"ads"_s].toArray().at(2)[u"replaces"_s].toString(), u"pod-b"_s);
    }

    // A document that is neither VAST nor VMAP stays an error (101), not a VMAP.
    void notVmapStaysError()
    {
        server.setBody(u"/other.xml"_s, "<Playlist><Item/></Playlist>");
        VastClient client;
        client.setSpeed(0);
        client.setAutoPlay(true);
        QSignalSpy finished(&client, &VastClient::finished);
        client.load(server.url(u"/other.xml"_s));
        QVERIFY(finished.wait(20000));
        QVERIFY(!client.isVmap());
        QCOMPARE(client.status(), VastClient::Status::Error);
        QCOMPARE(client.errors().value(0).code, ErrorCode::SchemaValidationError);
        QVERIFY(!client.report().contains(u"breaks"_s));
    }
};

QTEST_GUILESS_MAIN(tst_VmapPlay)
#include "tst_vmapplay.moc"
