// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_PLAYER_H
#define VASTQT_PLAYER_H

#include <VastQt/adselector.h>
#include <VastQt/playbackconfig.h>
#include <VastQt/playbacksession.h>
#include <VastQt/vastmodel.h>
#include <VastQt/vastqt_export.h>
#include <VastQt/vastqtnamespace.h>

#include <QtCore/QObject>

#include <memory>

namespace VastQt
{

class PlayerPrivate;
class TimeSource;
class Tracker;

/*!
    \brief Plays the Linear creative of one Ad and drives its Tracker (DESIGN.md §Playback,
    seed 003 "BaseVastPlayer"). Abstract: RealtimePlayer shows the media, HeadlessPlayer
    simulates it; only the position source differs.

    play() is a template method. From the event loop (never inside play()) it:
    \list 1
    \li enters Loading and starts the session clock (timeSource());
    \li reports the SelectedAd's error when SELECT refused the ad (200 a Wrapper, no
        creative or an index out of range; 201 not Linear; 202 duration; 403 no playable
        MediaFile: VAST 4.3 §2.3.6.3, see AdSelector). The player never selects: it plays
        the SelectedAd it was given (setSelectedAd());
    \li calls loadMedia() with the first-ranked MediaFile; the subclass answers
        mediaLoaded() or mediaFailed(). When the MediaFile fails before its first frame
        with 401 (not found), 402 (timeout) or 405 (not playable), the next ranked
        MediaFile of the SelectedAd is loaded instead; only when every one failed does
        the player fail, with the code of the last failure (VAST 4.3 §2.3.6.3; each try
        is in PlaybackSession::mediaFileAttempts). The duration is the Linear's
        <Duration>, else the media's; neither: ErrorCode::GeneralLinearError (400);
    \li when the media is ready to play (mediaLoaded(): a headless player at once, a real
        time one when the media has loaded enough to play), tracks loaded (VAST 4.3
        §3.14.1), once whatever was tried;
    \li enters Playing and tracks, at position 0 and once whatever was tried: impression (all Impression URIs),
        creativeView, start;
    \li on every tick of the time source while Playing, reads mediaPosition() and calls
        Tracker::updatePosition(); firstQuartile, midpoint, thirdQuartile (at 25/50/75 % of
        the duration, position * 4 >= duration * k) and each distinct progress offset of the
        Linear's TrackingEvents are recorded when the position first reaches them, in that
        order (quartiles first when they coincide with a progress offset);
    \li at the duration tracks complete and ends in Completed.
    \endlist
    Between start and the end: pause() / resume() (pause, resume), setMuted() (mute, unmute),
    setFullscreen() (playerExpand + fullscreen, playerCollapse + exitFullscreen: the VAST 4
    and legacy names, so ads of every version get their beacon), click() (ClickTracking),
    skip() (skip; only once position() >= the Linear's skipoffset), close() (closeLinear,
    ends in Stopped) and stop() (no event, ends in Stopped). Every error also calls
    Tracker::trackError() with its code (the ad's <Error> URIs).

    The Tracker is optional and not owned (setTracker()); without one nothing is sent but
    the PlaybackSession is recorded the same. The player calls Tracker::setAd() and
    setDurationMs() itself and sets the context's [ASSETURI] (the MediaFile being loaded
    or played), [PLAYERSIZE] (playerSize()) and player state.

    finished() is emitted exactly once per play(), on any end (Completed, Skipped, Stopped,
    Error), after stateChanged() and, for Error, after errorOccurred(). A player plays once:
    play() on a player that is not Idle returns false. Delete a player with deleteLater()
    from a finished() handler.

    Subclasses (KJob pattern) extend PlayerPrivate (playback/player_p.h), pass their
    TimeSource to the protected constructor, implement loadMedia() and may override the
    other media hooks.
*/
class VASTQT_EXPORT Player : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Player)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(qint64 position READ position NOTIFY positionChanged)
    Q_PROPERTY(qint64 duration READ duration NOTIFY durationChanged)
    Q_PROPERTY(bool muted READ isMuted WRITE setMuted NOTIFY mutedChanged)
    Q_PROPERTY(bool fullscreen READ isFullscreen WRITE setFullscreen NOTIFY fullscreenChanged)
    Q_PROPERTY(qint64 skipoffset READ skipoffsetMs NOTIFY durationChanged)
    Q_PROPERTY(bool canSkip READ canSkip NOTIFY canSkipChanged)
    Q_PROPERTY(VastQt::ErrorCode error READ error NOTIFY finished)
    Q_PROPERTY(QString errorString READ errorString NOTIFY finished)
public:
    /*!
        \value Idle       nothing started yet (also right after play(), until the event loop runs)
        \value Loading    checking the creative, selecting and loading the MediaFile
        \value Playing    the position advances
        \value Paused     pause(): the position stands still
        \value Completed  the position reached the duration; complete was tracked (final)
        \value Skipped    skip() succeeded (final)
        \value Stopped    stop() or close() (final)
        \value Error      a VAST error ended the playback; see error() (final)
    */
    enum class State { Idle, Loading, Playing, Paused, Completed, Skipped, Stopped, Error };
    Q_ENUM(State)

    ~Player() override;

    /*! The ad to play as SELECT left it (AdSelector::select()): its creative, its
        playable MediaFiles in rank order, or the error that refused it. Only before play(). */
    void setSelectedAd(const SelectedAd &selected);
    //! The ad being played, as given to setSelectedAd().
    SelectedAd selectedAd() const;
    /*! The ad of selectedAd(). */
    Ad ad() const;
    /*! The index in Ad::creatives of the creative played (SelectedAd::creativeIndex). */
    int creativeIndex() const;
    /*! The MediaFile being loaded or played: a candidate of selectedAd() (index -1 before
        loading starts or when none is playable). */
    MediaFileCandidate currentMediaFile() const;

    /*! The player's size in pixels, for [PLAYERSIZE]; default 1280x720. An invalid size
        leaves the Tracker context's own value. Only before play(). */
    void setPlayerSize(const QSize &size);
    //! The player's size in pixels, for [PLAYERSIZE] (default 1280x720).
    QSize playerSize() const;

    /*!
        \brief The playback settings this player follows (PlayerFactory sets them); only
        before play(). Read here: maxSessionDurationMs (the playback is stopped, ending in
        Stopped without an event, once the session clock reaches it), autoQuartiles and
        quartileToleranceMs (the AdTimeline's quartiles), persistSessions and
        sessionDirectory (the final session is written there, PlaybackSession::writeToDirectory()),
        emitPlaybackEvents (eventRecorded()) and logTrackingUrls. The clock settings of a
        HeadlessPlayer are its own properties (speedFactor, tickIntervalMs, seed,
        interruptionRules), which PlayerFactory sets from the same config.
    */
    void setPlaybackConfig(const PlaybackConfig &config);
    //! The configuration given to setPlaybackConfig().
    PlaybackConfig playbackConfig() const;

    /*! The tracker fed with this ad's events; not owned, may be null. Only before play(). */
    void setTracker(Tracker *tracker);
    //! The tracker fed with this ad's events; null when none.
    Tracker *tracker() const;

    /*! The session clock: starts when loading starts, keeps running while paused (a
        subclass may pause it), stops at the end. Owned by the player. */
    TimeSource *timeSource() const;

    //! The player's state (see State); stateChanged() on each change.
    State state() const;
    /*! Whether the player reached a final state (finished() was emitted). */
    bool isFinished() const;
    /*! Media position in ms, 0..duration(). */
    qint64 position() const;
    /*! Creative duration in ms; -1 until loaded. */
    qint64 duration() const;
    /*! The Linear's skipoffset in ms, -1 when not skippable (or not loaded yet). */
    qint64 skipoffsetMs() const;
    /*! Whether skip() would succeed now: Playing or Paused and position() >= skipoffsetMs() >= 0. */
    bool canSkip() const;
    //! Whether the ad plays muted; mutedChanged() on a change.
    bool isMuted() const;
    //! Whether the ad plays fullscreen; fullscreenChanged() on a change.
    bool isFullscreen() const;
    //! The VAST code that ended the playback in Error (VAST 4.3 §2.3.6.3); NoError otherwise.
    ErrorCode error() const;
    //! The error in words (translated), empty when there was none.
    QString errorString() const;

    /*! A snapshot of the session; final once finished() was emitted. */
    PlaybackSession session() const;

public Q_SLOTS:
    /*! Starts playback from the event loop (see the class description). Returns false, and
        does nothing, if play() was called before. */
    bool play();
    /*! Playing → Paused; tracks pause. False in any other state. */
    bool pause();
    /*! Paused → Playing; tracks resume. False in any other state. */
    bool resume();
    /*! Ends the playback in Stopped without a tracking event; works from Idle (after
        play()), Loading, Playing and Paused. False otherwise. */
    bool stop();
    /*! The viewer closed the ad: tracks closeLinear and ends in Stopped. Only while
        Playing or Paused. */
    bool close();
    /*! Tracks skip and ends in Skipped if canSkip(); otherwise returns false and nothing
        changes (the ad is not skippable or position() < skipoffsetMs()). */
    bool skip();
    /*! Mutes or unmutes; while Playing or Paused tracks mute / unmute on a change. Before
        playback it only sets the initial state; after the end it is ignored. */
    void setMuted(bool muted);
    /*! Enters or leaves fullscreen; tracked like setMuted() (see the class description). */
    void setFullscreen(bool fullscreen);
    /*! The viewer clicked the ad: fires the ClickTracking URIs (Tracker::trackClick()).
        Only while Playing or Paused. The ClickThrough is the caller's to open. */
    bool click();

Q_SIGNALS:
    //! The state changed to \a state.
    void stateChanged(VastQt::Player::State state);
    /*! The media position changed, in ms. */
    void positionChanged(qint64 positionMs);
    //! The creative's duration became known, in ms (also changes skipoffsetMs()).
    void durationChanged(qint64 durationMs);
    //! The mute state changed to \a muted.
    void mutedChanged(bool muted);
    //! The fullscreen state changed to \a fullscreen.
    void fullscreenChanged(bool fullscreen);
    //! canSkip() changed to \a canSkip: the position reached the skipoffset, or the playback ended.
    void canSkipChanged(bool canSkip);
    /*! An event was appended to the session (also the ones without a beacon); not
        emitted when playbackConfig().emitPlaybackEvents() is false. */
    void eventRecorded(const VastQt::PlaybackEvent &event);
    /*! The playback failed with VAST error \a code (200, 201, 400, 403, 405, ...). Emitted
        once, before finished(). */
    void errorOccurred(VastQt::ErrorCode code, const QString &message);
    /*! Emitted exactly once when the playback ended, whatever the reason. */
    void finished();

protected:
    /*! Takes ownership of \a dd and of \a timeSource (must not be null). */
    Player(PlayerPrivate &dd, TimeSource *timeSource, QObject *parent);

    // Media hooks, called by the template method.

    /*! Loads \a mediaFile; answer with mediaLoaded() or mediaFailed(), synchronously or later. */
    virtual void loadMedia(const MediaFile &mediaFile) = 0;
    /*! Playback begins (after start was tracked and position 0 processed). Default: nothing. */
    virtual void startMedia() { }
    /*! The player paused. Default: nothing (the session clock keeps running). */
    virtual void pauseMedia() { }
    /*! The player resumed. Default: nothing. */
    virtual void resumeMedia() { }
    /*! The playback ended (any final state). Default: nothing; the clock is stopped after. */
    virtual void stopMedia() { }
    /*! Mute state changed. Default: nothing. */
    virtual void setMediaMuted(bool muted) { Q_UNUSED(muted) }
    /*! The media position in ms, read on every tick while Playing. Default: the session
        clock's time spent Playing since start. */
    virtual qint64 mediaPosition() const;
    /*! Called on every tick of the time source while Playing or Paused, after the position
        was processed, with the clock's time. Default: nothing. */
    virtual void timeAdvanced(qint64 elapsedMs) { Q_UNUSED(elapsedMs) }

    // For subclasses reporting back.

    /*! The media is ready; \a mediaDurationMs is its duration, -1 if unknown. */
    void mediaLoaded(qint64 mediaDurationMs);
    /*! Loading or playing the media failed. Before the first frame with 401, 402 or 405,
        the next ranked MediaFile is loaded if there is one; otherwise ends in Error with
        \a code. */
    void mediaFailed(ErrorCode code, const QString &message);
    /*! The media reached its end: completes the playback at the duration. */
    void mediaEnded();
    /*! Processes media position \a positionMs now (only while Playing). */
    void updatePosition(qint64 positionMs);

    //! The private data, extended by subclasses (KJob pattern).
    std::unique_ptr<PlayerPrivate> const d_ptr;

private:
    Q_DECLARE_PRIVATE(Player)
};

} // namespace VastQt

#endif // VASTQT_PLAYER_H
