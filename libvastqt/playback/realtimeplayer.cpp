// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/realtimeplayer.h>
#include "player_p.h"
#include <VastQt/realtimetimesource.h>

#include <VastQt/fetcherror.h>
#include <VastQt/macroexpander.h>
#include <VastQt/tracker.h>
#include <VastQt/filetransport.h>
#include <VastQt/httptransport.h>
#include <VastQt/routingtransport.h>
#include "vastqt_logging_p.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtMultimedia/QAudioOutput>
#include <QtMultimedia/QMediaPlayer>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{

// The first bytes of the MediaFile are enough to tell media from anything else.
constexpr int ProbeBytes = 4096;
// Servers that ignore Range send the whole file: read no more than this.
constexpr qint64 ProbeCapBytes = 64 * 1024;

// Whether \a head starts like a media container or stream the player could be given:
// ISO BMFF (MP4, MOV, 3GP), Matroska/WebM, Ogg, FLV, RIFF (WAV, AVI), ASF, MPEG-TS,
// MPEG-PS, MP3 (ID3 tag or frame sync), ADTS AAC, FLAC, an HLS playlist or a DASH MPD.
bool looksLikeMedia(const QByteArray &head)
{
    if (head.size() >= 8) {
        const QByteArray box = head.mid(4, 4);
        if (box == "ftyp" || box == "moov" || box == "mdat" || box == "free" || box == "wide" || box == "skip"
            || box == "styp" || box == "sidx" || box == "moof")
            return true;
    }
    if (head.startsWith("\x1A\x45\xDF\xA3") || head.startsWith("OggS") || head.startsWith("FLV")
        || head.startsWith("fLaC") || head.startsWith("ID3") || head.startsWith("#EXTM3U")
        || head.startsWith("\x30\x26\xB2\x75\x8E\x66\xCF\x11"))
        return true;
    if (head.startsWith("RIFF") && (head.mid(8, 4) == "WAVE" || head.mid(8, 4) == "AVI "))
        return true;
    if (head.size() >= 4 && head.startsWith(QByteArray("\x00\x00\x01\xBA", 4)))
        return true;
    if (head.size() > 188 && head.at(0) == 0x47 && head.at(188) == 0x47)
        return true;
    if (head.size() >= 2 && quint8(head.at(0)) == 0xFF && (quint8(head.at(1)) & 0xE0) == 0xE0)
        return true; // MPEG audio frame sync or ADTS
    const QByteArray start = head.left(512);
    if (start.contains("<MPD"))
        return true;
    return false;
}

QString mediaStatusName(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::StalledMedia:
        return u"stalled"_s;
    case QMediaPlayer::BufferingMedia:
        return u"buffering"_s;
    default:
        return QString::number(int(status));
    }
}

} // namespace

class RealtimePlayerPrivate : public PlayerPrivate
{
    Q_DECLARE_PUBLIC(RealtimePlayer)
public:
    explicit RealtimePlayerPrivate(RealtimePlayer *qq)
        : PlayerPrivate(qq)
    { }

    void onMediaStatusChanged(QMediaPlayer::MediaStatus status);
    void onPositionChanged(qint64 positionMs);
    void onMediaError(QMediaPlayer::Error error, const QString &message);
    void onWatchdog();
    void probe();
    void onProbeFinished(TransportReply *reply);
    void failLater(ErrorCode code, const QString &message);
    void armWatchdog();
    void makeMedia();
    void abortProbe();

    std::unique_ptr<QMediaPlayer> media;
    std::unique_ptr<QAudioOutput> audio;
    QPointer<QObject> videoOutput;
    QTimer watchdog;
    int mediaTimeoutMs = RealtimePlayer::DefaultMediaTimeoutMs;
    bool audioEnabled = false;

    QUrl mediaUrl;
    qint64 lastMediaPositionMs = 0;
    bool mediaAdvanced = false; // the position moved since the media started playing
    bool buffering = false;
    qint64 bufferingSinceMs = 0;

    // The first media error; the probe decides which VAST code it becomes.
    bool mediaErrorSeen = false;
    QMediaPlayer::Error mediaError = QMediaPlayer::NoError;
    QString mediaErrorString;
    std::unique_ptr<HttpTransport> probeHttp;
    std::unique_ptr<FileTransport> probeFile;
    std::unique_ptr<RoutingTransport> probeTransport;
    Transport *transport = nullptr; // set by the user; else probeTransport
    QPointer<TransportReply> probeReply;
};

void RealtimePlayerPrivate::makeMedia()
{
    Q_Q(RealtimePlayer);
    if (media) {
        media->disconnect(q);
        media->setAudioOutput(nullptr);
        media->setVideoOutput(nullptr);
        media.release()->deleteLater();
    }
    media = std::make_unique<QMediaPlayer>();
    media->setAudioOutput(audio.get());
    if (videoOutput)
        media->setVideoOutput(videoOutput.data());
    QObject::connect(media.get(), &QMediaPlayer::mediaStatusChanged, q,
                     [this](QMediaPlayer::MediaStatus status) { onMediaStatusChanged(status); });
    QObject::connect(media.get(), &QMediaPlayer::positionChanged, q,
                     [this](qint64 positionMs) { onPositionChanged(positionMs); });
    QObject::connect(media.get(), &QMediaPlayer::errorOccurred, q,
                     [this](QMediaPlayer::Error error, const QString &message) { onMediaError(error, message); });
}

void RealtimePlayerPrivate::armWatchdog()
{
    watchdog.start(mediaTimeoutMs);
}

void RealtimePlayerPrivate::failLater(ErrorCode code, const QString &message)
{
    Q_Q(RealtimePlayer);
    watchdog.stop();
    // Not from inside a QMediaPlayer signal: failing stops the media player.
    QTimer::singleShot(0, q, [q, code, message] { q->mediaFailed(code, message); });
}

void RealtimePlayerPrivate::onMediaStatusChanged(QMediaPlayer::MediaStatus status)
{
    Q_Q(RealtimePlayer);
    if (finished)
        return;
    qCDebug(lcVastPlayback) << "RealtimePlayer: media status" << status << "at" << lastMediaPositionMs << "ms";
    switch (status) {
    case QMediaPlayer::LoadedMedia:
        if (state == Player::State::Loading && !mediaErrorSeen) {
            watchdog.stop();
            const qint64 mediaDuration = media->duration();
            q->mediaLoaded(mediaDuration > 0 ? mediaDuration : -1);
        }
        break;
    case QMediaPlayer::BufferingMedia:
    case QMediaPlayer::StalledMedia:
        // The backend reports buffering around the start of every playback; only a
        // buffering once the media was running is a stall worth recording.
        if (state == Player::State::Playing && mediaAdvanced && !buffering) {
            buffering = true;
            bufferingSinceMs = timeSource->elapsedMs();
            record(u"buffering"_s, u"%1 at %2 ms"_s.arg(mediaStatusName(status)).arg(lastMediaPositionMs));
        }
        break;
    case QMediaPlayer::BufferedMedia:
        if (buffering) {
            buffering = false;
            record(u"buffered"_s, u"after %1 ms"_s.arg(timeSource->elapsedMs() - bufferingSinceMs));
        }
        break;
    case QMediaPlayer::EndOfMedia:
        if (state == Player::State::Playing) {
            qCDebug(lcVastPlayback) << "RealtimePlayer: end of media at" << lastMediaPositionMs << "ms of"
                                    << durationMs << "ms";
            q->mediaEnded();
        }
        break;
    case QMediaPlayer::InvalidMedia:
        // Normally preceded by errorOccurred(); if not, classify it the same way.
        onMediaError(media->error() != QMediaPlayer::NoError ? media->error() : QMediaPlayer::ResourceError,
                     media->errorString().isEmpty() ? RealtimePlayer::tr("invalid media") : media->errorString());
        break;
    default:
        break;
    }
}

void RealtimePlayerPrivate::onPositionChanged(qint64 positionMs)
{
    Q_Q(RealtimePlayer);
    if (finished)
        return;
    lastMediaPositionMs = positionMs;
    if (state != Player::State::Playing)
        return;
    if (positionMs > 0)
        mediaAdvanced = true;
    if (!mediaErrorSeen)
        armWatchdog(); // the media moves: no stall
    q->updatePosition(positionMs);
}

void RealtimePlayerPrivate::onMediaError(QMediaPlayer::Error error, const QString &message)
{
    if (finished || mediaErrorSeen || error == QMediaPlayer::NoError)
        return;
    mediaErrorSeen = true;
    mediaError = error;
    mediaErrorString = message;
    watchdog.stop();
    qCDebug(lcVastPlayback) << "RealtimePlayer: media error" << error << message;
    if (error == QMediaPlayer::FormatError) {
        failLater(ErrorCode::MediaFileDisplayError, RealtimePlayer::tr("The media cannot be played: %1").arg(message));
        return;
    }
    probe();
}

void RealtimePlayerPrivate::probe()
{
    Q_Q(RealtimePlayer);
    if (!transport && !probeTransport) {
        probeHttp = std::make_unique<HttpTransport>();
        probeFile = std::make_unique<FileTransport>();
        probeTransport = std::make_unique<RoutingTransport>();
        probeTransport->addTransport(probeHttp.get());
        probeTransport->addTransport(probeFile.get());
    }
    Transport *via = transport ? transport : probeTransport.get();
    if (!via->supportsScheme(mediaUrl.scheme().toLower())) {
        failLater(ErrorCode::GeneralLinearError, RealtimePlayer::tr("Media error: %1").arg(mediaErrorString));
        return;
    }
    TransportRequest request(mediaUrl);
    request.headers.append({QByteArrayLiteral("Range"), "bytes=0-" + QByteArray::number(ProbeBytes - 1)});
    request.timeoutMs = mediaTimeoutMs;
    request.maxResponseBytes = ProbeCapBytes;
    TransportReply *reply = via->send(request);
    probeReply = reply;
    QObject::connect(reply, &TransportReply::finished, q, [this, reply] { onProbeFinished(reply); });
}

void RealtimePlayerPrivate::onProbeFinished(TransportReply *reply)
{
    Q_Q(RealtimePlayer);
    reply->deleteLater();
    if (probeReply == reply)
        probeReply.clear();
    if (finished)
        return;
    const QString gst = mediaErrorString;
    qCDebug(lcVastPlayback) << "RealtimePlayer: probe of" << mediaUrl << "->" << reply->error() << reply->httpStatus()
                            << reply->body().size() << "bytes";
    if (reply->error() == TransportReply::Error::Aborted)
        return;
    // The error boundary says what the answer means for a MediaFile (401, 402, 400).
    const FetchError fault = FetchError::fromReply(*reply);
    switch (fault.mediaCode) {
    case ErrorCode::NoError: {
        // The file is there: is it media at all?
        const QByteArray head = reply->body();
        const QByteArray contentType = reply->rawHeader("Content-Type").trimmed().toLower();
        const bool typeSaysMedia = contentType.startsWith("video/") || contentType.startsWith("audio/")
            || contentType.contains("mpegurl") || contentType.contains("dash+xml");
        const bool media = head.isEmpty() ? (contentType.isEmpty() || typeSaysMedia) : looksLikeMedia(head);
        if (!media) {
            q->mediaFailed(ErrorCode::MediaFileDisplayError,
                           RealtimePlayer::tr("%1 is not a media file (Content-Type \"%2\"): %3")
                               .arg(mediaUrl.toDisplayString(), QString::fromLatin1(contentType), gst));
        } else if (state == Player::State::Loading) {
            q->mediaFailed(ErrorCode::MediaFileDisplayError,
                           RealtimePlayer::tr("The media could not be decoded: %1").arg(gst));
        } else {
            q->mediaFailed(ErrorCode::GeneralLinearError, RealtimePlayer::tr("Media playback failed: %1").arg(gst));
        }
        return;
    }
    case ErrorCode::FileNotFound:
        q->mediaFailed(fault.mediaCode, RealtimePlayer::tr("MediaFile %1 not found: %2 (%3)")
                                            .arg(mediaUrl.toDisplayString(), reply->errorString(), gst));
        return;
    case ErrorCode::MediaFileTimeout:
        q->mediaFailed(fault.mediaCode, RealtimePlayer::tr("MediaFile %1 timed out: %2 (%3)")
                                            .arg(mediaUrl.toDisplayString(), reply->errorString(), gst));
        return;
    default:
        q->mediaFailed(fault.mediaCode, RealtimePlayer::tr("Media error: %1 (%2)").arg(gst, reply->errorString()));
        return;
    }
}

void RealtimePlayerPrivate::onWatchdog()
{
    Q_Q(RealtimePlayer);
    if (finished || mediaErrorSeen)
        return;
    if (state == Player::State::Loading) {
        q->mediaFailed(ErrorCode::MediaFileTimeout,
                       RealtimePlayer::tr("MediaFile %1 not loaded within %2 ms")
                           .arg(mediaUrl.toDisplayString())
                           .arg(mediaTimeoutMs));
    } else if (state == Player::State::Playing) {
        q->mediaFailed(ErrorCode::MediaFileTimeout, RealtimePlayer::tr("The media stalled at %1 ms for %2 ms")
                                                        .arg(lastMediaPositionMs)
                                                        .arg(mediaTimeoutMs));
    }
}

void RealtimePlayerPrivate::abortProbe()
{
    Q_Q(RealtimePlayer);
    if (!probeReply)
        return;
    TransportReply *reply = probeReply.data();
    probeReply.clear();
    reply->disconnect(q);
    reply->abort();
    reply->deleteLater();
}

RealtimePlayer::RealtimePlayer(QObject *parent)
    : Player(*new RealtimePlayerPrivate(this), new RealtimeTimeSource, parent)
{
    Q_D(RealtimePlayer);
    d->makeMedia();
    d->watchdog.setSingleShot(true);
    connect(&d->watchdog, &QTimer::timeout, this, [d] { d->onWatchdog(); });
    connect(this, &Player::eventRecorded, this, [this](const PlaybackEvent &event) {
        if (event.event != "click"_L1)
            return;
        const QUrl url = clickThrough();
        if (url.isEmpty())
            return;
        // After click() returned: the ClickTracking beacons go first.
        QTimer::singleShot(0, this, [this, url] { Q_EMIT clickThroughRequested(url); });
    });
}

RealtimePlayer::~RealtimePlayer()
{
    Q_D(RealtimePlayer);
    // The media player must not call back into a half-destroyed player.
    d->watchdog.stop();
    d->abortProbe();
    d->media->disconnect(this);
    d->media->setAudioOutput(nullptr);
    d->media.reset();
    d->audio.reset();
}

int RealtimePlayer::mediaTimeoutMs() const
{
    Q_D(const RealtimePlayer);
    return d->mediaTimeoutMs;
}

void RealtimePlayer::setMediaTimeoutMs(int msecs)
{
    Q_D(RealtimePlayer);
    msecs = qMax(1, msecs);
    if (d->mediaTimeoutMs == msecs)
        return;
    d->mediaTimeoutMs = msecs;
    Q_EMIT mediaTimeoutMsChanged(msecs);
}

bool RealtimePlayer::isAudioEnabled() const
{
    Q_D(const RealtimePlayer);
    return d->audioEnabled;
}

void RealtimePlayer::setAudioEnabled(bool enabled)
{
    Q_D(RealtimePlayer);
    if (d->audioEnabled == enabled)
        return;
    d->audioEnabled = enabled;
    if (enabled) {
        d->audio = std::make_unique<QAudioOutput>();
        d->audio->setMuted(d->muted);
        d->media->setAudioOutput(d->audio.get());
    } else {
        d->media->setAudioOutput(nullptr);
        d->audio.reset();
    }
    Q_EMIT audioEnabledChanged(enabled);
}

void RealtimePlayer::setTransport(Transport *transport)
{
    Q_D(RealtimePlayer);
    if (d->playRequested) {
        qCWarning(lcVastPlayback) << "RealtimePlayer: setTransport() after play() ignored";
        return;
    }
    d->transport = transport;
}

Transport *RealtimePlayer::transport() const
{
    Q_D(const RealtimePlayer);
    return d->transport;
}

QObject *RealtimePlayer::videoOutput() const
{
    Q_D(const RealtimePlayer);
    return d->videoOutput.data();
}

void RealtimePlayer::setVideoOutput(QObject *output)
{
    Q_D(RealtimePlayer);
    if (d->videoOutput == output)
        return;
    d->videoOutput = output;
    d->media->setVideoOutput(output);
    Q_EMIT videoOutputChanged(output);
}

QMediaPlayer *RealtimePlayer::mediaPlayer() const
{
    Q_D(const RealtimePlayer);
    return d->media.get();
}

QUrl RealtimePlayer::clickThrough() const
{
    Q_D(const RealtimePlayer);
    const QString uriTemplate = d->linear.videoClicks.clickThrough.url.trimmed();
    if (uriTemplate.isEmpty())
        return QUrl();
    MacroExpander expander = d->tracker ? d->tracker->macroExpander() : MacroExpander();
    TrackingContext context = d->tracker ? d->tracker->context() : TrackingContext();
    context.adPlayheadMs = d->positionMs;
    return expander.expandUrl(uriTemplate, context);
}

void RealtimePlayer::loadMedia(const MediaFile &mediaFile)
{
    Q_D(RealtimePlayer);
    const QString raw = mediaFile.url.trimmed();
    const QUrl url(raw, QUrl::TolerantMode);
    if (raw.isEmpty() || !url.isValid() || url.isRelative()) {
        mediaFailed(ErrorCode::FileNotFound, tr("The MediaFile URL \"%1\" is not a valid absolute URL").arg(raw));
        return;
    }
    if (!d->media->isAvailable()) {
        mediaFailed(ErrorCode::GeneralLinearError, tr("No Qt Multimedia backend is available to play media"));
        return;
    }
    // A MediaFile after one that failed to load starts clean, on a media player of its own:
    // the backend may still report errors of the file before.
    if (!d->mediaUrl.isEmpty())
        d->makeMedia();
    d->abortProbe();
    d->mediaErrorSeen = false;
    d->mediaError = QMediaPlayer::NoError;
    d->mediaErrorString.clear();
    d->lastMediaPositionMs = 0;
    d->mediaAdvanced = false;
    d->buffering = false;
    d->mediaUrl = url;
    qCDebug(lcVastPlayback) << "RealtimePlayer: loading" << url;
    d->armWatchdog();
    d->media->setSource(url);
}

void RealtimePlayer::startMedia()
{
    Q_D(RealtimePlayer);
    d->mediaAdvanced = false;
    d->armWatchdog();
    d->media->play();
}

void RealtimePlayer::pauseMedia()
{
    Q_D(RealtimePlayer);
    d->watchdog.stop(); // a paused ad does not stall
    d->media->pause();
}

void RealtimePlayer::resumeMedia()
{
    Q_D(RealtimePlayer);
    d->armWatchdog();
    d->media->play();
}

void RealtimePlayer::stopMedia()
{
    Q_D(RealtimePlayer);
    d->watchdog.stop();
    d->abortProbe();
    d->buffering = false;
    d->media->stop();
}

void RealtimePlayer::setMediaMuted(bool muted)
{
    Q_D(RealtimePlayer);
    if (d->audio)
        d->audio->setMuted(muted);
}

qint64 RealtimePlayer::mediaPosition() const
{
    Q_D(const RealtimePlayer);
    return d->lastMediaPositionMs;
}

} // namespace VastQt
