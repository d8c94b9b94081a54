// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/simulatedtimesource.h>
#include "simulatedtimesource_p.h"

#include "vastqt_logging_p.h"

#include <QtCore/QMetaMethod>
#include <QtCore/QPointer>
#include <QtCore/QTimerEvent>

#include <cmath>
#include <limits>

namespace VastQt
{

int SimulatedTimeSourcePrivate::timerInterval() const
{
    if (speedFactor <= 0.0)
        return 0;
    // A whole tick, or the shorter step to a milestone.
    return int(std::lround((nextStep() - elapsedMs) / speedFactor));
}

qint64 SimulatedTimeSourcePrivate::nextMilestone() const
{
    if (!scheduler)
        return -1;
    const qint64 milestone = scheduler->nextMilestoneMs(elapsedMs);
    return milestone > elapsedMs ? milestone : -1;
}

qint64 SimulatedTimeSourcePrivate::nextStep() const
{
    const qint64 boundary = nextBoundary();
    const qint64 milestone = nextMilestone();
    return milestone >= 0 && milestone < boundary ? milestone : boundary;
}

void SimulatedTimeSourcePrivate::updateTimer()
{
    if (state == TimeSource::State::Running && !manual) {
        const int interval = timerInterval();
        // Like QTimer::setInterval() on a running timer: a new interval restarts it.
        if (!timer.isActive() || interval != activeInterval) {
            activeInterval = interval;
            timer.start(interval, Qt::PreciseTimer, q_ptr);
        }
    } else {
        activeInterval = -1;
        timer.stop();
    }
}

qint64 SimulatedTimeSourcePrivate::nextTimerTick(bool *scheduled) const
{
    const qint64 boundary = nextBoundary();
    const qint64 milestone = nextMilestone();
    const qint64 step = milestone >= 0 && milestone < boundary ? milestone : boundary;
    *scheduled = false;
    // Only at speed 0 (at any other speed ticks pace real time) and only when the
    // scheduler's owner is the one receiver of ticked(): anyone else watching gets every tick.
    if (!scheduler || speedFactor > 0.0 || manual || tickReceivers != 1)
        return step;
    const qint64 due = scheduler->nextTickDueMs(elapsedMs);
    if (due < 0)
        return step;
    *scheduled = true;
    if (due == std::numeric_limits<qint64>::max()) // nothing but the milestones
        return milestone >= 0 ? milestone : boundary;
    // Boundaries are the multiples of the interval: the first one at or after due.
    const qint64 tick = due <= boundary ? boundary : (due + tickIntervalMs - 1) / tickIntervalMs * tickIntervalMs;
    return milestone >= 0 ? qMin(tick, milestone) : tick;
}

void SimulatedTimeSourcePrivate::setScheduler(SimulatedTimeSource *clock, SimulatedClockScheduler *scheduler)
{
    static_cast<SimulatedTimeSourcePrivate *>(clock->d_ptr.get())->scheduler = scheduler;
}

SimulatedTimeSource::SimulatedTimeSource(QObject *parent)
    : TimeSource(*new SimulatedTimeSourcePrivate(this), parent)
{ }

SimulatedTimeSource::~SimulatedTimeSource() = default;

qint64 SimulatedTimeSource::elapsedMs() const
{
    Q_D(const SimulatedTimeSource);
    return d->elapsedMs;
}

qreal SimulatedTimeSource::speedFactor() const
{
    Q_D(const SimulatedTimeSource);
    return d->speedFactor;
}

void SimulatedTimeSource::setSpeedFactor(qreal factor)
{
    Q_D(SimulatedTimeSource);
    if (!(factor >= 0.0) || std::isinf(factor)) {
        qCWarning(lcVastPlayback) << "SimulatedTimeSource: invalid speed factor" << factor;
        return;
    }
    if (qFuzzyCompare(1.0 + d->speedFactor, 1.0 + factor))
        return;
    d->speedFactor = factor;
    d->updateTimer();
    Q_EMIT speedFactorChanged(factor);
}

bool SimulatedTimeSource::isManual() const
{
    Q_D(const SimulatedTimeSource);
    return d->manual;
}

void SimulatedTimeSource::setManual(bool manual)
{
    Q_D(SimulatedTimeSource);
    if (d->manual == manual)
        return;
    d->manual = manual;
    d->updateTimer();
    Q_EMIT manualChanged(manual);
}

qint64 SimulatedTimeSource::advance(qint64 msecs)
{
    Q_D(SimulatedTimeSource);
    if (d->state != State::Running) {
        qCWarning(lcVastPlayback) << "SimulatedTimeSource: advance() while not running ignored";
        return 0;
    }
    if (msecs <= 0)
        return 0;
    const qint64 from = d->elapsedMs;
    const qint64 target = from + msecs;
    // A slot may pause, stop or even restart the clock: stop stepping as soon as the
    // clock is no longer the one we are advancing.
    while (d->state == State::Running && d->elapsedMs < target && d->elapsedMs >= from) {
        d->elapsedMs = qMin(d->nextStep(), target);
        Q_EMIT ticked(d->elapsedMs);
    }
    return qMax<qint64>(0, d->elapsedMs - from);
}

void SimulatedTimeSource::timerEvent(QTimerEvent *event)
{
    Q_D(SimulatedTimeSource);
    if (event->timerId() != d->timer.timerId()) {
        TimeSource::timerEvent(event);
        return;
    }
    if (d->state != State::Running)
        return;
    // Not from disconnectNotify(), which may run with a QObject mutex held.
    if (d->tickReceivers < 0)
        d->tickReceivers = receivers(SIGNAL(ticked(qint64)));
    // One tick per event; at speed 0 with a scheduler, the ticks it names one after another
    // (up to MaxScheduledTicksPerPass) while the clock keeps running undisturbed. A slot may
    // pause, stop, restart, slow down or switch the clock to manual: that ends the series.
    bool scheduled = false;
    qint64 tick = d->nextTimerTick(&scheduled);
    d->elapsedMs = tick;
    if (!scheduled) {
        if (d->speedFactor <= 0.0) {
            Q_EMIT ticked(tick);
            return;
        }
        const QPointer<SimulatedTimeSource> guard(this);
        Q_EMIT ticked(tick);
        // The step to the next tick may be shorter than a whole one (to a milestone), or a
        // whole one again after it.
        if (guard)
            d->updateTimer();
        return;
    }
    // A slot may even delete the clock (with its player): check before touching d again.
    const QPointer<SimulatedTimeSource> guard(this);
    for (int emitted = 1;; ++emitted) {
        Q_EMIT ticked(tick);
        if (!guard || d->elapsedMs != tick || d->state != State::Running || d->manual
            || emitted == SimulatedTimeSourcePrivate::MaxScheduledTicksPerPass)
            return;
        tick = d->nextTimerTick(&scheduled);
        if (!scheduled)
            return; // no longer scheduled (another receiver, a new speed): the timer paces it
        d->elapsedMs = tick;
    }
}

void SimulatedTimeSource::connectNotify(const QMetaMethod &signal)
{
    Q_D(SimulatedTimeSource);
    static const QMetaMethod tickedSignal = QMetaMethod::fromSignal(&TimeSource::ticked);
    if (signal == tickedSignal)
        ++d->tickReceivers;
    TimeSource::connectNotify(signal);
}

void SimulatedTimeSource::disconnectNotify(const QMetaMethod &signal)
{
    Q_D(SimulatedTimeSource);
    static const QMetaMethod tickedSignal = QMetaMethod::fromSignal(&TimeSource::ticked);
    if (signal == tickedSignal)
        --d->tickReceivers;
    else if (!signal.isValid())
        d->tickReceivers = -1; // several signals at once: count again at the next tick
    TimeSource::disconnectNotify(signal);
}

void SimulatedTimeSource::doStart()
{
    Q_D(SimulatedTimeSource);
    d->elapsedMs = 0;
    d->timer.stop(); // a restart begins a full step later
    d->updateTimer();
}

void SimulatedTimeSource::doStop()
{
    Q_D(SimulatedTimeSource);
    d->updateTimer();
}

void SimulatedTimeSource::doPause()
{
    Q_D(SimulatedTimeSource);
    d->updateTimer();
}

void SimulatedTimeSource::doResume()
{
    Q_D(SimulatedTimeSource);
    d->updateTimer();
}

void SimulatedTimeSource::tickIntervalUpdated()
{
    Q_D(SimulatedTimeSource);
    if (d->timer.isActive()) {
        d->activeInterval = d->timerInterval();
        d->timer.start(d->activeInterval, Qt::PreciseTimer, this);
    }
}

} // namespace VastQt
