// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/realtimetimesource.h>
#include "timesource_p.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>

namespace VastQt
{

class RealtimeTimeSourcePrivate : public TimeSourcePrivate
{
public:
    explicit RealtimeTimeSourcePrivate(RealtimeTimeSource *qq)
        : TimeSourcePrivate(qq)
    { }

    QElapsedTimer clock; // valid while running: measures the current running stretch
    qint64 accumulatedMs = 0; // time of the finished running stretches
    QTimer timer;
};

RealtimeTimeSource::RealtimeTimeSource(QObject *parent)
    : TimeSource(*new RealtimeTimeSourcePrivate(this), parent)
{
    Q_D(RealtimeTimeSource);
    d->timer.setTimerType(Qt::PreciseTimer);
    d->timer.setInterval(d->tickIntervalMs);
    connect(&d->timer, &QTimer::timeout, this, [this] { Q_EMIT ticked(elapsedMs()); });
}

RealtimeTimeSource::~RealtimeTimeSource() = default;

qint64 RealtimeTimeSource::elapsedMs() const
{
    Q_D(const RealtimeTimeSource);
    return d->accumulatedMs + (d->state == State::Running && d->clock.isValid() ? d->clock.elapsed() : 0);
}

void RealtimeTimeSource::doStart()
{
    Q_D(RealtimeTimeSource);
    d->accumulatedMs = 0;
    d->clock.start();
    d->timer.start();
}

void RealtimeTimeSource::doStop()
{
    Q_D(RealtimeTimeSource);
    // The state is already Stopped: fold the last running stretch in by hand.
    if (d->clock.isValid())
        d->accumulatedMs += d->clock.elapsed();
    d->clock.invalidate();
    d->timer.stop();
}

void RealtimeTimeSource::doPause()
{
    Q_D(RealtimeTimeSource);
    if (d->clock.isValid())
        d->accumulatedMs += d->clock.elapsed();
    d->clock.invalidate();
    d->timer.stop();
}

void RealtimeTimeSource::doResume()
{
    Q_D(RealtimeTimeSource);
    d->clock.start();
    d->timer.start();
}

void RealtimeTimeSource::tickIntervalUpdated()
{
    Q_D(RealtimeTimeSource);
    d->timer.setInterval(d->tickIntervalMs);
}

} // namespace VastQt
