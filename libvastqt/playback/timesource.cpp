// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/timesource.h>
#include "timesource_p.h"

#include "vastqt_logging_p.h"

namespace VastQt
{

TimeSource::TimeSource(TimeSourcePrivate &dd, QObject *parent)
    : QObject(parent)
    , d_ptr(&dd)
{ }

TimeSource::~TimeSource() = default;

TimeSource::State TimeSource::state() const
{
    Q_D(const TimeSource);
    return d->state;
}

bool TimeSource::isRunning() const
{
    return state() == State::Running;
}

bool TimeSource::isPaused() const
{
    return state() == State::Paused;
}

int TimeSource::tickIntervalMs() const
{
    Q_D(const TimeSource);
    return d->tickIntervalMs;
}

void TimeSource::setTickIntervalMs(int msecs)
{
    Q_D(TimeSource);
    if (msecs < 1) {
        qCWarning(lcVastPlayback) << "TimeSource: tick interval must be at least 1 ms, got" << msecs;
        return;
    }
    if (d->tickIntervalMs == msecs)
        return;
    d->tickIntervalMs = msecs;
    tickIntervalUpdated();
    Q_EMIT tickIntervalMsChanged(msecs);
}

void TimeSource::start()
{
    Q_D(TimeSource);
    const bool changed = d->state != State::Running;
    d->state = State::Running;
    doStart();
    if (changed)
        Q_EMIT stateChanged(State::Running);
}

void TimeSource::stop()
{
    Q_D(TimeSource);
    if (d->state == State::Stopped)
        return;
    d->state = State::Stopped;
    doStop();
    Q_EMIT stateChanged(State::Stopped);
}

void TimeSource::pause()
{
    Q_D(TimeSource);
    if (d->state != State::Running) {
        qCWarning(lcVastPlayback) << "TimeSource: pause() while not running ignored";
        return;
    }
    d->state = State::Paused;
    doPause();
    Q_EMIT stateChanged(State::Paused);
}

void TimeSource::resume()
{
    Q_D(TimeSource);
    if (d->state != State::Paused) {
        qCWarning(lcVastPlayback) << "TimeSource: resume() while not paused ignored";
        return;
    }
    d->state = State::Running;
    doResume();
    Q_EMIT stateChanged(State::Running);
}

} // namespace VastQt
