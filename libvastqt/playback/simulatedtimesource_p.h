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

#include <VastQt/simulatedtimesource.h>
#include "timesource_p.h"

#include <QtCore/QBasicTimer>

namespace VastQt
{

/*
    Tells a SimulatedTimeSource where its ticks must fall. HeadlessPlayer is the
    implementation: it knows the AdTimeline of its ad and every other offset it reacts to.

    In every mode (any speed, manual advance()) the clock emits a tick exactly at
    nextMilestoneMs() when that comes before the next tick boundary, so the milestones of
    the ad are reached at their own offsets, not at the next boundary after them.

    At speed 0 the clock also asks nextTickDueMs() before each timer-driven step; the answer
    lets it skip the ticks at which nothing can happen and land directly on the first one
    that can, in one pass of the event loop.
*/
class SimulatedClockScheduler
{
public:
    virtual ~SimulatedClockScheduler() = default;
    // The clock time in ms (> elapsedMs) at which the playhead reaches the next milestone
    // of the ad's timeline, or -1 when there is none or it cannot be predicted (not
    // playing). The clock emits a tick exactly there.
    virtual qint64 nextMilestoneMs(qint64 elapsedMs) const = 0;
    // Besides the milestones: the earliest clock time in ms (> elapsedMs) whose tick can
    // change anything, std::numeric_limits<qint64>::max() when nothing but the milestones
    // can, or -1 when every tick matters (the next tick is then emitted as usual). The
    // clock rounds the answer up to a tick boundary, so the tick it emits is the first one
    // at or after it (or the next milestone, if that comes first).
    virtual qint64 nextTickDueMs(qint64 elapsedMs) const = 0;
};

class SimulatedTimeSourcePrivate : public TimeSourcePrivate
{
public:
    explicit SimulatedTimeSourcePrivate(SimulatedTimeSource *qq)
        : TimeSourcePrivate(qq)
    { }

    // The timer's interval (ms of real time) for the step from elapsedMs to nextStep().
    int timerInterval() const;
    void updateTimer();
    // The next multiple of the tick interval after elapsedMs.
    qint64 nextBoundary() const { return (elapsedMs / tickIntervalMs + 1) * tickIntervalMs; }
    // The scheduler's next milestone, or -1.
    qint64 nextMilestone() const;
    // The next tick in every mode: the next boundary, or the next milestone if it comes first.
    qint64 nextStep() const;
    // The tick the timer emits next: nextStep(), or at speed 0 with a scheduler and no
    // other receiver of ticked(), the first boundary at or after the scheduler's answer or
    // the next milestone, whichever comes first (*scheduled is then true).
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
