// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_REALTIMETIMESOURCE_H
#define VASTQT_REALTIMETIMESOURCE_H

#include <VastQt/timesource.h>

namespace VastQt
{

class RealtimeTimeSourcePrivate;

/*!
    \brief A TimeSource that follows the monotonic clock (QElapsedTimer), ticking with a
    precise QTimer (seed 003 "RealtimeTimeProvider").

    elapsedMs() is the real time since start() minus the time spent paused. ticked() is
    emitted about every tickIntervalMs() of real time, carrying elapsedMs() at that moment
    (so a tick value need not be a multiple of the interval). Used by players that show
    real media; its ticks sample the media position.
*/
class VASTQT_EXPORT RealtimeTimeSource : public TimeSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RealtimeTimeSource)
public:
    //! A stopped clock, tick interval TimeSource::DefaultTickIntervalMs.
    explicit RealtimeTimeSource(QObject *parent = nullptr);
    ~RealtimeTimeSource() override;

    qint64 elapsedMs() const override;

protected:
    void doStart() override;
    void doStop() override;
    void doPause() override;
    void doResume() override;
    void tickIntervalUpdated() override;

private:
    Q_DECLARE_PRIVATE(RealtimeTimeSource)
};

} // namespace VastQt

#endif // VASTQT_REALTIMETIMESOURCE_H
