// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_QML_VASTPLAYER_H
#define VASTQT_QML_VASTPLAYER_H

#include <VastQt/player.h>
#include <VastQt/vastadloader.h>
#include <VastQt/vastqtqml_export.h>

#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtQml/QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace VastQt
{

class VastPlayerPrivate;

/*!
    \brief Plays the ad of a VastAdLoader in QML and drives its tracking (the play verb of
    DESIGN.md; VAST 4.3 §2.3.4 for the events).

    \qml
    VastAdLoader { id: loader; source: "https://ads.example/vast.xml" }
    VastPlayer { id: player; loader: loader; autoPlay: true; speed: 1 }
    \endqml

    Without a loader the player makes its own; source then sets that loader's source.
    Nothing starts before componentComplete().

    mode: Auto (default) plays in real time when a videoOutput is attached and the MediaFile
    can be decoded, headless otherwise (PlayerFactory); Headless plays on a simulated clock
    at speed times real time (0 = as fast as possible; speed can change while playing);
    Realtime plays the MediaFile with Qt Multimedia (RealtimePlayer) into videoOutput; its
    media position drives the tracking. mode and speed, once set, are the per-player
    override of the client's PlaybackConfig (ConfigResolver); profile and publisher select
    the provider profile and publisher context below it (VastClient::profile()).

    status: Null (nothing loaded), Loading (the loader or the media is loading), Ready (an ad
    is loaded, playing or played), Error (the load or the playback failed; errorString says
    why, with the IAB code: 200, 201, 400–405 for playback).

    play() plays the loaded ad (a played or playing ad is loaded again first; a paused one
    resumes); pause(), resume(),
    stop(), skip() (only when canSkip), click() fire their VAST events. position and
    duration are in ms. finished() follows every play once the ad ended.
*/
class VASTQTQML_EXPORT VastPlayer : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(VastQt::VastAdLoader *loader READ loader WRITE setLoader NOTIFY loaderChanged)
    Q_PROPERTY(QUrl source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(bool realtimeAvailable READ isRealtimeAvailable CONSTANT)
    Q_PROPERTY(double speed READ speed WRITE setSpeed NOTIFY speedChanged)
    Q_PROPERTY(QString profile READ profile WRITE setProfile NOTIFY profileChanged)
    Q_PROPERTY(QString publisher READ publisher WRITE setPublisher NOTIFY publisherChanged)
    Q_PROPERTY(bool autoPlay READ autoPlay WRITE setAutoPlay NOTIFY autoPlayChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(int error READ error NOTIFY statusChanged)
    Q_PROPERTY(VastQt::Player::State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool playing READ isPlaying NOTIFY stateChanged)
    Q_PROPERTY(bool paused READ isPaused WRITE setPaused NOTIFY stateChanged)
    Q_PROPERTY(bool muted READ isMuted WRITE setMuted NOTIFY mutedChanged)
    Q_PROPERTY(qint64 position READ position NOTIFY positionChanged)
    Q_PROPERTY(qint64 duration READ duration NOTIFY durationChanged)
    Q_PROPERTY(qint64 skipoffset READ skipoffset NOTIFY durationChanged)
    Q_PROPERTY(bool canSkip READ canSkip NOTIFY canSkipChanged)
    Q_PROPERTY(bool audioEnabled READ isAudioEnabled WRITE setAudioEnabled NOTIFY audioEnabledChanged)
    Q_PROPERTY(QObject *videoOutput READ videoOutput WRITE setVideoOutput NOTIFY videoOutputChanged)
public:
    /*! PlaybackConfig::Mode for QML (Realtime, Headless, Auto). */
    enum class Mode { Realtime, Headless, Auto };
    Q_ENUM(Mode)
    //! Null (nothing loaded), Loading, Ready (an ad is loaded, playing or played) or Error.
    enum class Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    //! A player with a loader of its own, in Headless mode, speed 1, no autoPlay.
    explicit VastPlayer(QObject *parent = nullptr);
    ~VastPlayer() override;

    /*! The loader whose ad is played; not owned. Default: one the player owns. */
    VastAdLoader *loader() const;
    //! Sets loader(); emits loaderChanged() (and sourceChanged() when the source differs). A loader set here replaces
    //! the player's own one.
    void setLoader(VastAdLoader *loader);
    /*! The loader's source. */
    QUrl source() const;
    //! Sets the loader's source; emits sourceChanged().
    void setSource(const QUrl &source);

    //! Realtime or Headless; modeChanged() on a change.
    Mode mode() const;
    /*! Takes effect at the next play(). */
    void setMode(Mode mode);
    /*! Whether real-time playback is available (always true since libvastqt has RealtimePlayer). */
    bool isRealtimeAvailable() const;
    /*! Speed of the headless clock, >= 0 (1 = real time, 0 = as fast as possible). */
    double speed() const;
    //! Sets speed() (negative values count as 0); emits speedChanged(). Applies at once to a headless ad playing.
    void setSpeed(double speed);
    /*! The provider profile (VastClient::setProfile()); empty: none. Takes effect at the next play(). */
    QString profile() const;
    //! Sets profile(); emits profileChanged() on a change.
    void setProfile(const QString &profile);
    /*! The publisher context (VastClient::setPublisher()); empty: none. */
    QString publisher() const;
    //! Sets publisher(); emits publisherChanged() on a change.
    void setPublisher(const QString &publisher);
    /*! Play as soon as the loader is Ready. Default false. */
    bool autoPlay() const;
    //! Sets autoPlay(); emits autoPlayChanged().
    void setAutoPlay(bool autoPlay);

    //! The player's status; statusChanged() on each change.
    Status status() const;
    //! Why the load or the playback failed, with its IAB code; empty unless status() is Error.
    QString errorString() const;
    /*! The IAB code of the playback error, 0 when none. */
    int error() const;
    /*! The player's state; Idle before the first play(). */
    Player::State state() const;
    //! True while the ad plays (state() is Player::State::Playing).
    bool isPlaying() const;
    //! True while the ad is paused (state() is Player::State::Paused).
    bool isPaused() const;
    //! pause() when \a paused is true, resume() otherwise.
    void setPaused(bool paused);
    //! Whether the ad plays muted; mutedChanged() on a change.
    bool isMuted() const;
    //! Mutes or unmutes; tracks mute or unmute while playing (Player::setMuted()).
    void setMuted(bool muted);
    /*! Media position in ms. */
    qint64 position() const;
    /*! Creative duration in ms, -1 before loaded. */
    qint64 duration() const;
    /*! skipoffset in ms, -1 when not skippable. */
    qint64 skipoffset() const;
    //! Whether skip() would succeed now: the position reached the skipoffset.
    bool canSkip() const;
    /*! Realtime mode: whether sound plays (default false: no audio output is made, which
        keeps playback reliable on machines without a sound server). */
    bool isAudioEnabled() const;
    //! Sets isAudioEnabled(); emits audioEnabledChanged(). Takes effect at the next play().
    void setAudioEnabled(bool enabled);
    /*! The VideoOutput the real-time player renders to; not owned. */
    QObject *videoOutput() const;
    //! Sets videoOutput() (a QML VideoOutput); emits videoOutputChanged().
    void setVideoOutput(QObject *videoOutput);

    //! Plays the loaded ad, from the event loop: while the loader is Loading, once it is Ready; a paused ad resumes;
    //! a played, failed or playing ad is loaded again first. Does nothing before componentComplete().
    Q_INVOKABLE void play();
    //! Pauses the ad and tracks pause; false when it is not playing.
    Q_INVOKABLE bool pause();
    //! Resumes the ad and tracks resume; false when it is not paused.
    Q_INVOKABLE bool resume();
    //! Stops the ad without a tracking event (Player::stop()); false when nothing plays.
    Q_INVOKABLE bool stop();
    //! Skips the ad and tracks skip; false unless canSkip().
    Q_INVOKABLE bool skip();
    /*! Fires the ClickTracking URIs; emits clicked() with the ClickThrough to open. */
    Q_INVOKABLE bool click();

    //! QQmlParserStatus: the properties are being set; nothing starts before componentComplete().
    void classBegin() override;
    //! QQmlParserStatus: the properties are set; plays when autoPlay and the loader is Ready.
    void componentComplete() override;

Q_SIGNALS:
    //! loader() changed.
    void loaderChanged();
    //! source() changed.
    void sourceChanged();
    //! mode() changed.
    void modeChanged();
    //! speed() changed.
    void speedChanged();
    //! The profile changed.
    void profileChanged();
    //! The publisher changed.
    void publisherChanged();
    //! autoPlay() changed.
    void autoPlayChanged();
    //! status() changed (errorString() and error() with it).
    void statusChanged();
    //! state() changed (isPlaying() and isPaused() with it).
    void stateChanged();
    //! isMuted() changed.
    void mutedChanged();
    //! position() changed.
    void positionChanged();
    //! duration() changed (skipoffset() with it).
    void durationChanged();
    //! canSkip() changed.
    void canSkipChanged();
    //! videoOutput() changed.
    void videoOutputChanged();
    //! isAudioEnabled() changed.
    void audioEnabledChanged();
    /*! The viewer clicked; \a clickThrough is the landing page (may be empty). */
    void clicked(const QUrl &clickThrough);
    /*! A play() ended (completed, skipped, stopped or failed). */
    void finished();

private:
    std::unique_ptr<VastPlayerPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_QML_VASTPLAYER_H
