// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/player.h>
#include "player_p.h"

#include <VastQt/beacon.h>
#include "vastqt_logging_p.h"

#include <QtCore/QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{

PlaybackSession::Status sessionStatus(Player::State state)
{
    switch (state) {
    case Player::State::Idle:
        return PlaybackSession::Status::Pending;
    case Player::State::Completed:
        return PlaybackSession::Status::Completed;
    case Player::State::Skipped:
        return PlaybackSession::Status::Skipped;
    case Player::State::Stopped:
        return PlaybackSession::Status::Stopped;
    case Player::State::Error:
        return PlaybackSession::Status::Error;
    default:
        return PlaybackSession::Status::Running;
    }
}

} // namespace

PlayerPrivate::PlayerPrivate(Player *qq)
    : q_ptr(qq)
{ }

PlayerPrivate::~PlayerPrivate() = default;

void PlayerPrivate::setState(Player::State newState)
{
    Q_Q(Player);
    if (state == newState)
        return;
    state = newState;
    if (!finished)
        session.status = sessionStatus(newState);
    Q_EMIT q->stateChanged(newState);
}

void PlayerPrivate::record(const QString &event, const QString &detail)
{
    Q_Q(Player);
    if (finished)
        return;
    PlaybackEvent e;
    e.event = event;
    e.offsetMs = positionMs;
    e.elapsedMs = timeSource->elapsedMs();
    e.detail = detail.isEmpty() ? actionDetail : detail;
    session.events.append(e);
    qCDebug(lcVastPlayback) << "Player:" << e;
    if (config.emitPlaybackEvents())
        Q_EMIT q->eventRecorded(e);
}

void PlayerPrivate::trackAndRecord(const QString &event)
{
    if (finished)
        return;
    if (tracker)
        tracker->trackEvent(event);
    record(event);
}

void PlayerPrivate::trackQuartile(int quartile)
{
    if (finished)
        return;
    if (!session.quartilesTracked.contains(quartile))
        session.quartilesTracked.append(quartile);
}

void PlayerPrivate::reachMilestones(qint64 position)
{
    const qsizetype reached = timeline.reachedBy(position);
    while (milestonesPassed < reached) {
        if (state != Player::State::Playing)
            return;
        const AdTimeline::Milestone &m = timeline.at(milestonesPassed++);
        switch (m.kind) {
        case AdTimeline::Kind::FirstQuartile:
        case AdTimeline::Kind::Midpoint:
        case AdTimeline::Kind::ThirdQuartile:
            trackQuartile(m.kind == AdTimeline::Kind::FirstQuartile ? 1 : m.kind == AdTimeline::Kind::Midpoint ? 2 : 3);
            record(AdTimeline::kindName(m.kind));
            break;
        case AdTimeline::Kind::Progress:
            record(AdTimeline::kindName(m.kind), m.offset);
            break;
        case AdTimeline::Kind::Skipoffset:
        case AdTimeline::Kind::End:
            break; // updateCanSkip() and complete(), after the events of this position
        }
    }
}

void PlayerPrivate::syncClock()
{
    const qint64 elapsed = timeSource->elapsedMs();
    if (state == Player::State::Playing && elapsed > lastElapsedMs)
        clockPositionMs += elapsed - lastElapsedMs;
    lastElapsedMs = elapsed;
}

void PlayerPrivate::onTick(qint64 elapsedMs)
{
    Q_Q(Player);
    if (finished)
        return;
    if (state == Player::State::Playing && elapsedMs > lastElapsedMs)
        clockPositionMs += elapsedMs - lastElapsedMs;
    lastElapsedMs = elapsedMs;
    if (state == Player::State::Playing)
        q->updatePosition(q->mediaPosition());
    if (!finished && config.maxSessionDurationMs() > 0 && elapsedMs >= config.maxSessionDurationMs()) {
        qCWarning(lcVastPlayback) << "Player: the session reached its maximum duration of"
                                  << config.maxSessionDurationMs() << "ms; stopped";
        q->stop();
        return;
    }
    if (!finished && isActive())
        q->timeAdvanced(elapsedMs);
}

void PlayerPrivate::updateCanSkip()
{
    Q_Q(Player);
    const bool now = !finished && isActive() && skipoffsetMs() >= 0 && positionMs >= skipoffsetMs();
    if (now == canSkip)
        return;
    canSkip = now;
    Q_EMIT q->canSkipChanged(now);
}

void PlayerPrivate::syncTrackerContext()
{
    if (!tracker)
        return;
    TrackingContext context = tracker->context();
    if (playerSize.isValid() && !playerSize.isEmpty())
        context.playerSize = playerSize;
    if (candidate >= 0)
        context.assetUri = currentCandidate().mediaFile.url;
    QStringList playerState;
    if (muted)
        playerState.append(u"muted"_s);
    if (fullscreen)
        playerState.append(u"fullscreen"_s);
    context.playerState = playerState;
    tracker->setContext(context);
    contextInSync = true;
}

void PlayerPrivate::begin()
{
    Q_Q(Player);
    if (finished || state != Player::State::Idle)
        return;
    setState(Player::State::Loading);
    if (state != Player::State::Loading)
        return;
    session.adId = ad.id;
    // loaded, impression, creativeView, start, 3 quartiles, progress offsets, the end: rarely more.
    session.events.reserve(16);
    lastElapsedMs = 0;
    clockPositionMs = 0;
    if (tracker && config.logTrackingUrls()) {
        QObject::connect(tracker, &Tracker::beaconCreated, q, [](Beacon *b) {
            qCInfo(lcVastPlayback).noquote() << "Player: tracking" << b->event() << b->url().toString();
        });
    }
    timeSource->start();

    // SELECT decided what can be played (VAST 4.3 §2.3.6.3: 200, 201, 202, 403).
    ErrorCode code = selected.error;
    QString message = selected.errorString;
    if (code == ErrorCode::NoError
        && (selected.creativeIndex < 0 || selected.creativeIndex >= ad.creatives.size()
            || ad.creatives.at(selected.creativeIndex).kind != Creative::Kind::Linear)) {
        code = ErrorCode::TraffickingError;
        message = Player::tr("no Linear creative of ad %1 was selected").arg(ad.id);
    }
    if (code == ErrorCode::NoError) {
        creativeIndex = selected.creativeIndex;
        const Creative &creative = ad.creatives.at(creativeIndex);
        linear = creative.linear;
        session.creativeId = creative.id;
        session.creativeIndex = creativeIndex;
        if (selected.mediaFiles.isEmpty()) {
            code = ErrorCode::NoSupportedMediaFile;
            message = selected.mediaFileReason();
        } else {
            candidate = 0;
        }
    }
    // One context update carries the asset URI too; an error is reported after setAd().
    syncTrackerContext();
    if (tracker)
        tracker->setAd(ad, selected.error == ErrorCode::NoError ? creativeIndex : -1);
    if (code != ErrorCode::NoError) {
        fail(code, message);
        return;
    }
    for (const MediaFileRejection &r : std::as_const(selected.rejections))
        qCDebug(lcVastPlayback) << "Player: rejected MediaFile" << r.text;
    loadCandidate();
}

MediaFileCandidate PlayerPrivate::currentCandidate() const
{
    return candidate >= 0 && candidate < selected.mediaFiles.size() ? selected.mediaFiles.at(candidate)
                                                                     : MediaFileCandidate();
}

void PlayerPrivate::loadCandidate()
{
    Q_Q(Player);
    const MediaFileCandidate c = currentCandidate();
    qCDebug(lcVastPlayback) << "Player: MediaFile" << c.reason;
    session.mediaFileUrl = c.mediaFile.url;
    q->loadMedia(c.mediaFile);
}

void PlayerPrivate::startPlaying()
{
    Q_Q(Player);
    syncClock();
    if (!contextInSync) // muted or fullscreen changed while loading
        syncTrackerContext();
    setState(Player::State::Playing);
    if (state != Player::State::Playing)
        return;
    session.startedAtMs = timeSource->elapsedMs();
    if (tracker)
        tracker->trackImpression();
    record(u"impression"_s);
    // VastQt runs no verification code (no OM SDK in Qt): each <Verification> of the ad is
    // reported as not executed, reason 2 "not supported" (VAST 4.3 §3.17.4), when the ad shows.
    if (!ad.adVerifications.isEmpty()) {
        if (tracker)
            tracker->trackVerificationNotExecuted(2);
        record(u"verificationNotExecuted"_s, u"reason 2"_s);
    }
    trackAndRecord(u"creativeView"_s);
    trackAndRecord(u"start"_s);
    trackQuartile(0);
    if (state != Player::State::Playing)
        return;
    // Position 0: progress offsets of 0 and a skipoffset of 0.
    q->updatePosition(0);
    if (state != Player::State::Playing)
        return;
    q->startMedia();
}

void PlayerPrivate::complete()
{
    trackQuartile(4);
    trackAndRecord(u"complete"_s);
    finish(Player::State::Completed);
}

void PlayerPrivate::finish(Player::State finalState)
{
    Q_Q(Player);
    if (finished)
        return;
    session.positionMs = qMax(session.positionMs, positionMs);
    session.endedAtMs = timeSource->elapsedMs();
    session.status = sessionStatus(finalState);
    finished = true;
    const bool couldSkip = canSkip;
    canSkip = false;
    q->stopMedia();
    timeSource->stop();

    if (config.persistSessions()) {
        QString file;
        if (session.writeToDirectory(config.effectiveSessionDirectory(), &file))
            qCDebug(lcVastPlayback) << "Player: session written to" << file;
    }

    // A slot may delete the player (it should use deleteLater()); stop emitting if so.
    QPointer<Player> guard(q);
    setState(finalState);
    if (!guard)
        return;
    if (finalState == Player::State::Error) {
        Q_EMIT q->errorOccurred(error, errorString);
        if (!guard)
            return;
    }
    if (couldSkip) {
        Q_EMIT q->canSkipChanged(false);
        if (!guard)
            return;
    }
    Q_EMIT q->finished();
}

void PlayerPrivate::fail(ErrorCode code, const QString &message)
{
    if (finished)
        return;
    error = code;
    errorString = message;
    session.errorCode = code;
    session.errorMessage = message;
    qCWarning(lcVastPlayback).noquote() << "Player: VAST error" << int(code) << message;
    if (tracker)
        tracker->trackError(code);
    record(u"error"_s, QString::number(int(code)));
    finish(Player::State::Error);
}

Player::Player(PlayerPrivate &dd, TimeSource *timeSource, QObject *parent)
    : QObject(parent)
    , d_ptr(&dd)
{
    Q_D(Player);
    Q_ASSERT(timeSource);
    d->timeSource = timeSource;
    timeSource->setParent(this);
    connect(timeSource, &TimeSource::ticked, this, [d](qint64 elapsedMs) { d->onTick(elapsedMs); });
}

Player::~Player() = default;

void Player::setSelectedAd(const SelectedAd &selected)
{
    Q_D(Player);
    if (d->playRequested) {
        qCWarning(lcVastPlayback) << "Player: setSelectedAd() after play() ignored";
        return;
    }
    d->selected = selected;
    d->ad = selected.ad;
    d->creativeIndex = selected.creativeIndex;
}

SelectedAd Player::selectedAd() const
{
    Q_D(const Player);
    return d->selected;
}

Ad Player::ad() const
{
    Q_D(const Player);
    return d->ad;
}

int Player::creativeIndex() const
{
    Q_D(const Player);
    return d->creativeIndex;
}

MediaFileCandidate Player::currentMediaFile() const
{
    Q_D(const Player);
    return d->currentCandidate();
}

void Player::setPlayerSize(const QSize &size)
{
    Q_D(Player);
    if (d->playRequested) {
        qCWarning(lcVastPlayback) << "Player: setPlayerSize() after play() ignored";
        return;
    }
    d->playerSize = size;
}

QSize Player::playerSize() const
{
    Q_D(const Player);
    return d->playerSize;
}

void Player::setPlaybackConfig(const PlaybackConfig &config)
{
    Q_D(Player);
    if (d->playRequested) {
        qCWarning(lcVastPlayback) << "Player: setPlaybackConfig() after play() ignored";
        return;
    }
    d->config = config;
}

PlaybackConfig Player::playbackConfig() const
{
    Q_D(const Player);
    return d->config;
}

void Player::setTracker(Tracker *tracker)
{
    Q_D(Player);
    if (d->playRequested) {
        qCWarning(lcVastPlayback) << "Player: setTracker() after play() ignored";
        return;
    }
    d->tracker = tracker;
}

Tracker *Player::tracker() const
{
    Q_D(const Player);
    return d->tracker.data();
}

TimeSource *Player::timeSource() const
{
    Q_D(const Player);
    return d->timeSource;
}

Player::State Player::state() const
{
    Q_D(const Player);
    return d->state;
}

bool Player::isFinished() const
{
    Q_D(const Player);
    return d->finished;
}

qint64 Player::position() const
{
    Q_D(const Player);
    return d->positionMs;
}

qint64 Player::duration() const
{
    Q_D(const Player);
    return d->durationMs;
}

qint64 Player::skipoffsetMs() const
{
    Q_D(const Player);
    return d->skipoffsetMs();
}

bool Player::canSkip() const
{
    Q_D(const Player);
    return !d->finished && d->isActive() && d->skipoffsetMs() >= 0 && d->positionMs >= d->skipoffsetMs();
}

bool Player::isMuted() const
{
    Q_D(const Player);
    return d->muted;
}

bool Player::isFullscreen() const
{
    Q_D(const Player);
    return d->fullscreen;
}

ErrorCode Player::error() const
{
    Q_D(const Player);
    return d->error;
}

QString Player::errorString() const
{
    Q_D(const Player);
    return d->errorString;
}

PlaybackSession Player::session() const
{
    Q_D(const Player);
    return d->session;
}

bool Player::play()
{
    Q_D(Player);
    if (d->playRequested) {
        qCWarning(lcVastPlayback) << "Player: play() called twice; a player plays once";
        return false;
    }
    d->playRequested = true;
    // Never emit from inside play(): the caller connects first.
    QTimer::singleShot(0, this, [d] { d->begin(); });
    return true;
}

bool Player::pause()
{
    Q_D(Player);
    if (d->state != State::Playing)
        return false;
    d->syncClock();
    d->trackAndRecord(u"pause"_s);
    if (d->state != State::Playing)
        return true; // a slot ended the playback
    pauseMedia();
    d->setState(State::Paused);
    return true;
}

bool Player::resume()
{
    Q_D(Player);
    if (d->state != State::Paused)
        return false;
    d->syncClock();
    d->trackAndRecord(u"resume"_s);
    if (d->state != State::Paused)
        return true;
    resumeMedia();
    d->setState(State::Playing);
    return true;
}

bool Player::stop()
{
    Q_D(Player);
    if (d->finished || !d->playRequested)
        return false;
    if (d->isActive())
        d->syncClock();
    d->finish(State::Stopped);
    return true;
}

bool Player::close()
{
    Q_D(Player);
    if (d->finished || !d->isActive())
        return false;
    d->trackAndRecord(u"closeLinear"_s);
    d->finish(State::Stopped);
    return true;
}

bool Player::skip()
{
    Q_D(Player);
    if (!canSkip()) {
        qCDebug(lcVastPlayback) << "Player: skip() rejected at" << d->positionMs << "ms, skipoffset" << d->skipoffsetMs()
                                << "ms";
        return false;
    }
    d->trackAndRecord(u"skip"_s);
    d->finish(State::Skipped);
    return true;
}

void Player::setMuted(bool muted)
{
    Q_D(Player);
    if (d->muted == muted)
        return;
    if (d->finished) {
        qCDebug(lcVastPlayback) << "Player: setMuted() after the end ignored";
        return;
    }
    d->muted = muted;
    d->contextInSync = false;
    if (d->isActive())
        d->trackAndRecord(muted ? u"mute"_s : u"unmute"_s);
    setMediaMuted(muted);
    Q_EMIT mutedChanged(muted);
}

void Player::setFullscreen(bool fullscreen)
{
    Q_D(Player);
    if (d->fullscreen == fullscreen)
        return;
    if (d->finished) {
        qCDebug(lcVastPlayback) << "Player: setFullscreen() after the end ignored";
        return;
    }
    d->fullscreen = fullscreen;
    d->contextInSync = false;
    if (d->isActive()) {
        // VAST 4 names first; the legacy names for VAST 2/3 ads.
        d->trackAndRecord(fullscreen ? u"playerExpand"_s : u"playerCollapse"_s);
        d->trackAndRecord(fullscreen ? u"fullscreen"_s : u"exitFullscreen"_s);
    }
    Q_EMIT fullscreenChanged(fullscreen);
}

bool Player::click()
{
    Q_D(Player);
    if (d->finished || !d->isActive())
        return false;
    if (d->tracker)
        d->tracker->trackClick();
    d->record(u"click"_s);
    return true;
}

qint64 Player::mediaPosition() const
{
    Q_D(const Player);
    return d->clockPositionMs;
}

void Player::mediaLoaded(qint64 mediaDurationMs)
{
    Q_D(Player);
    if (d->state != State::Loading || d->finished) {
        qCWarning(lcVastPlayback) << "Player: mediaLoaded() outside Loading ignored";
        return;
    }
    const qint64 duration = d->linear.durationMs > 0 ? d->linear.durationMs : mediaDurationMs;
    if (duration <= 0) {
        d->fail(ErrorCode::GeneralLinearError, Player::tr("the Linear creative has no usable Duration"));
        return;
    }
    if (d->linear.durationMs > 0 && mediaDurationMs > 0 && mediaDurationMs != d->linear.durationMs)
        qCDebug(lcVastPlayback) << "Player: media lasts" << mediaDurationMs << "ms, <Duration> says"
                                << d->linear.durationMs << "ms; tracking uses <Duration>";
    if (d->candidate >= 0)
        d->session.mediaFileAttempts.append({d->currentCandidate().mediaFile.url, true, ErrorCode::NoError, QString()});
    d->durationMs = duration;
    // The milestones of this ad, once: the player reports them, the Tracker fires them, a
    // simulated clock lands on them.
    d->timeline = AdTimeline(d->linear, duration, d->config.autoQuartiles(), d->config.quartileToleranceMs());
    d->milestonesPassed = 0;
    if (d->skipoffsetMs() < 0 && !d->linear.skipoffset.isEmpty())
        qCWarning(lcVastPlayback) << "Player: invalid skipoffset" << d->linear.skipoffset << "- not skippable";
    d->session.durationMs = duration;
    d->session.skipoffsetMs = d->skipoffsetMs();
    if (d->tracker)
        d->tracker->setTimeline(d->timeline);
    Q_EMIT durationChanged(duration);
    if (d->state != State::Loading)
        return;
    // VAST 4.3 §3.14.1: "loaded" is when the player has buffered the media enough to play
    // it, so before the first frame's impression and start; once, even after a fallback.
    if (!d->contextInSync)
        d->syncTrackerContext();
    d->trackAndRecord(u"loaded"_s);
    if (d->state != State::Loading)
        return;
    d->startPlaying();
}

void Player::mediaFailed(ErrorCode code, const QString &message)
{
    Q_D(Player);
    if (d->finished || !d->playRequested)
        return;
    if (d->state == State::Loading && d->candidate >= 0) {
        d->session.mediaFileAttempts.append({d->currentCandidate().mediaFile.url, false, code, message});
        const bool beforeFirstFrame = code == ErrorCode::FileNotFound || code == ErrorCode::MediaFileTimeout
            || code == ErrorCode::MediaFileDisplayError;
        if (beforeFirstFrame && d->candidate + 1 < d->selected.mediaFiles.size()) {
            qCInfo(lcVastPlayback).noquote() << "Player: MediaFile" << d->currentCandidate().mediaFile.url << "failed with"
                                             << int(code) << message << "- trying the next one";
            ++d->candidate;
            d->syncTrackerContext();
            d->loadCandidate();
            return;
        }
    }
    d->fail(code, message);
}

void Player::mediaEnded()
{
    Q_D(Player);
    if (d->state != State::Playing)
        return;
    updatePosition(d->durationMs);
}

void Player::updatePosition(qint64 positionMs)
{
    Q_D(Player);
    if (d->state != State::Playing || d->durationMs <= 0)
        return;
    const qint64 position = qBound<qint64>(0, positionMs, d->durationMs);
    if (position != d->positionMs) {
        d->positionMs = position;
        d->session.positionMs = qMax(d->session.positionMs, position);
        Q_EMIT positionChanged(position);
        if (d->state != State::Playing)
            return;
    }
    if (d->tracker)
        d->tracker->updatePosition(position);
    d->reachMilestones(position);
    if (d->state != State::Playing)
        return;
    d->updateCanSkip();
    if (d->state != State::Playing)
        return;
    if (position >= d->durationMs)
        d->complete();
}

} // namespace VastQt
