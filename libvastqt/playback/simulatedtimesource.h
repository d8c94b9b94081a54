// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_SIMULATEDTIMESOURCE_H
#define VASTQT_SIMULATEDTIMESOURCE_H

#include <VastQt/timesource.h>

namespace VastQt
{

class SimulatedTimeSourcePrivate;

/*!
    \brief A TimeSource keeping virtual time (seed 003 "SimulatedTimeProvider").

    Virtual time advances in whole ticks: each step adds tickIntervalMs() to elapsedMs()
    and emits ticked(), so tick values are exact multiples of the interval and a run is
    reproducible. The one exception is the clock of a HeadlessPlayer: it also ticks exactly
    at each milestone of the ad's AdTimeline (a quartile, a progress offset, the skipoffset,
    the end) that falls between two boundaries, in every mode (advance() included), so
    that those are reached at their own offsets: a 12.5 s ad reaches its firstQuartile at
    3125 ms, not at the 3250 ms boundary. How fast the steps come is the speed factor:
    \list
    \li 1.0 (default): real time, one step every tickIntervalMs() of wall time;
    \li \c n > 0: \c n times faster (10: a 10 s ad in about 1 s), one step every
        tickIntervalMs() / n ms, rounded;
    \li 0: as fast as possible: one step per pass of the event loop (zero-interval timer),
        so network replies and other events are still processed between ticks.
    \endlist
    At speed 0 the clock of a HeadlessPlayer skips the ticks at which nothing can happen:
    the player names the next milestone of its AdTimeline (the clock goes exactly there)
    and the next clock time at which anything else can change (an interruption rule; the
    clock goes to the first tick boundary at or after it), and the step goes to whichever
    comes first; up to 16 such ticks follow one another in one pass of the event loop,
    then the clock yields. A 10 s ad takes one pass instead of 40. The values emitted are
    ticks the clock would emit anyway, and the events and offsets the player records are
    the same. A pause(), stop(), restart, new speed or manual mode
    from a slot ends the series at once. Whenever anything but the player watches the ticks
    (another connection to ticked(), or one to the player's Player::positionChanged()),
    every tick is emitted, one per pass, as described above.
    In manual mode (setManual(true)) no timer runs: only advance() moves time, which is
    what tests use to step a player exactly.
*/
class VASTQT_EXPORT SimulatedTimeSource : public TimeSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedTimeSource)
    Q_PROPERTY(qreal speedFactor READ speedFactor WRITE setSpeedFactor NOTIFY speedFactorChanged)
    Q_PROPERTY(bool manual READ isManual WRITE setManual NOTIFY manualChanged)
public:
    //! A stopped clock at speed 1, timer-driven, tick interval TimeSource::DefaultTickIntervalMs.
    explicit SimulatedTimeSource(QObject *parent = nullptr);
    ~SimulatedTimeSource() override;

    qint64 elapsedMs() const override;

    /*! The speed relative to real time: 1.0 real time, 10 ten times faster, 0 as fast as
        possible. Negative values are rejected with a warning. Takes effect at once, also
        while running. */
    qreal speedFactor() const;
    //! Sets speedFactor() to \a factor (>= 0; a negative or infinite factor is refused with a warning); emits
    //! speedFactorChanged() on a change.
    void setSpeedFactor(qreal factor);

    /*! Whether time only moves through advance() (no timer). Default false. */
    bool isManual() const;
    //! Sets isManual(); emits manualChanged() on a change.
    void setManual(bool manual);

    /*!
        \brief Moves virtual time forward by \a msecs (> 0) at once, emitting ticked() at
        every tick boundary crossed (and, for a HeadlessPlayer's clock, at every milestone
        of its ad crossed) and once more at the end point when it is not a boundary.

        Only while running (a stopped or paused clock warns and does not move). Stops early
        when a slot connected to ticked() pauses or stops the clock. Returns the time
        actually advanced, in ms. Works in manual and timer-driven mode alike.
    */
    qint64 advance(qint64 msecs);

Q_SIGNALS:
    //! speedFactor() changed to \a factor.
    void speedFactorChanged(qreal factor);
    //! isManual() changed to \a manual.
    void manualChanged(bool manual);

protected:
    //! Runs the tick timer (one step per timer event).
    void timerEvent(QTimerEvent *event) override;
    //! Notes a connection to ticked(): while anything but the player watches the ticks, every tick is emitted.
    void connectNotify(const QMetaMethod &signal) override;
    //! Notes a disconnection from ticked() (see connectNotify()).
    void disconnectNotify(const QMetaMethod &signal) override;
    void doStart() override;
    void doStop() override;
    void doPause() override;
    void doResume() override;
    void tickIntervalUpdated() override;

private:
    Q_DECLARE_PRIVATE(SimulatedTimeSource)
};

} // namespace VastQt

#endif // VASTQT_SIMULATEDTIMESOURCE_H
