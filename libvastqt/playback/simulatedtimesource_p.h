// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

//
//  W A R N I N G
//  -------------
//
// This file is not part of the VastQt API. It may change without notice.
//

#ifndef VASTQT_SIMULATEDTIMESOURCE_P_H
#define VASTQT_SIMULATEDTIMESOURCE_P_H

#include "playback/simulatedtimesource.h"
#include "timesource_p.h"

#include <QtCore/QBasicTimer>

namespace VastQt
{

/*
    Tells a SimulatedTimeSource running at speed 0 which of its ticks matter. The clock asks
    before each timer-driven step; the answer lets it skip the ticks at which nothing can
    happen and land directly on the first one that can, in one pass of the event loop.
    HeadlessPlayer is the implementation: it knows every offset its Player reacts to.
*/
class SimulatedClockScheduler
{
public:
    virtual ~SimulatedClockScheduler() = default;
    // The earliest clock time in ms (> elapsedMs) whose tick can change anything, or -1 when
    // every tick matters (the next tick is then emitted as usual). The clock rounds the
    // answer up to a tick boundary, so the tick it emits is the first one at or after it.
    virtual qint64 nextTickDueMs(qint64 elapsedMs) const = 0;
};

class SimulatedTimeSourcePrivate : public TimeSourcePrivate
{
public:
    explicit SimulatedTimeSourcePrivate(SimulatedTimeSource *qq)
        : TimeSourcePrivate(qq)
    { }

    int timerInterval() const;
    void updateTimer();
    // The next multiple of the tick interval after elapsedMs.
    qint64 nextBoundary() const { return (elapsedMs / tickIntervalMs + 1) * tickIntervalMs; }
    // The tick the timer emits next: the next boundary, or at speed 0 with a scheduler and
    // no other receiver of ticked(), the first boundary at or after the scheduler's answer
    // (*scheduled is then true).
    qint64 nextTimerTick(bool *scheduled) const;

    // At speed 0 with a scheduler, the ticks that matter are emitted one after another in
    // one timer event, up to this many; then the clock yields to the event loop.
    static constexpr int MaxScheduledTicksPerPass = 16;

    static void setScheduler(SimulatedTimeSource *clock, SimulatedClockScheduler *scheduler);

    qint64 elapsedMs = 0;
    qreal speedFactor = 1.0;
    bool manual = false;
    int activeInterval = -1; // the interval the timer runs with; -1: stopped
    int tickReceivers = 0; // connections to ticked()
    SimulatedClockScheduler *scheduler = nullptr;
    QBasicTimer timer;
};

} // namespace VastQt

#endif // VASTQT_SIMULATEDTIMESOURCE_P_H
