// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_PLAYBACKSESSION_H
#define VASTQT_PLAYBACKSESSION_H

#include <VastQt/vastqt_export.h>
#include <VastQt/vastqtnamespace.h>

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/qobjectdefs.h>

namespace VastQt
{

/*!
    \brief One entry of a PlaybackSession's event list: an IAB event name as the Player
    tracked it ("impression", "creativeView", "start", "firstQuartile", "midpoint",
    "thirdQuartile", "complete", "progress", "pause", "resume", "mute", "unmute", "skip",
    "closeLinear", "playerExpand", "fullscreen", "playerCollapse", "exitFullscreen",
    "click", "error").

    offsetMs is the media position (ms into the creative) when it happened; elapsedMs is
    the session clock (the player's TimeSource, ms since the player started loading, pauses
    included). detail is empty except for "progress" (the raw offset attribute, e.g.
    "00:00:05" or "50%"), "error" (the numeric VAST error code) and events a
    HeadlessPlayer's InterruptionRule caused ("rule <n>", n its index).
*/
struct VASTQT_EXPORT PlaybackEvent
{
    Q_GADGET
    Q_PROPERTY(QString event MEMBER event)
    Q_PROPERTY(qint64 offsetMs MEMBER offsetMs)
    Q_PROPERTY(qint64 elapsedMs MEMBER elapsedMs)
    Q_PROPERTY(QString detail MEMBER detail)
public:
    //! The IAB event name, as the Player tracked it.
    QString event;
    //! The media position when it happened, in ms into the creative.
    qint64 offsetMs = 0;
    //! The session clock when it happened: ms since the player started loading, pauses included.
    qint64 elapsedMs = 0;
    //! Empty, except for "progress" (the raw offset), "error" (the VAST code) and interruption rules ("rule <n>").
    QString detail;

    //! The event as JSON: {"event", "offsetMs", "elapsedMs", "detail"} (detail only when not empty).
    QJsonObject toJson() const;
    //! Reads an event written by toJson(); missing members keep their defaults.
    static PlaybackEvent fromJson(const QJsonObject &json);
    //! Not equal: the opposite of operator==().
    bool operator!=(const PlaybackEvent &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const PlaybackEvent &o) const
    {
        return event == o.event && offsetMs == o.offsetMs && elapsedMs == o.elapsedMs && detail == o.detail;
    }
};

/*!
    \brief One MediaFile a Player tried to load: its URL, whether it played or failed, and
    the VAST error of a failure (401 not found, 402 timeout, 405 not playable, ...) with its
    message. A Player goes on with the next ranked MediaFile of its SelectedAd when one fails
    before its first frame (DESIGN.md, "MediaFile fallback").
*/
struct VASTQT_EXPORT MediaFileAttempt
{
    Q_GADGET
    Q_PROPERTY(QString url MEMBER url)
    Q_PROPERTY(bool played MEMBER played)
    Q_PROPERTY(VastQt::ErrorCode code MEMBER code)
    Q_PROPERTY(QString message MEMBER message)
public:
    //! The MediaFile's URL.
    QString url;
    //! True when the file played (its first frame showed); false when it failed.
    bool played = false;
    //! The VAST code of the failure (401, 402, 405, ...); NoError when it played.
    ErrorCode code = ErrorCode::NoError;
    //! The failure in words, empty when it played.
    QString message;

    /*! {"url", "result": "played" | "failed", "code", "message"}. */
    QJsonObject toJson() const;
    //! Reads an attempt written by toJson(); missing members keep their defaults.
    static MediaFileAttempt fromJson(const QJsonObject &json);
    //! Not equal: the opposite of operator==().
    bool operator!=(const MediaFileAttempt &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const MediaFileAttempt &o) const
    {
        return url == o.url && played == o.played && code == o.code && message == o.message;
    }
};

/*!
    \brief The record of one playback (seed 003 "PlaybackSession"), as a Player fills it.

    A value type: Player::session() returns a snapshot at any time; after Player::finished()
    it is final. Times are qint64 milliseconds; -1 means "not (yet) known". positionMs is the
    furthest media position reached; startedAtMs / endedAtMs are session clock times (the
    player's TimeSource) of the "start" event and of the end of the playback, so
    endedAtMs - startedAtMs includes pauses. quartilesTracked lists the quartiles reached in
    order, 0 = start, 1 = firstQuartile, 2 = midpoint, 3 = thirdQuartile, 4 = complete.

    toJson() and fromJson() round-trip exactly: fromJson(s.toJson()) == s.
*/
struct VASTQT_EXPORT PlaybackSession
{
    Q_GADGET
    Q_PROPERTY(Status status MEMBER status)
    Q_PROPERTY(QString adId MEMBER adId)
    Q_PROPERTY(QString creativeId MEMBER creativeId)
    Q_PROPERTY(int creativeIndex MEMBER creativeIndex)
    Q_PROPERTY(QString mediaFileUrl MEMBER mediaFileUrl)
    Q_PROPERTY(QList<VastQt::MediaFileAttempt> mediaFileAttempts MEMBER mediaFileAttempts)
    Q_PROPERTY(qint64 durationMs MEMBER durationMs)
    Q_PROPERTY(qint64 positionMs MEMBER positionMs)
    Q_PROPERTY(qint64 skipoffsetMs MEMBER skipoffsetMs)
    Q_PROPERTY(qint64 startedAtMs MEMBER startedAtMs)
    Q_PROPERTY(qint64 endedAtMs MEMBER endedAtMs)
    Q_PROPERTY(QList<VastQt::PlaybackEvent> events MEMBER events)
    Q_PROPERTY(QList<int> quartilesTracked MEMBER quartilesTracked)
    Q_PROPERTY(VastQt::ErrorCode errorCode MEMBER errorCode)
    Q_PROPERTY(QString errorMessage MEMBER errorMessage)
public:
    /*! Pending: not started; Running: loading or playing (also paused); then exactly one of
        the end states. Serialised as the lower-case name ("completed", ...). */
    enum class Status { Pending, Running, Completed, Skipped, Stopped, Error };
    Q_ENUM(Status)

    //! Where the playback stands (see Status).
    Status status = Status::Pending;
    QString adId; //!< Ad@id
    QString creativeId; //!< Creative@id
    int creativeIndex = -1; //!< index of the creative in Ad::creatives
    QString mediaFileUrl; //!< the MediaFile loaded (the last one tried); empty if none
    QList<MediaFileAttempt> mediaFileAttempts; //!< every MediaFile loaded, in order
    //! The creative's duration in ms; -1 until known.
    qint64 durationMs = -1;
    //! The furthest media position reached, in ms.
    qint64 positionMs = 0;
    qint64 skipoffsetMs = -1; //!< -1 when the creative is not skippable
    //! The session clock time of the "start" event, in ms; -1 before it.
    qint64 startedAtMs = -1;
    //! The session clock time of the end of the playback, in ms; -1 before it.
    qint64 endedAtMs = -1;
    //! Every event tracked, in order (also the ones without a beacon).
    QList<PlaybackEvent> events;
    //! The quartiles reached, in order: 0 start, 1 firstQuartile, 2 midpoint, 3 thirdQuartile, 4 complete.
    QList<int> quartilesTracked;
    //! The VAST code that ended the playback in Error; NoError otherwise.
    ErrorCode errorCode = ErrorCode::NoError;
    //! The error in words, empty when there was none.
    QString errorMessage;

    /*! Whether the session reached one of the end states. */
    bool isFinished() const { return status >= Status::Completed; }
    /*! The event names in order (convenience for tests and reports). */
    Q_INVOKABLE QStringList eventNames() const;

    /*! The session as JSON: status as its lower-case name, errorCode as its number. */
    QJsonObject toJson() const;
    /*!
        \brief Reads a session written by toJson(). Missing members keep their defaults; an
        unknown status or a value of the wrong type makes \a ok (when given) false.
    */
    static PlaybackSession fromJson(const QJsonObject &json, bool *ok = nullptr);

    /*!
        \brief Writes toJson() to a new file in \a directory (made if missing), named
        "session-<UTC yyyyMMddTHHmmsszzz>-<adId>-<random uuid>.json"; the session persistence of
        PlaybackConfig (persistSessions). Returns false, with a warning, when it cannot
        write; \a fileName gets the file's path.
    */
    bool writeToDirectory(const QString &directory, QString *fileName = nullptr) const;

    /*! "pending", "running", "completed", "skipped", "stopped" or "error". */
    static QString statusName(Status status);
    /*! The Status named \a name, or \a ok = false (Pending returned). */
    static Status statusFromName(QStringView name, bool *ok = nullptr);

    //! Not equal: the opposite of operator==().
    bool operator!=(const PlaybackSession &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const PlaybackSession &o) const;
};

//! Writes \a event to \a debug: its name, offset, elapsed time and detail.
VASTQT_EXPORT QDebug operator<<(QDebug debug, const PlaybackEvent &event);
//! Writes \a session to \a debug as its compact JSON (toJson()).
VASTQT_EXPORT QDebug operator<<(QDebug debug, const PlaybackSession &session);

} // namespace VastQt

Q_DECLARE_METATYPE(VastQt::MediaFileAttempt)
Q_DECLARE_METATYPE(VastQt::PlaybackEvent)
Q_DECLARE_METATYPE(VastQt::PlaybackSession)

#endif // VASTQT_PLAYBACKSESSION_H
