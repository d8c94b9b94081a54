// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_PLAYBACKCONFIG_H
#define VASTQT_PLAYBACKCONFIG_H

#include <VastQt/interruptionrule.h>
#include <VastQt/timesource.h>
#include <VastQt/vastqt_export.h>

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/qobjectdefs.h>

#include <array>

namespace VastQt
{

/*!
    \brief How an ad is played (seed 003 "PlaybackSessionConfig"): the one place the
    playback knobs come from. VastClient, the QML VastPlayer and `vastqt-inspector` resolve
    one with ConfigResolver and hand it to PlayerFactory, which applies it to each Player.

    Every field, its JSON name (the Q_PROPERTY name), unit and default:
    \table
    \header \li field \li unit, range \li default
    \row \li mode \li Auto, Realtime or Headless ("auto", "realtime", "headless"); see
         PlayerFactory for what Auto picks \li Auto
    \row \li interruptionRules \li the simulated viewer's InterruptionRules (headless only) \li none
    \row \li maxSessionDurationMs \li ms of session clock after which a playback is stopped
         (ends Stopped, nothing tracked); 0 = no limit \li 300000 (5 min)
    \row \li autoQuartiles \li whether firstQuartile, midpoint and thirdQuartile are tracked
         as the position reaches them \li true
    \row \li quartileToleranceMs \li ms before its exact offset at which a quartile counts as
         reached (for media whose position arrives coarsely), >= 0 \li 0
    \row \li tickIntervalMs \li ms of virtual time per tick of the headless clock, > 0
         \li 250 (TimeSource::DefaultTickIntervalMs)
    \row \li speed \li speed factor of the headless clock, >= 0 (1 real time, 0 as fast
         as possible) \li 1
    \row \li seed \li seed of the interruption draws (HeadlessPlayer::seed()) \li 1
    \row \li persistSessions \li whether each finished PlaybackSession is written as JSON to
         sessionDirectory (PlaybackSession::writeToDirectory()) \li false
    \row \li sessionDirectory \li folder of persisted sessions; empty = the generic data
         location's vastqt/sessions (e.g. ~/.local/share/vastqt/sessions) \li empty
    \row \li emitPlaybackEvents \li whether Player::eventRecorded() is emitted (the session
         records the events either way) \li true
    \row \li logTrackingUrls \li whether each beacon's URL is logged as it is sent (category
         vastqt.playback, info level) \li false
    \endtable

    A PlaybackConfig also knows which fields were set (isSet()): the setters mark them, so a
    partial config (a provider profile, a publisher context, a per-player override) sets only
    what it names and ConfigResolver takes the rest from the level below. The values of
    unset fields are the defaults above. JSON (toJson()/fromJson()) carries the set fields
    only.
*/
class VASTQT_EXPORT PlaybackConfig
{
    Q_GADGET
    Q_PROPERTY(Mode mode READ mode WRITE setMode)
    Q_PROPERTY(QList<VastQt::InterruptionRule> interruptionRules READ interruptionRules WRITE setInterruptionRules)
    Q_PROPERTY(qint64 maxSessionDurationMs READ maxSessionDurationMs WRITE setMaxSessionDurationMs)
    Q_PROPERTY(bool autoQuartiles READ autoQuartiles WRITE setAutoQuartiles)
    Q_PROPERTY(qint64 quartileToleranceMs READ quartileToleranceMs WRITE setQuartileToleranceMs)
    Q_PROPERTY(int tickIntervalMs READ tickIntervalMs WRITE setTickIntervalMs)
    Q_PROPERTY(double speed READ speed WRITE setSpeed)
    Q_PROPERTY(quint32 seed READ seed WRITE setSeed)
    Q_PROPERTY(bool persistSessions READ persistSessions WRITE setPersistSessions)
    Q_PROPERTY(QString sessionDirectory READ sessionDirectory WRITE setSessionDirectory)
    Q_PROPERTY(bool emitPlaybackEvents READ emitPlaybackEvents WRITE setEmitPlaybackEvents)
    Q_PROPERTY(bool logTrackingUrls READ logTrackingUrls WRITE setLogTrackingUrls)
public:
    /*! \value Auto      PlayerFactory picks: Realtime with a video output and a decodable MediaFile, else Headless
        \value Realtime  a RealtimePlayer (Qt Multimedia plays the MediaFile)
        \value Headless  a HeadlessPlayer (simulated clock, no media decoded) */
    enum class Mode { Auto, Realtime, Headless };
    Q_ENUM(Mode)

    /*! The fields, in the order of the Q_PROPERTYs (and of the report's "config"). */
    enum class Field {
        Mode,
        InterruptionRules,
        MaxSessionDurationMs,
        AutoQuartiles,
        QuartileToleranceMs,
        TickIntervalMs,
        Speed,
        Seed,
        PersistSessions,
        SessionDirectory,
        EmitPlaybackEvents,
        LogTrackingUrls,
    };
    Q_ENUM(Field)
    //! The number of fields (of Field).
    static constexpr int FieldCount = int(Field::LogTrackingUrls) + 1;
    /*! The default seed of the interruption draws (also HeadlessPlayer's own default). */
    static constexpr quint32 DefaultSeed = 1;

    //! Which player plays the ad: Auto, Realtime or Headless; default Auto.
    Mode mode() const { return m_mode; }
    //! Sets mode() and marks it set.
    void setMode(Mode mode);
    //! The simulated viewer's rules (headless only); none by default.
    QList<InterruptionRule> interruptionRules() const { return m_interruptionRules; }
    //! Sets interruptionRules() and marks it set.
    void setInterruptionRules(const QList<InterruptionRule> &rules);
    //! The session clock time after which a playback is stopped, in ms; 0 for no limit; default 300000.
    qint64 maxSessionDurationMs() const { return m_maxSessionDurationMs; }
    //! Sets maxSessionDurationMs() and marks it set.
    void setMaxSessionDurationMs(qint64 msecs);
    //! Whether firstQuartile, midpoint and thirdQuartile are tracked as the position reaches them; default true.
    bool autoQuartiles() const { return m_autoQuartiles; }
    //! Sets autoQuartiles() and marks it set.
    void setAutoQuartiles(bool enabled);
    //! How long before its exact offset a quartile counts as reached, in ms, >= 0; default 0.
    qint64 quartileToleranceMs() const { return m_quartileToleranceMs; }
    //! Sets quartileToleranceMs() and marks it set.
    void setQuartileToleranceMs(qint64 msecs);
    //! The virtual time per tick of the headless clock, in ms, > 0; default 250.
    int tickIntervalMs() const { return m_tickIntervalMs; }
    //! Sets tickIntervalMs() and marks it set.
    void setTickIntervalMs(int msecs);
    //! The speed factor of the headless clock, >= 0 (1 real time, 0 as fast as possible); default 1.
    double speed() const { return m_speed; }
    //! Sets speed() and marks it set.
    void setSpeed(double factor);
    //! The seed of the interruption draws; default DefaultSeed.
    quint32 seed() const { return m_seed; }
    //! Sets seed() and marks it set.
    void setSeed(quint32 seed);
    //! Whether each finished PlaybackSession is written as JSON to the session directory; default false.
    bool persistSessions() const { return m_persistSessions; }
    //! Sets persistSessions() and marks it set.
    void setPersistSessions(bool enabled);
    //! The folder of persisted sessions; empty (default) for the default folder (effectiveSessionDirectory()).
    QString sessionDirectory() const { return m_sessionDirectory; }
    //! Sets sessionDirectory() and marks it set.
    void setSessionDirectory(const QString &path);
    /*! sessionDirectory(), or the default folder when it is empty. */
    QString effectiveSessionDirectory() const;
    //! Whether Player::eventRecorded() is emitted (the session records the events either way); default true.
    bool emitPlaybackEvents() const { return m_emitPlaybackEvents; }
    //! Sets emitPlaybackEvents() and marks it set.
    void setEmitPlaybackEvents(bool enabled);
    //! Whether each beacon's URL is logged as it is sent (category vastqt.playback, info); default false.
    bool logTrackingUrls() const { return m_logTrackingUrls; }
    //! Sets logTrackingUrls() and marks it set.
    void setLogTrackingUrls(bool enabled);

    /*! Whether \a field was set (by its setter, setValue() or fromJson()). */
    bool isSet(Field field) const { return m_set[size_t(field)]; }
    /*! Whether no field is set. */
    bool isEmpty() const;
    /*! Forgets \a field: its default value back, not set. */
    void unset(Field field);

    /*! The JSON name of \a field ("mode", "maxSessionDurationMs", ...). */
    static QString fieldName(Field field);
    /*! The field named \a name, or \a ok = false. */
    static Field fieldFromName(QStringView name, bool *ok = nullptr);
    /*! "auto", "realtime", "headless". */
    static QString modeName(Mode mode);
    //! The Mode named \a name (modeName()); Auto and \a ok false when there is none.
    static Mode modeFromName(QStringView name, bool *ok = nullptr);

    /*! \a field's value as JSON (mode as its name, the rules as an array of InterruptionRule::toJson()). */
    QJsonValue jsonValue(Field field) const;
    /*! Sets \a field from its JSON form. Returns an empty string when it was accepted, else
        what is wrong with \a value (wrong type, out of range); the field is then unchanged.
        interruptionRules takes an array of rules or an object keyed by IAB event ("start",
        "firstQuartile", "midpoint", "thirdQuartile", "complete"), each a rule. */
    QString setJsonValue(Field field, const QJsonValue &value);
    /*! Copies \a field's value (and its being set) from \a other. */
    void copyField(Field field, const PlaybackConfig &other);

    /*! The set fields as a JSON object. */
    QJsonObject toJson() const;
    /*! A config with the members of \a json set. An unknown member or a bad value clears
        \a ok and puts "field: problem" into \a error (the first one found). */
    static PlaybackConfig fromJson(const QJsonObject &json, bool *ok = nullptr, QString *error = nullptr);

    //! Equal when every member is equal.
    bool operator==(const PlaybackConfig &o) const;
    //! Not equal: the opposite of operator==().
    bool operator!=(const PlaybackConfig &o) const { return !(*this == o); }

private:
    void mark(Field field) { m_set[size_t(field)] = true; }

    Mode m_mode = Mode::Auto;
    QList<InterruptionRule> m_interruptionRules;
    qint64 m_maxSessionDurationMs = 300000;
    bool m_autoQuartiles = true;
    qint64 m_quartileToleranceMs = 0;
    int m_tickIntervalMs = TimeSource::DefaultTickIntervalMs;
    double m_speed = 1.0;
    quint32 m_seed = DefaultSeed;
    bool m_persistSessions = false;
    QString m_sessionDirectory;
    bool m_emitPlaybackEvents = true;
    bool m_logTrackingUrls = false;
    std::array<bool, FieldCount> m_set {};
};

} // namespace VastQt

Q_DECLARE_METATYPE(VastQt::PlaybackConfig)

#endif // VASTQT_PLAYBACKCONFIG_H
