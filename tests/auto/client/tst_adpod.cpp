// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/podplayer.h>
#include <VastQt/vastclient.h>
#include "testserver.h"
#include <VastQt/beacon.h>

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QUrlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

// Ad pods played by VastClient through PodPlayer (VAST 4.3 §3.3.1): sequence order,
// [PODSEQUENCE] and [ADCOUNT], buffet replacement of a pod ad that fails at play.
class tst_AdPod : public QObject
{
    Q_OBJECT

private:
    TestServer server;

    // tests/data/vmap/<name> with the placeholder host replaced by the test server.
    QByteArray sample(const QString &name) const { return server.testData(u"vmap/"_s + name); }

    void run(VastClient &client, const QString &name)
    {
        server.setBody(u"/vast/"_s + name, sample(name));
        client.setSpeed(0);
        client.setAutoPlay(true);
        RetryPolicy retry;
        retry.maxRetries = 0;
        retry.timeoutMs = 2000;
        client.setRetryPolicy(retry);
        QSignalSpy finished(&client, &VastClient::finished);
        client.load(server.url(u"/vast/"_s + name));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
    }

    // "<event> <ad> seq=<PODSEQUENCE> n=<ADCOUNT>[ code=<ERRORCODE>]" per beacon, firing order.
    static QStringList events(const VastClient &client)
    {
        QStringList out;
        for (const Beacon *b : client.beacons()) {
            const QUrlQuery q(b->url());
            QString line = u"%1 %2 seq=%3 n=%4"_s.arg(b->url().path().section(u'/', -1), q.queryItemValue(u"ad"_s),
                                                    q.queryItemValue(u"seq"_s), q.queryItemValue(u"n"_s));
            if (q.hasQueryItem(u"code"_s))
                line += u" code="_s + q.queryItemValue(u"code"_s);
            out.append(line);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.start()); }
    void init() { server.clearRequests(); }

    void podPlaysInSequence()
    {
        VastClient client;
        QSignalSpy started(&client, &VastClient::adStarted);
        run(client, u"pod.xml"_s);
        // The document lists sequence 2 first: the pod plays 1 then 2; the buffet ad is not needed.
        const QStringList expected{
            u"impression pod-a seq=1 n=1"_s, u"start pod-a seq=1 n=1"_s, u"complete pod-a seq=1 n=1"_s,
            u"impression pod-b seq=2 n=2"_s, u"start pod-b seq=2 n=2"_s, u"complete pod-b seq=2 n=2"_s,
        };
        QCOMPARE(events(client), expected);
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.at(0), (QVariantList{-1, 0}));
        QCOMPARE(started.at(1), (QVariantList{-1, 1}));
        QCOMPARE(client.status(), VastClient::Status::Finished);
        QVERIFY(client.podPlayer());
        // Every beacon reached the server, each with its ad's values.
        QTRY_COMPARE(server.requestsWithPrefix(u"/track/"_s).size(), 6);
        for (const auto &r : server.requestsWithPrefix(u"/track/"_s)) {
            const QString ad = r.query.queryItemValue(u"ad"_s);
            QCOMPARE(r.query.queryItemValue(u"seq"_s), ad == "pod-a"_L1 ? u"1"_s : u"2"_s);
        }

        const QJsonObject report = client.report();
        QCOMPARE(report.value(u"result"_s).toString(), u"completed"_s);
        const QJsonArray ads = report.value(u"ads"_s).toArray();
        QCOMPARE(ads.size(), 2);
        QCOMPARE(ads.at(0)[u"adId"_s].toString(), u"pod-a"_s);
        QCOMPARE(ads.at(0)[u"podSequence"_s].toInt(), 1);
        QCOMPARE(ads.at(0)[u"adCount"_s].toInt(), 1);
        QCOMPARE(ads.at(0)[u"status"_s].toString(), u"completed"_s);
        QCOMPARE(ads.at(1)[u"adId"_s].toString(), u"pod-b"_s);
        QCOMPARE(ads.at(1)[u"podSequence"_s].toInt(), 2);
        QCOMPARE(ads.at(1)[u"adCount"_s].toInt(), 2);
        QCOMPARE(ads.at(1)[u"timeline"_s].toArray(), (QJsonArray{3, 4, 5}));
        const QJsonArray timeline = report.value(u"timeline"_s).toArray();
        QCOMPARE(timeline.size(), 6);
        QCOMPARE(timeline.at(0)[u"adIndex"_s].toInt(), 0);
        QCOMPARE(timeline.at(5)[u"adIndex"_s].toInt(), 1);
        QCOMPARE(report.value(u"session"_s).toObject().value(u"adId"_s).toString(), u"pod-a"_s);
    }

    // VAST 4.3 §3.3.1: "Should an ad in the Pod fail to play, the media player should
    // substitute an un-played stand-alone ad from the response."
    void failedPodAdReplacedByBuffet()
    {
        VastClient client;
        QSignalSpy started(&client, &VastClient::adStarted);
        run(client, u"pod-fail-second.xml"_s);
        const QStringList expected{
            u"impression pod-a seq=1 n=1"_s,       u"start pod-a seq=1 n=1"_s,    u"complete pod-a seq=1 n=1"_s,
            u"error pod-b seq=2 n=2 code=403"_s,
            u"impression buffet-x seq=2 n=2"_s,    u"start buffet-x seq=2 n=2"_s, u"complete buffet-x seq=2 n=2"_s,
        };
        QCOMPARE(events(client), expected);
        QCOMPARE(started.size(), 3);
        QCOMPARE(started.at(2), (QVariantList{-1, 1})); // the replacement fills slot 1
        QTRY_COMPARE(server.requestsFor(u"/track/error"_s).size(), 1);
        QVERIFY(server.requestsFor(u"/track/impression"_s).size() == 2);

        const QJsonObject report = client.report();
        QCOMPARE(report.value(u"result"_s).toString(), u"completed"_s);
        const QJsonArray ads = report.value(u"ads"_s).toArray();
        QCOMPARE(ads.size(), 3);
        QCOMPARE(ads.at(1)[u"status"_s].toString(), u"error"_s);
        QCOMPARE(ads.at(1)[u"error"_s].toInt(), 403);
        QCOMPARE(ads.at(1)[u"phase"_s].toString(), u"play"_s);
        QCOMPARE(ads.at(2)[u"adId"_s].toString(), u"buffet-x"_s);
        QCOMPARE(ads.at(2)[u"replacement"_s].toBool(), true);
        QCOMPARE(ads.at(2)[u"replaces"_s].toString(), u"pod-b"_s);
        QCOMPARE(ads.at(2)[u"podIndex"_s].toInt(), 1);
        bool found403 = false;
        for (const PipelineError &e : client.errors())
            found403 = found403 || (e.code == ErrorCode::NoSupportedMediaFile && e.phase == Phase::Play);
        QVERIFY(found403);
    }

    // The first pod ad is refused by SELECT (whose TRACK phase fires its Error URI): the
    // pod player replaces it without firing it again.
    void selectRejectedPodAdReplacedOnce()
    {
        VastClient client;
        run(client, u"pod-fail-first.xml"_s);
        const QStringList e = events(client);
        QCOMPARE(e.size(), 7);
        QVERIFY2(e.at(0).startsWith(u"error pod-a"_s) && e.at(0).endsWith(u"code=403"_s), qPrintable(e.at(0)));
        QCOMPARE(e.mid(1), (QStringList{
                               u"impression buffet-x seq=1 n=1"_s, u"start buffet-x seq=1 n=1"_s,
                               u"complete buffet-x seq=1 n=1"_s, u"impression pod-b seq=2 n=2"_s,
                               u"start pod-b seq=2 n=2"_s, u"complete pod-b seq=2 n=2"_s,
                           }));
        QTRY_COMPARE(server.requestsWithPrefix(u"/track/"_s).size(), 7);
        QCOMPARE(server.requestsFor(u"/track/error"_s).size(), 1);
        const QJsonArray ads = client.report().value(u"ads"_s).toArray();
        QCOMPARE(ads.size(), 3);
        QCOMPARE(ads.at(0)[u"phase"_s].toString(), u"select"_s);
        QCOMPARE(ads.at(1)[u"replaces"_s].toString(), u"pod-a"_s);
        QCOMPARE(client.report().value(u"result"_s).toString(), u"completed"_s);
    }

    // "If stand-alone ads are unavailable, the player should move on to the next ad in the Ad Pod."
    void noBuffetMovesOn()
    {
        VastClient client;
        run(client, u"pod-no-buffet.xml"_s);
        const QStringList expected{
            u"impression pod-a seq=1 n=1"_s,    u"start pod-a seq=1 n=1"_s, u"complete pod-a seq=1 n=1"_s,
            u"error pod-b seq=2 n=2 code=403"_s,
            u"impression pod-c seq=3 n=2"_s,    u"start pod-c seq=3 n=2"_s, u"complete pod-c seq=3 n=2"_s,
        };
        QCOMPARE(events(client), expected);
        // A slot ended without an ad: the pod did not complete.
        QCOMPARE(client.report().value(u"result"_s).toString(), u"error"_s);
        QCOMPARE(client.status(), VastClient::Status::Finished);
    }

    // One ad: played as before, without pod player or the pod report keys; [ADCOUNT] is 1
    // (IAB registry: "with a single <InLine> ad, this value is always 1").
    void singleAdUnchanged()
    {
        VastClient client;
        QSignalSpy started(&client, &VastClient::adStarted);
        run(client, u"mid.xml"_s);
        QCOMPARE(events(client), (QStringList{u"impression mid-1 seq=-1 n=1"_s, u"start mid-1 seq=-1 n=1"_s,
                                              u"complete mid-1 seq=-1 n=1"_s}));
        QVERIFY(!client.podPlayer());
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0), (QVariantList{-1, 0}));
        const QJsonObject report = client.report();
        QVERIFY(!report.contains(u"ads"_s));
        QVERIFY(!report.contains(u"breaks"_s));
        QVERIFY(!report.value(u"timeline"_s).toArray().at(0).toObject().contains(u"adIndex"_s));
        QCOMPARE(report.value(u"result"_s).toString(), u"completed"_s);
    }

    // PodPlayer alone: stop() ends the pod with the playing ad.
    void podPlayerStop()
    {
        const QByteArray xml = sample(u"pod.xml"_s);
        server.setBody(u"/vast/pod.xml"_s, xml);
        VastClient client;
        client.setSpeed(1); // real time: the first ad is still playing when we stop
        client.setAutoPlay(true);
        QSignalSpy finished(&client, &VastClient::finished);
        QSignalSpy started(&client, &VastClient::adStarted);
        client.load(server.url(u"/vast/pod.xml"_s));
        QVERIFY(started.wait(10000));
        client.stop();
        QVERIFY(finished.wait(10000));
        QCOMPARE(started.size(), 1);
        const QList<PodAdPlay> plays = client.podPlayer()->plays();
        QCOMPARE(plays.size(), 1);
        QCOMPARE(plays.at(0).session.status, PlaybackSession::Status::Stopped);
        QCOMPARE(client.report().value(u"result"_s).toString(), u"stopped"_s);
    }
};

QTEST_GUILESS_MAIN(tst_AdPod)
#include "tst_adpod.moc"
