// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "testserver.h"

#include <VastQt/tracker.h>
#include <VastQt/httptransport.h>
#include <VastQt/memorytransport.h>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace VastQt;

class tst_Tracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void impressionFiresAllUrisOnce();
    void signalsAreQueued();
    void positionSweepFiresQuartilesAndProgressInOrder();
    void positionJumpFiresSkippedPointsInOrder();
    void durationOverrideMovesQuartiles();
    void noDurationNoQuartiles();
    void pauseResumeLegality();
    void muteUnmuteLegality();
    void mutedContextAllowsUnmuteFirst();
    void onceOnlyEventsAndEnd();
    void notUsedIsTerminal();
    void unknownAndCustomEvents();
    void clickIsRepeatableAndExpandsClickPos();
    void errorExpandsErrorCode();
    void trackUrlsFiresArbitraryUrls();
    void failingBeaconDoesNotStopLaterEvents();
    void idleAfterLastBeacon();
    void macrosComeFromAdAndContext();
    void timestampFromInjectedClock();
    void verificationNotExecutedUsesVerificationUris();
    void verificationNotExecutedWithReason();
    void setAdResetsEventState();
    void memoryBeaconsSendTheExpandedUrl();
    void invalidUrlFailsWithoutRequest();
    void deletingBeaconsAndTrackerFromSlots();

private:
    QString track(const QString &path) const { return m_server.url(path).toString(); }
    Ad makeAd() const;
    std::unique_ptr<Tracker> makeTracker();
    QStringList requestedPaths() const;

    TestServer m_server;
    HttpTransport m_transport;
};

namespace
{

TrackingEvent te(const QString &event, const QString &url, const QString &offset = QString())
{
    TrackingEvent t;
    t.event = event;
    t.url = url;
    t.offset = offset;
    return t;
}

VastUri vu(const QString &url)
{
    VastUri u;
    u.url = url;
    return u;
}

QList<qint64> offsets(const QSignalSpy &spy)
{
    QList<qint64> out;
    for (const auto &args : spy)
        out.append(args.at(1).toLongLong());
    return out;
}

QStringList names(const QSignalSpy &spy)
{
    QStringList out;
    for (const auto &args : spy)
        out.append(args.at(0).toString());
    return out;
}

} // namespace

Ad tst_Tracker::makeAd() const
{
    Ad ad;
    ad.id = u"ad-1"_s;
    ad.sequence = 2;
    ad.adType = u"video"_s;
    ad.adServingId = u"srv-123"_s;
    ad.impressions = { vu(track(u"/track/imp1?cb=[CACHEBUSTING]"_s)), vu(track(u"/track/imp2"_s)) };
    ad.errors = { track(u"/track/error?code=[ERRORCODE]&ah=[ADPLAYHEAD]"_s) };

    Creative companion;
    companion.kind = Creative::Kind::Companion;
    ad.creatives.append(companion);

    Creative c;
    c.kind = Creative::Kind::Linear;
    c.universalAdIds = { UniversalAdId { u"ad-id.org"_s, u"CNPA0484000H"_s } };
    Linear &l = c.linear;
    l.durationMs = 20000;
    l.trackingEvents = {
        te(u"creativeView"_s, track(u"/track/creativeView"_s)),
        te(u"start"_s, track(u"/track/start1"_s)),
        te(u"start"_s, track(u"/track/start2"_s)),
        te(u"firstQuartile"_s, track(u"/track/q1?ah=[ADPLAYHEAD]"_s)),
        te(u"midpoint"_s, track(u"/track/q2"_s)),
        te(u"thirdQuartile"_s, track(u"/track/q3"_s)),
        te(u"complete"_s, track(u"/track/complete"_s)),
        te(u"pause"_s, track(u"/track/pause"_s)),
        te(u"resume"_s, track(u"/track/resume"_s)),
        te(u"mute"_s, track(u"/track/mute"_s)),
        te(u"unmute"_s, track(u"/track/unmute"_s)),
        te(u"closeLinear"_s, track(u"/track/closeLinear"_s)),
        te(u"customThing"_s, track(u"/track/custom"_s)),
        te(u"progress"_s, track(u"/track/p5a?ah=[ADPLAYHEAD]"_s), u"00:00:05"_s),
        te(u"progress"_s, track(u"/track/p10pct?ah=${ADPLAYHEAD}"_s), u"10%"_s),
        te(u"progress"_s, track(u"/track/p12500"_s), u"00:00:12.500"_s),
        te(u"progress"_s, track(u"/track/p60pct"_s), u"60%"_s),
        te(u"progress"_s, track(u"/track/p5b"_s), u"00:00:05.000"_s),
        te(u"progress"_s, track(u"/track/pbad"_s), u"soon"_s),
    };
    l.videoClicks.clickTracking = { vu(track(u"/track/click1?pos=[CLICKPOS]"_s)), vu(track(u"/track/click2"_s)) };
    ad.creatives.append(c);
    return ad;
}

std::unique_ptr<Tracker> tst_Tracker::makeTracker()
{
    auto tracker = std::make_unique<Tracker>(&m_transport);
    RetryPolicy p;
    p.maxRetries = 1;
    p.initialDelayMs = 10;
    tracker->setRetryPolicy(p);
    tracker->setAd(makeAd(), 1);
    return tracker;
}

QStringList tst_Tracker::requestedPaths() const
{
    QStringList out;
    for (const auto &r : m_server.requests())
        out.append(r.path);
    return out;
}

void tst_Tracker::initTestCase()
{
    QVERIFY(m_server.start());
}

void tst_Tracker::init()
{
    m_server.clearRequests();
}

void tst_Tracker::impressionFiresAllUrisOnce()
{
    auto tracker = makeTracker();
    QSignalSpy eventSpy(tracker.get(), &Tracker::eventTracked);
    QSignalSpy idleSpy(tracker.get(), &Tracker::idle);

    QVERIFY(tracker->trackImpression());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"impression refused"_s));
    QVERIFY(!tracker->trackImpression());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"impression refused"_s));
    QVERIFY(!tracker->trackEvent(u"impression"_s)); // same rule through trackEvent()
    QCOMPARE(tracker->trackedEvents(), QStringList { u"impression"_s });
    QCOMPARE(tracker->beacons().size(), 2);
    for (Beacon *b : tracker->beacons())
        QCOMPARE(b->event(), u"impression"_s);

    QVERIFY(idleSpy.wait());
    QCOMPARE(m_server.requestsFor(u"/track/imp1"_s).size(), 1);
    QCOMPARE(m_server.requestsFor(u"/track/imp2"_s).size(), 1);
    const QString cb = m_server.requestsFor(u"/track/imp1"_s).first().query.queryItemValue(u"cb"_s);
    QCOMPARE(cb.size(), 8);
    QCOMPARE(eventSpy.count(), 1);
    QCOMPARE(eventSpy.first().at(0).toString(), u"impression"_s);
    for (Beacon *b : tracker->beacons())
        QCOMPARE(b->state(), Beacon::State::Tracked);
}

void tst_Tracker::signalsAreQueued()
{
    auto tracker = makeTracker();
    QSignalSpy eventSpy(tracker.get(), &Tracker::eventTracked);
    QSignalSpy createdSpy(tracker.get(), &Tracker::beaconCreated);
    QSignalSpy finishedSpy(tracker.get(), &Tracker::beaconFinished);
    QVERIFY(tracker->isIdle());
    QVERIFY(tracker->trackEvent(u"start"_s));
    QVERIFY(!tracker->isIdle());
    // Nothing emitted from inside trackEvent().
    QCOMPARE(eventSpy.count(), 0);
    QCOMPARE(createdSpy.count(), 0);
    QTRY_COMPARE(finishedSpy.count(), 2);
    QCOMPARE(eventSpy.count(), 1);
    QCOMPARE(createdSpy.count(), 2);
    QCOMPARE(createdSpy.at(0).at(0).value<Beacon *>(), tracker->beacons().at(0));
    QCOMPARE(createdSpy.at(1).at(0).value<Beacon *>(), tracker->beacons().at(1));
    QVERIFY(tracker->isIdle());
}

void tst_Tracker::positionSweepFiresQuartilesAndProgressInOrder()
{
    auto tracker = makeTracker();
    QSignalSpy eventSpy(tracker.get(), &Tracker::eventTracked);
    QSignalSpy idleSpy(tracker.get(), &Tracker::idle);
    QCOMPARE(tracker->durationMs(), 20000);

    QVERIFY(tracker->trackEvent(u"start"_s));
    for (qint64 pos = 0; pos <= 20000; pos += 250)
        tracker->updatePosition(pos);
    // A second sweep (a rewind, then playing on) fires nothing again.
    for (qint64 pos = 0; pos <= 20000; pos += 1000)
        tracker->updatePosition(pos);

    const QStringList expected = { u"start"_s, u"progress"_s, u"firstQuartile"_s, u"progress"_s, u"midpoint"_s,
        u"progress"_s, u"progress"_s, u"thirdQuartile"_s };
    QCOMPARE(tracker->trackedEvents(), expected);
    QTRY_COMPARE(eventSpy.count(), expected.size());
    QCOMPARE(names(eventSpy), expected);
    QCOMPARE(offsets(eventSpy), (QList<qint64> { 0, 2000, 5000, 5000, 10000, 12000, 12500, 15000 }));
    QVERIFY(!tracker->trackedEvents().contains(u"complete"_s));

    QTRY_VERIFY(tracker->isIdle());
    for (const QString &path : { u"/track/start1"_s, u"/track/start2"_s, u"/track/q1"_s, u"/track/q2"_s, u"/track/q3"_s,
             u"/track/p5a"_s, u"/track/p5b"_s, u"/track/p10pct"_s, u"/track/p12500"_s, u"/track/p60pct"_s })
        QVERIFY2(m_server.requestsFor(path).size() == 1, qPrintable(path));
    QCOMPARE(m_server.requestsFor(u"/track/pbad"_s).size(), 0);
    QCOMPARE(m_server.requestsFor(u"/track/complete"_s).size(), 0);
    // [ADPLAYHEAD] is the playhead at the moment the event fired.
    QCOMPARE(m_server.requestsFor(u"/track/p10pct"_s).first().query.queryItemValue(u"ah"_s, QUrl::FullyDecoded),
        u"00:00:02.000"_s);
    QCOMPARE(m_server.requestsFor(u"/track/q1"_s).first().query.queryItemValue(u"ah"_s, QUrl::FullyDecoded),
        u"00:00:05.000"_s);

    QVERIFY(tracker->trackEvent(u"complete"_s));
    QTRY_COMPARE(m_server.requestsFor(u"/track/complete"_s).size(), 1);
}

void tst_Tracker::positionJumpFiresSkippedPointsInOrder()
{
    auto tracker = makeTracker();
    QSignalSpy eventSpy(tracker.get(), &Tracker::eventTracked);
    tracker->updatePosition(16000);
    QCOMPARE(tracker->trackedEvents(),
        (QStringList { u"progress"_s, u"firstQuartile"_s, u"progress"_s, u"midpoint"_s, u"progress"_s, u"progress"_s,
            u"thirdQuartile"_s }));
    QTRY_COMPARE(eventSpy.count(), 7);
    for (qint64 o : offsets(eventSpy))
        QCOMPARE(o, 16000);
    QCOMPARE(tracker->positionMs(), 16000);
    QTRY_VERIFY(tracker->isIdle());
}

void tst_Tracker::durationOverrideMovesQuartiles()
{
    auto tracker = makeTracker();
    tracker->setDurationMs(8000); // 25% = 2000, 10% = 800, 60% = 4800
    tracker->updatePosition(1000);
    QCOMPARE(tracker->trackedEvents(), QStringList { u"progress"_s }); // 10%
    tracker->updatePosition(2000);
    QCOMPARE(tracker->trackedEvents(), (QStringList { u"progress"_s, u"firstQuartile"_s }));
    tracker->updatePosition(4000);
    QCOMPARE(tracker->trackedEvents().last(), u"midpoint"_s);
    QTRY_VERIFY(tracker->isIdle());
}

void tst_Tracker::noDurationNoQuartiles()
{
    auto tracker = makeTracker();
    tracker->setDurationMs(0);
    tracker->updatePosition(13000);
    // Only the time offsets: 5000 (two URIs, one event) and 12500; no quartile, no n%.
    QCOMPARE(tracker->trackedEvents(), (QStringList { u"progress"_s, u"progress"_s }));
    QTRY_VERIFY(tracker->isIdle());
    QCOMPARE(m_server.requestsFor(u"/track/p10pct"_s).size(), 0);
    QCOMPARE(m_server.requestsFor(u"/track/p5a"_s).size(), 1);
    QCOMPARE(m_server.requestsFor(u"/track/p5b"_s).size(), 1);
}

void tst_Tracker::pauseResumeLegality()
{
    auto tracker = makeTracker();
    QVERIFY(tracker->trackEvent(u"start"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"resume.*refused"_s));
    QVERIFY(!tracker->trackEvent(u"resume"_s)); // no pause yet
    QVERIFY(tracker->trackEvent(u"pause"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"pause.*refused"_s));
    QVERIFY(!tracker->trackEvent(u"pause"_s)); // already paused
    QVERIFY(tracker->trackEvent(u"resume"_s));
    QVERIFY(tracker->trackEvent(u"pause"_s)); // can repeat
    QVERIFY(tracker->trackEvent(u"resume"_s));
    QCOMPARE(tracker->trackedEvents(), (QStringList { u"start"_s, u"pause"_s, u"resume"_s, u"pause"_s, u"resume"_s }));
    QTRY_VERIFY(tracker->isIdle());
    QCOMPARE(m_server.requestsFor(u"/track/pause"_s).size(), 2);
    QCOMPARE(m_server.requestsFor(u"/track/resume"_s).size(), 2);
}

void tst_Tracker::muteUnmuteLegality()
{
    auto tracker = makeTracker();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unmute.*refused"_s));
    QVERIFY(!tracker->trackEvent(u"unmute"_s));
    QVERIFY(tracker->trackEvent(u"mute"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"mute.*refused"_s));
    QVERIFY(!tracker->trackEvent(u"mute"_s));
    QVERIFY(tracker->trackEvent(u"unmute"_s));
    QVERIFY(tracker->trackEvent(u"fullscreen"_s)); // no URI, still accepted
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"fullscreen.*refused"_s));
    QVERIFY(!tracker->trackEvent(u"fullscreen"_s));
    QVERIFY(tracker->trackEvent(u"exitFullscreen"_s));
    QCOMPARE(tracker->trackedEvents(), (QStringList { u"mute"_s, u"unmute"_s, u"fullscreen"_s, u"exitFullscreen"_s }));
    QTRY_VERIFY(tracker->isIdle());
    QCOMPARE(m_server.requestsFor(u"/track/mute"_s).size(), 1);
    QCOMPARE(m_server.requestsFor(u"/track/unmute"_s).size(), 1);
}

void tst_Tracker::mutedContextAllowsUnmuteFirst()
{
    auto tracker = makeTracker();
    TrackingContext context;
    context.playerState = { u"muted"_s };
    tracker->setContext(context);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"mute.*refused"_s));
    QVERIFY(!tracker->trackEvent(u"mute"_s));
    QVERIFY(tracker->trackEvent(u"unmute"_s));
    QTRY_VERIFY(tracker->isIdle());
}

void tst_Tracker::onceOnlyEventsAndEnd()
{
    auto tracker = makeTracker();
    QVERIFY(tracker->trackEvent(u"creativeView"_s));
    QVERIFY(tracker->trackEvent(u"start"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"start.*refused"_s));
    QVERIFY(!tracker->trackEvent(u"start"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"creativeView.*refused"_s));
    QVERIFY(!tracker->trackEvent(u"creativeView"_s));
    QVERIFY(tracker->trackEvent(u"complete"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"complete.*refused"_s));
    QVERIFY(!tracker->trackEvent(u"complete"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"pause.*refused"_s));
    QVERIFY(!tracker->trackEvent(u"pause"_s)); // the ad has ended
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"skip.*refused"_s));
    QVERIFY(!tracker->trackEvent(u"skip"_s));
    tracker->updatePosition(20000); // nothing fires after the end
    QVERIFY(tracker->trackEvent(u"closeLinear"_s)); // the end card can still close
    QVERIFY(tracker->trackClick());
    QCOMPARE(tracker->trackedEvents(),
        (QStringList { u"creativeView"_s, u"start"_s, u"complete"_s, u"closeLinear"_s, u"click"_s }));
    QTRY_VERIFY(tracker->isIdle());
    QCOMPARE(m_server.requestsFor(u"/track/start1"_s).size(), 1);
    QCOMPARE(m_server.requestsFor(u"/track/q1"_s).size(), 0);
}

void tst_Tracker::notUsedIsTerminal()
{
    {
        auto tracker = makeTracker();
        QVERIFY(tracker->trackEvent(u"notUsed"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"impression refused"_s));
        QVERIFY(!tracker->trackImpression());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"start.*refused"_s));
        QVERIFY(!tracker->trackEvent(u"start"_s));
        tracker->updatePosition(19000);
        QCOMPARE(tracker->trackedEvents(), QStringList { u"notUsed"_s });
    }
    {
        auto tracker = makeTracker();
        QVERIFY(tracker->trackImpression());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"notUsed.*refused"_s));
        QVERIFY(!tracker->trackEvent(u"notUsed"_s));
        QTRY_VERIFY(tracker->isIdle());
    }
}

void tst_Tracker::unknownAndCustomEvents()
{
    auto tracker = makeTracker();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"bogus.*refused"_s));
    QVERIFY(!tracker->trackEvent(u"bogus"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"progress.*refused"_s));
    QVERIFY(!tracker->trackEvent(u"progress"_s));
    // A name outside the IAB list that the Linear has <Tracking> for: repeatable.
    QVERIFY(tracker->trackEvent(u"customThing"_s));
    QVERIFY(tracker->trackEvent(u"customThing"_s));
    QVERIFY(tracker->trackEvent(u"otherAdInteraction"_s)); // IAB, no URI
    QCOMPARE(tracker->trackedEvents(), (QStringList { u"customThing"_s, u"customThing"_s, u"otherAdInteraction"_s }));
    QTRY_VERIFY(tracker->isIdle());
    QCOMPARE(m_server.requestsFor(u"/track/custom"_s).size(), 2);
    QVERIFY(Tracker::knownEvents().contains(u"firstQuartile"_s));
    QVERIFY(Tracker::knownEvents().contains(u"playerCollapse"_s));
}

void tst_Tracker::clickIsRepeatableAndExpandsClickPos()
{
    auto tracker = makeTracker();
    TrackingContext context;
    context.clickPos = QPoint(315, 204);
    tracker->setContext(context);
    QVERIFY(tracker->trackClick());
    QVERIFY(tracker->trackClick());
    QCOMPARE(tracker->trackedEvents(), (QStringList { u"click"_s, u"click"_s }));
    QCOMPARE(tracker->beacons().size(), 4);
    QTRY_VERIFY(tracker->isIdle());
    const auto clicks = m_server.requestsFor(u"/track/click1"_s);
    QCOMPARE(clicks.size(), 2);
    QCOMPARE(clicks.first().query.queryItemValue(u"pos"_s), u"315,204"_s);
    QCOMPARE(m_server.requestsFor(u"/track/click2"_s).size(), 2);
}

void tst_Tracker::errorExpandsErrorCode()
{
    auto tracker = makeTracker();
    QSignalSpy eventSpy(tracker.get(), &Tracker::eventTracked);
    tracker->updatePosition(3000);
    tracker->trackError(ErrorCode::NoSupportedMediaFile);
    QVERIFY(tracker->trackedEvents().endsWith(u"error"_s));
    QTRY_VERIFY(tracker->isIdle());
    const auto errors = m_server.requestsFor(u"/track/error"_s);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().query.queryItemValue(u"code"_s), u"403"_s);
    QCOMPARE(errors.first().query.queryItemValue(u"ah"_s, QUrl::FullyDecoded), u"00:00:03.000"_s);
    Beacon *b = tracker->beacons().last();
    QCOMPARE(b->event(), u"error"_s);
    QVERIFY(b->templateUrl().contains(u"[ERRORCODE]"_s));
    QVERIFY(b->url().toString().contains(u"code=403"_s));
    QCOMPARE(b->offsetMs(), 3000);
    QCOMPARE(names(eventSpy).last(), u"error"_s);
    // The code is only for that call: the tracker's context is unchanged.
    QCOMPARE(tracker->context().errorCode, ErrorCode::NoError);
}

void tst_Tracker::trackUrlsFiresArbitraryUrls()
{
    auto tracker = makeTracker();
    TrackingContext context;
    context.errorCode = ErrorCode::WrapperTimeout;
    tracker->setContext(context);
    tracker->trackUrls(u"error"_s, { track(u"/track/w1?e=[ERRORCODE]"_s), u"  "_s, track(u"/track/w2"_s) });
    QCOMPARE(tracker->trackedEvents(), QStringList { u"error"_s });
    QCOMPARE(tracker->beacons().size(), 2); // the blank URI is skipped
    QTRY_VERIFY(tracker->isIdle());
    QCOMPARE(m_server.requestsFor(u"/track/w1"_s).size(), 1);
    QCOMPARE(m_server.requestsFor(u"/track/w1"_s).first().query.queryItemValue(u"e"_s), u"301"_s);
    QCOMPARE(m_server.requestsFor(u"/track/w2"_s).size(), 1);
}

void tst_Tracker::failingBeaconDoesNotStopLaterEvents()
{
    Ad ad = makeAd();
    QUrl dead(u"http://127.0.0.1/track/dead"_s);
    dead.setPort(TestServer::unusedPort());
    ad.creatives[1].linear.trackingEvents.prepend(te(u"start"_s, dead.toString()));
    TestServer::Response fail;
    fail.status = 500;
    m_server.setResponse(u"/track/start2"_s, fail);

    Tracker tracker(&m_transport);
    RetryPolicy p;
    p.maxRetries = 1;
    p.initialDelayMs = 10;
    tracker.setRetryPolicy(p);
    tracker.setAd(ad, 1);
    QSignalSpy idleSpy(&tracker, &Tracker::idle);
    QSignalSpy finishedSpy(&tracker, &Tracker::beaconFinished);

    QVERIFY(tracker.trackEvent(u"start"_s));
    tracker.updatePosition(5000);
    QVERIFY(tracker.trackEvent(u"pause"_s));
    QCOMPARE(tracker.trackedEvents(),
        (QStringList { u"start"_s, u"progress"_s, u"firstQuartile"_s, u"progress"_s, u"pause"_s }));
    QTRY_COMPARE_WITH_TIMEOUT(idleSpy.count(), 1, 15000);

    QList<Beacon *> failed;
    for (Beacon *b : tracker.beacons()) {
        if (b->state() == Beacon::State::Failed)
            failed.append(b);
        else
            QCOMPARE(b->state(), Beacon::State::Tracked);
    }
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0)->url(), dead);
    QCOMPARE(failed.at(0)->attempts(), 2);
    QCOMPARE(failed.at(1)->httpStatus(), 500);
    QCOMPARE(m_server.requestsFor(u"/track/start2"_s).size(), 2);
    QCOMPARE(m_server.requestsFor(u"/track/q1"_s).size(), 1);
    QCOMPARE(m_server.requestsFor(u"/track/pause"_s).size(), 1);
    QCOMPARE(finishedSpy.count(), tracker.beacons().size());
    m_server.setResponse(u"/track/start2"_s, TestServer::Response { 200, QByteArray(), "text/plain", 0, {} });
}

void tst_Tracker::idleAfterLastBeacon()
{
    auto tracker = makeTracker();
    QSignalSpy idleSpy(tracker.get(), &Tracker::idle);
    QSignalSpy createdSpy(tracker.get(), &Tracker::beaconCreated);
    QSignalSpy finishedSpy(tracker.get(), &Tracker::beaconFinished);
    QVERIFY(tracker->isIdle());
    QVERIFY(tracker->trackImpression());
    QVERIFY(tracker->trackEvent(u"creativeView"_s));
    QVERIFY(tracker->trackEvent(u"start"_s));
    QVERIFY(!tracker->isIdle());
    QVERIFY(idleSpy.wait());
    QVERIFY(tracker->isIdle());
    QCOMPARE(idleSpy.count(), 1);
    QCOMPARE(createdSpy.count(), 5);
    QCOMPARE(finishedSpy.count(), 5);
    // An accepted event without URI does not make the tracker busy.
    QVERIFY(tracker->trackEvent(u"rewind"_s));
    QVERIFY(tracker->isIdle());
    // The next batch gives one more idle().
    QVERIFY(tracker->trackClick());
    QVERIFY(idleSpy.wait());
    QCOMPARE(idleSpy.count(), 2);
}

void tst_Tracker::macrosComeFromAdAndContext()
{
    Ad ad = makeAd();
    ad.impressions = { vu(track(u"/track/ids?asi=[ADSERVINGID]&uai=[UNIVERSALADID]&seq=[PODSEQUENCE]&type=[ADTYPE]"
                                "&bp=[BREAKPOSITION]&ifa=[IFA]&own=[OWN]&dom=[DOMAIN]"_s)) };
    auto tracker = makeTracker();
    tracker->setAd(ad, 1);
    TrackingContext context;
    context.breakPosition = 1;
    context.domain = u"example.com"_s;
    context.withheld = { u"DOMAIN"_s };
    tracker->setContext(context);
    QVERIFY(tracker->trackImpression());
    QTRY_VERIFY(tracker->isIdle());
    const auto reqs = m_server.requestsFor(u"/track/ids"_s);
    QCOMPARE(reqs.size(), 1);
    const QUrlQuery q = reqs.first().query;
    QCOMPARE(q.queryItemValue(u"asi"_s), u"srv-123"_s);
    QCOMPARE(q.queryItemValue(u"uai"_s, QUrl::FullyDecoded), u"ad-id.org CNPA0484000H"_s);
    QCOMPARE(q.queryItemValue(u"seq"_s), u"2"_s);
    QCOMPARE(q.queryItemValue(u"type"_s), u"video"_s);
    QCOMPARE(q.queryItemValue(u"bp"_s), u"1"_s);
    QCOMPARE(q.queryItemValue(u"ifa"_s), u"-1"_s); // registry macro, unknown
    QCOMPARE(q.queryItemValue(u"own"_s, QUrl::FullyDecoded), u"[OWN]"_s); // not in the registry: left
    QCOMPARE(q.queryItemValue(u"dom"_s), u"-2"_s);

    // The context wins over the ad; the unknown policy can be changed on the tracker.
    auto second = makeTracker();
    second->setAd(ad, 1);
    context.adServingId = u"mine"_s;
    context.podSequence = 7;
    second->setContext(context);
    second->setUnknownMacroPolicy(MacroExpander::UnknownMacroPolicy::Remove);
    QVERIFY(second->trackImpression());
    QTRY_VERIFY(second->isIdle());
    const QUrlQuery q2 = m_server.requestsFor(u"/track/ids"_s).last().query;
    QCOMPARE(q2.queryItemValue(u"asi"_s), u"mine"_s);
    QCOMPARE(q2.queryItemValue(u"seq"_s), u"7"_s);
    QCOMPARE(q2.queryItemValue(u"own"_s), QString());
}

void tst_Tracker::timestampFromInjectedClock()
{
    Ad ad = makeAd();
    ad.impressions = { vu(track(u"/track/ts?t=[TIMESTAMP]&cb=[CACHEBUSTING]"_s)) };
    MacroExpander expander;
    expander.setClock([] { return QDateTime(QDate(2016, 1, 17), QTime(8, 15, 7, 127), Qt::OffsetFromUTC, -5 * 3600); });
    expander.setRandomSeed(99);
    MacroExpander reference = expander;

    auto tracker = makeTracker();
    tracker->setAd(ad, 1);
    tracker->setMacroExpander(expander);
    QVERIFY(tracker->trackImpression());
    QTRY_VERIFY(tracker->isIdle());
    const auto reqs = m_server.requestsFor(u"/track/ts"_s);
    QCOMPARE(reqs.size(), 1);
    QCOMPARE(reqs.first().query.queryItemValue(u"t"_s, QUrl::FullyDecoded), u"2016-01-17T08:15:07.127-05:00"_s);
    // Same seed, same cache buster: reproducible runs.
    const QString expected = reference.expand(u"[CACHEBUSTING]", TrackingContext());
    QCOMPARE(reqs.first().query.queryItemValue(u"cb"_s), expected);
}

void tst_Tracker::verificationNotExecutedUsesVerificationUris()
{
    Ad ad = makeAd();
    Verification v;
    v.vendor = u"vendor.com-omid"_s;
    v.trackingEvents = { te(u"verificationNotExecuted"_s, track(u"/track/vne?r=[REASON]"_s)) };
    ad.adVerifications = { v };
    auto tracker = makeTracker();
    tracker->setAd(ad, 1);
    TrackingContext context;
    context.reason = 2;
    tracker->setContext(context);
    QVERIFY(tracker->trackEvent(u"verificationNotExecuted"_s));
    QTRY_VERIFY(tracker->isIdle());
    const auto reqs = m_server.requestsFor(u"/track/vne"_s);
    QCOMPARE(reqs.size(), 1);
    QCOMPARE(reqs.first().query.queryItemValue(u"r"_s), u"2"_s);
}

// Each <Verification>'s verificationNotExecuted URI fires once, with the [REASON] given
// (VAST 4.3 §3.17.4), not the context's; a reason outside 1..3 and a second call are refused.
void tst_Tracker::verificationNotExecutedWithReason()
{
    Ad ad = makeAd();
    Verification a;
    a.vendor = u"a.example-omid"_s;
    a.trackingEvents = { te(u"verificationNotExecuted"_s, track(u"/track/vne?v=a&r=[REASON]"_s)) };
    Verification b;
    b.vendor = u"b.example-omid"_s;
    b.trackingEvents = { te(u"verificationNotExecuted"_s, track(u"/track/vne?v=b&r=[REASON]"_s)) };
    ad.adVerifications = { a, b };
    auto tracker = makeTracker();
    tracker->setAd(ad, 1);
    TrackingContext context;
    context.reason = 3;
    tracker->setContext(context);
    QVERIFY(!tracker->trackVerificationNotExecuted(4));
    QVERIFY(!tracker->trackVerificationNotExecuted(0));
    QVERIFY(tracker->trackVerificationNotExecuted(2));
    QVERIFY(!tracker->trackVerificationNotExecuted(2));
    QTRY_VERIFY(tracker->isIdle());
    const auto reqs = m_server.requestsFor(u"/track/vne"_s);
    QCOMPARE(reqs.size(), 2);
    QStringList seen;
    for (const auto &r : reqs)
        seen << r.query.queryItemValue(u"v"_s) + u'=' + r.query.queryItemValue(u"r"_s);
    seen.sort();
    QCOMPARE(seen, (QStringList{u"a=2"_s, u"b=2"_s}));
    // The context's own reason is untouched for what follows.
    QCOMPARE(tracker->context().reason, 3);
}

void tst_Tracker::setAdResetsEventState()
{
    auto tracker = makeTracker();
    QVERIFY(tracker->trackImpression());
    QVERIFY(tracker->trackEvent(u"start"_s));
    tracker->updatePosition(6000);
    QTRY_VERIFY(tracker->isIdle());
    const int beaconCount = tracker->beacons().size();

    tracker->setAd(makeAd(), 1);
    QCOMPARE(tracker->ad().id, u"ad-1"_s);
    QCOMPARE(tracker->creativeIndex(), 1);
    QVERIFY(tracker->trackedEvents().isEmpty());
    QCOMPARE(tracker->positionMs(), 0);
    QCOMPARE(tracker->beacons().size(), beaconCount); // history stays
    QVERIFY(tracker->trackImpression());
    QVERIFY(tracker->trackEvent(u"start"_s));
    QTRY_VERIFY(tracker->isIdle());

    // No Linear: impression and error still work, Linear events fire no URI.
    tracker->setAd(makeAd(), -1);
    QVERIFY(tracker->trackEvent(u"start"_s));
    tracker->updatePosition(19000);
    QCOMPARE(tracker->trackedEvents(), QStringList { u"start"_s });
}

void tst_Tracker::memoryBeaconsSendTheExpandedUrl()
{
    // Through MemoryTransport::ping(): the URL each beacon reports is the one requested,
    // the template expanded and parsed as QUrl(text, QUrl::TolerantMode).
    MemoryTransport memory;
    memory.setDefaultResponse(MemoryResponse());
    Ad ad = makeAd();
    ad.impressions = { vu(u" https://t.example/imp?ah=[ADPLAYHEAD]&asi=${ADSERVINGID}&sp=a b&own=[OWN] "_s),
        vu(u"https://t.example/[ADTYPE]/imp"_s), vu(u"https://t.example/plain"_s) };
    Tracker tracker(&memory);
    tracker.setAd(ad, 1);
    tracker.updatePosition(0);
    QVERIFY(tracker.trackImpression());
    QTRY_VERIFY(tracker.isIdle());
    const QList<Beacon *> beacons = tracker.beacons();
    QCOMPARE(beacons.size(), 3);
    const QList<TransportRequest> requests = memory.requests();
    QCOMPARE(requests.size(), 3);
    const QString first = u"https://t.example/imp?ah=00%3A00%3A00.000&asi=srv-123&sp=a b&own=[OWN]"_s;
    QCOMPARE(beacons.at(0)->url(), QUrl(first, QUrl::TolerantMode));
    QCOMPARE(beacons.at(0)->templateUrl(), ad.impressions.first().url.trimmed());
    QCOMPARE(beacons.at(1)->url(), QUrl(u"https://t.example/video/imp"_s));
    QCOMPARE(beacons.at(2)->url(), QUrl(u"https://t.example/plain"_s));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(requests.at(i).url, beacons.at(i)->url());
        QCOMPARE(beacons.at(i)->state(), Beacon::State::Tracked);
        QCOMPARE(beacons.at(i)->httpStatus(), 200);
        QVERIFY(beacons.at(i)->latencyMs() >= 0);
    }
}

void tst_Tracker::invalidUrlFailsWithoutRequest()
{
    MemoryTransport memory;
    memory.setDefaultResponse(MemoryResponse());
    memory.setRecordRequests(false);
    Ad ad = makeAd();
    // A bad port before the query (validity known from the template), and one where a
    // macro sits in the authority (parsed per beacon).
    ad.impressions = { vu(u"http://t.example:99999/imp?ah=[ADPLAYHEAD]"_s), vu(u"http://[ADTYPE]:99999/x"_s),
        vu(u"https://t.example/ok?ah=[ADPLAYHEAD]"_s) };
    Tracker tracker(&memory);
    tracker.setAd(ad, 1);
    QSignalSpy finishedSpy(&tracker, &Tracker::beaconFinished);
    QVERIFY(tracker.trackImpression());
    QTRY_VERIFY(tracker.isIdle());
    QCOMPARE(finishedSpy.count(), 3);
    const QList<Beacon *> beacons = tracker.beacons();
    QCOMPARE(beacons.at(0)->state(), Beacon::State::Failed);
    QCOMPARE(beacons.at(0)->error(), TransportReply::Error::ProtocolError);
    QCOMPARE(beacons.at(0)->attempts(), 0);
    QVERIFY(!beacons.at(0)->url().isValid());
    QCOMPARE(beacons.at(1)->state(), Beacon::State::Failed);
    QCOMPARE(beacons.at(1)->error(), TransportReply::Error::ProtocolError);
    QCOMPARE(beacons.at(2)->state(), Beacon::State::Tracked);
    QCOMPARE(memory.requestCount(), 1);
}

void tst_Tracker::deletingBeaconsAndTrackerFromSlots()
{
    MemoryTransport memory;
    memory.setDefaultResponse(MemoryResponse());
    auto tracker = std::make_unique<Tracker>(&memory);
    tracker->setAd(makeAd(), 1);
    QSignalSpy createdSpy(tracker.get(), &Tracker::beaconCreated);
    // A slot deletes the first impression beacon as soon as it is announced.
    Beacon *deleted = nullptr;
    connect(tracker.get(), &Tracker::beaconCreated, this, [&deleted](Beacon *b) {
        if (!deleted) {
            deleted = b;
            delete b;
        }
    });
    QVERIFY(tracker->trackImpression());
    QCOMPARE(tracker->beacons().size(), 2);
    QTRY_VERIFY(tracker->isIdle());
    QCOMPARE(createdSpy.count(), 2);
    QCOMPARE(tracker->beacons().size(), 1); // the deleted one is forgotten
    QVERIFY(tracker->beacons().first() != deleted);
    QCOMPARE(tracker->beacons().first()->state(), Beacon::State::Tracked);
    QCOMPARE(memory.requestCount(), 1);

    // The tracker deleted from its idle() slot, while its beacons finish.
    bool idle = false;
    connect(tracker.get(), &Tracker::idle, this, [&tracker, &idle] {
        idle = true;
        tracker.reset();
    });
    QVERIFY(tracker->trackEvent(u"start"_s));
    QTRY_VERIFY(idle);
    QVERIFY(!tracker);
    QCoreApplication::processEvents();
}

QTEST_GUILESS_MAIN(tst_Tracker)
#include "tst_tracker.moc"
