// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "simulatedtimesource.h"
#include "timesource_p.h"

#include "vastqt_logging_p.h"

#include <QtCore/QTimer>

#include <cmath>

namespace VastQt
{

class SimulatedTimeSourcePrivate : public TimeSourcePrivate
{
public:
    explicit SimulatedTimeSourcePrivate(SimulatedTimeSource *qq)
        : TimeSourcePrivate(qq)
    { }

    int timerInterval() const
    {
        if (speedFactor <= 0.0)
            return 0;
        return int(std::lround(tickIntervalMs / speedFactor));
    }
    void updateTimer()
    {
        if (state == TimeSource::State::Running && !manual) {
            timer.setInterval(timerInterval());
            if (!timer.isActive())
                timer.start();
        } else {
            timer.stop();
        }
    }
    // The next multiple of the tick interval after elapsedMs.
    qint64 nextBoundary() const { return (elapsedMs / tickIntervalMs + 1) * tickIntervalMs; }

    qint64 elapsedMs = 0;
    qreal speedFactor = 1.0;
    bool manual = false;
    QTimer timer;
};

SimulatedTimeSource::SimulatedTimeSource(QObject *parent)
    : TimeSource(*new SimulatedTimeSourcePrivate(this), parent)
{
    Q_D(SimulatedTimeSource);
    d->timer.setTimerType(Qt::PreciseTimer);
    connect(&d->timer, &QTimer::timeout, this, [this] {
        Q_D(SimulatedTimeSource);
        if (d->state != State::Running)
            return;
        d->elapsedMs = d->nextBoundary();
        Q_EMIT ticked(d->elapsedMs);
    });
}

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
        d->elapsedMs = qMin(d->nextBoundary(), target);
        Q_EMIT ticked(d->elapsedMs);
    }
    return qMax<qint64>(0, d->elapsedMs - from);
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
    if (d->timer.isActive())
        d->timer.setInterval(d->timerInterval());
}

} // namespace VastQt
