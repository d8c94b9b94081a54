// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/adselector.h>
#include <VastQt/player.h>
#include <VastQt/podplayer.h>
#include "testads.h"
#include "testserver.h"
#include <VastQt/beacon.h>
#include <VastQt/tracker.h>
#include <VastQt/httptransport.h>

#include <QtCore/QScopeGuard>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

namespace
{

const QStringList keys { u"ad"_s, u"seq"_s, u"n"_s, u"bp"_s, u"code"_s };

QString errorBeacon(const QString &id, int seq, int n, int code)
{
    return u"error ad=%1 seq=%2 n=%3 bp=-1 code=%4"_s.arg(id).arg(seq).arg(n).arg(code);
}

// A PodPlayer over an HttpTransport, with the order of every signal it emits in log:
// "adStarted <podIndex>/<playIndex>", "beacon <playIndex> <event>", "error <code> <phase>",
// "adFinished <podIndex>/<playIndex>", "finished".
struct PodRun
{
    HttpTransport transport;
    PodPlayer pod { &transport };
    QStringList log;
    int players = 0; // players made by the factory

    // countPlayers false: the pod player's default factory (a HeadlessPlayer at speed 0).
    explicit PodRun(bool countPlayers = true)
    {
        pod.setRetryPolicy(TestAds::noRetries());
        if (countPlayers)
            pod.setPlayerFactory(TestAds::headlessFactory(&players));
        QObject::connect(&pod, &PodPlayer::adStarted, &pod,
            [this](int slot, int play) { log.append(u"adStarted %1/%2"_s.arg(slot).arg(play)); });
        QObject::connect(&pod, &PodPlayer::adFinished, &pod,
            [this](int slot, int play) { log.append(u"adFinished %1/%2"_s.arg(slot).arg(play)); });
        QObject::connect(&pod, &PodPlayer::beaconCreated, &pod,
            [this](Beacon *b, int play) { log.append(u"beacon %1 %2"_s.arg(play).arg(b->event())); });
        QObject::connect(&pod, &PodPlayer::errorOccurred, &pod, [this](ErrorCode code, Phase phase, const QString &) {
            log.append(u"error %1 %2"_s.arg(int(code)).arg(phaseName(phase)));
        });
        QObject::connect(&pod, &PodPlayer::finished, &pod, [this] { log.append(u"finished"_s); });
    }

    bool run() { return TestAds::playToEnd(pod); }

    QStringList beacons() const { return TestAds::beaconLines(pod.beacons(), keys); }
    // The beacons fired, in order, and received by \a server are \a expected.
    void compareFired(const QStringList &expected, const TestServer &server) const
    {
        TestAds::compareFired(beacons(), expected, server, keys);
    }
};

} // namespace

// PodPlayer on its own (VAST 4.3 §3.3.1): ads built in code, selected by AdSelector,
// beacons fired at the local TestServer; no VastClient, no Orchestrator.
class tst_PodPlayer : public QObject
{
    Q_OBJECT

private:
    TestServer server;

    Ad ad(const QString &id, int sequence = 0, qint64 durationMs = 10000, const QString &type = u"video/mp4"_s) const
    {
        return TestAds::linearAd(server, id, sequence, durationMs, type);
    }
    SelectedAd select(const Ad &ad, const AdSelector &with = AdSelector()) const { return with.select(ad); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.start()); }
    void init() { server.clearRequests(); }

    void podPlaysInOrder()
    {
        PodRun r(false); // the default factory: a HeadlessPlayer at speed 0
        TrackingContext context;
        context.transactionId = u"tx-1"_s;
        r.pod.setTrackingContext(context);
        r.pod.setAds({ select(ad(u"pod-a"_s, 1)), select(ad(u"pod-b"_s, 2)) });
        r.pod.setBuffet({ select(ad(u"buffet-x"_s)) });
        QCOMPARE(r.pod.slotCount(), 2);
        QCOMPARE(r.pod.currentPlay(), -1);
        QVERIFY(!r.pod.currentPlayer());
        QVERIFY(r.run());

        r.compareFired(TestAds::playedBeacons(u"pod-a"_s, 1, 1) + TestAds::playedBeacons(u"pod-b"_s, 2, 2), server);
        // The Tracker announces beacons from the event loop (queued), so an ad's last beacon
        // comes right after its adFinished(); always before the next ad starts.
        QCOMPARE(r.log,
            (QStringList {
                u"adStarted 0/0"_s,
                u"beacon 0 impression"_s,
                u"beacon 0 start"_s,
                u"adFinished 0/0"_s,
                u"beacon 0 complete"_s,
                u"adStarted 1/1"_s,
                u"beacon 1 impression"_s,
                u"beacon 1 start"_s,
                u"adFinished 1/1"_s,
                u"beacon 1 complete"_s,
                u"finished"_s,
            }));

        const QList<PodAdPlay> plays = r.pod.plays();
        QCOMPARE(plays.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(plays.at(i).podIndex, i);
            QCOMPARE(plays.at(i).podSequence, i + 1);
            QCOMPARE(plays.at(i).adCount, i + 1);
            QVERIFY(!plays.at(i).replacement);
            QVERIFY(plays.at(i).played());
            QCOMPARE(plays.at(i).session.status, PlaybackSession::Status::Completed);
        }
        QCOMPARE(plays.at(1).ad.id, u"pod-b"_s);
        QCOMPARE(r.pod.status(), PlaybackSession::Status::Completed);
        QVERIFY(r.pod.isFinished());
        QCOMPARE(r.pod.currentPlay(), 1);
        QCOMPARE(r.pod.currentAd().ad.id, u"pod-b"_s);
        QVERIFY(r.pod.currentPlayer());
        QCOMPARE(r.pod.currentPlayer()->state(), Player::State::Completed);
        // The tracking context given reaches each ad's tracker, with the pod's values added.
        QCOMPARE(r.pod.currentTracker()->context().transactionId, u"tx-1"_s);
        QCOMPARE(r.pod.currentTracker()->context().podSequence, 2);
        QCOMPARE(r.pod.currentTracker()->context().adCount, 2);
        QVERIFY(r.pod.beacons().first()->state() == Beacon::State::Tracked);
        QVERIFY(!r.pod.play()); // a pod plays once
    }

    // IAB macro registry: "with a single <InLine> ad, [ADCOUNT] is always 1".
    void singleAdIsPodOfOne()
    {
        PodRun r;
        r.pod.setAds({ select(ad(u"solo"_s)) });
        QVERIFY(r.run());
        r.compareFired(TestAds::playedBeacons(u"solo"_s, -1, 1), server); // no sequence: [PODSEQUENCE] unknown
        QCOMPARE(r.players, 1);
        QCOMPARE(r.pod.plays().size(), 1);
        QCOMPARE(r.pod.plays().at(0).podSequence, -1);
        QCOMPARE(r.pod.plays().at(0).adCount, 1);
        QCOMPARE(r.pod.status(), PlaybackSession::Status::Completed);
    }

    // The second pod ad cannot play. Refused by the ParseFilter (the caller's criteria), it
    // never reaches a player and fires its Error URI itself (phase select); refused because
    // no player could play its file, it goes to a player, which reports 403 (phase play).
    // Either way the first buffet ad takes its slot and its sequence.
    void failedAdReplacedByBuffet_data()
    {
        QTest::addColumn<ParseFilter>("filter");
        QTest::addColumn<qint64>("durationMs");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("byFilter");
        QTest::addColumn<int>("code");
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<int>("players");

        ParseFilter maxDuration;
        maxDuration.maxDurationMs = 15000;
        ParseFilter mp4Only;
        mp4Only.mediaTypes = { u"video/mp4"_s };
        QTest::addRow("filter-duration-202")
            << maxDuration << qint64(30000) << u"video/mp4"_s << true << 202 << Phase::Select << 2;
        QTest::addRow("filter-type-403") << mp4Only << qint64(10000) << u"video/webm"_s << true << 403 << Phase::Select
                                         << 2;
        QTest::addRow("player-flash-403")
            << ParseFilter() << qint64(10000) << u"application/x-shockwave-flash"_s << false << 403 << Phase::Play << 3;
    }

    void failedAdReplacedByBuffet()
    {
        QFETCH(ParseFilter, filter);
        QFETCH(qint64, durationMs);
        QFETCH(QString, type);
        QFETCH(bool, byFilter);
        QFETCH(int, code);
        QFETCH(Phase, phase);
        QFETCH(int, players);

        const AdSelector selector(MediaFileSelector::Config(), filter);
        const SelectedAd refused = select(ad(u"pod-b"_s, 2, durationMs, type), selector);
        QCOMPARE(int(refused.error), code);
        QCOMPARE(refused.isRefusedByFilter(), byFilter);

        PodRun r;
        r.pod.setAds({ select(ad(u"pod-a"_s, 1), selector), refused });
        r.pod.setBuffet({ select(ad(u"buffet-x"_s), selector), select(ad(u"buffet-y"_s), selector) });
        QSignalSpy errors(&r.pod, &PodPlayer::errorOccurred);
        QVERIFY(r.run());

        r.compareFired(TestAds::playedBeacons(u"pod-a"_s, 1, 1) + QStringList { errorBeacon(u"pod-b"_s, 2, 2, code) }
                + TestAds::playedBeacons(u"buffet-x"_s, 2, 2),
            server);
        QCOMPARE(r.players, players); // an ad refused by the filter gets no player
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<ErrorCode>(), ErrorCode(code));
        QCOMPARE(errors.at(0).at(1).value<Phase>(), phase);
        const QString failedAd = u"error %1 %2"_s.arg(code).arg(phaseName(phase));
        QCOMPARE(r.log.mid(5),
            (QStringList { u"adStarted 1/1"_s, failedAd, u"adFinished 1/1"_s, u"beacon 1 error"_s, u"adStarted 1/2"_s,
                u"beacon 2 impression"_s, u"beacon 2 start"_s, u"adFinished 1/2"_s, u"beacon 2 complete"_s,
                u"finished"_s }));

        const QList<PodAdPlay> plays = r.pod.plays();
        QCOMPARE(plays.size(), 3);
        QCOMPARE(plays.at(1).ad.id, u"pod-b"_s);
        QVERIFY(!plays.at(1).played());
        QCOMPARE(int(plays.at(1).error), code);
        QCOMPARE(plays.at(1).phase, phase);
        QVERIFY(!plays.at(1).errorString.isEmpty());
        QCOMPARE(
            plays.at(1).session.status, byFilter ? PlaybackSession::Status::Pending : PlaybackSession::Status::Error);
        const PodAdPlay &x = plays.at(2);
        QCOMPARE(x.ad.id, u"buffet-x"_s);
        QVERIFY(x.replacement);
        QCOMPARE(x.replacedAdId, u"pod-b"_s);
        QCOMPARE(x.podIndex, 1);
        QCOMPARE(x.podSequence, 2);
        QCOMPARE(x.ad.sequence, 2);
        QCOMPARE(x.adCount, 2);
        QCOMPARE(x.session.status, PlaybackSession::Status::Completed);
        // Every slot's last ad completed; buffet-y was not needed.
        QCOMPARE(r.pod.status(), PlaybackSession::Status::Completed);
        QVERIFY(server.requestsFor(u"/track/impression"_s).size() == 2);
    }

    // A replacement that fails is replaced in turn by the next unused buffet ad, in the
    // same slot; replacedAdId stays the pod ad whose slot it fills.
    void failedReplacementTakesNextBuffetAd()
    {
        const QString flash = u"application/x-shockwave-flash"_s;
        PodRun r;
        r.pod.setAds({ select(ad(u"pod-a"_s, 1, 10000, flash)), select(ad(u"pod-b"_s, 2)) });
        r.pod.setBuffet({ select(ad(u"buffet-x"_s, 0, 10000, flash)), select(ad(u"buffet-y"_s)) });
        QVERIFY(r.run());
        r.compareFired(QStringList { errorBeacon(u"pod-a"_s, 1, 1, 403) }
                + QStringList { errorBeacon(u"buffet-x"_s, 1, 1, 403) } + TestAds::playedBeacons(u"buffet-y"_s, 1, 1)
                + TestAds::playedBeacons(u"pod-b"_s, 2, 2),
            server);
        const QList<PodAdPlay> plays = r.pod.plays();
        QCOMPARE(plays.size(), 4);
        QCOMPARE(plays.at(1).podIndex, 0);
        QCOMPARE(plays.at(2).podIndex, 0);
        QCOMPARE(plays.at(2).ad.id, u"buffet-y"_s);
        QCOMPARE(plays.at(1).replacedAdId, u"pod-a"_s);
        QCOMPARE(plays.at(2).replacedAdId, u"pod-a"_s);
        QCOMPARE(plays.at(3).podIndex, 1);
        QCOMPARE(r.pod.status(), PlaybackSession::Status::Completed);
    }

    // The first ad was refused by the Orchestrator's SELECT, which fired its Error URIs: the
    // pod player records it and replaces it, and fires nothing for it.
    void preRejectedReplacedWithoutFiring()
    {
        ParseFilter filter;
        filter.maxDurationMs = 15000;
        const AdSelector selector(MediaFileSelector::Config(), filter);
        const SelectedAd refused = select(ad(u"pod-a"_s, 1, 30000), selector);
        QCOMPARE(refused.error, ErrorCode::DurationMismatch);

        PodRun r;
        r.pod.setAds({ refused, select(ad(u"pod-b"_s, 2), selector) }, 1);
        r.pod.setBuffet({ select(ad(u"buffet-x"_s), selector) });
        QSignalSpy errors(&r.pod, &PodPlayer::errorOccurred);
        QVERIFY(r.run());

        r.compareFired(TestAds::playedBeacons(u"buffet-x"_s, 1, 1) + TestAds::playedBeacons(u"pod-b"_s, 2, 2), server);
        QVERIFY(server.requestsFor(u"/track/error"_s).isEmpty());
        QCOMPARE(errors.size(), 0);
        QCOMPARE(r.players, 2);
        QCOMPARE(r.log.mid(0, 3), (QStringList { u"adStarted 0/0"_s, u"adFinished 0/0"_s, u"adStarted 0/1"_s }));
        const QList<PodAdPlay> plays = r.pod.plays();
        QCOMPARE(plays.size(), 3);
        QCOMPARE(plays.at(0).phase, Phase::Select);
        QCOMPARE(plays.at(0).error, ErrorCode::DurationMismatch);
        QCOMPARE(plays.at(0).errorString, refused.errorString);
        QCOMPARE(plays.at(0).session.status, PlaybackSession::Status::Pending);
        QCOMPARE(plays.at(1).replacedAdId, u"pod-a"_s);
        QCOMPARE(plays.at(1).podSequence, 1);
        QCOMPARE(r.pod.status(), PlaybackSession::Status::Completed);
    }

    // VAST 4.3 §3.3.1: "If stand-alone ads are unavailable, the player should move on to
    // the next ad in the Ad Pod." The slot ended without an ad: the pod did not complete.
    void noBuffetMovesOn()
    {
        PodRun r;
        r.pod.setAds({ select(ad(u"pod-a"_s, 1)), select(ad(u"pod-b"_s, 2, 10000, u"application/x-shockwave-flash"_s)),
            select(ad(u"pod-c"_s, 3)) });
        QVERIFY(r.run());
        r.compareFired(TestAds::playedBeacons(u"pod-a"_s, 1, 1) + QStringList { errorBeacon(u"pod-b"_s, 2, 2, 403) }
                + TestAds::playedBeacons(u"pod-c"_s, 3, 2),
            server);
        QCOMPARE(r.pod.plays().size(), 3);
        QCOMPARE(r.pod.plays().at(2).podIndex, 2);
        QCOMPARE(r.pod.status(), PlaybackSession::Status::Error);
        QCOMPARE(r.log.count(u"finished"_s), 1);
    }

    // stop() while an ad plays: the ad ends Stopped and no further slot is played.
    void stopDuringAd_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addRow("at-start-beacon") << u"start"_s;
        QTest::addRow("at-adStarted") << u"adStarted"_s;
    }

    void stopDuringAd()
    {
        QFETCH(QString, when);
        PodRun r;
        r.pod.setAds({ select(ad(u"pod-a"_s, 1)), select(ad(u"pod-b"_s, 2)), select(ad(u"pod-c"_s, 3)) });
        r.pod.setBuffet({ select(ad(u"buffet-x"_s)) });
        if (when == "start"_L1) {
            QObject::connect(&r.pod, &PodPlayer::beaconCreated, &r.pod, [&r](Beacon *b, int) {
                if (b->event() == "start"_L1)
                    r.pod.stop();
            });
        } else {
            // The player exists but has not begun: it must not play the ad.
            QObject::connect(&r.pod, &PodPlayer::adStarted, &r.pod, [&r] { r.pod.stop(); });
        }
        QVERIFY(r.run());

        const QStringList fired = when == "start"_L1
            ? QStringList { u"impression ad=pod-a seq=1 n=1 bp=-1"_s, u"start ad=pod-a seq=1 n=1 bp=-1"_s }
            : QStringList();
        r.compareFired(fired, server);
        QCOMPARE(r.players, 1);
        const QList<PodAdPlay> plays = r.pod.plays();
        QCOMPARE(plays.size(), 1);
        QCOMPARE(plays.at(0).session.status, PlaybackSession::Status::Stopped);
        QCOMPARE(r.pod.currentPlayer()->state(), Player::State::Stopped);
        QCOMPARE(r.pod.status(), PlaybackSession::Status::Stopped);
        QCOMPARE(r.log.count(u"adFinished 0/0"_s), 1);
        QCOMPARE(r.log.last(), u"finished"_s);
        r.pod.stop(); // after the end: nothing happens
        QTest::qWait(0);
        QCOMPARE(r.log.count(u"finished"_s), 1);
    }

    // stop() between two ads: the slots not played count as stopped, not as failed.
    void stopBetweenAds()
    {
        PodRun r;
        r.pod.setAds({ select(ad(u"pod-a"_s, 1)), select(ad(u"pod-b"_s, 2)) });
        QObject::connect(&r.pod, &PodPlayer::adFinished, &r.pod, [&r] { r.pod.stop(); });
        QVERIFY(r.run());
        r.compareFired(TestAds::playedBeacons(u"pod-a"_s, 1, 1), server);
        QCOMPARE(r.pod.plays().size(), 1);
        QCOMPARE(r.pod.status(), PlaybackSession::Status::Stopped);
    }

    void stopBeforePlayDoesNothing()
    {
        PodRun r;
        r.pod.setAds({ select(ad(u"pod-a"_s, 1)) });
        r.pod.stop();
        QVERIFY(r.run());
        r.compareFired(TestAds::playedBeacons(u"pod-a"_s, 1, 1), server);
        QCOMPARE(r.pod.status(), PlaybackSession::Status::Completed);
    }

    // isIdle() waits for the beacons: false while one is still unanswered.
    void idleAfterBeaconsSettle()
    {
        TestServer::Response slow;
        slow.delayMs = 1000;
        server.setResponse(u"/track/complete"_s, slow);
        const auto restore = qScopeGuard([this] { server.setResponse(u"/track/complete"_s, TestServer::Response()); });
        PodRun r;
        r.pod.setAds({ select(ad(u"pod-a"_s)) });
        QSignalSpy finished(&r.pod, &PodPlayer::finished);
        QVERIFY(r.pod.play());
        QVERIFY(finished.wait(10000));
        QVERIFY(!r.pod.isIdle());
        QTRY_VERIFY(r.pod.isIdle());
        for (const Beacon *b : r.pod.beacons())
            QCOMPARE(b->state(), Beacon::State::Tracked);
    }
};

QTEST_GUILESS_MAIN(tst_PodPlayer)
#include "tst_podplayer.moc"
