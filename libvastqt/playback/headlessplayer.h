// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_HEADLESSPLAYER_H
#define VASTQT_HEADLESSPLAYER_H

#include <VastQt/interruptionrule.h>
#include <VastQt/player.h>

#include <QtCore/QList>

namespace VastQt
{

class HeadlessPlayerPrivate;
class SimulatedTimeSource;

/*!
    \brief A Player that decodes no media: a SimulatedTimeSource drives the same playback
    loop (seed 003 "HeadlessPlayer"; DESIGN.md §Playback).

    The chosen MediaFile is never fetched: loading succeeds at once with the Linear's
    <Duration>. The media position is the simulated clock's time spent Playing. Besides its
    regular ticks the clock ticks exactly at each milestone of the ad's AdTimeline (the
    quartiles, the progress offsets, the skipoffset, the end), so these are recorded and
    tracked at their exact offsets whatever the tick interval: the firstQuartile of a 12.5 s
    ad at 3125 ms, with [ADPLAYHEAD] 00:00:03.125. speedFactor() sets how fast virtual time runs (1 real time, 10 ten times
    faster, 0 as fast as possible while still yielding to the event loop); tests may also
    switch simulatedTimeSource() to manual mode and step it with advance().

    At speed 0 the player tells its clock the next milestone and the next time at which
    anything else can change (a planned interruption or the end of a rule's pause or mute),
    and the clock goes straight to the milestone or to the first tick at or after the other
    time, whichever comes first, several such ticks per event loop pass: a 10 s ad plays in one pass instead of
    40. The recorded events, their offsets and clock times, and what the Tracker sends are
    the same as with every tick. While something is connected to positionChanged() or to
    the clock's ticked(), every tick is emitted.

    Interruptions: when loading begins, each rule of interruptionRules() is drawn in order
    with a QRandomGenerator seeded with seed() (two draws per rule, whether it fires or not:
    the probability, then the position in its window), giving plannedInterruptions(). The
    same ad, rules and seed therefore give the same session, event for event. Each planned
    interruption triggers at the first tick whose position is >= its positionMs, in position
    order (rule order on ties); the events it causes carry the detail "rule <n>". With no
    rules the ad plays straight through to complete.

    A pause from a rule keeps the clock running until its resume time; a pause() by the
    caller also pauses the clock (nothing would ever resume it otherwise) until resume().
*/
class VASTQT_EXPORT HeadlessPlayer : public Player
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadlessPlayer)
    Q_PROPERTY(qreal speedFactor READ speedFactor WRITE setSpeedFactor NOTIFY speedFactorChanged)
    Q_PROPERTY(int tickIntervalMs READ tickIntervalMs WRITE setTickIntervalMs NOTIFY tickIntervalMsChanged)
    Q_PROPERTY(quint32 seed READ seed WRITE setSeed NOTIFY seedChanged)
public:
    //! A player on its own SimulatedTimeSource: speed 1, tick interval 250 ms, seed 1, no interruption rules.
    explicit HeadlessPlayer(QObject *parent = nullptr);
    ~HeadlessPlayer() override;

    /*! The simulated clock (owned by the player; the same object as timeSource()). */
    SimulatedTimeSource *simulatedTimeSource() const;

    /*! Speed of virtual time: 1.0 (default) real time, n > 0 n times faster, 0 as fast as
        possible. May change during playback. */
    qreal speedFactor() const;
    //! Sets speedFactor() to \a factor; emits speedFactorChanged() on a change.
    void setSpeedFactor(qreal factor);

    /*! Tick interval of the simulated clock in ms (default TimeSource::DefaultTickIntervalMs,
        250): the resolution of positions and of interruption rules (the milestones of the
        AdTimeline get ticks of their own). */
    int tickIntervalMs() const;
    //! Sets tickIntervalMs() to \a msecs (1 or more); emits tickIntervalMsChanged() on a change.
    void setTickIntervalMs(int msecs);

    /*! Seed of the interruption draws; default 1. Only before play(). */
    quint32 seed() const;
    //! Sets seed(); emits seedChanged() on a change. Only before play().
    void setSeed(quint32 seed);

    /*! The simulated viewer's rules; empty by default. Only before play(). */
    QList<InterruptionRule> interruptionRules() const;
    //! Replaces interruptionRules() with \a rules. Only before play().
    void setInterruptionRules(const QList<InterruptionRule> &rules);
    //! Appends \a rule to interruptionRules(). Only before play().
    void addInterruptionRule(const InterruptionRule &rule);

    /*! The interruptions drawn for this playback, in trigger order; empty before loading. */
    QList<PlannedInterruption> plannedInterruptions() const;

Q_SIGNALS:
    //! speedFactor() changed to \a factor.
    void speedFactorChanged(qreal factor);
    //! tickIntervalMs() changed to \a msecs.
    void tickIntervalMsChanged(int msecs);
    //! seed() changed to \a seed.
    void seedChanged(quint32 seed);

protected:
    void loadMedia(const MediaFile &mediaFile) override;
    void startMedia() override;
    void pauseMedia() override;
    void resumeMedia() override;
    void timeAdvanced(qint64 elapsedMs) override;

private:
    Q_DECLARE_PRIVATE(HeadlessPlayer)
};

} // namespace VastQt

#endif // VASTQT_HEADLESSPLAYER_H
