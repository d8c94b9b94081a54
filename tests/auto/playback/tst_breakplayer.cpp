// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/adselector.h>
#include <VastQt/breakplayer.h>
#include <VastQt/podplayer.h>
#include <VastQt/vmapparser.h>
#include "testads.h"
#include "testserver.h"
#include <VastQt/beacon.h>
#include <VastQt/httptransport.h>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

namespace
{

const QStringList keys { u"b"_s, u"ad"_s, u"seq"_s, u"n"_s, u"bp"_s, u"cp"_s, u"code"_s };

// One <vmap:AdBreak> of vmap(): its timeOffset, breakType and breakId.
struct BreakSpec
{
    QString timeOffset;
    QString breakType;
    QString id;
};

QString breakStart(const QString &id, int bp, const QString &cp)
{
    return u"breakStart b=%1 bp=%2 cp=%3"_s.arg(id).arg(bp).arg(cp);
}

QString breakEnd(const QString &id, int bp)
{
    return u"breakEnd b=%1 bp=%2"_s.arg(id).arg(bp);
}

// A break of vmap() that played \a ads (their beacon lines): breakStart, the ads, breakEnd.
QStringList playedBreak(const QString &id, int bp, const QString &cp, const QStringList &ads)
{
    return QStringList { breakStart(id, bp, cp) } + ads + QStringList { breakEnd(id, bp) };
}

// The breaks "pre", "mid" and "post" of 10 min of content, played.
QStringList preRoll(const QStringList &ads)
{
    return playedBreak(u"pre"_s, 1, u"00:00:00.000"_s, ads);
}

QStringList midRoll(const QStringList &ads)
{
    return playedBreak(u"mid"_s, 2, u"00:05:00.000"_s, ads);
}

QStringList postRoll(const QStringList &ads, const QString &cp = u"00:10:00.000"_s)
{
    return playedBreak(u"post"_s, 3, cp, ads);
}

// A BreakPlayer over an HttpTransport that keeps every beacon, and in log the order of
// its signals: "breakStarted <i>", "adStarted <i>/<slot>", "error <code> <phase> <fragment>",
// "breakEnded <i>", "finished".
struct BreakRun
{
    HttpTransport transport;
    BreakPlayer player { &transport };
    QStringList log;
    QList<Beacon *> beacons;
    QList<QPair<int, int>> beaconPlaces; // (break, play index) of each beacon

    BreakRun()
    {
        player.setRetryPolicy(TestAds::noRetries());
        QObject::connect(
            &player, &BreakPlayer::breakStarted, &player, [this](int i) { log.append(u"breakStarted %1"_s.arg(i)); });
        QObject::connect(
            &player, &BreakPlayer::breakEnded, &player, [this](int i) { log.append(u"breakEnded %1"_s.arg(i)); });
        QObject::connect(&player, &BreakPlayer::adStarted, &player,
            [this](int i, int slot) { log.append(u"adStarted %1/%2"_s.arg(i).arg(slot)); });
        QObject::connect(&player, &BreakPlayer::errorOccurred, &player,
            [this](ErrorCode code, Phase phase, const QUrl &source, const QString &) {
                log.append(u"error %1 %2 %3"_s.arg(int(code)).arg(phaseName(phase), source.fragment()));
            });
        QObject::connect(&player, &BreakPlayer::beaconCreated, &player, [this](Beacon *b, int i, int play) {
            beacons.append(b);
            beaconPlaces.append({ i, play });
        });
        QObject::connect(&player, &BreakPlayer::finished, &player, [this] { log.append(u"finished"_s); });
    }

    bool run() { return TestAds::playToEnd(player); }
    QStringList lines() const { return TestAds::beaconLines(beacons, keys); }
    // The beacons fired, in order, and received by \a server are \a expected.
    void compareFired(const QStringList &expected, const TestServer &server) const
    {
        TestAds::compareFired(lines(), expected, server, keys);
    }
    // The break signals of log only.
    QStringList breakSignals() const
    {
        QStringList out;
        for (const QString &line : log) {
            if (line.startsWith(u"break"_s))
                out.append(line);
        }
        return out;
    }
};

} // namespace

// BreakPlayer on its own (IAB VMAP 1.0.1): the schedule from VmapParser and
// VmapDocument::schedule(), the break results made by hand with AdSelector, beacons fired
// at the local TestServer; no VastClient, no Orchestrator.
class tst_BreakPlayer : public QObject
{
    Q_OBJECT

private:
    TestServer server;
    const QUrl vmapUrl = QUrl(u"http://127.0.0.1:1/vmap.xml"_s); // never fetched: names the sources

    Ad ad(const QString &id, int sequence = 0) const { return TestAds::linearAd(server, id, sequence); }

    // A VMAP document whose breaks track breakStart, breakEnd and error on the test server.
    VmapDocument vmap(const QList<BreakSpec> &breaks) const
    {
        // %1 timeOffset, %2 breakType, %3 breakId, %4 the server's /track/ URL.
        static const char adBreak[] = R"(<vmap:AdBreak timeOffset="%1" breakType="%2" breakId="%3">
  <vmap:AdSource id="%3">
    <vmap:AdTagURI templateType="vast3"><![CDATA[http://127.0.0.1:1/%3.xml]]></vmap:AdTagURI>
  </vmap:AdSource>
  <vmap:TrackingEvents>
    <vmap:Tracking event="breakStart"><![CDATA[%4breakStart?b=%3&bp=[BREAKPOSITION]&cp=[CONTENTPLAYHEAD]]]></vmap:Tracking>
    <vmap:Tracking event="breakEnd"><![CDATA[%4breakEnd?b=%3&bp=[BREAKPOSITION]]]></vmap:Tracking>
    <vmap:Tracking event="error"><![CDATA[%4breakError?b=%3&code=[ERRORCODE]]]></vmap:Tracking>
  </vmap:TrackingEvents>
</vmap:AdBreak>)";
        const QString track = server.url(u"/track/"_s).toString();
        QString xml = u"<vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\" version=\"1.0\">"_s;
        for (const BreakSpec &b : breaks)
            xml += QString::fromUtf8(adBreak).arg(b.timeOffset, b.breakType, b.id, track);
        xml += u"</vmap:VMAP>"_s;
        const VmapParseResult parsed = VmapParser::parse(xml.toUtf8());
        if (!parsed.ok())
            qWarning() << parsed.errorString;
        return parsed.document;
    }

    // The served result of AdBreak \a index: \a ads resolved and selected, \a buffet selected.
    static VmapBreakResult served(int index, const QList<Ad> &ads, const QList<Ad> &buffet = {})
    {
        const AdSelector selector;
        VmapBreakResult r;
        r.breakIndex = index;
        for (const Ad &a : ads) {
            ResolvedAd resolved;
            resolved.ad = a;
            r.results.append(resolved);
            r.selected.append(selector.select(resolved));
        }
        for (const Ad &a : buffet)
            r.buffet.append(selector.select(a));
        return r;
    }

    static VmapBreakResult failed(int index, ErrorCode error, VmapErrorCode vmapError, const QString &message)
    {
        VmapBreakResult r;
        r.breakIndex = index;
        r.error = error;
        r.vmapError = vmapError;
        r.errorString = message;
        return r;
    }

    // The usual three breaks: pre-roll, mid-roll at 50 %, post-roll.
    VmapDocument preMidPost() const
    {
        return vmap({ { u"start"_s, u"linear"_s, u"pre"_s }, { u"50%"_s, u"linear"_s, u"mid"_s },
            { u"end"_s, u"linear"_s, u"post"_s } });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.start()); }
    void init() { server.clearRequests(); }

    // The breaks come in document order post, mid, pre: they play in schedule order, each
    // with the result of its own AdBreak (ScheduledBreak::breakIndex).
    void breaksPlayInScheduleOrder()
    {
        const VmapDocument doc = vmap({ { u"end"_s, u"linear"_s, u"post"_s }, { u"50%"_s, u"linear"_s, u"mid"_s },
            { u"start"_s, u"linear"_s, u"pre"_s } });
        QCOMPARE(doc.adBreaks.size(), 3);
        const QList<ScheduledBreak> schedule = doc.schedule(600000);
        BreakRun r;
        r.player.setBreaks(schedule,
            { served(0, { ad(u"post-1"_s) }), served(1, { ad(u"mid-1"_s) }),
                served(2, { ad(u"pod-a"_s, 1), ad(u"pod-b"_s, 2) }, { ad(u"buffet-x"_s) }) },
            vmapUrl);
        QCOMPARE(r.player.schedule(), schedule);
        QVERIFY(r.run());

        r.compareFired(
            preRoll(TestAds::playedBeacons(u"pod-a"_s, 1, 1, 1) + TestAds::playedBeacons(u"pod-b"_s, 2, 2, 1))
                + midRoll(TestAds::playedBeacons(u"mid-1"_s, -1, 1, 2))
                + postRoll(TestAds::playedBeacons(u"post-1"_s, -1, 1, 3)),
            server);

        QCOMPARE(r.breakSignals(),
            (QStringList { u"breakStarted 0"_s, u"breakEnded 0"_s, u"breakStarted 1"_s, u"breakEnded 1"_s,
                u"breakStarted 2"_s, u"breakEnded 2"_s }));
        QCOMPARE(r.log.mid(0, 4),
            (QStringList { u"breakStarted 0"_s, u"adStarted 0/0"_s, u"adStarted 0/1"_s, u"breakEnded 0"_s }));
        QCOMPARE(r.log.last(), u"finished"_s);
        // The break's own tracking has play index -1; its ads their index in the pod.
        QCOMPARE(r.beaconPlaces.mid(0, 8),
            (QList<QPair<int, int>> {
                { 0, -1 }, { 0, 0 }, { 0, 0 }, { 0, 0 }, { 0, 1 }, { 0, 1 }, { 0, 1 }, { 0, -1 } }));
        QCOMPARE(r.beaconPlaces.last(), (QPair<int, int> { 2, -1 }));

        const QList<BreakOutcome> outcomes = r.player.outcomes();
        QCOMPARE(outcomes.size(), 3);
        for (const BreakOutcome &o : outcomes) {
            QCOMPARE(o.state, BreakOutcome::State::Completed);
            QCOMPARE(o.error, ErrorCode::NoError);
            QCOMPARE(o.vmapError, VmapErrorCode::None);
        }
        QVERIFY(r.player.isCompleted());
        QVERIFY(r.player.isFinished());
        QVERIFY(r.player.podPlayer(0));
        QCOMPARE(r.player.podPlayer(0)->slotCount(), 2);
        QCOMPARE(r.player.podPlayer(0)->buffet().size(), 1);
        QCOMPARE(r.player.podPlayer(1)->plays().at(0).ad.id, u"mid-1"_s);
        QCOMPARE(r.player.podPlayer(2)->plays().at(0).ad.id, u"post-1"_s);
        QCOMPARE(r.player.currentPodPlayer(), r.player.podPlayer(2));
        QVERIFY(!r.player.podPlayer(3));
        QVERIFY(!r.player.podPlayer(-1));
        QVERIFY(!r.player.play());
    }

    // A break without an ad fires its VMAP error tracking with the VMAP code, no
    // breakStart / breakEnd, and is Error; the next break still plays.
    void breakWithoutAdFiresVmapError_data()
    {
        QTest::addColumn<ErrorCode>("error");
        QTest::addColumn<VmapErrorCode>("vmapError");
        QTest::addColumn<int>("expectedError");
        QTest::addColumn<int>("expectedVmapError");
        QTest::addRow("retrieval-1008") << ErrorCode::WrapperTimeout << VmapErrorCode::RetrievalError << 301 << 1008;
        QTest::addRow("timeout-1007") << ErrorCode::WrapperTimeout << VmapErrorCode::RetrievalTimeout << 301 << 1007;
        // A failure without codes: no ad (303), an ad response error (1004).
        QTest::addRow("no-code-1004") << ErrorCode::NoError << VmapErrorCode::None << 303 << 1004;
    }

    void breakWithoutAdFiresVmapError()
    {
        QFETCH(ErrorCode, error);
        QFETCH(VmapErrorCode, vmapError);
        QFETCH(int, expectedError);
        QFETCH(int, expectedVmapError);

        const VmapDocument doc = preMidPost();
        BreakRun r;
        r.player.setBreaks(doc.schedule(600000),
            { failed(0, error, vmapError, u"the ad tag did not answer"_s), served(1, { ad(u"mid-1"_s) }),
                served(2, { ad(u"post-1"_s) }) },
            vmapUrl);
        QVERIFY(r.run());

        // No breakStart or breakEnd for the break without an ad.
        r.compareFired(QStringList { u"breakError b=pre code=%1"_s.arg(expectedVmapError) }
                + midRoll(TestAds::playedBeacons(u"mid-1"_s, -1, 1, 2))
                + postRoll(TestAds::playedBeacons(u"post-1"_s, -1, 1, 3)),
            server);
        QVERIFY(r.player.podPlayer(1));
        QCOMPARE(r.log.mid(0, 3),
            (QStringList { u"breakStarted 0"_s,
                u"error %1 %2 adbreak-0"_s.arg(expectedError)
                    .arg(phaseName(WrapperResolver::errorPhase(ErrorCode(expectedError)))),
                u"breakEnded 0"_s }));

        const BreakOutcome o = r.player.outcomes().at(0);
        QCOMPARE(o.state, BreakOutcome::State::Error);
        QCOMPARE(int(o.error), expectedError);
        QCOMPARE(int(o.vmapError), expectedVmapError);
        QCOMPARE(o.message, u"the ad tag did not answer"_s);
        QVERIFY(!o.isFine());
        QVERIFY(!r.player.podPlayer(0));
        QCOMPARE(r.player.outcomes().at(1).state, BreakOutcome::State::Completed);
        QCOMPARE(r.player.outcomes().at(2).state, BreakOutcome::State::Completed);
        QVERIFY(!r.player.isCompleted());
    }

    // A breakType without "linear" (matched case-insensitively): error tracking with 1003,
    // Unsupported, its ads never played. It does not fail the run.
    void breakTypeWithoutLinearUnsupported()
    {
        const VmapDocument doc
            = vmap({ { u"start"_s, u"nonlinear"_s, u"pre"_s }, { u"50%"_s, u"display,Linear"_s, u"mid"_s } });
        BreakRun r;
        r.player.setBreaks(
            doc.schedule(600000), { served(0, { ad(u"pre-1"_s) }), served(1, { ad(u"mid-1"_s) }) }, vmapUrl);
        QVERIFY(r.run());

        r.compareFired(
            QStringList { u"breakError b=pre code=1003"_s } + midRoll(TestAds::playedBeacons(u"mid-1"_s, -1, 1, 2)),
            server);
        QCOMPARE(r.breakSignals(),
            (QStringList { u"breakStarted 0"_s, u"breakEnded 0"_s, u"breakStarted 1"_s, u"breakEnded 1"_s }));
        const BreakOutcome o = r.player.outcomes().at(0);
        QCOMPARE(o.state, BreakOutcome::State::Unsupported);
        QCOMPARE(o.vmapError, VmapErrorCode::BreakTypeNotSupported);
        QCOMPARE(o.error, ErrorCode::LinearityMismatch);
        QVERIFY(o.message.contains(u"nonlinear"_s));
        QVERIFY(!r.player.podPlayer(0));
        QCOMPARE(r.player.outcomes().at(1).state, BreakOutcome::State::Completed);
        QVERIFY(r.player.isCompleted());
    }

    // Without the content duration a "50%" break cannot be placed: Unplaced, skipped
    // without a signal or a beacon. The post-roll plays with an unknown [CONTENTPLAYHEAD].
    void percentBreakWithoutDurationUnplaced()
    {
        const VmapDocument doc = preMidPost();
        const QList<ScheduledBreak> schedule = doc.schedule(-1);
        QCOMPARE(schedule.size(), 3);
        QCOMPARE(schedule.at(1).timeMs, -1);
        BreakRun r;
        r.player.setBreaks(schedule,
            { served(0, { ad(u"pre-1"_s) }), served(1, { ad(u"mid-1"_s) }), served(2, { ad(u"post-1"_s) }) }, vmapUrl);
        QVERIFY(r.run());

        r.compareFired(preRoll(TestAds::playedBeacons(u"pre-1"_s, -1, 1, 1))
                + postRoll(TestAds::playedBeacons(u"post-1"_s, -1, 1, 3), u"-1"_s),
            server);
        QCOMPARE(r.breakSignals(),
            (QStringList { u"breakStarted 0"_s, u"breakEnded 0"_s, u"breakStarted 2"_s, u"breakEnded 2"_s }));
        const QList<BreakOutcome> outcomes = r.player.outcomes();
        QCOMPARE(outcomes.at(1).state, BreakOutcome::State::Unplaced);
        QCOMPARE(outcomes.at(1).vmapError, VmapErrorCode::None);
        QVERIFY(!r.player.podPlayer(1));
        QCOMPARE(outcomes.at(2).state, BreakOutcome::State::Completed);
        QVERIFY(r.player.isCompleted()); // an unplaced break does not fail the run
    }

    // The Error URIs of a break's failed chains fire when that break plays (not before),
    // with their VAST code, and only with autoTrackErrors; errorOccurred() comes either way.
    void failedChainErrorsFireAtBreakTime_data()
    {
        QTest::addColumn<bool>("autoTrack");
        QTest::addRow("auto-track") << true;
        QTest::addRow("no-auto-track") << false;
    }

    void failedChainErrorsFireAtBreakTime()
    {
        QFETCH(bool, autoTrack);
        VmapBreakResult mid = served(1, { ad(u"mid-1"_s) });
        ResolvedAd chain;
        chain.error = ErrorCode::WrapperTimeout;
        chain.errorString = u"the wrapper timed out"_s;
        chain.errorUrls = { server.url(u"/track/chainError"_s).toString() + u"?b=mid&code=[ERRORCODE]"_s };
        mid.results.prepend(chain);

        const VmapDocument doc = vmap({ { u"start"_s, u"linear"_s, u"pre"_s }, { u"50%"_s, u"linear"_s, u"mid"_s } });
        BreakRun r;
        if (!autoTrack)
            r.player.setAutoTrackErrors(false);
        r.player.setBreaks(doc.schedule(600000), { served(0, { ad(u"pre-1"_s) }), mid }, vmapUrl);
        QVERIFY(r.run());

        QStringList expected = preRoll(TestAds::playedBeacons(u"pre-1"_s, -1, 1, 1));
        if (autoTrack)
            expected += u"chainError b=mid code=301"_s;
        r.compareFired(expected + midRoll(TestAds::playedBeacons(u"mid-1"_s, -1, 1, 2)), server);
        QCOMPARE(server.requestsFor(u"/track/chainError"_s).size(), autoTrack ? 1 : 0);
        const QString error
            = u"error 301 %1 adbreak-1"_s.arg(phaseName(WrapperResolver::errorPhase(ErrorCode::WrapperTimeout)));
        QCOMPARE(r.log.count(error), 1);
        QVERIFY(r.log.indexOf(error) > r.log.indexOf(u"breakStarted 1"_s));
        // A failed chain beside a served ad does not fail the break.
        QCOMPARE(r.player.outcomes().at(1).state, BreakOutcome::State::Completed);
    }

    // setPodFactory(): the BreakPlayer plays each break's ads with the pod player it makes.
    void customPodFactory()
    {
        struct Call
        {
            int breakIndex;
            QStringList ads;
            QStringList buffet;
            TrackingContext context;
            PodPlayer *pod;
        };
        QList<Call> calls;
        int players = 0;
        const auto ids = [](const QList<SelectedAd> &list) {
            QStringList out;
            for (const SelectedAd &s : list)
                out.append(s.ad.id);
            return out;
        };

        BreakRun r;
        r.player.setPodFactory([&](int index, const QList<SelectedAd> &ads, const QList<SelectedAd> &buffet,
                                   const TrackingContext &context) {
            auto *pod = new PodPlayer(&r.transport);
            // The first ad of the pre-roll counts as refused by SELECT: not played.
            pod->setAds(ads, index == 0 ? 1 : 0);
            pod->setBuffet(buffet);
            pod->setTrackingContext(context);
            pod->setRetryPolicy(TestAds::noRetries());
            pod->setPlayerFactory(TestAds::headlessFactory(&players));
            calls.append({ index, ids(ads), ids(buffet), context, pod });
            return pod;
        });
        r.player.setBreaks(preMidPost().schedule(600000),
            { served(0, { ad(u"pod-a"_s, 1), ad(u"pod-b"_s, 2) }, { ad(u"buffet-x"_s) }),
                failed(1, ErrorCode::NoAdAfterWrapper, VmapErrorCode::AdResponseError, u"no ad"_s),
                served(2, { ad(u"post-1"_s) }) },
            vmapUrl);
        QVERIFY(r.run());

        QCOMPARE(calls.size(), 2); // the break without an ad needs no pod
        QCOMPARE(calls.at(0).breakIndex, 0);
        QCOMPARE(calls.at(0).ads, (QStringList { u"pod-a"_s, u"pod-b"_s }));
        QCOMPARE(calls.at(0).buffet, QStringList { u"buffet-x"_s });
        QCOMPARE(calls.at(0).context.breakPosition, 1);
        QCOMPARE(calls.at(0).context.contentPlayheadMs, 0);
        QCOMPARE(calls.at(1).breakIndex, 2);
        QCOMPARE(calls.at(1).context.breakPosition, 3);
        QCOMPARE(calls.at(1).context.contentPlayheadMs, 600000);
        QCOMPARE(r.player.podPlayer(0), calls.at(0).pod);
        QCOMPARE(r.player.podPlayer(2), calls.at(1).pod);
        QCOMPARE(players, 3); // buffet-x, pod-b, post-1

        r.compareFired(
            preRoll(TestAds::playedBeacons(u"buffet-x"_s, 1, 1, 1) + TestAds::playedBeacons(u"pod-b"_s, 2, 2, 1))
                + QStringList { u"breakError b=mid code=1004"_s }
                + postRoll(TestAds::playedBeacons(u"post-1"_s, -1, 1, 3)),
            server);
    }

    // stop(): the playing break ends Stopped and the breaks after it are Stopped unplayed.
    void stopLeavesRemainingBreaksStopped_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addColumn<QStringList>("fired");
        QTest::addColumn<BreakOutcome::State>("first");

        const QStringList podA = TestAds::playedBeacons(u"pod-a"_s, 1, 1, 1);
        QTest::addRow("during-ad") << u"start"_s << preRoll(podA.mid(0, 2)) << BreakOutcome::State::Stopped;
        QTest::addRow("at-adStarted") << u"adStarted"_s << preRoll({}) << BreakOutcome::State::Stopped;
        QTest::addRow("between-pod-ads") << u"adFinished"_s << preRoll(podA) << BreakOutcome::State::Stopped;
        QTest::addRow("at-breakStarted") << u"breakStarted"_s << QStringList() << BreakOutcome::State::Stopped;
        QTest::addRow("at-breakEnded") << u"breakEnded"_s << preRoll(podA + TestAds::playedBeacons(u"pod-b"_s, 2, 2, 1))
                                       << BreakOutcome::State::Completed;
    }

    void stopLeavesRemainingBreaksStopped()
    {
        QFETCH(QString, when);
        QFETCH(QStringList, fired);
        QFETCH(BreakOutcome::State, first);

        BreakRun r;
        r.player.setBreaks(preMidPost().schedule(600000),
            { served(0, { ad(u"pod-a"_s, 1), ad(u"pod-b"_s, 2) }), served(1, { ad(u"mid-1"_s) }),
                served(2, { ad(u"post-1"_s) }) },
            vmapUrl);
        BreakPlayer *player = &r.player;
        const auto stop = [player] { player->stop(); };
        if (when == "start"_L1) {
            QObject::connect(player, &BreakPlayer::beaconCreated, player, [player](Beacon *b, int, int) {
                if (b->event() == "start"_L1)
                    player->stop();
            });
        } else if (when == "adStarted"_L1) {
            QObject::connect(player, &BreakPlayer::adStarted, player, stop);
        } else if (when == "adFinished"_L1) {
            // The pre-roll's first ad ended: stop before the second one.
            QObject::connect(
                player, &BreakPlayer::adStarted, player,
                [player](int, int) {
                    QObject::connect(
                        player->currentPodPlayer(), &PodPlayer::adFinished, player, [player] { player->stop(); },
                        Qt::SingleShotConnection);
                },
                Qt::SingleShotConnection);
        } else if (when == "breakStarted"_L1) {
            QObject::connect(player, &BreakPlayer::breakStarted, player, stop);
        } else {
            QObject::connect(player, &BreakPlayer::breakEnded, player, stop);
        }
        QVERIFY(r.run());

        r.compareFired(fired, server);
        QCOMPARE(r.breakSignals(), (QStringList { u"breakStarted 0"_s, u"breakEnded 0"_s }));
        const QList<BreakOutcome> outcomes = r.player.outcomes();
        QCOMPARE(outcomes.at(0).state, first);
        QCOMPARE(outcomes.at(1).state, BreakOutcome::State::Stopped);
        QCOMPARE(outcomes.at(2).state, BreakOutcome::State::Stopped);
        QVERIFY(!r.player.podPlayer(1));
        QVERIFY(!r.player.isCompleted());
        QCOMPARE(r.log.count(u"finished"_s), 1);
        r.player.stop(); // after the end: nothing happens
        QTest::qWait(0);
        QCOMPARE(r.log.count(u"finished"_s), 1);
    }

    void stateNames_data()
    {
        QTest::addColumn<BreakOutcome::State>("state");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("fine");
        QTest::addRow("pending") << BreakOutcome::State::Pending << u"pending"_s << false;
        QTest::addRow("playing") << BreakOutcome::State::Playing << u"playing"_s << false;
        QTest::addRow("completed") << BreakOutcome::State::Completed << u"completed"_s << true;
        QTest::addRow("skipped") << BreakOutcome::State::Skipped << u"skipped"_s << false;
        QTest::addRow("stopped") << BreakOutcome::State::Stopped << u"stopped"_s << false;
        QTest::addRow("error") << BreakOutcome::State::Error << u"error"_s << false;
        QTest::addRow("unplaced") << BreakOutcome::State::Unplaced << u"unplaced"_s << true;
        QTest::addRow("unsupported") << BreakOutcome::State::Unsupported << u"unsupported"_s << true;
    }

    void stateNames()
    {
        QFETCH(BreakOutcome::State, state);
        QFETCH(QString, name);
        QFETCH(bool, fine);
        QCOMPARE(BreakOutcome::stateName(state), name);
        BreakOutcome o;
        o.state = state;
        QCOMPARE(o.isFine(), fine);
    }
};

QTEST_GUILESS_MAIN(tst_BreakPlayer)
#include "tst_breakplayer.moc"
