// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_INTERRUPTIONRULE_H
#define VASTQT_INTERRUPTIONRULE_H

#include <VastQt/vastqt_export.h>

#include <QtCore/QJsonObject>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/qobjectdefs.h>

namespace VastQt
{

/*!
    \brief Something a simulated viewer may do during a headless playback (seed 003
    "interruption rules"): with \c probability, at a media position drawn uniformly from
    [minOffsetMs, maxOffsetMs], perform \c action.

    Actions:
    \list
    \li Pause: pause, then resume after durationMs of session clock (0: at the next tick);
    \li Mute: mute; unmute again after durationMs of session clock (0: stay muted);
    \li Unmute: unmute (does nothing when not muted);
    \li Skip: skip as soon as the position is also past the skipoffset (never for an ad that
        is not skippable);
    \li Close: close the ad (closeLinear, ends in Stopped);
    \li Stop: stop without an event (the viewer left);
    \li Click: click the ad (ClickTracking).
    \endlist
    Offsets and durations in milliseconds; probability 0..1 (1: always). A position at or
    past the creative's duration is never reached. JSON form (toJson()/fromJson()):
    \c {{"action": "pause", "minOffsetMs": 2000, "maxOffsetMs": 4000, "probability": 0.5,
    "durationMs": 1500}}.
*/
struct VASTQT_EXPORT InterruptionRule
{
    Q_GADGET
    Q_PROPERTY(Action action MEMBER action)
    Q_PROPERTY(qint64 minOffsetMs MEMBER minOffsetMs)
    Q_PROPERTY(qint64 maxOffsetMs MEMBER maxOffsetMs)
    Q_PROPERTY(double probability MEMBER probability)
    Q_PROPERTY(qint64 durationMs MEMBER durationMs)
public:
    //! What the simulated viewer does (see the class description).
    enum class Action { Pause, Mute, Unmute, Skip, Close, Stop, Click };
    Q_ENUM(Action)

    //! The action performed.
    Action action = Action::Pause;
    //! The earliest media position it may happen at, in ms.
    qint64 minOffsetMs = 0;
    qint64 maxOffsetMs = 0; //!< values below minOffsetMs count as minOffsetMs
    //! The chance it happens in a playback, 0..1 (1: always).
    double probability = 1.0;
    //! For Pause and Mute: how long until resume or unmute, in ms of session clock (see the class description).
    qint64 durationMs = 0;

    /*! Convenience: a rule that always fires at \a atMs. */
    static InterruptionRule at(Action action, qint64 atMs, qint64 durationMs = 0);

    /*! "pause", "mute", "unmute", "skip", "close", "stop", "click". */
    static QString actionName(Action action);
    //! The Action named \a name (actionName()); Pause and \a ok false when there is none.
    static Action actionFromName(QStringView name, bool *ok = nullptr);

    //! The rule in its JSON form (see the class description).
    QJsonObject toJson() const;
    /*! Reads toJson()'s form; missing members keep their defaults, an unknown action or
        a probability outside 0..1 clears \a ok. */
    static InterruptionRule fromJson(const QJsonObject &json, bool *ok = nullptr);

    //! Equal when every member is equal.
    bool operator==(const InterruptionRule &o) const
    {
        return action == o.action && minOffsetMs == o.minOffsetMs && maxOffsetMs == o.maxOffsetMs
            && probability == o.probability && durationMs == o.durationMs;
    }
    //! Not equal: the opposite of operator==().
    bool operator!=(const InterruptionRule &o) const { return !(*this == o); }
};

/*!
    \brief One interruption a HeadlessPlayer drew from its rules for this playback: rule is
    the index in HeadlessPlayer::interruptionRules(), positionMs the media position where it
    triggers, durationMs as in the rule.
*/
struct VASTQT_EXPORT PlannedInterruption
{
    Q_GADGET
    Q_PROPERTY(int rule MEMBER rule)
    Q_PROPERTY(VastQt::InterruptionRule::Action action MEMBER action)
    Q_PROPERTY(qint64 positionMs MEMBER positionMs)
    Q_PROPERTY(qint64 durationMs MEMBER durationMs)
public:
    //! The index of the rule in HeadlessPlayer::interruptionRules().
    int rule = -1;
    //! The rule's action.
    InterruptionRule::Action action = InterruptionRule::Action::Pause;
    //! The media position where it triggers, in ms.
    qint64 positionMs = 0;
    //! The rule's durationMs.
    qint64 durationMs = 0;

    //! Equal when every member is equal.
    bool operator==(const PlannedInterruption &o) const
    {
        return rule == o.rule && action == o.action && positionMs == o.positionMs && durationMs == o.durationMs;
    }
    //! Not equal: the opposite of operator==().
    bool operator!=(const PlannedInterruption &o) const { return !(*this == o); }
};

} // namespace VastQt

Q_DECLARE_METATYPE(VastQt::InterruptionRule)
Q_DECLARE_METATYPE(VastQt::PlannedInterruption)

#endif // VASTQT_INTERRUPTIONRULE_H
