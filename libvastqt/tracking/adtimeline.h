// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_ADTIMELINE_H
#define VASTQT_ADTIMELINE_H

#include <VastQt/vastqt_export.h>

#include <QtCore/QList>
#include <QtCore/QString>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace VastQt
{

struct Linear;

/*!
    \brief The milestones of one Linear ad, in the order they are reached (DESIGN.md
    §Playback "AdTimeline"; VAST 4.3 §3.14.1, §3.8.1.1).

    Computed once per ad from the Linear and its duration: firstQuartile, midpoint and
    thirdQuartile at 25, 50 and 75 % of the duration, one milestone per distinct progress
    offset of the Linear's <TrackingEvents>, the skipoffset, and the end. All offsets are
    positions of the ad playhead in milliseconds. A milestone is reached when the playhead
    is at or past its offsetMs(), the first whole millisecond at or after the exact point
    (a 12.5 s ad has its firstQuartile at 3125 ms, a 10 001 ms ad at 2501 ms).

    Every user of the table reads this one class: the Player records the quartiles and the
    progress offsets from it, the Tracker fires their beacons from it, and the simulated
    clock of a HeadlessPlayer lands on each milestone exactly (nextOffsetMs()).

    It lives in the tracking layer, not in playback, because the Tracker is usable on its
    own (Tracker::updatePosition() fires quartiles and progress offsets for any caller, not
    only for a Player) and must not include the playback layer; playback may include
    tracking (DESIGN.md "Layers"). The Player builds the timeline when the media is loaded
    and hands the same value to its Tracker (Tracker::setTimeline()).

    Order: by offsetMs(); at the same offset quartiles come first (firstQuartile, midpoint,
    thirdQuartile), then the progress offset, then the skipoffset, then the end. Offsets
    that cannot be resolved (an invalid offset, or a percentage while the duration is
    unknown) are left out. With no known duration (<= 0) there are no quartiles and no
    end, only the absolute progress offsets and an absolute skipoffset.

    An implicitly shared value: copies are cheap.
*/
class VASTQT_EXPORT AdTimeline
{
public:
    /*! What a milestone marks, in the order milestones at the same offset are listed. */
    enum class Kind {
        FirstQuartile, //!< 25 % of the duration
        Midpoint, //!< 50 %
        ThirdQuartile, //!< 75 %
        Progress, //!< a progress offset of the Linear's TrackingEvents
        Skipoffset, //!< the Linear's skipoffset: the ad may be skipped from here
        End, //!< the duration: the ad is complete
    };

    //! One milestone: what it marks and the playhead position at which it is reached.
    struct Milestone
    {
        //! What the milestone marks.
        Kind kind = Kind::End;
        /*! The playhead position (ms) at which it is reached. */
        qint64 offsetMs = 0;
        /*! Progress: the offset as written in the first <Tracking> with this offset
            (e.g. "00:00:05" or "80%"); Skipoffset: the skipoffset attribute; else empty. */
        QString offset;
        /*! Progress: the indices in Linear::trackingEvents of every progress <Tracking>
            whose offset resolves to offsetMs, in document order; else empty. */
        QList<int> trackingEvents;

        //! Equal when every member is equal.
        bool operator==(const Milestone &o) const
        {
            return kind == o.kind && offsetMs == o.offsetMs && offset == o.offset && trackingEvents == o.trackingEvents;
        }
        //! Not equal: the opposite of operator==().
        bool operator!=(const Milestone &o) const { return !(*this == o); }
    };

    /*! An empty timeline: no milestones, duration and skipoffset -1. */
    AdTimeline() = default;
    /*! The timeline of \a linear played for \a durationMs milliseconds (<= 0: unknown).
        The duration is a parameter because the media may define it when <Duration> does
        not; \a linear's durationMs is not read. Without \a quartiles there are no
        quartile milestones (neither recorded nor tracked); \a quartileToleranceMs (>= 0)
        moves each quartile that many ms earlier (not below 0), for media whose position
        arrives coarsely (PlaybackConfig::autoQuartiles, quartileToleranceMs). */
    AdTimeline(const Linear &linear, qint64 durationMs, bool quartiles = true, qint64 quartileToleranceMs = 0);

    /*! The duration in ms the quartiles and percentages were computed for; -1 if unknown. */
    qint64 durationMs() const { return m_durationMs; }
    /*! The skipoffset in ms, -1 when the ad is not skippable (no or an invalid skipoffset). */
    qint64 skipoffsetMs() const { return m_skipoffsetMs; }

    /*! Every milestone, in order (see the class description). */
    const QList<Milestone> &milestones() const { return m_milestones; }
    //! The number of milestones.
    qsizetype size() const { return m_milestones.size(); }
    //! True when there is no milestone.
    bool isEmpty() const { return m_milestones.isEmpty(); }
    //! Milestone \a i, 0 <= \a i < size().
    const Milestone &at(qsizetype i) const { return m_milestones.at(i); }

    /*! How many milestones a playhead at \a positionMs has reached: they are the first
        ones, [0, reachedBy()). */
    qsizetype reachedBy(qint64 positionMs) const;
    /*! The offset (ms) of the first milestone after \a positionMs, or -1 when none is
        left. */
    qint64 nextOffsetMs(qint64 positionMs) const;

    /*! The VAST event name of a quartile or progress milestone ("firstQuartile",
        "midpoint", "thirdQuartile", "progress"); "skipoffset" and "end" otherwise (these
        two are not tracking events). */
    static QString kindName(Kind kind);

    //! Equal when every member is equal.
    bool operator==(const AdTimeline &o) const
    {
        return m_durationMs == o.m_durationMs && m_skipoffsetMs == o.m_skipoffsetMs && m_milestones == o.m_milestones;
    }
    //! Not equal: the opposite of operator==().
    bool operator!=(const AdTimeline &o) const { return !(*this == o); }

private:
    QList<Milestone> m_milestones;
    qint64 m_durationMs = -1;
    qint64 m_skipoffsetMs = -1;
};

/*! Writes "kind@offsetMs" per milestone, e.g. AdTimeline(firstQuartile@2500, progress@3100 "00:00:03.100", ...). */
VASTQT_EXPORT QDebug operator<<(QDebug debug, const AdTimeline &timeline);

} // namespace VastQt

#endif // VASTQT_ADTIMELINE_H
