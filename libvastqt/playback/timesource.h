// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_TIMESOURCE_H
#define VASTQT_TIMESOURCE_H

#include <VastQt/vastqt_export.h>

#include <QtCore/QObject>

#include <memory>

namespace VastQt
{

class TimeSourcePrivate;

/*!
    \brief The clock a Player runs on (DESIGN.md §Playback, seed 003 "TimeProvider").

    A time source measures the time since start() in milliseconds (elapsedMs()) and emits
    ticked() every tickIntervalMs() of its own time while it runs. Players never read the
    wall clock: a RealtimeTimeSource follows the monotonic clock, a SimulatedTimeSource
    keeps virtual time that runs at any speed or is stepped by hand, so the same playback
    loop serves real and headless playback.

    States: \c Stopped (initial; elapsedMs() keeps the value it had when stopped),
    \c Running (time advances, ticks are emitted) and \c Paused (time frozen, no ticks).
    start() always restarts from 0; pause() is only legal while running and resume() only
    while paused; illegal transitions log a warning (category vastqt.playback) and change
    nothing. None of start(), stop(), pause() or resume() emits ticked() from inside the
    call; each emits stateChanged() when the state changes.

    Subclasses (KJob pattern) extend TimeSourcePrivate and implement elapsedMs() plus the
    protected hooks doStart(), doStop(), doPause(), doResume() and tickIntervalUpdated().
*/
class VASTQT_EXPORT TimeSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSource)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int tickIntervalMs READ tickIntervalMs WRITE setTickIntervalMs NOTIFY tickIntervalMsChanged)
public:
    /*! The default tick interval: 250 ms. It divides the quartiles of any ad whose duration
        is a whole number of seconds, so headless quartile offsets are exact. */
    static constexpr int DefaultTickIntervalMs = 250;

    /*! \c Stopped: not started or stopped; \c Running: time advances and ticks;
        \c Paused: started, time frozen until resume(). */
    enum class State { Stopped, Running, Paused };
    Q_ENUM(State)

    ~TimeSource() override;

    /*! The clock's time since the last start() in milliseconds, excluding paused periods.
        0 before the first start(). */
    virtual qint64 elapsedMs() const = 0;

    //! Stopped, Running or Paused; stateChanged() on each change.
    State state() const;
    /*! Whether time advances now (state() is Running). */
    bool isRunning() const;
    //! Whether time is frozen (state() is Paused).
    bool isPaused() const;

    /*! The interval between two ticked() signals, in milliseconds of this clock's time
        (1 or more; default DefaultTickIntervalMs). May be changed while running. */
    int tickIntervalMs() const;
    //! Sets tickIntervalMs() to \a msecs; a value below 1 is refused with a warning. Emits tickIntervalMsChanged().
    void setTickIntervalMs(int msecs);

public Q_SLOTS:
    /*! Starts (or restarts) the clock at 0 and enters Running. */
    void start();
    /*! Stops the clock; elapsedMs() keeps its value until the next start(). */
    void stop();
    /*! Freezes time while Running; warns and does nothing otherwise. */
    void pause();
    /*! Continues after pause(); warns and does nothing unless Paused. */
    void resume();

Q_SIGNALS:
    /*! Emitted every tick interval while running, with the clock's elapsedMs(). */
    void ticked(qint64 elapsedMs);
    //! The state changed to \a state.
    void stateChanged(VastQt::TimeSource::State state);
    //! tickIntervalMs() changed to \a msecs.
    void tickIntervalMsChanged(int msecs);

protected:
    //! For subclasses: extends \a dd, their TimeSourcePrivate subclass.
    TimeSource(TimeSourcePrivate &dd, QObject *parent);

    /*! Called by start() after the state became Running: reset the time to 0 and begin ticking. */
    virtual void doStart() = 0;
    /*! Called by stop() after the state became Stopped: freeze the time, stop ticking. */
    virtual void doStop() = 0;
    /*! Called by pause() after the state became Paused. */
    virtual void doPause() = 0;
    /*! Called by resume() after the state became Running again. */
    virtual void doResume() = 0;
    /*! Called when the tick interval changed (also while stopped). */
    virtual void tickIntervalUpdated() { }

    //! The private data, extended by subclasses (KJob pattern).
    std::unique_ptr<TimeSourcePrivate> const d_ptr;

private:
    Q_DECLARE_PRIVATE(TimeSource)
};

} // namespace VastQt

#endif // VASTQT_TIMESOURCE_H
