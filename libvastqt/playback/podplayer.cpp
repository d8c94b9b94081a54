// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/podplayer.h>

#include <VastQt/headlessplayer.h>
#include <VastQt/tracker.h>
#include "vastqt_logging_p.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <vector>

using namespace Qt::StringLiterals;

namespace VastQt
{

class PodPlayerPrivate
{
public:
    PodPlayer *q = nullptr;
    Transport *transport = nullptr;
    QList<SelectedAd> ads;
    int preRejected = 0;
    QList<SelectedAd> buffet;
    QList<bool> buffetUsed;
    TrackingContext context;
    RetryPolicy retryPolicy;
    MacroExpander expander;
    bool hasExpander = false;
    std::function<Player *(const SelectedAd &)> factory;

    std::vector<std::unique_ptr<Tracker>> trackers;
    std::vector<std::unique_ptr<Player>> players;
    QList<QPointer<Beacon>> beacons;
    QList<PodAdPlay> plays;
    QList<SelectedAd> playedAds; // the SelectedAd of each play
    Tracker *currentTracker = nullptr;
    Player *currentPlayer = nullptr;
    int slot = -1;
    int playedCount = 0;
    bool started = false;
    bool stopped = false;
    bool finished = false;

    Tracker *makeTracker(int playIndex, const PodAdPlay &play)
    {
        auto t = std::make_unique<Tracker>(transport);
        t->setRetryPolicy(retryPolicy);
        if (hasExpander)
            t->setMacroExpander(expander);
        TrackingContext ctx = context;
        ctx.podSequence = play.podSequence;
        ctx.adCount = play.adCount;
        t->setContext(ctx);
        QObject::connect(t.get(), &Tracker::beaconCreated, q, [this, playIndex](Beacon *b) {
            beacons.append(b);
            Q_EMIT q->beaconCreated(b, playIndex);
        });
        QObject::connect(t.get(), &Tracker::beaconFinished, q, [this](Beacon *b) { Q_EMIT q->beaconFinished(b); });
        Tracker *raw = t.get();
        trackers.push_back(std::move(t));
        return raw;
    }

    void nextSlot()
    {
        if (stopped) {
            finish();
            return;
        }
        ++slot;
        if (slot >= ads.size()) {
            finish();
            return;
        }
        const SelectedAd &r = ads.at(slot);
        PodAdPlay play;
        play.podIndex = slot;
        play.podSequence = r.ad.sequence > 0 ? r.ad.sequence : -1;
        play.ad = r.ad;
        if (slot < preRejected) {
            // SELECT refused it and the Orchestrator fired its Error URIs already.
            play.error = r.error == ErrorCode::NoError ? ErrorCode::NoSupportedMediaFile : r.error;
            play.phase = Phase::Select;
            play.errorString = r.errorString.isEmpty()
                ? PodPlayer::tr("Ad %1 was refused when the ad was selected").arg(r.ad.id)
                : r.errorString;
            play.adCount = playedCount + 1;
            plays.append(play);
            playedAds.append(r);
            const int index = plays.size() - 1;
            Q_EMIT q->adStarted(slot, index);
            Q_EMIT q->adFinished(slot, index);
            replace(r.ad, r.ad.id);
            return;
        }
        attempt(play, r);
    }

    // Plays \a play (slot and ad set) with \a selected; on failure replaces it.
    void attempt(PodAdPlay play, SelectedAd selected)
    {
        selected.ad = play.ad; // a buffet ad takes the slot's sequence
        play.adCount = playedCount + 1;
        plays.append(play);
        playedAds.append(selected);
        const int index = plays.size() - 1;
        Tracker *tracker = makeTracker(index, play);
        currentTracker = tracker;
        currentPlayer = nullptr;

        if (selected.isRefusedByFilter()) {
            // The ParseFilter refused the ad (202, 403): no player, its Error URIs fire.
            // Other refusals of SELECT are the player's to report (it cannot play the ad).
            tracker->setAd(play.ad, selected.creativeIndex);
            Q_EMIT q->adStarted(play.podIndex, index);
            tracker->trackError(selected.error);
            failed(index, selected.error, Phase::Select, selected.errorString);
            return;
        }
        Player *player = factory ? factory(selected) : nullptr;
        if (!player) {
            auto *headless = new HeadlessPlayer;
            headless->setSpeedFactor(0);
            player = headless;
        }
        players.push_back(std::unique_ptr<Player>(player));
        currentPlayer = player;
        player->setTracker(tracker);
        player->setSelectedAd(selected);
        QObject::connect(player, &Player::finished, q, [this, player, index] {
            PodAdPlay &p = plays[index];
            p.session = player->session();
            if (player->state() == Player::State::Error) {
                failed(index, player->error(), Phase::Play, player->errorString());
                return;
            }
            ++playedCount;
            Q_EMIT q->adFinished(p.podIndex, index);
            if (player->state() == Player::State::Stopped && stopped) {
                finish();
                return;
            }
            QTimer::singleShot(0, q, [this] { nextSlot(); });
        });
        Q_EMIT q->adStarted(play.podIndex, index);
        player->play();
        // stop() from an adStarted() handler: the player had not been asked to play yet.
        if (stopped)
            player->stop();
    }

    void failed(int index, ErrorCode code, Phase phase, const QString &message)
    {
        PodAdPlay &p = plays[index];
        p.error = code;
        p.phase = phase;
        p.errorString = message;
        qCInfo(lcVastPlayback) << "pod ad" << p.ad.id << "failed" << int(code) << message;
        Q_EMIT q->errorOccurred(code, phase, message);
        Q_EMIT q->adFinished(p.podIndex, index);
        const Ad failedAd = p.ad;
        // A failed replacement is replaced in turn; the slot still belongs to its pod ad.
        const QString podAdId = p.replacement ? p.replacedAdId : p.ad.id;
        QTimer::singleShot(0, q, [this, failedAd, podAdId] { replace(failedAd, podAdId); });
    }

    // The slot's ad failed: an unused buffet ad takes its place, else the next slot.
    // \a podAdId is the pod ad whose slot it is.
    void replace(const Ad &failedAd, const QString &podAdId)
    {
        if (stopped) {
            finish();
            return;
        }
        for (int b = 0; b < buffet.size(); ++b) {
            if (buffetUsed.at(b))
                continue;
            buffetUsed[b] = true;
            PodAdPlay play;
            play.podIndex = slot;
            play.ad = buffet.at(b).ad;
            play.ad.sequence = failedAd.sequence;
            play.podSequence = failedAd.sequence > 0 ? failedAd.sequence : -1;
            play.replacement = true;
            play.replacedAdId = podAdId;
            qCInfo(lcVastPlayback) << "buffet ad" << play.ad.id << "replaces" << failedAd.id;
            attempt(play, buffet.at(b));
            return;
        }
        nextSlot();
    }

    void finish()
    {
        if (finished)
            return;
        finished = true;
        QTimer::singleShot(0, q, [this] { Q_EMIT q->finished(); });
    }
};

PodPlayer::PodPlayer(Transport *transport, QObject *parent)
    : QObject(parent)
    , d(new PodPlayerPrivate)
{
    d->q = this;
    d->transport = transport;
}

PodPlayer::~PodPlayer()
{
    // Players first: they refer to their trackers.
    d->players.clear();
    d->trackers.clear();
}

void PodPlayer::setAds(const QList<SelectedAd> &ads, int preRejected)
{
    if (d->started)
        return;
    d->ads = ads;
    d->preRejected = qBound(0, preRejected, int(ads.size()));
}

QList<SelectedAd> PodPlayer::ads() const
{
    return d->ads;
}

void PodPlayer::setBuffet(const QList<SelectedAd> &buffet)
{
    if (d->started)
        return;
    d->buffet = buffet;
    d->buffetUsed = QList<bool>(buffet.size(), false);
}

QList<SelectedAd> PodPlayer::buffet() const
{
    return d->buffet;
}

void PodPlayer::setTrackingContext(const TrackingContext &context)
{
    d->context = context;
}

TrackingContext PodPlayer::trackingContext() const
{
    return d->context;
}

void PodPlayer::setRetryPolicy(const RetryPolicy &policy)
{
    d->retryPolicy = policy;
}

void PodPlayer::setMacroExpander(const MacroExpander &expander)
{
    d->expander = expander;
    d->hasExpander = true;
}

void PodPlayer::setPlayerFactory(const std::function<Player *(const SelectedAd &)> &factory)
{
    d->factory = factory;
}

bool PodPlayer::play()
{
    if (d->started)
        return false;
    d->started = true;
    QTimer::singleShot(0, this, [this] { d->nextSlot(); });
    return true;
}

void PodPlayer::stop()
{
    if (d->finished || !d->started)
        return;
    d->stopped = true;
    if (d->currentPlayer && !d->currentPlayer->isFinished())
        d->currentPlayer->stop();
}

bool PodPlayer::isFinished() const
{
    return d->finished;
}

bool PodPlayer::isIdle() const
{
    return std::all_of(d->trackers.cbegin(), d->trackers.cend(), [](const auto &t) { return t->isIdle(); });
}

QList<PodAdPlay> PodPlayer::plays() const
{
    QList<PodAdPlay> out = d->plays;
    // Sessions of ads still playing are read live.
    if (d->currentPlayer && !out.isEmpty() && !d->currentPlayer->isFinished())
        out.last().session = d->currentPlayer->session();
    return out;
}

int PodPlayer::slotCount() const
{
    return d->ads.size();
}

PlaybackSession::Status PodPlayer::status() const
{
    const QList<PodAdPlay> all = plays();
    for (int slot = 0; slot < slotCount(); ++slot) {
        // A slot never played: stop() came first, or it ended without an ad.
        PlaybackSession::Status status = d->stopped ? PlaybackSession::Status::Stopped : PlaybackSession::Status::Error;
        for (const PodAdPlay &p : all) {
            if (p.podIndex == slot)
                status = p.played() ? p.session.status : PlaybackSession::Status::Error;
        }
        if (status != PlaybackSession::Status::Completed)
            return status;
    }
    return PlaybackSession::Status::Completed;
}

Player *PodPlayer::currentPlayer() const
{
    return d->currentPlayer;
}

Tracker *PodPlayer::currentTracker() const
{
    return d->currentTracker;
}

SelectedAd PodPlayer::currentAd() const
{
    return d->playedAds.isEmpty() ? SelectedAd() : d->playedAds.constLast();
}

int PodPlayer::currentPlay() const
{
    return d->plays.size() - 1;
}

QList<Beacon *> PodPlayer::beacons() const
{
    QList<Beacon *> out;
    for (const auto &b : d->beacons) {
        if (b)
            out.append(b);
    }
    return out;
}

} // namespace VastQt
