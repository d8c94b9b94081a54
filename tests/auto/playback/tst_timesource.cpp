// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/realtimetimesource.h>
#include <VastQt/simulatedtimesource.h>

#include <QtCore/QMetaObject>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace VastQt;
using namespace Qt::StringLiterals;

namespace
{
QList<qint64> tickValues(const QSignalSpy &spy)
{
    QList<qint64> values;
    for (const QList<QVariant> &args : spy)
        values.append(args.at(0).toLongLong());
    return values;
}
} // namespace

class tst_TimeSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void manualAdvanceTicksAtBoundaries();
    void advanceNeedsARunningClock();
    void pauseResumeFreezesTime();
    void startRestartsAtZero();
    void slotStoppingTheClockEndsAdvance();
    void tickIntervalIsValidated();
    void speedZeroRunsAsFastAsPossible();
    void speedZeroYieldsToTheEventLoop();
    void speedFactorScalesTime();
    void speedFactorIsValidated();
    void manualModeStopsTheTimer();
    void realtimeTicksAndPauses();
};

void tst_TimeSource::defaults()
{
    SimulatedTimeSource clock;
    QCOMPARE(clock.state(), TimeSource::State::Stopped);
    QCOMPARE(clock.tickIntervalMs(), 250);
    QCOMPARE(TimeSource::DefaultTickIntervalMs, 250);
    QCOMPARE(clock.elapsedMs(), 0);
    QCOMPARE(clock.speedFactor(), 1.0);
    QVERIFY(!clock.isManual());
    QVERIFY(!clock.isRunning());

    RealtimeTimeSource realtime;
    QCOMPARE(realtime.state(), TimeSource::State::Stopped);
    QCOMPARE(realtime.elapsedMs(), 0);
    QCOMPARE(realtime.tickIntervalMs(), 250);
}

void tst_TimeSource::manualAdvanceTicksAtBoundaries()
{
    SimulatedTimeSource clock;
    clock.setManual(true);
    QSignalSpy ticks(&clock, &TimeSource::ticked);
    clock.start();
    QVERIFY(clock.isRunning());
    QCOMPARE(ticks.count(), 0); // start() never ticks by itself

    QCOMPARE(clock.advance(1000), 1000);
    QCOMPARE(tickValues(ticks), (QList<qint64> { 250, 500, 750, 1000 }));
    QCOMPARE(clock.elapsedMs(), 1000);

    ticks.clear();
    QCOMPARE(clock.advance(100), 100);
    QCOMPARE(tickValues(ticks), (QList<qint64> { 1100 }));
    ticks.clear();
    QCOMPARE(clock.advance(300), 300);
    QCOMPARE(tickValues(ticks), (QList<qint64> { 1250, 1400 }));
    QCOMPARE(clock.elapsedMs(), 1400);

    // Nothing runs by itself in manual mode.
    ticks.clear();
    QCoreApplication::processEvents();
    QCOMPARE(ticks.count(), 0);
    QCOMPARE(clock.advance(0), 0);
    QCOMPARE(clock.advance(-5), 0);
    QCOMPARE(clock.elapsedMs(), 1400);
}

void tst_TimeSource::advanceNeedsARunningClock()
{
    SimulatedTimeSource clock;
    clock.setManual(true);
    QSignalSpy ticks(&clock, &TimeSource::ticked);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"advance\\(\\) while not running"_s));
    QCOMPARE(clock.advance(500), 0);
    QCOMPARE(clock.elapsedMs(), 0);
    QCOMPARE(ticks.count(), 0);
}

void tst_TimeSource::pauseResumeFreezesTime()
{
    SimulatedTimeSource clock;
    clock.setManual(true);
    QSignalSpy states(&clock, &TimeSource::stateChanged);
    QSignalSpy ticks(&clock, &TimeSource::ticked);
    clock.start();
    clock.advance(500);
    clock.pause();
    QVERIFY(clock.isPaused());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"advance\\(\\) while not running"_s));
    QCOMPARE(clock.advance(1000), 0);
    QCOMPARE(clock.elapsedMs(), 500);

    // Illegal transitions warn and change nothing.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"pause\\(\\) while not running"_s));
    clock.pause();
    QVERIFY(clock.isPaused());

    clock.resume();
    QVERIFY(clock.isRunning());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"resume\\(\\) while not paused"_s));
    clock.resume();
    clock.advance(250);
    QCOMPARE(clock.elapsedMs(), 750);
    clock.stop();
    QCOMPARE(clock.elapsedMs(), 750); // stop keeps the time
    clock.stop(); // no second stateChanged

    QCOMPARE(tickValues(ticks), (QList<qint64> { 250, 500, 750 }));
    QCOMPARE(states.count(), 4);
    QCOMPARE(states.at(0).at(0).value<TimeSource::State>(), TimeSource::State::Running);
    QCOMPARE(states.at(1).at(0).value<TimeSource::State>(), TimeSource::State::Paused);
    QCOMPARE(states.at(2).at(0).value<TimeSource::State>(), TimeSource::State::Running);
    QCOMPARE(states.at(3).at(0).value<TimeSource::State>(), TimeSource::State::Stopped);
}

void tst_TimeSource::startRestartsAtZero()
{
    SimulatedTimeSource clock;
    clock.setManual(true);
    clock.start();
    clock.advance(1234);
    QCOMPARE(clock.elapsedMs(), 1234);
    clock.start();
    QCOMPARE(clock.elapsedMs(), 0);
    QSignalSpy ticks(&clock, &TimeSource::ticked);
    clock.advance(250);
    QCOMPARE(tickValues(ticks), (QList<qint64> { 250 }));
}

void tst_TimeSource::slotStoppingTheClockEndsAdvance()
{
    SimulatedTimeSource clock;
    clock.setManual(true);
    QSignalSpy ticks(&clock, &TimeSource::ticked);
    connect(&clock, &TimeSource::ticked, &clock, [&clock](qint64 elapsed) {
        if (elapsed == 500)
            clock.pause();
    });
    clock.start();
    QCOMPARE(clock.advance(2000), 500);
    QCOMPARE(tickValues(ticks), (QList<qint64> { 250, 500 }));
    QCOMPARE(clock.elapsedMs(), 500);
}

void tst_TimeSource::tickIntervalIsValidated()
{
    SimulatedTimeSource clock;
    QSignalSpy changed(&clock, &TimeSource::tickIntervalMsChanged);
    clock.setTickIntervalMs(100);
    QCOMPARE(clock.tickIntervalMs(), 100);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"tick interval must be at least 1 ms"_s));
    clock.setTickIntervalMs(0);
    QCOMPARE(clock.tickIntervalMs(), 100);
    clock.setTickIntervalMs(100);
    QCOMPARE(changed.count(), 1);

    clock.setManual(true);
    QSignalSpy ticks(&clock, &TimeSource::ticked);
    clock.start();
    clock.advance(300);
    QCOMPARE(tickValues(ticks), (QList<qint64> { 100, 200, 300 }));
}

void tst_TimeSource::speedZeroRunsAsFastAsPossible()
{
    SimulatedTimeSource clock;
    clock.setSpeedFactor(0);
    QSignalSpy ticks(&clock, &TimeSource::ticked);
    clock.start();
    // 60 s of virtual time; at speed 1 this would take a minute.
    QTRY_VERIFY_WITH_TIMEOUT(clock.elapsedMs() >= 60000, 20000);
    clock.stop();
    const QList<qint64> values = tickValues(ticks);
    QVERIFY(values.size() >= 240);
    for (int i = 0; i < values.size(); ++i)
        QCOMPARE(values.at(i), qint64(i + 1) * 250); // whole ticks, none skipped
}

void tst_TimeSource::speedZeroYieldsToTheEventLoop()
{
    // Between two ticks the event loop runs: a call queued from one tick executes before
    // the tick after next (allowing for the dispatcher running both in one pass).
    SimulatedTimeSource clock;
    clock.setSpeedFactor(0);
    QList<qint64> lags;
    connect(&clock, &TimeSource::ticked, &clock, [&](qint64 elapsed) {
        if (elapsed % 1000 != 0 || lags.size() >= 10)
            return;
        QMetaObject::invokeMethod(
            &clock, [&clock, &lags, elapsed] { lags.append(clock.elapsedMs() - elapsed); }, Qt::QueuedConnection);
    });
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(lags.size(), 10, 20000);
    clock.stop();
    for (qint64 lag : std::as_const(lags))
        QVERIFY2(lag <= 2 * 250, qPrintable(QString::number(lag)));
}

void tst_TimeSource::speedFactorScalesTime()
{
    SimulatedTimeSource clock;
    clock.setSpeedFactor(100); // 250 ms ticks every 2.5 ms (rounded to 3)
    QSignalSpy ticks(&clock, &TimeSource::ticked);
    clock.start();
    // 60 s of virtual time within the 20 s timeout is impossible at real time.
    QTRY_VERIFY_WITH_TIMEOUT(clock.elapsedMs() >= 60000, 20000);
    clock.pause();
    const qint64 frozen = clock.elapsedMs();
    QCOMPARE(frozen % 250, 0);
    const QList<qint64> values = tickValues(ticks);
    QCOMPARE(values.last(), frozen);

    // Paused: another clock ticks a few times, this one does not move.
    SimulatedTimeSource other;
    other.setSpeedFactor(0);
    QSignalSpy otherTicks(&other, &TimeSource::ticked);
    other.start();
    QTRY_VERIFY(otherTicks.count() >= 20);
    QCOMPARE(clock.elapsedMs(), frozen);
    QCOMPARE(ticks.count(), values.size());

    // The speed may change while running.
    clock.resume();
    clock.setSpeedFactor(0);
    QTRY_VERIFY(clock.elapsedMs() >= frozen + 5000);
}

void tst_TimeSource::speedFactorIsValidated()
{
    SimulatedTimeSource clock;
    QSignalSpy changed(&clock, &SimulatedTimeSource::speedFactorChanged);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"invalid speed factor"_s));
    clock.setSpeedFactor(-1);
    QCOMPARE(clock.speedFactor(), 1.0);
    clock.setSpeedFactor(10);
    QCOMPARE(clock.speedFactor(), 10.0);
    clock.setSpeedFactor(10);
    QCOMPARE(changed.count(), 1);
}

void tst_TimeSource::manualModeStopsTheTimer()
{
    SimulatedTimeSource clock;
    clock.setSpeedFactor(0);
    QSignalSpy ticks(&clock, &TimeSource::ticked);
    clock.start();
    QTRY_VERIFY(ticks.count() >= 3);
    clock.setManual(true);
    const qint64 at = clock.elapsedMs();
    const int count = ticks.count();
    // A second clock proves the event loop ran many times meanwhile.
    SimulatedTimeSource other;
    other.setSpeedFactor(0);
    QSignalSpy otherTicks(&other, &TimeSource::ticked);
    other.start();
    QTRY_VERIFY(otherTicks.count() >= 20);
    QCOMPARE(clock.elapsedMs(), at);
    QCOMPARE(ticks.count(), count);
    clock.setManual(false);
    QTRY_VERIFY(ticks.count() > count);
}

void tst_TimeSource::realtimeTicksAndPauses()
{
    RealtimeTimeSource clock;
    clock.setTickIntervalMs(10);
    QSignalSpy ticks(&clock, &TimeSource::ticked);
    clock.start();
    QTRY_VERIFY(ticks.count() >= 3);
    const QList<qint64> values = tickValues(ticks);
    for (int i = 1; i < values.size(); ++i)
        QVERIFY(values.at(i) >= values.at(i - 1));
    QVERIFY(values.last() > 0);

    clock.pause();
    const qint64 frozen = clock.elapsedMs();
    const int count = ticks.count();
    RealtimeTimeSource other;
    other.setTickIntervalMs(10);
    QSignalSpy otherTicks(&other, &TimeSource::ticked);
    other.start();
    QTRY_VERIFY(otherTicks.count() >= 3);
    QCOMPARE(clock.elapsedMs(), frozen);
    QCOMPARE(ticks.count(), count);

    clock.resume();
    QTRY_VERIFY(ticks.count() > count);
    QVERIFY(clock.elapsedMs() >= frozen);
    clock.stop();
    const qint64 stopped = clock.elapsedMs();
    QVERIFY(stopped >= frozen);
    otherTicks.clear();
    QTRY_VERIFY(otherTicks.count() >= 3);
    QCOMPARE(clock.elapsedMs(), stopped);
}

QTEST_GUILESS_MAIN(tst_TimeSource)
#include "tst_timesource.moc"
