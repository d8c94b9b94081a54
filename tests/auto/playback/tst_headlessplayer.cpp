// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/headlessplayer.h>
#include <VastQt/adselector.h>
#include <VastQt/simulatedtimesource.h>
#include <VastQt/vastparser.h>
#include <VastQt/adtimeline.h>
#include <VastQt/tracker.h>
#include <VastQt/memorytransport.h>
#include "corpus.h"

#include <QtCore/QFile>
#include <QtCore/QJsonObject>
#include <QtCore/QUrlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace VastQt;
using namespace Qt::StringLiterals;

namespace
{

TrackingEvent tracking(const QString &event, const QString &url, const QString &offset = QString())
{
    TrackingEvent t;
    t.event = event;
    t.url = url;
    t.offset = offset;
    return t;
}

MediaFile mediaFile(const QString &id, const QString &type, int width, int height, const QString &api = QString())
{
    MediaFile f;
    f.id = id;
    f.url = u"https://cdn.test/%1"_s.arg(id);
    f.type = type;
    f.delivery = u"progressive"_s;
    f.width = width;
    f.height = height;
    f.apiFramework = api;
    return f;
}

// A 10 s InLine ad with one Linear creative, trackers for every event the player fires
// and progress offsets at 3.1 s (between ticks), 5 s (twice, on the midpoint) and 80 %.
Ad makeAd(const QString &skipoffset = QString(), bool withProgress = true)
{
    Ad ad;
    ad.id = u"ad-1"_s;
    ad.impressions = { VastUri { u"imp-1"_s, u"https://t.test/impression"_s },
        VastUri { u"imp-2"_s, u"https://t2.test/impression"_s } };
    ad.errors = { u"https://t.test/error?code=[ERRORCODE]"_s };
    Creative creative;
    creative.kind = Creative::Kind::Linear;
    creative.id = u"cr-1"_s;
    Linear &linear = creative.linear;
    linear.durationMs = 10000;
    linear.skipoffset = skipoffset;
    for (const QString &event : { u"creativeView"_s, u"start"_s, u"firstQuartile"_s, u"midpoint"_s, u"thirdQuartile"_s,
             u"complete"_s, u"pause"_s, u"resume"_s, u"mute"_s, u"unmute"_s, u"skip"_s, u"closeLinear"_s,
             u"playerExpand"_s, u"fullscreen"_s, u"playerCollapse"_s, u"exitFullscreen"_s }) {
        linear.trackingEvents.append(tracking(event, u"https://t.test/"_s + event));
    }
    if (withProgress) {
        linear.trackingEvents.append(tracking(u"progress"_s, u"https://t.test/progress-3100"_s, u"00:00:03.100"_s));
        linear.trackingEvents.append(tracking(u"progress"_s, u"https://t.test/progress-5"_s, u"00:00:05"_s));
        linear.trackingEvents.append(tracking(u"progress"_s, u"https://t2.test/progress-5"_s, u"00:00:05"_s));
        linear.trackingEvents.append(tracking(u"progress"_s, u"https://t.test/progress-80pc"_s, u"80%"_s));
    }
    linear.videoClicks.clickThrough = VastUri { QString(), u"https://advertiser.test/"_s };
    linear.videoClicks.clickTracking = { VastUri { QString(), u"https://t.test/click"_s } };
    linear.mediaFiles = { mediaFile(u"vpaid.js"_s, u"application/javascript"_s, 1280, 720, u"VPAID"_s),
        mediaFile(u"hd.mp4"_s, u"video/mp4"_s, 1280, 720), mediaFile(u"sd.mp4"_s, u"video/mp4"_s, 640, 360) };
    ad.creatives = { creative };
    return ad;
}

// "event@offset" per session event.
QStringList timeline(const PlaybackSession &session)
{
    QStringList lines;
    for (const PlaybackEvent &e : session.events)
        lines.append(u"%1@%2"_s.arg(e.event).arg(e.offsetMs));
    return lines;
}

// "event@offset/elapsed" plus "(detail)" when there is one.
QStringList fullTimeline(const PlaybackSession &session)
{
    QStringList lines;
    for (const PlaybackEvent &e : session.events) {
        QString line = u"%1@%2/%3"_s.arg(e.event).arg(e.offsetMs).arg(e.elapsedMs);
        if (!e.detail.isEmpty())
            line += u"(%1)"_s.arg(e.detail);
        lines.append(line);
    }
    return lines;
}

const QStringList straightRun {
    u"loaded@0"_s, u"impression@0"_s,
    u"creativeView@0"_s,
    u"start@0"_s,
    u"firstQuartile@2500"_s,
    u"progress@3100"_s,
    u"midpoint@5000"_s,
    u"progress@5000"_s,
    u"thirdQuartile@7500"_s,
    u"progress@8000"_s,
    u"complete@10000"_s,
};

const QStringList baseRun {
    u"loaded@0/0"_s, u"impression@0/0"_s,
    u"creativeView@0/0"_s,
    u"start@0/0"_s,
    u"firstQuartile@2500/2500"_s,
    u"midpoint@5000/5000"_s,
    u"thirdQuartile@7500/7500"_s,
    u"complete@10000/10000"_s,
};

// The ad of makeAd() with [ADPLAYHEAD] in every tracking URL, so the requests show the
// positions the Tracker was given.
Ad withPlayheads(Ad ad)
{
    for (TrackingEvent &t : ad.creatives[0].linear.trackingEvents)
        t.url += u"?pos=[ADPLAYHEAD]"_s;
    return ad;
}

// One speed-0 session with a Tracker over a MemoryTransport. watchPositions connects
// positionChanged(), which makes the clock emit every tick. passes counts the passes of
// the event loop (a plain speed-0 clock ticks once per pass) from play() to finished().
struct Run
{
    PlaybackSession session;
    QList<qint64> positions;
    QList<qint64> clockAtPositions; // the clock's elapsedMs() at each of positions
    QStringList requests;
    QList<qint64> canSkipAt; // the position whenever canSkipChanged() came
    int passes = 0;
};

Run runAtSpeedZero(const Ad &ad, const QList<InterruptionRule> &rules, bool watchPositions)
{
    Run run;
    MemoryTransport transport;
    transport.setDefaultResponse(MemoryResponse(QByteArray(), 200));
    Tracker tracker(&transport);
    HeadlessPlayer player;
    player.setSpeedFactor(0);
    player.setSelectedAd(AdSelector().select(ad));
    player.setTracker(&tracker);
    player.setInterruptionRules(rules);
    if (watchPositions)
        QObject::connect(&player, &Player::positionChanged, &player, [&run, &player](qint64 ms) {
            run.positions.append(ms);
            run.clockAtPositions.append(player.timeSource()->elapsedMs());
        });
    QObject::connect(&player, &Player::canSkipChanged, &player,
        [&run, &player] { run.canSkipAt.append(player.position()); });
    SimulatedTimeSource passCounter;
    passCounter.setSpeedFactor(0);
    QObject::connect(&passCounter, &TimeSource::ticked, &passCounter, [&run] { ++run.passes; });
    QSignalSpy finished(&player, &Player::finished);
    passCounter.start();
    player.play();
    if (!finished.wait(20000))
        qWarning("run did not finish");
    passCounter.stop();
    if (!QTest::qWaitFor([&tracker] { return tracker.isIdle(); }, 5000))
        qWarning("beacons did not settle");
    run.session = player.session();
    for (const TransportRequest &r : transport.requests())
        run.requests.append(r.url.toString());
    return run;
}

// The ticks of a 250 ms clock over an ad of durationMs, with the milestones that fall
// between two ticks added.
QList<qint64> ticksWithMilestones(qint64 durationMs, const QList<qint64> &milestones)
{
    QList<qint64> ticks;
    for (qint64 t = 250; t <= durationMs; t += 250) {
        for (qint64 m : milestones) {
            if (m > t - 250 && m < t)
                ticks.append(m);
        }
        ticks.append(t);
    }
    return ticks;
}

QList<Player::State> states(const QSignalSpy &spy)
{
    QList<Player::State> list;
    for (const QList<QVariant> &args : spy)
        list.append(args.at(0).value<Player::State>());
    return list;
}

} // namespace

class tst_HeadlessPlayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void playsStraightThroughWithExactOffsets();
    void feedsTheTracker();
    void verificationsAreReportedNotExecuted();
    void manualSteppingControlsPosition();
    void tickIntervalSetsResolution_data();
    void tickIntervalSetsResolution();
    void skipOnlyAfterSkipoffset_data();
    void skipOnlyAfterSkipoffset();
    void pauseAndResume();
    void muteAndUnmute();
    void fullscreenAndClick();
    void stopEndsPlayback();
    void stopBeforeTheEventLoopRuns();
    void closeTracksCloseLinear();
    void interruptionRules_data();
    void interruptionRules();
    void interruptionsReproduceWithSeed();
    void sameSessionAtAnySpeed();
    void speedZeroSkipsTicksNobodyWatches_data();
    void speedZeroSkipsTicksNobodyWatches();
    void speedZeroEmitsEveryTickToOtherReceivers();
    void speedZeroYieldsBetweenManyOffsets();
    void speedZeroStopsSkippingWhenPaused();
    void clockLandsOnEachMilestone_data();
    void clockLandsOnEachMilestone();
    void errors_data();
    void errors();
    void playsTheCorpusSample();
    void interruptionRuleJson();

private:
    std::unique_ptr<MemoryTransport> transport;
    std::unique_ptr<Tracker> tracker;
    std::unique_ptr<HeadlessPlayer> player;

    void newPlayer(const Ad &ad, int creativeIndex = -1)
    {
        player.reset(new HeadlessPlayer);
        player->setSelectedAd(AdSelector().select(ad, creativeIndex));
        player->setTracker(tracker.get());
    }
    SimulatedTimeSource *manualClock()
    {
        player->simulatedTimeSource()->setManual(true);
        return player->simulatedTimeSource();
    }
    bool playUntilPlaying()
    {
        if (!player->play())
            return false;
        return QTest::qWaitFor([this] { return player->state() == Player::State::Playing; }, 5000);
    }
    QStringList requestedUrls() const
    {
        QStringList urls;
        const QList<TransportRequest> requests = transport->requests();
        for (const TransportRequest &r : requests)
            urls.append(r.url.toString());
        return urls;
    }
};

void tst_HeadlessPlayer::init()
{
    transport.reset(new MemoryTransport);
    transport->setDefaultResponse(MemoryResponse(QByteArray(), 200));
    tracker.reset(new Tracker(transport.get()));
}

void tst_HeadlessPlayer::cleanup()
{
    player.reset();
    tracker.reset();
    transport.reset();
}

void tst_HeadlessPlayer::playsStraightThroughWithExactOffsets()
{
    newPlayer(makeAd());
    player->setSpeedFactor(0);
    QCOMPARE(player->tickIntervalMs(), 250);
    QSignalSpy stateSpy(player.get(), &Player::stateChanged);
    QSignalSpy positionSpy(player.get(), &Player::positionChanged);
    QSignalSpy finishedSpy(player.get(), &Player::finished);
    QSignalSpy errorSpy(player.get(), &Player::errorOccurred);
    QSignalSpy eventSpy(player.get(), &Player::eventRecorded);

    QCOMPARE(player->state(), Player::State::Idle);
    QVERIFY(player->play());
    // Nothing is emitted from inside play().
    QCOMPARE(stateSpy.count(), 0);
    QCOMPARE(player->state(), Player::State::Idle);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"play\\(\\) called twice"_s));
    QVERIFY(!player->play());

    QVERIFY(finishedSpy.wait());
    QCOMPARE(finishedSpy.count(), 1);
    QCOMPARE(errorSpy.count(), 0);
    QCOMPARE(states(stateSpy),
        (QList<Player::State> { Player::State::Loading, Player::State::Playing, Player::State::Completed }));
    QCOMPARE(player->state(), Player::State::Completed);
    QVERIFY(player->isFinished());
    QCOMPARE(player->position(), 10000);
    QCOMPARE(player->duration(), 10000);
    QCOMPARE(player->error(), ErrorCode::NoError);

    const PlaybackSession session = player->session();
    QCOMPARE(timeline(session), straightRun);
    for (const PlaybackEvent &e : session.events)
        QCOMPARE(e.elapsedMs, e.offsetMs); // no pause: the clock and the media agree
    QCOMPARE(session.events.at(5).detail, u"00:00:03.100"_s);
    QCOMPARE(session.events.at(7).detail, u"00:00:05"_s);
    QCOMPARE(session.events.at(9).detail, u"80%"_s);
    QCOMPARE(eventSpy.count(), session.events.size());
    QCOMPARE(eventSpy.at(3).at(0).value<PlaybackEvent>(), session.events.at(3));

    QCOMPARE(session.status, PlaybackSession::Status::Completed);
    QCOMPARE(session.adId, u"ad-1"_s);
    QCOMPARE(session.creativeId, u"cr-1"_s);
    QCOMPARE(session.creativeIndex, 0);
    QCOMPARE(session.mediaFileUrl, u"https://cdn.test/hd.mp4"_s);
    QCOMPARE(session.durationMs, 10000);
    QCOMPARE(session.positionMs, 10000);
    QCOMPARE(session.skipoffsetMs, -1);
    QCOMPARE(session.startedAtMs, 0);
    QCOMPARE(session.endedAtMs, 10000);
    QCOMPARE(session.quartilesTracked, (QList<int> { 0, 1, 2, 3, 4 }));
    QCOMPARE(session.errorCode, ErrorCode::NoError);

    QCOMPARE(player->selectedAd().mediaFileIndex(), 1);
    QCOMPARE(player->selectedAd().rejections.size(), 1);

    // Position: every tick once, increasing, ending on the duration; the progress offset
    // at 3.1 s gets a tick of its own.
    QList<qint64> positions;
    for (const QList<QVariant> &args : std::as_const(positionSpy))
        positions.append(args.at(0).toLongLong());
    QCOMPARE(positions, ticksWithMilestones(10000, { 3100 }));

    // The clock stops with the playback; finished() stays single.
    QCOMPARE(player->timeSource()->state(), TimeSource::State::Stopped);
    QCoreApplication::processEvents();
    QCOMPARE(finishedSpy.count(), 1);
    QVERIFY(!player->pause());
    QVERIFY(!player->stop());
    QVERIFY(!player->skip());
    QVERIFY(!player->click());
}

void tst_HeadlessPlayer::feedsTheTracker()
{
    newPlayer(makeAd());
    player->setSpeedFactor(0);
    QSignalSpy finishedSpy(player.get(), &Player::finished);
    QVERIFY(player->play());
    QVERIFY(finishedSpy.wait());

    QStringList tracked = tracker->trackedEvents();
    tracked.erase(
        std::remove_if(tracked.begin(), tracked.end(), [](const QString &e) { return e.startsWith(u"progress"_s); }),
        tracked.end());
    QCOMPARE(tracked,
        (QStringList { u"loaded"_s, u"impression"_s, u"creativeView"_s, u"start"_s, u"firstQuartile"_s, u"midpoint"_s,
            u"thirdQuartile"_s, u"complete"_s }));
    QCOMPARE(tracker->context().assetUri, u"https://cdn.test/hd.mp4"_s);
    QCOMPARE(tracker->durationMs(), 10000);

    QTRY_VERIFY(tracker->isIdle());
    const QStringList urls = requestedUrls();
    for (const QString &expected :
        { u"https://t.test/impression"_s, u"https://t2.test/impression"_s, u"https://t.test/creativeView"_s,
            u"https://t.test/start"_s, u"https://t.test/firstQuartile"_s, u"https://t.test/progress-3100"_s,
            u"https://t.test/midpoint"_s, u"https://t.test/progress-5"_s, u"https://t2.test/progress-5"_s,
            u"https://t.test/thirdQuartile"_s, u"https://t.test/progress-80pc"_s, u"https://t.test/complete"_s }) {
        QVERIFY2(urls.contains(expected), qPrintable(expected));
    }
    for (const QString &absent : { u"https://t.test/pause"_s, u"https://t.test/skip"_s, u"https://t.test/click"_s })
        QVERIFY2(!urls.contains(absent), qPrintable(absent));
    QVERIFY(!urls.join(u' ').contains(u"error"_s));
}

// VastQt runs no verification code: when the ad shows, each <Verification>'s
// verificationNotExecuted URI fires once with [REASON] 2 "not supported" (VAST 4.3 §3.17.4),
// right after the impression; an ad without verifications records no such event.
void tst_HeadlessPlayer::verificationsAreReportedNotExecuted()
{
    Ad ad = makeAd();
    Verification v;
    v.vendor = u"vendor.example-omid"_s;
    v.trackingEvents = { tracking(u"verificationNotExecuted"_s, u"https://t.test/vne?r=[REASON]"_s) };
    ad.adVerifications = { v, v };
    ad.adVerifications[1].trackingEvents = { tracking(u"verificationNotExecuted"_s, u"https://t2.test/vne?r=[REASON]"_s) };
    newPlayer(ad);
    player->setSpeedFactor(0);
    QSignalSpy finishedSpy(player.get(), &Player::finished);
    QVERIFY(player->play());
    QVERIFY(finishedSpy.wait());
    const QStringList tracked = tracker->trackedEvents();
    QCOMPARE(tracked.mid(0, 4),
        (QStringList { u"loaded"_s, u"impression"_s, u"verificationNotExecuted"_s, u"creativeView"_s }));
    QTRY_VERIFY(tracker->isIdle());
    const QStringList urls = requestedUrls();
    QCOMPARE(urls.count(u"https://t.test/vne?r=2"_s), 1);
    QCOMPARE(urls.count(u"https://t2.test/vne?r=2"_s), 1);
    bool recorded = false;
    for (const PlaybackEvent &e : player->session().events)
        recorded = recorded || e.event == u"verificationNotExecuted"_s;
    QVERIFY(recorded);

    // Without verifications: nothing of the kind.
    newPlayer(makeAd());
    player->setSpeedFactor(0);
    QSignalSpy again(player.get(), &Player::finished);
    QVERIFY(player->play());
    QVERIFY(again.wait());
    QVERIFY(!tracker->trackedEvents().contains(u"verificationNotExecuted"_s));
}

void tst_HeadlessPlayer::manualSteppingControlsPosition()
{
    newPlayer(makeAd());
    SimulatedTimeSource *clock = manualClock();
    QVERIFY(playUntilPlaying());
    QCOMPARE(timeline(player->session()), straightRun.mid(0, 4));
    QCOMPARE(player->position(), 0);

    QCOMPARE(clock->advance(2500), 2500);
    QCOMPARE(player->position(), 2500);
    QCOMPARE(timeline(player->session()), straightRun.mid(0, 5));
    QCOMPARE(player->session().status, PlaybackSession::Status::Running);

    QCOMPARE(clock->advance(2600), 2600);
    QCOMPARE(player->position(), 5100);
    QCOMPARE(timeline(player->session()), straightRun.mid(0, 8));

    QSignalSpy finishedSpy(player.get(), &Player::finished);
    // The clock stops at the end: the rest of the advance is not taken.
    QCOMPARE(clock->advance(60000), 4900);
    QCOMPARE(finishedSpy.count(), 1);
    QCOMPARE(player->state(), Player::State::Completed);
    QCOMPARE(timeline(player->session()), straightRun);
}

void tst_HeadlessPlayer::tickIntervalSetsResolution_data()
{
    QTest::addColumn<int>("tickInterval");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("100ms") << 100
                           << QStringList { u"loaded@0"_s, u"impression@0"_s, u"creativeView@0"_s, u"start@0"_s,
                                  u"firstQuartile@2500"_s, u"progress@3100"_s, u"midpoint@5000"_s, u"progress@5000"_s,
                                  u"thirdQuartile@7500"_s, u"progress@8000"_s, u"complete@10000"_s };
    QTest::addRow("1s") << 1000
                        << QStringList { u"loaded@0"_s, u"impression@0"_s, u"creativeView@0"_s, u"start@0"_s, u"firstQuartile@2500"_s,
                               u"progress@3100"_s, u"midpoint@5000"_s, u"progress@5000"_s, u"thirdQuartile@7500"_s,
                               u"progress@8000"_s, u"complete@10000"_s };
    QTest::addRow("3s") << 3000
                        << QStringList { u"loaded@0"_s, u"impression@0"_s, u"creativeView@0"_s, u"start@0"_s, u"firstQuartile@2500"_s,
                               u"progress@3100"_s, u"midpoint@5000"_s, u"progress@5000"_s, u"thirdQuartile@7500"_s,
                               u"progress@8000"_s, u"complete@10000"_s };
}

void tst_HeadlessPlayer::tickIntervalSetsResolution()
{
    QFETCH(int, tickInterval);
    QFETCH(QStringList, expected);
    newPlayer(makeAd());
    player->setSpeedFactor(0);
    player->setTickIntervalMs(tickInterval);
    QCOMPARE(player->tickIntervalMs(), tickInterval);
    QSignalSpy finishedSpy(player.get(), &Player::finished);
    QVERIFY(player->play());
    QVERIFY(finishedSpy.wait());
    QCOMPARE(timeline(player->session()), expected);
}

void tst_HeadlessPlayer::skipOnlyAfterSkipoffset_data()
{
    QTest::addColumn<QString>("skipoffset");
    QTest::addColumn<qint64>("skipoffsetMs");
    QTest::addRow("timecode") << u"00:00:05"_s << qint64(5000);
    QTest::addRow("percent") << u"50%"_s << qint64(5000);
    QTest::addRow("millis") << u"00:00:04.750"_s << qint64(4750);
}

void tst_HeadlessPlayer::skipOnlyAfterSkipoffset()
{
    QFETCH(QString, skipoffset);
    QFETCH(qint64, skipoffsetMs);
    newPlayer(makeAd(skipoffset, false));
    SimulatedTimeSource *clock = manualClock();
    QSignalSpy canSkipSpy(player.get(), &Player::canSkipChanged);
    QSignalSpy finishedSpy(player.get(), &Player::finished);
    QVERIFY(playUntilPlaying());
    QCOMPARE(player->skipoffsetMs(), skipoffsetMs);
    QCOMPARE(player->session().skipoffsetMs, skipoffsetMs);

    clock->advance(skipoffsetMs - 250);
    QVERIFY(!player->canSkip());
    QVERIFY(!player->skip());
    QCOMPARE(player->state(), Player::State::Playing);
    QVERIFY(!player->session().eventNames().contains(u"skip"_s));
    QCOMPARE(canSkipSpy.count(), 0);

    clock->advance(250);
    QVERIFY(player->canSkip());
    QCOMPARE(canSkipSpy.count(), 1);
    QCOMPARE(canSkipSpy.at(0).at(0).toBool(), true);
    QVERIFY(player->skip());
    QCOMPARE(player->state(), Player::State::Skipped);
    QCOMPARE(finishedSpy.count(), 1);
    QCOMPARE(canSkipSpy.count(), 2);
    QVERIFY(!player->canSkip());
    QVERIFY(!player->skip());

    const PlaybackSession session = player->session();
    QCOMPARE(session.status, PlaybackSession::Status::Skipped);
    QCOMPARE(session.events.last().event, u"skip"_s);
    QCOMPARE(session.events.last().offsetMs, skipoffsetMs);
    QCOMPARE(session.positionMs, skipoffsetMs);
    QCOMPARE(session.endedAtMs, skipoffsetMs);
    QVERIFY(!session.eventNames().contains(u"complete"_s));
    QVERIFY(tracker->trackedEvents().contains(u"skip"_s));
}

void tst_HeadlessPlayer::pauseAndResume()
{
    newPlayer(makeAd(QString(), false));
    SimulatedTimeSource *clock = manualClock();
    QSignalSpy stateSpy(player.get(), &Player::stateChanged);
    QVERIFY(playUntilPlaying());
    QVERIFY(!player->resume()); // not paused

    clock->advance(3000);
    QVERIFY(player->pause());
    QCOMPARE(player->state(), Player::State::Paused);
    QVERIFY(!player->pause());
    // A caller's pause freezes the simulated clock: nothing would resume it otherwise.
    QCOMPARE(clock->state(), TimeSource::State::Paused);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"advance\\(\\) while not running"_s));
    QCOMPARE(clock->advance(1000), 0);
    QCOMPARE(player->position(), 3000);
    QVERIFY(player->canSkip() == false);

    QVERIFY(player->resume());
    QCOMPARE(player->state(), Player::State::Playing);
    QCOMPARE(clock->state(), TimeSource::State::Running);
    clock->advance(1000);
    QCOMPARE(player->position(), 4000);
    clock->advance(6000);
    QCOMPARE(player->state(), Player::State::Completed);

    QCOMPARE(fullTimeline(player->session()),
        (QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s, u"firstQuartile@2500/2500"_s,
            u"pause@3000/3000"_s, u"resume@3000/3000"_s, u"midpoint@5000/5000"_s, u"thirdQuartile@7500/7500"_s,
            u"complete@10000/10000"_s }));
    QCOMPARE(states(stateSpy),
        (QList<Player::State> { Player::State::Loading, Player::State::Playing, Player::State::Paused,
            Player::State::Playing, Player::State::Completed }));
    QVERIFY(tracker->trackedEvents().contains(u"pause"_s));
    QVERIFY(tracker->trackedEvents().contains(u"resume"_s));
}

void tst_HeadlessPlayer::muteAndUnmute()
{
    newPlayer(makeAd(QString(), false));
    QSignalSpy mutedSpy(player.get(), &Player::mutedChanged);
    player->setMuted(true); // initial state: no event
    QVERIFY(player->isMuted());
    QCOMPARE(mutedSpy.count(), 1);
    SimulatedTimeSource *clock = manualClock();
    QVERIFY(playUntilPlaying());
    QCOMPARE(tracker->context().playerState, QStringList { u"muted"_s });

    clock->advance(1000);
    player->setMuted(false);
    player->setMuted(false); // no change, no event
    clock->advance(1000);
    player->setMuted(true);
    clock->advance(8000);
    QCOMPARE(player->state(), Player::State::Completed);
    player->setMuted(false); // after the end: ignored
    QVERIFY(player->isMuted());
    QCOMPARE(mutedSpy.count(), 3);

    QCOMPARE(timeline(player->session()),
        (QStringList { u"loaded@0"_s, u"impression@0"_s, u"creativeView@0"_s, u"start@0"_s, u"unmute@1000"_s, u"mute@2000"_s,
            u"firstQuartile@2500"_s, u"midpoint@5000"_s, u"thirdQuartile@7500"_s, u"complete@10000"_s }));
    const QStringList tracked = tracker->trackedEvents();
    QVERIFY(tracked.indexOf(u"unmute"_s) >= 0);
    QVERIFY(tracked.indexOf(u"mute"_s) > tracked.indexOf(u"unmute"_s));
}

void tst_HeadlessPlayer::fullscreenAndClick()
{
    newPlayer(makeAd(QString(), false));
    SimulatedTimeSource *clock = manualClock();
    QSignalSpy fullscreenSpy(player.get(), &Player::fullscreenChanged);
    QVERIFY(!player->click()); // not playing yet
    QVERIFY(playUntilPlaying());
    clock->advance(1000);
    player->setFullscreen(true);
    QVERIFY(player->isFullscreen());
    QVERIFY(player->click());
    clock->advance(500);
    player->setFullscreen(false);
    QCOMPARE(fullscreenSpy.count(), 2);
    QVERIFY(player->stop());

    QCOMPARE(timeline(player->session()),
        (QStringList { u"loaded@0"_s, u"impression@0"_s, u"creativeView@0"_s, u"start@0"_s, u"playerExpand@1000"_s,
            u"fullscreen@1000"_s, u"click@1000"_s, u"playerCollapse@1500"_s, u"exitFullscreen@1500"_s }));
    QTRY_VERIFY(tracker->isIdle());
    const QStringList urls = requestedUrls();
    for (const QString &expected : { u"https://t.test/playerExpand"_s, u"https://t.test/fullscreen"_s,
             u"https://t.test/click"_s, u"https://t.test/playerCollapse"_s, u"https://t.test/exitFullscreen"_s }) {
        QVERIFY2(urls.contains(expected), qPrintable(expected));
    }
}

void tst_HeadlessPlayer::stopEndsPlayback()
{
    newPlayer(makeAd(QString(), false));
    QVERIFY(!player->stop()); // never played
    SimulatedTimeSource *clock = manualClock();
    QSignalSpy finishedSpy(player.get(), &Player::finished);
    QSignalSpy errorSpy(player.get(), &Player::errorOccurred);
    QVERIFY(playUntilPlaying());
    clock->advance(4000);
    QVERIFY(player->stop());
    QCOMPARE(player->state(), Player::State::Stopped);
    QCOMPARE(finishedSpy.count(), 1);
    QCOMPARE(errorSpy.count(), 0);
    QVERIFY(!player->stop());
    QVERIFY(!player->pause());
    QVERIFY(!player->click());
    QCOMPARE(clock->state(), TimeSource::State::Stopped);
    QCoreApplication::processEvents();
    QCOMPARE(finishedSpy.count(), 1);

    const PlaybackSession session = player->session();
    QCOMPARE(session.status, PlaybackSession::Status::Stopped);
    QCOMPARE(session.positionMs, 4000);
    QCOMPARE(session.endedAtMs, 4000);
    QCOMPARE(timeline(session),
        (QStringList { u"loaded@0"_s, u"impression@0"_s, u"creativeView@0"_s, u"start@0"_s, u"firstQuartile@2500"_s }));
    QCOMPARE(session.quartilesTracked, (QList<int> { 0, 1 }));
}

void tst_HeadlessPlayer::stopBeforeTheEventLoopRuns()
{
    newPlayer(makeAd());
    player->setSpeedFactor(0);
    QSignalSpy stateSpy(player.get(), &Player::stateChanged);
    QSignalSpy finishedSpy(player.get(), &Player::finished);
    QVERIFY(player->play());
    QVERIFY(player->stop());
    QCOMPARE(states(stateSpy), QList<Player::State> { Player::State::Stopped });
    QCOMPARE(finishedSpy.count(), 1);

    // The deferred start finds the player stopped and does nothing; a second player
    // running to its end proves the event loop turned many times meanwhile.
    HeadlessPlayer other;
    other.setSpeedFactor(0);
    other.setSelectedAd(AdSelector().select(makeAd()));
    QSignalSpy otherFinished(&other, &Player::finished);
    QVERIFY(other.play());
    QVERIFY(otherFinished.wait());
    QCOMPARE(stateSpy.count(), 1);
    QCOMPARE(finishedSpy.count(), 1);
    QVERIFY(player->session().events.isEmpty());
    QCOMPARE(player->session().status, PlaybackSession::Status::Stopped);
    QVERIFY(tracker->trackedEvents().isEmpty());
    QCOMPARE(transport->requestCount(), 0);
}

void tst_HeadlessPlayer::closeTracksCloseLinear()
{
    newPlayer(makeAd(QString(), false));
    SimulatedTimeSource *clock = manualClock();
    QSignalSpy finishedSpy(player.get(), &Player::finished);
    QVERIFY(!player->close());
    QVERIFY(playUntilPlaying());
    clock->advance(6000);
    QVERIFY(player->close());
    QCOMPARE(player->state(), Player::State::Stopped);
    QCOMPARE(finishedSpy.count(), 1);
    QCOMPARE(player->session().events.last().event, u"closeLinear"_s);
    QCOMPARE(player->session().events.last().offsetMs, 6000);
    QVERIFY(tracker->trackedEvents().contains(u"closeLinear"_s));
}

void tst_HeadlessPlayer::interruptionRules_data()
{
    using A = InterruptionRule::Action;
    QTest::addColumn<QList<InterruptionRule>>("rules");
    QTest::addColumn<QString>("skipoffset");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<PlaybackSession::Status>("status");
    QTest::addColumn<qint64>("endedAtMs");

    QTest::addRow("no-rules") << QList<InterruptionRule> {} << QString() << baseRun
                              << PlaybackSession::Status::Completed << qint64(10000);
    QTest::addRow("pause-3s-for-1s") << QList<InterruptionRule> { InterruptionRule::at(A::Pause, 3000, 1000) }
                                     << QString()
                                     << QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s,
                                            u"firstQuartile@2500/2500"_s, u"pause@3000/3000(rule 0)"_s,
                                            u"resume@3000/4000(rule 0)"_s, u"midpoint@5000/6000"_s,
                                            u"thirdQuartile@7500/8500"_s, u"complete@10000/11000"_s }
                                     << PlaybackSession::Status::Completed << qint64(11000);
    QTest::addRow("pause-zero-resumes-next-tick")
        << QList<InterruptionRule> { InterruptionRule::at(A::Pause, 3000, 0) } << QString()
        << QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s, u"firstQuartile@2500/2500"_s,
               u"pause@3000/3000(rule 0)"_s, u"resume@3000/3250(rule 0)"_s, u"midpoint@5000/5250"_s,
               u"thirdQuartile@7500/7750"_s, u"complete@10000/10250"_s }
        << PlaybackSession::Status::Completed << qint64(10250);
    QTest::addRow("pause-between-ticks") << QList<InterruptionRule> { InterruptionRule::at(A::Pause, 3100, 1000) }
                                         << QString()
                                         << QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s,
                                                u"firstQuartile@2500/2500"_s, u"pause@3250/3250(rule 0)"_s,
                                                u"resume@3250/4250(rule 0)"_s, u"midpoint@5000/6000"_s,
                                                u"thirdQuartile@7500/8500"_s, u"complete@10000/11000"_s }
                                         << PlaybackSession::Status::Completed << qint64(11000);
    QTest::addRow("mute-for-2s") << QList<InterruptionRule> { InterruptionRule::at(A::Mute, 1000, 2000) } << QString()
                                 << QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s,
                                        u"mute@1000/1000(rule 0)"_s, u"firstQuartile@2500/2500"_s,
                                        u"unmute@3000/3000(rule 0)"_s, u"midpoint@5000/5000"_s,
                                        u"thirdQuartile@7500/7500"_s, u"complete@10000/10000"_s }
                                 << PlaybackSession::Status::Completed << qint64(10000);
    QTest::addRow("mute-and-stay-muted") << QList<InterruptionRule> { InterruptionRule::at(A::Mute, 1000) } << QString()
                                         << QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s,
                                                u"mute@1000/1000(rule 0)"_s, u"firstQuartile@2500/2500"_s,
                                                u"midpoint@5000/5000"_s, u"thirdQuartile@7500/7500"_s,
                                                u"complete@10000/10000"_s }
                                         << PlaybackSession::Status::Completed << qint64(10000);
    QTest::addRow("mute-then-unmute-rule")
        << QList<InterruptionRule> { InterruptionRule::at(A::Mute, 1000), InterruptionRule::at(A::Unmute, 2000) }
        << QString()
        << QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s, u"mute@1000/1000(rule 0)"_s,
               u"unmute@2000/2000(rule 1)"_s, u"firstQuartile@2500/2500"_s, u"midpoint@5000/5000"_s,
               u"thirdQuartile@7500/7500"_s, u"complete@10000/10000"_s }
        << PlaybackSession::Status::Completed << qint64(10000);
    QTest::addRow("skip-waits-for-skipoffset")
        << QList<InterruptionRule> { InterruptionRule::at(A::Skip, 1000) } << u"00:00:05"_s
        << QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s, u"firstQuartile@2500/2500"_s,
               u"midpoint@5000/5000"_s, u"skip@5000/5000(rule 0)"_s }
        << PlaybackSession::Status::Skipped << qint64(5000);
    QTest::addRow("skip-after-skipoffset")
        << QList<InterruptionRule> { InterruptionRule::at(A::Skip, 6000) } << u"00:00:05"_s
        << QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s, u"firstQuartile@2500/2500"_s,
               u"midpoint@5000/5000"_s, u"skip@6000/6000(rule 0)"_s }
        << PlaybackSession::Status::Skipped << qint64(6000);
    QTest::addRow("skip-at-start") << QList<InterruptionRule> { InterruptionRule::at(A::Skip, 0) } << u"00:00:00"_s
                                   << QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s,
                                          u"skip@0/0(rule 0)"_s }
                                   << PlaybackSession::Status::Skipped << qint64(0);
    QTest::addRow("skip-not-skippable") << QList<InterruptionRule> { InterruptionRule::at(A::Skip, 1000) } << QString()
                                        << baseRun << PlaybackSession::Status::Completed << qint64(10000);
    QTest::addRow("close") << QList<InterruptionRule> { InterruptionRule::at(A::Close, 6000) } << QString()
                           << QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s,
                                  u"firstQuartile@2500/2500"_s, u"midpoint@5000/5000"_s,
                                  u"closeLinear@6000/6000(rule 0)"_s }
                           << PlaybackSession::Status::Stopped << qint64(6000);
    QTest::addRow("stop") << QList<InterruptionRule> { InterruptionRule::at(A::Stop, 6000) } << QString()
                          << QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s,
                                 u"firstQuartile@2500/2500"_s, u"midpoint@5000/5000"_s }
                          << PlaybackSession::Status::Stopped << qint64(6000);
    QTest::addRow("click") << QList<InterruptionRule> { InterruptionRule::at(A::Click, 4000) } << QString()
                           << QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s,
                                  u"firstQuartile@2500/2500"_s, u"click@4000/4000(rule 0)"_s, u"midpoint@5000/5000"_s,
                                  u"thirdQuartile@7500/7500"_s, u"complete@10000/10000"_s }
                           << PlaybackSession::Status::Completed << qint64(10000);
    InterruptionRule never = InterruptionRule::at(A::Stop, 1000);
    never.probability = 0.0;
    QTest::addRow("probability-zero") << QList<InterruptionRule> { never } << QString() << baseRun
                                      << PlaybackSession::Status::Completed << qint64(10000);
    QTest::addRow("beyond-duration-never")
        << QList<InterruptionRule> { InterruptionRule::at(A::Stop, 10000) } << QString() << baseRun
        << PlaybackSession::Status::Completed << qint64(10000);
    QTest::addRow("position-order") << QList<InterruptionRule> { InterruptionRule::at(A::Pause, 6000, 500),
        InterruptionRule::at(A::Mute, 2000) }
                                    << QString()
                                    << QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s,
                                           u"mute@2000/2000(rule 1)"_s, u"firstQuartile@2500/2500"_s,
                                           u"midpoint@5000/5000"_s, u"pause@6000/6000(rule 0)"_s,
                                           u"resume@6000/6500(rule 0)"_s, u"thirdQuartile@7500/8000"_s,
                                           u"complete@10000/10500"_s }
                                    << PlaybackSession::Status::Completed << qint64(10500);
    QTest::addRow("same-position-rule-order")
        << QList<InterruptionRule> { InterruptionRule::at(A::Click, 4000), InterruptionRule::at(A::Pause, 4000, 250) }
        << QString()
        << QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s, u"firstQuartile@2500/2500"_s,
               u"click@4000/4000(rule 0)"_s, u"pause@4000/4000(rule 1)"_s, u"resume@4000/4250(rule 1)"_s,
               u"midpoint@5000/5250"_s, u"thirdQuartile@7500/7750"_s, u"complete@10000/10250"_s }
        << PlaybackSession::Status::Completed << qint64(10250);
}

void tst_HeadlessPlayer::interruptionRules()
{
    QFETCH(QList<InterruptionRule>, rules);
    QFETCH(QString, skipoffset);
    QFETCH(QStringList, expected);
    QFETCH(PlaybackSession::Status, status);
    QFETCH(qint64, endedAtMs);

    newPlayer(makeAd(skipoffset, false));
    player->setSpeedFactor(0);
    player->setInterruptionRules(rules);
    QSignalSpy finishedSpy(player.get(), &Player::finished);
    QVERIFY(player->play());
    QVERIFY(finishedSpy.wait());
    QCOMPARE(finishedSpy.count(), 1);

    const PlaybackSession session = player->session();
    QCOMPARE(fullTimeline(session), expected);
    QCOMPARE(session.status, status);
    QCOMPARE(session.endedAtMs, endedAtMs);
}

void tst_HeadlessPlayer::interruptionsReproduceWithSeed()
{
    using A = InterruptionRule::Action;
    QList<InterruptionRule> rules;
    auto rule = [&rules](A action, qint64 from, qint64 to, double probability, qint64 duration) {
        InterruptionRule r;
        r.action = action;
        r.minOffsetMs = from;
        r.maxOffsetMs = to;
        r.probability = probability;
        r.durationMs = duration;
        rules.append(r);
    };
    rule(A::Pause, 1000, 8000, 0.6, 1200);
    rule(A::Mute, 0, 9000, 0.5, 2000);
    rule(A::Click, 0, 9500, 0.5, 0);
    rule(A::Pause, 2000, 9000, 0.4, 300);
    rule(A::Unmute, 0, 9900, 0.5, 0);
    rule(A::Close, 9000, 9900, 0.3, 0);

    auto run = [&](quint32 seed) {
        HeadlessPlayer p;
        p.setSpeedFactor(0);
        p.setSeed(seed);
        p.setSelectedAd(AdSelector().select(makeAd()));
        p.setInterruptionRules(rules);
        QSignalSpy finished(&p, &Player::finished);
        p.play();
        if (!finished.wait())
            qWarning("run did not finish");
        return qMakePair(p.session(), p.plannedInterruptions());
    };

    const auto first = run(42);
    const auto second = run(42);
    QVERIFY(first.first.isFinished());
    QCOMPARE(second.second, first.second);
    QCOMPARE(second.first, first.first);
    QVERIFY(!first.second.isEmpty());

    // Every planned interruption that could act shows up with its rule index.
    for (const PlannedInterruption &planned : first.second) {
        QVERIFY(planned.positionMs >= rules.at(planned.rule).minOffsetMs);
        QVERIFY(planned.positionMs <= rules.at(planned.rule).maxOffsetMs);
        if (planned.action != A::Pause && planned.action != A::Click)
            continue;
        // An interruption in the tick where the playback was closed or stopped may not act.
        if (first.first.status == PlaybackSession::Status::Stopped && planned.positionMs > first.first.positionMs - 250)
            continue;
        const QString detail = u"rule %1"_s.arg(planned.rule);
        const auto it = std::find_if(first.first.events.cbegin(), first.first.events.cend(),
            [&](const PlaybackEvent &e) { return e.detail == detail; });
        QVERIFY2(it != first.first.events.cend(), qPrintable(detail));
        QVERIFY(it->offsetMs >= planned.positionMs);
        QVERIFY(it->offsetMs < planned.positionMs + 250 || it->offsetMs == first.first.positionMs);
    }

    // Another seed draws another plan, and so another session.
    quint32 otherSeed = 43;
    for (; otherSeed < 200; ++otherSeed) {
        const auto other = run(otherSeed);
        if (other.second != first.second) {
            QVERIFY(other.first != first.first);
            break;
        }
    }
    QVERIFY(otherSeed < 200);
}

void tst_HeadlessPlayer::sameSessionAtAnySpeed()
{
    using A = InterruptionRule::Action;
    const QList<InterruptionRule> rules { InterruptionRule::at(A::Pause, 1800, 700),
        InterruptionRule::at(A::Mute, 3300, 900), InterruptionRule::at(A::Click, 6100) };
    auto run = [&](qreal speed, bool manual) {
        HeadlessPlayer p;
        p.setSpeedFactor(speed);
        p.setSelectedAd(AdSelector().select(makeAd()));
        p.setInterruptionRules(rules);
        if (manual)
            p.simulatedTimeSource()->setManual(true);
        QSignalSpy finished(&p, &Player::finished);
        p.play();
        if (manual) {
            if (QTest::qWaitFor([&p] { return p.state() == Player::State::Playing; }, 5000))
                p.simulatedTimeSource()->advance(60000);
        } else if (!finished.wait(20000)) {
            qWarning("run did not finish");
        }
        return p.session();
    };
    const PlaybackSession fastest = run(0, false);
    QCOMPARE(fastest.status, PlaybackSession::Status::Completed);
    QCOMPARE(run(100, false), fastest);
    QCOMPARE(run(1, true), fastest);
}

void tst_HeadlessPlayer::speedZeroSkipsTicksNobodyWatches_data()
{
    using A = InterruptionRule::Action;
    QTest::addColumn<QString>("skipoffset");
    QTest::addColumn<QList<InterruptionRule>>("rules");
    QTest::addRow("straight") << QString() << QList<InterruptionRule> {};
    QTest::addRow("pause-between-ticks") << QString() << QList<InterruptionRule> { InterruptionRule::at(A::Pause, 3100, 1100) };
    QTest::addRow("pause-zero") << QString() << QList<InterruptionRule> { InterruptionRule::at(A::Pause, 3000, 0) };
    QTest::addRow("mute-for-a-while") << QString() << QList<InterruptionRule> { InterruptionRule::at(A::Mute, 1000, 2600) };
    QTest::addRow("skip-waits-for-skipoffset")
        << u"00:00:04.750"_s << QList<InterruptionRule> { InterruptionRule::at(A::Skip, 1000) };
    QTest::addRow("skip-not-skippable") << QString() << QList<InterruptionRule> { InterruptionRule::at(A::Skip, 1000) };
    QTest::addRow("skippable-between-milestones") << u"00:00:04.100"_s << QList<InterruptionRule> {};
    QTest::addRow("several") << u"50%"_s
                             << QList<InterruptionRule> { InterruptionRule::at(A::Click, 4000),
                                    InterruptionRule::at(A::Pause, 4000, 250), InterruptionRule::at(A::Mute, 1800, 700),
                                    InterruptionRule::at(A::Pause, 6100, 900), InterruptionRule::at(A::Close, 9100) };
}

void tst_HeadlessPlayer::speedZeroSkipsTicksNobodyWatches()
{
    QFETCH(QString, skipoffset);
    QFETCH(QList<InterruptionRule>, rules);
    const Ad ad = withPlayheads(makeAd(skipoffset));

    // Watched: every tick, one pass of the event loop each.
    const Run watched = runAtSpeedZero(ad, rules, true);
    QVERIFY(watched.session.isFinished());
    QVERIFY(watched.positions.size() >= 15);
    // Every tick of the clock, and the milestones between two ticks.
    const AdTimeline milestones(ad.creatives.at(0).linear, ad.creatives.at(0).linear.durationMs);
    for (qsizetype i = 0; i < watched.positions.size(); ++i) {
        const qint64 position = watched.positions.at(i);
        QVERIFY2(watched.clockAtPositions.at(i) % 250 == 0
                || milestones.reachedBy(position) > milestones.reachedBy(position - 1),
            qPrintable(QString::number(position)));
    }
    QVERIFY2(watched.passes >= watched.positions.size(), qPrintable(QString::number(watched.passes)));

    // Unwatched: the ticks at which nothing happens are skipped, and the ones that matter
    // come in a handful of passes; the session, and what the Tracker sent with which
    // [ADPLAYHEAD], are the same.
    const Run unwatched = runAtSpeedZero(ad, rules, false);
    QCOMPARE(fullTimeline(unwatched.session), fullTimeline(watched.session));
    QCOMPARE(unwatched.session, watched.session);
    QCOMPARE(unwatched.requests, watched.requests);
    QCOMPARE(unwatched.canSkipAt, watched.canSkipAt);
    QVERIFY(!watched.requests.isEmpty());
    QVERIFY2(unwatched.passes <= 5, qPrintable(QString::number(unwatched.passes)));
}

void tst_HeadlessPlayer::speedZeroEmitsEveryTickToOtherReceivers()
{
    newPlayer(makeAd());
    player->setSpeedFactor(0);
    QSignalSpy ticks(player->timeSource(), &TimeSource::ticked);
    QSignalSpy finishedSpy(player.get(), &Player::finished);
    QVERIFY(player->play());
    QVERIFY(finishedSpy.wait());
    QCOMPARE(timeline(player->session()), straightRun);
    // Someone besides the player listens to the clock: it gets every tick (and the one of
    // the progress offset at 3.1 s).
    QList<qint64> tickValues;
    for (const QList<QVariant> &args : std::as_const(ticks))
        tickValues.append(args.at(0).toLongLong());
    QCOMPARE(tickValues, ticksWithMilestones(10000, { 3100 }));

    // Once that receiver is gone, the next player's clock skips again.
    ticks.clear();
    newPlayer(makeAd());
    player->setSpeedFactor(0);
    {
        QSignalSpy gone(player->timeSource(), &TimeSource::ticked);
    }
    QList<qint64> seen;
    connect(player.get(), &Player::eventRecorded, this,
        [this, &seen](const PlaybackEvent &) { seen.append(player->timeSource()->elapsedMs()); });
    QSignalSpy finishedAgain(player.get(), &Player::finished);
    QVERIFY(player->play());
    QVERIFY(finishedAgain.wait());
    QCOMPARE(timeline(player->session()), straightRun);
    QCOMPARE(seen, (QList<qint64> { 0, 0, 0, 0, 2500, 3100, 5000, 5000, 7500, 8000, 10000 }));
}

void tst_HeadlessPlayer::speedZeroYieldsBetweenManyOffsets()
{
    // A progress offset on every tick: 40 ticks that all matter. They are emitted in series
    // of at most 16 per pass, so a call queued at the first one runs before the 18th.
    Ad ad = makeAd(QString(), false);
    for (int ms = 250; ms < 10000; ms += 250)
        ad.creatives[0].linear.trackingEvents.append(
            tracking(u"progress"_s, u"https://t.test/progress"_s, QString::number(ms / 100.0) + u'%'));
    newPlayer(ad);
    player->setSpeedFactor(0);
    int progressSeen = 0;
    int progressWhenQueuedCallRan = -1;
    connect(player.get(), &Player::eventRecorded, this, [&](const PlaybackEvent &e) {
        if (e.event != "progress"_L1)
            return;
        if (++progressSeen == 1) {
            QMetaObject::invokeMethod(
                this, [&] { progressWhenQueuedCallRan = progressSeen; }, Qt::QueuedConnection);
        }
    });
    QSignalSpy finishedSpy(player.get(), &Player::finished);
    QVERIFY(player->play());
    QVERIFY(finishedSpy.wait());
    QCOMPARE(progressSeen, 39);
    QVERIFY2(progressWhenQueuedCallRan >= 1 && progressWhenQueuedCallRan <= 17,
        qPrintable(QString::number(progressWhenQueuedCallRan)));
    const PlaybackSession session = player->session();
    for (const PlaybackEvent &e : session.events) {
        if (e.event == "progress"_L1)
            QCOMPARE(e.offsetMs, qRound64(e.detail.chopped(1).toDouble() * 100));
    }
}

void tst_HeadlessPlayer::speedZeroStopsSkippingWhenPaused()
{
    // A caller pauses at the first quartile, from inside the series of ticks; the clock
    // must stop there, and after resume() the rest plays as before.
    newPlayer(makeAd());
    player->setSpeedFactor(0);
    connect(player.get(), &Player::eventRecorded, this, [this](const PlaybackEvent &e) {
        if (e.event != "firstQuartile"_L1)
            return;
        QVERIFY(player->pause());
        QMetaObject::invokeMethod(
            this,
            [this] {
                QCOMPARE(player->state(), Player::State::Paused);
                QCOMPARE(player->position(), 2500);
                QCOMPARE(player->timeSource()->elapsedMs(), 2500);
                QVERIFY(player->resume());
            },
            Qt::QueuedConnection);
    });
    QSignalSpy finishedSpy(player.get(), &Player::finished);
    QVERIFY(player->play());
    QVERIFY(finishedSpy.wait());
    QCOMPARE(fullTimeline(player->session()),
        (QStringList { u"loaded@0/0"_s, u"impression@0/0"_s, u"creativeView@0/0"_s, u"start@0/0"_s, u"firstQuartile@2500/2500"_s,
            u"pause@2500/2500"_s, u"resume@2500/2500"_s, u"progress@3100/3100(00:00:03.100)"_s,
            u"midpoint@5000/5000"_s, u"progress@5000/5000(00:00:05)"_s, u"thirdQuartile@7500/7500"_s,
            u"progress@8000/8000(80%)"_s, u"complete@10000/10000"_s }));
}

void tst_HeadlessPlayer::clockLandsOnEachMilestone_data()
{
    QTest::addColumn<bool>("watchPositions");
    QTest::addRow("speed-0") << false;
    QTest::addRow("speed-0-every-tick") << true;
}

void tst_HeadlessPlayer::clockLandsOnEachMilestone()
{
    // A 12.5 s ad: its quartiles (3125, 6250, 9375 ms) fall between the 250 ms ticks. They
    // are reached, recorded and tracked at their own offsets, not at the next tick.
    QFETCH(bool, watchPositions);
    Ad ad = withPlayheads(makeAd());
    ad.creatives[0].linear.durationMs = 12500;
    const Run run = runAtSpeedZero(ad, {}, watchPositions);
    QCOMPARE(run.session.status, PlaybackSession::Status::Completed);

    QStringList quartiles;
    for (const PlaybackEvent &e : run.session.events) {
        if (e.event.endsWith("Quartile"_L1) || e.event == "midpoint"_L1)
            quartiles.append(u"%1@%2/%3"_s.arg(e.event).arg(e.offsetMs).arg(e.elapsedMs));
    }
    QCOMPARE(quartiles,
        (QStringList { u"firstQuartile@3125/3125"_s, u"midpoint@6250/6250"_s, u"thirdQuartile@9375/9375"_s }));
    const auto firstQuartile = std::find_if(run.session.events.cbegin(), run.session.events.cend(),
        [](const PlaybackEvent &e) { return e.event == "firstQuartile"_L1; });
    QVERIFY(firstQuartile != run.session.events.cend());
    QCOMPARE(firstQuartile->offsetMs, 3125);

    // [ADPLAYHEAD] of each beacon is that offset too.
    auto playheadOf = [&run](const QString &event) {
        for (const QString &request : run.requests) {
            const QUrl url(request);
            if (url.path() == u'/' + event)
                return QUrlQuery(url).queryItemValue(u"pos"_s, QUrl::FullyDecoded);
        }
        return QString();
    };
    QCOMPARE(playheadOf(u"firstQuartile"_s), u"00:00:03.125"_s);
    QCOMPARE(playheadOf(u"midpoint"_s), u"00:00:06.250"_s);
    QCOMPARE(playheadOf(u"thirdQuartile"_s), u"00:00:09.375"_s);
    QCOMPARE(playheadOf(u"complete"_s), u"00:00:12.500"_s);
}

void tst_HeadlessPlayer::errors_data()
{
    QTest::addColumn<Ad>("ad");
    QTest::addColumn<int>("creativeIndex");
    QTest::addColumn<ErrorCode>("code");

    Ad noMedia = makeAd();
    noMedia.creatives[0].linear.mediaFiles
        = { mediaFile(u"vpaid.js"_s, u"application/javascript"_s, 1280, 720, u"VPAID"_s),
              mediaFile(u"ad.swf"_s, u"application/x-shockwave-flash"_s, 1280, 720),
              mediaFile(u"ad.flv"_s, u"video/x-flv"_s, 1280, 720) };
    QTest::addRow("no-supported-mediafile-403") << noMedia << -1 << ErrorCode::NoSupportedMediaFile;
    Ad empty = makeAd();
    empty.creatives[0].linear.mediaFiles.clear();
    QTest::addRow("no-mediafile-403") << empty << -1 << ErrorCode::NoSupportedMediaFile;

    Ad wrapper = makeAd();
    wrapper.type = Ad::Type::Wrapper;
    wrapper.vastAdTagUri = u"https://ads.test/next"_s;
    QTest::addRow("wrapper-200") << wrapper << -1 << ErrorCode::TraffickingError;
    Ad noCreatives = makeAd();
    noCreatives.creatives.clear();
    QTest::addRow("no-creatives-200") << noCreatives << -1 << ErrorCode::TraffickingError;
    QTest::addRow("index-out-of-range-200") << makeAd() << 3 << ErrorCode::TraffickingError;

    Ad nonLinear = makeAd();
    nonLinear.creatives[0].kind = Creative::Kind::NonLinear;
    QTest::addRow("nonlinear-only-201") << nonLinear << -1 << ErrorCode::LinearityMismatch;
    QTest::addRow("nonlinear-by-index-201") << nonLinear << 0 << ErrorCode::LinearityMismatch;
    Ad companion = makeAd();
    companion.creatives[0].kind = Creative::Kind::Companion;
    QTest::addRow("companion-only-200") << companion << -1 << ErrorCode::TraffickingError;

    Ad noDuration = makeAd();
    noDuration.creatives[0].linear.durationMs = -1;
    QTest::addRow("no-duration-400") << noDuration << -1 << ErrorCode::GeneralLinearError;
}

void tst_HeadlessPlayer::errors()
{
    QFETCH(Ad, ad);
    QFETCH(int, creativeIndex);
    QFETCH(ErrorCode, code);

    newPlayer(ad, creativeIndex);
    player->setSpeedFactor(0);
    QStringList order;
    connect(player.get(), &Player::stateChanged, this,
        [&order](Player::State s) { order.append(u"state:%1"_s.arg(int(s))); });
    connect(player.get(), &Player::errorOccurred, this, [&order](ErrorCode c, const QString &message) {
        QVERIFY(!message.isEmpty());
        order.append(u"error:%1"_s.arg(int(c)));
    });
    connect(player.get(), &Player::finished, this, [&order] { order.append(u"finished"_s); });
    QSignalSpy finishedSpy(player.get(), &Player::finished);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"VAST error %1"_s.arg(int(code))));
    QVERIFY(player->play());
    QVERIFY(finishedSpy.wait());

    QCOMPARE(order,
        (QStringList { u"state:%1"_s.arg(int(Player::State::Loading)), u"state:%1"_s.arg(int(Player::State::Error)),
            u"error:%1"_s.arg(int(code)), u"finished"_s }));
    QCOMPARE(player->state(), Player::State::Error);
    QCOMPARE(player->error(), code);
    QVERIFY(!player->errorString().isEmpty());

    const PlaybackSession session = player->session();
    QCOMPARE(session.status, PlaybackSession::Status::Error);
    QCOMPARE(session.errorCode, code);
    QCOMPARE(session.errorMessage, player->errorString());
    QCOMPARE(session.events.size(), 1);
    QCOMPARE(session.events.at(0).event, u"error"_s);
    QCOMPARE(session.events.at(0).detail, QString::number(int(code)));
    QVERIFY(!session.eventNames().contains(u"impression"_s));
    if (code == ErrorCode::NoSupportedMediaFile)
        QVERIFY(session.mediaFileUrl.isEmpty());

    // The ad's Error URI fires with [ERRORCODE] expanded; nothing else is tracked.
    QTRY_VERIFY(tracker->isIdle());
    const QStringList urls = requestedUrls();
    QCOMPARE(urls, QStringList { u"https://t.test/error?code=%1"_s.arg(int(code)) });
}

void tst_HeadlessPlayer::playsTheCorpusSample()
{
    VASTQT_REQUIRE_CORPUS("iab");
    QFile file(QStringLiteral(VASTQT_CORPUS_DIR) + u"/iab/VAST 4.1 Samples/Inline_Linear_Tag-test.xml"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const VastParseResult parsed = VastParser::parse(file.readAll());
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString));
    QCOMPARE(parsed.document.ads.size(), 1);

    newPlayer(parsed.document.ads.at(0));
    player->setSpeedFactor(0);
    QSignalSpy finishedSpy(player.get(), &Player::finished);
    QVERIFY(player->play());
    QVERIFY(finishedSpy.wait());

    const PlaybackSession session = player->session();
    QCOMPARE(timeline(session),
        (QStringList { u"loaded@0"_s, u"impression@0"_s, u"creativeView@0"_s, u"start@0"_s, u"firstQuartile@4000"_s,
            u"midpoint@8000"_s, u"progress@10000"_s, u"thirdQuartile@12000"_s, u"complete@16000"_s }));
    QCOMPARE(session.adId, u"20001"_s);
    QCOMPARE(session.creativeId, u"5480"_s);
    QCOMPARE(player->selectedAd().mediaFile().id, u"5241"_s); // 1280x720 for the default player
    QCOMPARE(session.mediaFileUrl, u"https://iab-publicfiles.s3.amazonaws.com/vast/VAST-4.0-Short-Intro.mp4"_s);

    QTRY_VERIFY(tracker->isIdle());
    const QStringList urls = requestedUrls();
    for (const QString &expected : { u"https://example.com/track/impression"_s, u"https://example.com/tracking/start"_s,
             u"https://example.com/tracking/firstQuartile"_s, u"https://example.com/tracking/midpoint"_s,
             u"http://example.com/tracking/progress-10"_s, u"https://example.com/tracking/thirdQuartile"_s,
             u"https://example.com/tracking/complete"_s }) {
        QVERIFY2(urls.contains(expected), qPrintable(expected));
    }
}

void tst_HeadlessPlayer::interruptionRuleJson()
{
    InterruptionRule rule;
    rule.action = InterruptionRule::Action::Mute;
    rule.minOffsetMs = 2000;
    rule.maxOffsetMs = 4000;
    rule.probability = 0.25;
    rule.durationMs = 1500;
    const QJsonObject json = rule.toJson();
    QCOMPARE(json.value("action"_L1).toString(), u"mute"_s);
    QCOMPARE(json.value("probability"_L1).toDouble(), 0.25);
    bool ok = false;
    QCOMPARE(InterruptionRule::fromJson(json, &ok), rule);
    QVERIFY(ok);

    for (InterruptionRule::Action action : { InterruptionRule::Action::Pause, InterruptionRule::Action::Mute,
             InterruptionRule::Action::Unmute, InterruptionRule::Action::Skip, InterruptionRule::Action::Close,
             InterruptionRule::Action::Stop, InterruptionRule::Action::Click }) {
        QCOMPARE(InterruptionRule::actionFromName(InterruptionRule::actionName(action), &ok), action);
        QVERIFY(ok);
    }
    InterruptionRule::fromJson(QJsonObject { { u"action"_s, u"explode"_s } }, &ok);
    QVERIFY(!ok);
    InterruptionRule::fromJson(QJsonObject { { u"probability"_s, 1.5 } }, &ok);
    QVERIFY(!ok);
}

QTEST_GUILESS_MAIN(tst_HeadlessPlayer)
#include "tst_headlessplayer.moc"
