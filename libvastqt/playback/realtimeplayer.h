// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_REALTIMEPLAYER_H
#define VASTQT_REALTIMEPLAYER_H

#include <VastQt/player.h>

#include <QtCore/QUrl>

QT_BEGIN_NAMESPACE
class QMediaPlayer;
QT_END_NAMESPACE

namespace VastQt
{

class RealtimePlayerPrivate;
class Transport;

/*!
    \brief A Player that plays the selected MediaFile with Qt Multimedia (QMediaPlayer) in
    real time (seed 003 "RealtimePlayer"; DESIGN.md §Playback).

    The media position reported by QMediaPlayer (its positionChanged() signal, about every
    100 ms with the GStreamer backend) is what drives the Tracker: quartiles and progress
    offsets are tracked when the media itself reaches them, not when a timer says so. The
    session clock (timeSource()) is a RealtimeTimeSource; it only timestamps events
    (PlaybackEvent::elapsedMs). EndOfMedia completes the ad; so does a media position
    reaching the Linear's <Duration> when the file is longer.

    Loading: the MediaFile URL is handed to QMediaPlayer; the ad starts (impression,
    creativeView, start) when the media reports LoadedMedia, then the media plays.

    Errors, mapped to the VAST 4.3 §2.3.6.3 codes and reported through
    Player::errorOccurred() (and the ad's <Error> URIs):
    \list
    \li ErrorCode::FileNotFound (401): the URL is not a valid absolute URL, or the media
        could not be fetched (HTTP status >= 400, connection refused, unknown host, no
        such file);
    \li ErrorCode::MediaFileTimeout (402): no LoadedMedia within mediaTimeoutMs(), or,
        while playing, the position did not advance for mediaTimeoutMs() (a stall);
    \li ErrorCode::MediaFileDisplayError (405): the media was fetched but could not be
        played: QMediaPlayer::FormatError (unsupported codec), a file that is not media,
        a container the backend cannot demux;
    \li ErrorCode::GeneralLinearError (400): any other media failure (for instance the
        connection broke off in the middle of a file that had been playing, or Qt
        Multimedia has no backend).
    \endlist
    Qt 6.4's GStreamer backend reports most failures as QMediaPlayer::ResourceError with a
    GStreamer message. To tell 401 from 405 without reading (translated) messages, the
    player then fetches the first 4 KiB of the MediaFile itself (a GET with
    \c{Range: bytes=0-4095} through an HttpTransport, or a FileTransport for file: URLs)
    and decides on that answer.

    Buffering: while Playing, once the media position has advanced, a BufferingMedia or
    StalledMedia status records a session event "buffering" (detail: "stalled at 1200 ms"
    or "buffering at ..."), and the return to BufferedMedia an event "buffered" (detail:
    "after 350 ms"). These two are diagnostics of the realtime session only: they have no
    <Tracking> event, fire no beacon and are absent from headless sessions.

    Audio is off by default (no QAudioOutput is created: on machines without a sound
    server an audio output makes playback unreliable); setAudioEnabled(true) attaches
    one. Video goes wherever setVideoOutput() says (a QML VideoOutput, a QVideoWidget, a
    QVideoSink); without one the frames are decoded and dropped, which is what
    `vastqt-inspector --headless --realtime` does.

    click() fires the ClickTracking URIs like every Player and then emits
    clickThroughRequested() with the Linear's ClickThrough (macros expanded); opening it
    (QDesktopServices::openUrl()) is the application's job.
*/
class VASTQT_EXPORT RealtimePlayer : public Player
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RealtimePlayer)
    Q_PROPERTY(int mediaTimeoutMs READ mediaTimeoutMs WRITE setMediaTimeoutMs NOTIFY mediaTimeoutMsChanged)
    Q_PROPERTY(bool audioEnabled READ isAudioEnabled WRITE setAudioEnabled NOTIFY audioEnabledChanged)
    Q_PROPERTY(QObject *videoOutput READ videoOutput WRITE setVideoOutput NOTIFY videoOutputChanged)
public:
    /*! The default media timeout: 10 000 ms. */
    static constexpr int DefaultMediaTimeoutMs = 10000;

    //! A player with no audio output, no video output, DefaultMediaTimeoutMs, and its own transports for the probe.
    explicit RealtimePlayer(QObject *parent = nullptr);
    ~RealtimePlayer() override;

    /*! How long, in ms (>= 1, default DefaultMediaTimeoutMs), loading may take before
        LoadedMedia and the position may stand still while Playing before the playback
        fails with ErrorCode::MediaFileTimeout (402). Takes effect at the next wait. */
    int mediaTimeoutMs() const;
    //! Sets mediaTimeoutMs() to \a msecs (values below 1 count as 1); emits mediaTimeoutMsChanged() on a change.
    void setMediaTimeoutMs(int msecs);

    /*! Whether a QAudioOutput plays the sound (default false: no audio output exists).
        May change at any time; the muted state carries over. */
    bool isAudioEnabled() const;
    //! Sets isAudioEnabled(); emits audioEnabledChanged() on a change.
    void setAudioEnabled(bool enabled);

    /*! The transport of the probe request that tells a missing MediaFile (401) from a slow
        one (402) or one that is not media (405) after a media error; not owned, must
        outlive the player. VastClient passes its own, so the probe goes where the ad's
        requests go. nullptr (default): an HttpTransport and a FileTransport of the
        player's own. Only before play(). */
    void setTransport(Transport *transport);
    //! The transport of the probe request set with setTransport(); nullptr when the player's own are used.
    Transport *transport() const;

    /*! Where the video frames go: anything QMediaPlayer::setVideoOutput() accepts (a QML
        VideoOutput, a QVideoWidget, a QGraphicsVideoItem) or nullptr (frames dropped).
        Not owned; may change at any time. */
    QObject *videoOutput() const;
    //! Sets videoOutput() to \a output; emits videoOutputChanged() on a change.
    void setVideoOutput(QObject *output);

    /*! The QMediaPlayer playing the MediaFile, owned by this player (a MediaFile tried after
        one that failed to load gets a new one). Read it (position(),
        mediaStatus(), videoSink()); do not call setSource(), play() or stop() on it. */
    QMediaPlayer *mediaPlayer() const;

    /*! The Linear's <ClickThrough> with its macros expanded for the current position
        (the Tracker's context and expander, [ADPLAYHEAD] = position()); empty when the ad
        has none or before loading. */
    Q_INVOKABLE QUrl clickThrough() const;

Q_SIGNALS:
    //! mediaTimeoutMs() changed to \a msecs.
    void mediaTimeoutMsChanged(int msecs);
    //! isAudioEnabled() changed to \a enabled.
    void audioEnabledChanged(bool enabled);
    //! videoOutput() changed to \a output.
    void videoOutputChanged(QObject *output);
    /*! click() succeeded and the ad has a ClickThrough: \a url is clickThrough() at the
        time of the click. Emitted from the event loop after click() returned, so after
        the ClickTracking beacons were created and sent. */
    void clickThroughRequested(const QUrl &url);

protected:
    void loadMedia(const MediaFile &mediaFile) override;
    void startMedia() override;
    void pauseMedia() override;
    void resumeMedia() override;
    void stopMedia() override;
    void setMediaMuted(bool muted) override;
    /*! The last position QMediaPlayer reported (positionChanged()), in ms. */
    qint64 mediaPosition() const override;

private:
    Q_DECLARE_PRIVATE(RealtimePlayer)
};

} // namespace VastQt

#endif // VASTQT_REALTIMEPLAYER_H
