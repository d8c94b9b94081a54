// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/headlessplayer.h>
#include <VastQt/adselector.h>
#include <VastQt/realtimeplayer.h>
#include <VastQt/tracker.h>
#include <VastQt/httptransport.h>

#include "testserver.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtCore/QUrlQuery>
#include <QtMultimedia/QAudioOutput>
#include <QtMultimedia/QMediaPlayer>
#include <QtMultimedia/QVideoFrame>
#include <QtMultimedia/QVideoSink>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace VastQt;
using namespace Qt::StringLiterals;

namespace
{

constexpr qint64 MediaDurationMs = 4000; // the ffmpeg-made test media (CMakeLists.txt)
constexpr qint64 ToleranceMs = 300;
constexpr int PlayTimeoutMs = 30000; // 4 s of media, generous for a loaded machine

// The session's events without the realtime-only diagnostics (buffering, buffered).
QStringList playbackEvents(const PlaybackSession &session)
{
    QStringList names;
    for (const PlaybackEvent &e : session.events) {
        if (e.event == "buffering"_L1 || e.event == "buffered"_L1)
            continue;
        names.append(e.event == "progress"_L1 ? u"progress(%1)"_s.arg(e.detail) : e.event);
    }
    return names;
}

// "event template-url" of each beacon of \a tracker, in creation order.
QStringList beaconList(const Tracker &tracker)
{
    QStringList list;
    for (const Beacon *b : tracker.beacons())
        list.append(b->event() + u' ' + b->templateUrl());
    return list;
}

// [ADPLAYHEAD] as expanded into a beacon URL ("HH:MM:SS.mmm") in ms; -1 if unreadable.
qint64 playheadOf(const TestServer::Request &request)
{
    return parseVastTime(request.query.queryItemValue(u"pos"_s, QUrl::FullyDecoded));
}

struct QuartileSample
{
    QString event;
    qint64 nominalMs = 0;
    qint64 beaconOffsetMs = 0; // the tracker's playhead when the beacon was made
    qint64 mediaPositionMs = 0; // QMediaPlayer::position() when beaconCreated() arrived
};

qint64 nominalOffset(const QString &event, qint64 durationMs)
{
    if (event == "firstQuartile"_L1)
        return durationMs / 4;
    if (event == "midpoint"_L1)
        return durationMs / 2;
    if (event == "thirdQuartile"_L1)
        return durationMs * 3 / 4;
    return -1;
}

} // namespace

class tst_RealtimePlayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void quartilesFollowTheMediaPosition();
    void endOfMediaCompletes();
    void realtimeAndHeadlessGiveTheSameEvents();
    void mediaErrorsMapToVastCodes_data();
    void mediaErrorsMapToVastCodes();
    void stallLongerThanTheTimeoutReports402();
    void bufferingIsRecordedNotTracked();
    void pausedAdDoesNotTimeOut();
    void skipOnlyAfterSkipoffset();
    void clickFiresClickTrackingThenRequestsClickThrough();
    void videoGoesToTheVideoOutput();
    void audioIsOptional();
    void stopBeforeLoadingEnds();
    void missingMediaFileFallsBackToTheNextOne();
    void everyMediaFileFailing();

private:
    Ad makeAd(const QString &mediaPath, const QString &duration = u"00:00:04"_s,
              const QString &skipoffset = QString()) const;

    TestServer server;
    HttpTransport transport;
    QByteArray media;
};

Ad tst_RealtimePlayer::makeAd(const QString &mediaPath, const QString &duration, const QString &skipoffset) const
{
    Ad ad;
    ad.id = u"realtime-ad"_s;
    ad.impressions = {VastUri{u"imp"_s, server.url(u"/track/impression?pos=[ADPLAYHEAD]"_s).toString()}};
    ad.errors = {server.url(u"/track/error?code=[ERRORCODE]"_s).toString()};
    Creative creative;
    creative.kind = Creative::Kind::Linear;
    creative.id = u"creative-1"_s;
    Linear &linear = creative.linear;
    linear.durationMs = parseVastTime(duration);
    linear.skipoffset = skipoffset;
    for (const QString &event : {u"creativeView"_s, u"start"_s, u"firstQuartile"_s, u"midpoint"_s,
                                 u"thirdQuartile"_s, u"complete"_s, u"pause"_s, u"resume"_s, u"mute"_s,
                                 u"unmute"_s, u"skip"_s, u"closeLinear"_s}) {
        TrackingEvent t;
        t.event = event;
        t.url = server.url(u"/track/%1?pos=[ADPLAYHEAD]"_s.arg(event)).toString();
        linear.trackingEvents.append(t);
    }
    for (const QString &offset : {u"00:00:01.500"_s, u"90%"_s}) {
        TrackingEvent t;
        t.event = u"progress"_s;
        t.offset = offset;
        t.url = server.url(u"/track/progress?pos=[ADPLAYHEAD]"_s).toString();
        linear.trackingEvents.append(t);
    }
    linear.videoClicks.clickThrough = VastUri{QString(), u"https://advertiser.test/landing?at=[ADPLAYHEAD]"_s};
    linear.videoClicks.clickTracking = {VastUri{QString(), server.url(u"/track/click?pos=[ADPLAYHEAD]"_s).toString()}};
    MediaFile file;
    file.id = u"mp4"_s;
    file.url = mediaPath.startsWith("http"_L1) ? mediaPath : server.url(mediaPath).toString();
    file.type = u"video/mp4"_s;
    file.delivery = u"progressive"_s;
    file.width = 320;
    file.height = 180;
    linear.mediaFiles = {file};
    ad.creatives = {creative};
    return ad;
}

void tst_RealtimePlayer::initTestCase()
{
    QFile file(QStringLiteral(VASTQT_REALTIME_MEDIA));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    media = file.readAll();
    QVERIFY(media.size() > 1000);
    QVERIFY(server.start());

    TestServer::Response mp4;
    mp4.body = media;
    mp4.contentType = "video/mp4";
    server.setResponse(u"/media/ad.mp4"_s, mp4);

    TestServer::Response text;
    text.body = QByteArray("This is a text file, not a video.\n").repeated(200);
    text.contentType = "video/mp4"; // the server even claims it is one
    server.setResponse(u"/media/not-media.mp4"_s, text);

    TestServer::Response slow = mp4;
    slow.delayMs = 5000;
    server.setResponse(u"/media/slow.mp4"_s, slow);
}

void tst_RealtimePlayer::init()
{
    server.clearRequests();
}

void tst_RealtimePlayer::quartilesFollowTheMediaPosition()
{
    RealtimePlayer player;
    Tracker tracker(&transport);
    player.setTracker(&tracker);
    player.setSelectedAd(AdSelector().select(makeAd(u"/media/ad.mp4"_s)));
    QCOMPARE(player.mediaPlayer()->audioOutput(), nullptr);

    QList<QuartileSample> samples;
    connect(&tracker, &Tracker::beaconCreated, this, [&](Beacon *beacon) {
        const qint64 nominal = nominalOffset(beacon->event(), MediaDurationMs);
        if (nominal < 0)
            return;
        samples.append({beacon->event(), nominal, beacon->offsetMs(), player.mediaPlayer()->position()});
    });
    QSignalSpy finished(&player, &Player::finished);
    QSignalSpy errors(&player, &Player::errorOccurred);
    QVERIFY(player.play());
    QVERIFY(finished.wait(PlayTimeoutMs));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(player.state(), Player::State::Completed);
    QCOMPARE(player.duration(), MediaDurationMs);
    QCOMPARE(player.mediaPlayer()->duration(), MediaDurationMs);

    const PlaybackSession session = player.session();
    QCOMPARE(playbackEvents(session),
             QStringList({u"loaded"_s, u"impression"_s, u"creativeView"_s, u"start"_s, u"firstQuartile"_s,
                          u"progress(00:00:01.500)"_s, u"midpoint"_s, u"thirdQuartile"_s, u"progress(90%)"_s,
                          u"complete"_s}));
    QCOMPARE(session.quartilesTracked, QList<int>({0, 1, 2, 3, 4}));
    QCOMPARE(session.positionMs, MediaDurationMs);
    QVERIFY(session.mediaFileUrl.endsWith("/media/ad.mp4"_L1));

    // Every position event lies where the media was when it fired.
    for (const PlaybackEvent &e : session.events) {
        qint64 nominal = nominalOffset(e.event, MediaDurationMs);
        if (e.event == "progress"_L1)
            nominal = e.detail == "90%"_L1 ? MediaDurationMs * 9 / 10 : 1500;
        if (nominal < 0)
            continue;
        QVERIFY2(e.offsetMs >= nominal && e.offsetMs - nominal <= ToleranceMs,
                 qPrintable(u"%1 recorded at %2 ms"_s.arg(e.event).arg(e.offsetMs)));
    }

    // Each quartile beacon was made within ±300 ms of the media position it belongs to.
    QCOMPARE(samples.size(), 3);
    QStringList spread;
    for (const QuartileSample &s : std::as_const(samples)) {
        spread.append(u"%1 beacon@%2 media@%3 (%4 ms)"_s.arg(s.event)
                          .arg(s.beaconOffsetMs)
                          .arg(s.mediaPositionMs)
                          .arg(s.mediaPositionMs - s.nominalMs, 0, 10, QLatin1Char(u'+')));
        QVERIFY2(s.beaconOffsetMs >= s.nominalMs, qPrintable(spread.constLast()));
        QVERIFY2(qAbs(s.beaconOffsetMs - s.nominalMs) <= ToleranceMs, qPrintable(spread.constLast()));
        QVERIFY2(qAbs(s.mediaPositionMs - s.nominalMs) <= ToleranceMs, qPrintable(spread.constLast()));
    }
    qInfo().noquote() << "quartile spread vs nominal:" << spread.join(u"; "_s);

    // The beacons reached the server with the playhead the media had.
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsWithPrefix(u"/track/"_s).size(), 9, 10000);
    for (const QString &event : {u"firstQuartile"_s, u"midpoint"_s, u"thirdQuartile"_s}) {
        const QList<TestServer::Request> hits = server.requestsFor(u"/track/"_s + event);
        QCOMPARE(hits.size(), 1);
        const qint64 playhead = playheadOf(hits.constFirst());
        const qint64 nominal = nominalOffset(event, MediaDurationMs);
        QVERIFY2(playhead >= nominal && playhead - nominal <= ToleranceMs,
                 qPrintable(u"%1 playhead %2"_s.arg(event).arg(playhead)));
    }
    QCOMPARE(playheadOf(server.requestsFor(u"/track/complete"_s).value(0)), MediaDurationMs);
    QCOMPARE(server.requestsFor(u"/media/ad.mp4"_s).isEmpty(), false);
    QTRY_VERIFY(tracker.isIdle());
    for (const Beacon *b : tracker.beacons())
        QCOMPARE(b->httpStatus(), 200);
}

void tst_RealtimePlayer::endOfMediaCompletes()
{
    // <Duration> says 8 s, the file lasts 4 s: the media's end, not a clock, completes the
    // ad after 4 s, and the events still ahead (thirdQuartile at 6 s, 90 % at 7.2 s,
    // complete) are tracked at that end, on the ad's 8 s timeline.
    RealtimePlayer player;
    Tracker tracker(&transport);
    player.setTracker(&tracker);
    player.setSelectedAd(AdSelector().select(makeAd(u"/media/ad.mp4"_s, u"00:00:08"_s)));
    QSignalSpy finished(&player, &Player::finished);
    QVERIFY(player.play());
    QVERIFY(finished.wait(PlayTimeoutMs));
    QCOMPARE(player.state(), Player::State::Completed);
    QCOMPARE(player.duration(), qint64(8000));

    const PlaybackSession session = player.session();
    QCOMPARE(playbackEvents(session),
             QStringList({u"loaded"_s, u"impression"_s, u"creativeView"_s, u"start"_s, u"progress(00:00:01.500)"_s,
                          u"firstQuartile"_s, u"midpoint"_s, u"thirdQuartile"_s, u"progress(90%)"_s,
                          u"complete"_s}));
    for (const PlaybackEvent &e : session.events) {
        if (e.event == "firstQuartile"_L1)
            QVERIFY2(e.offsetMs >= 2000 && e.offsetMs <= 2000 + ToleranceMs, qPrintable(QString::number(e.offsetMs)));
        if (e.event == "midpoint"_L1) // the media's last position (4000) or its end
            QVERIFY2(e.offsetMs == 4000 || e.offsetMs == 8000, qPrintable(QString::number(e.offsetMs)));
        if (e.event == "thirdQuartile"_L1 || (e.event == "progress"_L1 && e.detail == "90%"_L1)
            || e.event == "complete"_L1)
            QCOMPARE(e.offsetMs, qint64(8000));
    }
    // The media really ended: it never got past its own 4 s.
    QVERIFY(player.mediaPlayer()->position() <= MediaDurationMs);
}

void tst_RealtimePlayer::realtimeAndHeadlessGiveTheSameEvents()
{
    // The same viewer in both: pauses 300 ms after the first quartile, mutes at 2.5 s,
    // unmutes at 3.5 s.
    const QStringList expected{u"loaded"_s, u"impression"_s, u"creativeView"_s, u"start"_s, u"firstQuartile"_s, u"pause"_s,
                               u"resume"_s, u"progress(00:00:01.500)"_s, u"midpoint"_s, u"mute"_s,
                               u"thirdQuartile"_s, u"unmute"_s, u"progress(90%)"_s, u"complete"_s};
    const Ad ad = makeAd(u"/media/ad.mp4"_s);

    HeadlessPlayer headless;
    Tracker headlessTracker(&transport);
    headless.setTracker(&headlessTracker);
    headless.setSelectedAd(AdSelector().select(ad));
    headless.setSpeedFactor(0);
    headless.setInterruptionRules({InterruptionRule::at(InterruptionRule::Action::Pause, 1000, 300),
                                   InterruptionRule::at(InterruptionRule::Action::Mute, 2500),
                                   InterruptionRule::at(InterruptionRule::Action::Unmute, 3500)});
    QSignalSpy headlessFinished(&headless, &Player::finished);
    QVERIFY(headless.play());
    QVERIFY(headlessFinished.wait(PlayTimeoutMs));
    QCOMPARE(headless.state(), Player::State::Completed);

    RealtimePlayer realtime;
    Tracker realtimeTracker(&transport);
    realtime.setTracker(&realtimeTracker);
    realtime.setSelectedAd(AdSelector().select(ad));
    connect(&realtime, &Player::eventRecorded, this, [&](const PlaybackEvent &e) {
        if (e.event == "firstQuartile"_L1) {
            QTimer::singleShot(0, &realtime, [&] {
                QVERIFY(realtime.pause());
                QTimer::singleShot(300, &realtime, [&] { QVERIFY(realtime.resume()); });
            });
        }
    });
    connect(&realtime, &Player::positionChanged, this, [&](qint64 position) {
        if (position >= 2500 && position < 3500 && !realtime.isMuted())
            realtime.setMuted(true);
        if (position >= 3500 && realtime.isMuted())
            realtime.setMuted(false);
    });
    QSignalSpy realtimeFinished(&realtime, &Player::finished);
    QVERIFY(realtime.play());
    QVERIFY(realtimeFinished.wait(PlayTimeoutMs));
    QCOMPARE(realtime.state(), Player::State::Completed);

    QCOMPARE(playbackEvents(headless.session()), expected);
    QCOMPARE(playbackEvents(realtime.session()), expected);
    QCOMPARE(realtime.session().quartilesTracked, headless.session().quartilesTracked);
    QCOMPARE(realtimeTracker.trackedEvents(), headlessTracker.trackedEvents());
    QCOMPARE(beaconList(realtimeTracker), beaconList(headlessTracker));
    QCOMPARE(beaconList(realtimeTracker).size(), 13);
}

void tst_RealtimePlayer::mediaErrorsMapToVastCodes_data()
{
    QTest::addColumn<QString>("mediaUrl");
    QTest::addColumn<int>("mediaTimeoutMs");
    QTest::addColumn<ErrorCode>("code");

    QTest::addRow("http-404-is-401") << u"/media/missing.mp4"_s << 10000 << ErrorCode::FileNotFound;
    QTest::addRow("dead-server-is-401") << u"http://127.0.0.1:%1/ad.mp4"_s.arg(TestServer::unusedPort()) << 10000
                                        << ErrorCode::FileNotFound;
    QTest::addRow("not-media-is-405") << u"/media/not-media.mp4"_s << 10000 << ErrorCode::MediaFileDisplayError;
    QTest::addRow("slow-server-is-402") << u"/media/slow.mp4"_s << 500 << ErrorCode::MediaFileTimeout;
    QTest::addRow("bad-url-is-401") << u"http://[broken/ad.mp4"_s << 10000 << ErrorCode::FileNotFound;
}

void tst_RealtimePlayer::mediaErrorsMapToVastCodes()
{
    QFETCH(QString, mediaUrl);
    QFETCH(int, mediaTimeoutMs);
    QFETCH(ErrorCode, code);

    RealtimePlayer player;
    player.setMediaTimeoutMs(mediaTimeoutMs);
    QCOMPARE(player.mediaTimeoutMs(), mediaTimeoutMs);
    Tracker tracker(&transport);
    player.setTracker(&tracker);
    player.setSelectedAd(AdSelector().select(makeAd(mediaUrl)));
    QSignalSpy finished(&player, &Player::finished);
    QSignalSpy errors(&player, &Player::errorOccurred);
    QVERIFY(player.play());
    QVERIFY(finished.wait(PlayTimeoutMs));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<ErrorCode>(), code);
    QCOMPARE(player.state(), Player::State::Error);
    QCOMPARE(player.error(), code);
    QVERIFY(!player.errorString().isEmpty());

    const PlaybackSession session = player.session();
    QCOMPARE(session.errorCode, code);
    // Nothing was tracked as played: the ad never started.
    QCOMPARE(playbackEvents(session), QStringList({u"error"_s}));
    // The ad's Error URI was hit with the code.
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsFor(u"/track/error"_s).size(), 1, 10000);
    QCOMPARE(server.requestsFor(u"/track/error"_s).constFirst().query.queryItemValue(u"code"_s),
             QString::number(int(code)));
    QVERIFY(server.requestsFor(u"/track/impression"_s).isEmpty());
    QVERIFY(server.requestsFor(u"/track/start"_s).isEmpty());
    QVERIFY(!finished.wait(200)); // and finished() stays at one
}

void tst_RealtimePlayer::stallLongerThanTheTimeoutReports402()
{
    // A stall: at 1 s the media stops moving (as when the network stops delivering) and the
    // backend says StalledMedia. After mediaTimeoutMs without progress the ad fails with 402.
    RealtimePlayer player;
    player.setMediaTimeoutMs(1000);
    Tracker tracker(&transport);
    player.setTracker(&tracker);
    player.setSelectedAd(AdSelector().select(makeAd(u"/media/ad.mp4"_s)));
    bool stalled = false;
    connect(&player, &Player::positionChanged, this, [&](qint64 position) {
        if (position < 1000 || stalled)
            return;
        stalled = true;
        QTimer::singleShot(0, &player, [&] {
            player.mediaPlayer()->pause();
            Q_EMIT player.mediaPlayer()->mediaStatusChanged(QMediaPlayer::StalledMedia);
        });
    });
    QSignalSpy finished(&player, &Player::finished);
    QSignalSpy errors(&player, &Player::errorOccurred);
    QVERIFY(player.play());
    QVERIFY(finished.wait(PlayTimeoutMs));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<ErrorCode>(), ErrorCode::MediaFileTimeout);
    QCOMPARE(player.state(), Player::State::Error);

    const PlaybackSession session = player.session();
    QStringList names = session.eventNames();
    QCOMPARE(names, QStringList({u"loaded"_s, u"impression"_s, u"creativeView"_s, u"start"_s, u"firstQuartile"_s,
                                 u"buffering"_s, u"error"_s}));
    const PlaybackEvent buffering = session.events.at(5);
    QVERIFY2(buffering.detail.startsWith("stalled at "_L1), qPrintable(buffering.detail));
    QCOMPARE(session.events.at(6).detail, u"402"_s);
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsFor(u"/track/error"_s).size(), 1, 10000);
    QCOMPARE(server.requestsFor(u"/track/error"_s).constFirst().query.queryItemValue(u"code"_s), u"402"_s);
}

void tst_RealtimePlayer::bufferingIsRecordedNotTracked()
{
    // A short buffering (the backend recovers by itself) is recorded in the session with its
    // detail, fires no beacon and does not change the playback events.
    RealtimePlayer player;
    Tracker tracker(&transport);
    player.setTracker(&tracker);
    player.setSelectedAd(AdSelector().select(makeAd(u"/media/ad.mp4"_s)));
    int step = 0;
    connect(&player, &Player::positionChanged, this, [&](qint64 position) {
        if (step == 0 && position >= 2200) {
            step = 1;
            QTimer::singleShot(0, &player, [&] {
                Q_EMIT player.mediaPlayer()->mediaStatusChanged(QMediaPlayer::BufferingMedia);
            });
        } else if (step == 1 && position >= 2500) {
            step = 2;
            QTimer::singleShot(0, &player, [&] {
                Q_EMIT player.mediaPlayer()->mediaStatusChanged(QMediaPlayer::BufferedMedia);
            });
        }
    });
    QSignalSpy finished(&player, &Player::finished);
    QVERIFY(player.play());
    QVERIFY(finished.wait(PlayTimeoutMs));
    QCOMPARE(player.state(), Player::State::Completed);

    const PlaybackSession session = player.session();
    QCOMPARE(session.eventNames(),
             QStringList({u"loaded"_s, u"impression"_s, u"creativeView"_s, u"start"_s, u"firstQuartile"_s, u"progress"_s,
                          u"midpoint"_s, u"buffering"_s, u"buffered"_s, u"thirdQuartile"_s, u"progress"_s,
                          u"complete"_s}));
    QVERIFY2(session.events.at(7).detail.startsWith("buffering at "_L1), qPrintable(session.events.at(7).detail));
    QVERIFY2(session.events.at(8).detail.startsWith("after "_L1), qPrintable(session.events.at(8).detail));
    QVERIFY(!tracker.trackedEvents().contains(u"buffering"_s));
    QCOMPARE(tracker.beacons().size(), 9);
}

void tst_RealtimePlayer::pausedAdDoesNotTimeOut()
{
    // Paused longer than the media timeout: a pause is the viewer's, not a stall.
    RealtimePlayer player;
    player.setMediaTimeoutMs(500);
    player.setSelectedAd(AdSelector().select(makeAd(u"/media/ad.mp4"_s)));
    bool resumed = false;
    connect(&player, &Player::eventRecorded, this, [&](const PlaybackEvent &e) {
        if (e.event != "firstQuartile"_L1)
            return;
        QTimer::singleShot(0, &player, [&] {
            QVERIFY(player.pause());
            QTimer::singleShot(1500, &player, [&] { resumed = player.resume(); });
        });
    });
    QSignalSpy finished(&player, &Player::finished);
    QVERIFY(player.play());
    QVERIFY(finished.wait(PlayTimeoutMs));
    QVERIFY(resumed);
    QCOMPARE(player.error(), ErrorCode::NoError);
    QCOMPARE(player.state(), Player::State::Completed);
    QCOMPARE(playbackEvents(player.session()),
             QStringList({u"loaded"_s, u"impression"_s, u"creativeView"_s, u"start"_s, u"firstQuartile"_s, u"pause"_s,
                          u"resume"_s, u"progress(00:00:01.500)"_s, u"midpoint"_s, u"thirdQuartile"_s,
                          u"progress(90%)"_s, u"complete"_s}));
}

void tst_RealtimePlayer::skipOnlyAfterSkipoffset()
{
    RealtimePlayer player;
    Tracker tracker(&transport);
    player.setTracker(&tracker);
    player.setSelectedAd(AdSelector().select(makeAd(u"/media/ad.mp4"_s, u"00:00:04"_s, u"00:00:01"_s)));
    QSignalSpy finished(&player, &Player::finished);
    QSignalSpy canSkip(&player, &Player::canSkipChanged);
    bool earlySkip = true;
    connect(&player, &Player::eventRecorded, this, [&](const PlaybackEvent &e) {
        if (e.event == "start"_L1)
            earlySkip = player.skip(); // at 0 ms: not yet
    });
    QVERIFY(player.play());
    QTRY_VERIFY_WITH_TIMEOUT(player.canSkip(), PlayTimeoutMs);
    QVERIFY(!earlySkip);
    QVERIFY(player.position() >= 1000);
    QCOMPARE(canSkip.count(), 1);
    QVERIFY(player.skip());
    QCOMPARE(player.state(), Player::State::Skipped);
    QCOMPARE(finished.count(), 1);
    const QStringList events = playbackEvents(player.session());
    QCOMPARE(events.constLast(), u"skip"_s);
    QVERIFY(!events.contains(u"complete"_s));
    QVERIFY(!events.contains(u"midpoint"_s));
    // The media stopped with the ad.
    QTRY_COMPARE(player.mediaPlayer()->playbackState(), QMediaPlayer::StoppedState);
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsFor(u"/track/skip"_s).size(), 1, 10000);
}

void tst_RealtimePlayer::clickFiresClickTrackingThenRequestsClickThrough()
{
    RealtimePlayer player;
    Tracker tracker(&transport);
    player.setTracker(&tracker);
    player.setSelectedAd(AdSelector().select(makeAd(u"/media/ad.mp4"_s)));
    QCOMPARE(player.clickThrough(), QUrl()); // not loaded yet

    QStringList order;
    connect(&tracker, &Tracker::beaconCreated, this, [&](Beacon *b) { order.append(u"beacon:"_s + b->event()); });
    QSignalSpy clickThrough(&player, &RealtimePlayer::clickThroughRequested);
    connect(&player, &RealtimePlayer::clickThroughRequested, this, [&] { order.append(u"clickThrough"_s); });
    QSignalSpy finished(&player, &Player::finished);
    QVERIFY(player.play());
    QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 1000, PlayTimeoutMs);

    QVERIFY(player.click());
    QCOMPARE(clickThrough.count(), 0); // never from inside click()
    QVERIFY(clickThrough.wait());
    QCOMPARE(clickThrough.count(), 1);
    const QUrl url = clickThrough.at(0).at(0).toUrl();
    QCOMPARE(url.host(), u"advertiser.test"_s);
    const qint64 at = parseVastTime(QUrlQuery(url).queryItemValue(u"at"_s, QUrl::FullyDecoded));
    QVERIFY2(at >= 1000 && at <= MediaDurationMs, qPrintable(url.toString()));
    QVERIFY(order.indexOf(u"beacon:click"_s) >= 0);
    QVERIFY(order.indexOf(u"beacon:click"_s) < order.indexOf(u"clickThrough"_s));
    QVERIFY(player.session().eventNames().contains(u"click"_s));

    // mute / unmute are tracked while playing; the player keeps going.
    player.setMuted(true);
    player.setMuted(false);
    QVERIFY(finished.wait(PlayTimeoutMs));
    QCOMPARE(player.state(), Player::State::Completed);
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsFor(u"/track/click"_s).size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsFor(u"/track/mute"_s).size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsFor(u"/track/unmute"_s).size(), 1, 10000);
}

void tst_RealtimePlayer::videoGoesToTheVideoOutput()
{
    RealtimePlayer player;
    QVideoSink sink;
    QSignalSpy outputChanged(&player, &RealtimePlayer::videoOutputChanged);
    player.setVideoOutput(&sink);
    QCOMPARE(outputChanged.count(), 1);
    QCOMPARE(player.videoOutput(), &sink);
    QCOMPARE(player.mediaPlayer()->videoSink(), &sink);

    int frames = 0;
    QSize frameSize;
    connect(&sink, &QVideoSink::videoFrameChanged, this, [&](const QVideoFrame &frame) {
        if (frame.isValid()) {
            ++frames;
            frameSize = frame.size();
        }
    });
    player.setSelectedAd(AdSelector().select(makeAd(u"/media/ad.mp4"_s)));
    QSignalSpy finished(&player, &Player::finished);
    QVERIFY(player.play());
    QVERIFY(finished.wait(PlayTimeoutMs));
    QCOMPARE(player.state(), Player::State::Completed);
    QVERIFY2(frames > 10, qPrintable(QString::number(frames))); // 100 frames at 25 fps
    QCOMPARE(frameSize, QSize(320, 180));

    player.setVideoOutput(nullptr);
    QCOMPARE(player.videoOutput(), nullptr);
    QCOMPARE(outputChanged.count(), 2);
}

void tst_RealtimePlayer::audioIsOptional()
{
    RealtimePlayer player;
    QVERIFY(!player.isAudioEnabled());
    QCOMPARE(player.mediaPlayer()->audioOutput(), nullptr);
    QSignalSpy changed(&player, &RealtimePlayer::audioEnabledChanged);
    player.setMuted(true);
    player.setAudioEnabled(true);
    QVERIFY(player.isAudioEnabled());
    QVERIFY(player.mediaPlayer()->audioOutput() != nullptr);
    QVERIFY(player.mediaPlayer()->audioOutput()->isMuted());
    player.setMuted(false);
    QVERIFY(!player.mediaPlayer()->audioOutput()->isMuted());
    player.setAudioEnabled(true);
    QCOMPARE(changed.count(), 1);
    player.setAudioEnabled(false);
    QCOMPARE(player.mediaPlayer()->audioOutput(), nullptr);
    QCOMPARE(changed.count(), 2);
}

void tst_RealtimePlayer::stopBeforeLoadingEnds()
{
    RealtimePlayer player;
    Tracker tracker(&transport);
    player.setTracker(&tracker);
    player.setSelectedAd(AdSelector().select(makeAd(u"/media/slow.mp4"_s)));
    QSignalSpy finished(&player, &Player::finished);
    QSignalSpy errors(&player, &Player::errorOccurred);
    QVERIFY(player.play());
    QTRY_COMPARE(player.state(), Player::State::Loading);
    QVERIFY(player.stop());
    QCOMPARE(player.state(), Player::State::Stopped);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(player.mediaPlayer()->playbackState(), QMediaPlayer::StoppedState);
    QVERIFY(!finished.wait(300));
    QVERIFY(tracker.trackedEvents().isEmpty());
}

void tst_RealtimePlayer::missingMediaFileFallsBackToTheNextOne()
{
    // The WebM ranks first (closest to the player) but answers 404: the MP4 plays, no Error
    // URI fires, impression and start fire once, [ASSETURI] is the MP4.
    Ad ad = makeAd(u"/media/ad.mp4"_s);
    Linear &linear = ad.creatives.first().linear;
    for (TrackingEvent &t : linear.trackingEvents)
        t.url += u"&asset=[ASSETURI]"_s;
    MediaFile webm = linear.mediaFiles.constFirst();
    webm.id = u"webm"_s;
    webm.type = u"video/webm"_s;
    webm.url = server.url(u"/media/missing.webm"_s).toString();
    webm.width = 1280;
    webm.height = 720;
    linear.mediaFiles.prepend(webm);
    const SelectedAd selected = AdSelector().select(ad);
    QCOMPARE(selected.mediaFiles.size(), 2);
    QCOMPARE(selected.mediaFile().id, u"webm"_s);

    RealtimePlayer player;
    player.setTransport(&transport);
    Tracker tracker(&transport);
    player.setTracker(&tracker);
    player.setSelectedAd(selected);
    QSignalSpy finished(&player, &Player::finished);
    QSignalSpy errors(&player, &Player::errorOccurred);
    QVERIFY(player.play());
    QVERIFY(finished.wait(PlayTimeoutMs));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(player.state(), Player::State::Completed);
    QCOMPARE(player.currentMediaFile().mediaFile.id, u"mp4"_s);

    const PlaybackSession session = player.session();
    const QString mp4 = server.url(u"/media/ad.mp4"_s).toString();
    QCOMPARE(session.mediaFileUrl, mp4);
    QCOMPARE(session.mediaFileAttempts.size(), 2);
    QCOMPARE(session.mediaFileAttempts.at(0).url, webm.url);
    QVERIFY(!session.mediaFileAttempts.at(0).played);
    QCOMPARE(session.mediaFileAttempts.at(0).code, ErrorCode::FileNotFound);
    QCOMPARE(session.mediaFileAttempts.at(1).url, mp4);
    QVERIFY(session.mediaFileAttempts.at(1).played);
    QCOMPARE(session.mediaFileAttempts.at(1).code, ErrorCode::NoError);
    QCOMPARE(session.toJson().value(u"mediaFileAttempts"_s).toArray().at(0).toObject().value(u"result"_s).toString(),
             u"failed"_s);

    QCOMPARE(playbackEvents(session).count(u"impression"_s), 1);
    QCOMPARE(playbackEvents(session).count(u"start"_s), 1);
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsFor(u"/track/complete"_s).size(), 1, 10000);
    QCOMPARE(server.requestsFor(u"/track/impression"_s).size(), 1);
    QCOMPARE(server.requestsFor(u"/track/start"_s).size(), 1);
    QCOMPARE(server.requestsFor(u"/track/start"_s).constFirst().query.queryItemValue(u"asset"_s, QUrl::FullyDecoded), mp4);
    QVERIFY(!finished.wait(300));
    QVERIFY(server.requestsFor(u"/track/error"_s).isEmpty());
}

void tst_RealtimePlayer::everyMediaFileFailing()
{
    // Both files fail: one error, with the code of the last failure, after both were tried.
    Ad ad = makeAd(u"/media/missing.mp4"_s);
    Linear &linear = ad.creatives.first().linear;
    MediaFile second = linear.mediaFiles.constFirst();
    second.id = u"text"_s;
    second.url = server.url(u"/media/not-media.mp4"_s).toString();
    second.width = 160;
    second.height = 90;
    linear.mediaFiles.append(second);

    RealtimePlayer player;
    Tracker tracker(&transport);
    player.setTracker(&tracker);
    player.setSelectedAd(AdSelector().select(ad));
    QSignalSpy finished(&player, &Player::finished);
    QSignalSpy errors(&player, &Player::errorOccurred);
    QVERIFY(player.play());
    QVERIFY(finished.wait(PlayTimeoutMs));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(player.error(), ErrorCode::MediaFileDisplayError);
    QCOMPARE(player.session().mediaFileAttempts.size(), 2);
    QCOMPARE(player.session().mediaFileAttempts.at(0).code, ErrorCode::FileNotFound);
    QTRY_COMPARE_WITH_TIMEOUT(server.requestsFor(u"/track/error"_s).size(), 1, 10000);
    QCOMPARE(server.requestsFor(u"/track/error"_s).constFirst().query.queryItemValue(u"code"_s), u"405"_s);
    QVERIFY(!finished.wait(300));
    QCOMPARE(server.requestsFor(u"/track/error"_s).size(), 1);
}

QTEST_GUILESS_MAIN(tst_RealtimePlayer)
#include "tst_realtimeplayer.moc"
