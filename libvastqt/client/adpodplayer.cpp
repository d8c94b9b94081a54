// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "client/adpodplayer.h"

#include "playback/headlessplayer.h"
#include "protocol/vastparser.h"
#include "tracking/tracker.h"
#include "vastqt_logging_p.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <vector>

using namespace Qt::StringLiterals;

namespace VastQt
{

QList<Ad> podBuffet(const ResolvedAd &podAd, const QList<ResolvedAd> &used)
{
    if (podAd.chain.isEmpty() || podAd.chain.constLast().rawXml.isEmpty())
        return {};
    const VastParseResult parsed = VastParser::parse(podAd.chain.constLast().rawXml);
    if (!parsed.ok())
        return {};
    // The Wrappers above the pod's document, outermost first.
    QList<Ad> wrappers;
    for (int i = 0; i + 1 < podAd.chain.size(); ++i) {
        const VastParseResult hop = VastParser::parse(podAd.chain.at(i).rawXml);
        QList<Ad> found;
        for (const Ad &a : hop.document.ads) {
            if (a.isWrapper())
                found.append(a);
        }
        if (found.size() == 1)
            wrappers.append(found.constFirst());
    }
    QList<Ad> out;
    for (const Ad &candidate : parsed.document.ads) {
        if (candidate.sequence > 0 || candidate.isWrapper())
            continue;
        // Ads the resolver already used (as a fallbackOnNoAd replacement) are not unused.
        const bool taken = std::any_of(used.cbegin(), used.cend(), [&candidate](const ResolvedAd &r) {
            return r.ad.id == candidate.id && r.ad.adTitle == candidate.adTitle;
        });
        if (taken)
            continue;
        Ad ad = candidate;
        for (auto it = wrappers.crbegin(); it != wrappers.crend(); ++it)
            WrapperResolver::mergeWrapperInto(*it, ad);
        out.append(ad);
    }
    return out;
}

class AdPodPlayerPrivate
{
public:
    AdPodPlayer *q = nullptr;
    Transport *transport = nullptr;
    QList<ResolvedAd> ads;
    int preRejected = 0;
    QList<Ad> buffet;
    QList<bool> buffetUsed;
    TrackingContext context;
    RetryPolicy retryPolicy;
    MacroExpander expander;
    bool hasExpander = false;
    MediaFileSelector::Config selector;
    ParseFilter filter;
    std::function<Player *()> factory;

    std::vector<std::unique_ptr<Tracker>> trackers;
    std::vector<std::unique_ptr<Player>> players;
    QList<QPointer<Beacon>> beacons;
    QList<PodAdPlay> plays;
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

    // The ParseFilter's verdict on \a ad: NoError, 202 or 403, with why.
    ErrorCode filterRejection(const Ad &ad, QString *why) const
    {
        const int ci = ad.firstLinearCreative();
        if (ci < 0 || filter.isEmpty())
            return ErrorCode::NoError; // the player reports 200/201 itself
        const Linear &linear = ad.creatives.at(ci).linear;
        const QString duration = filter.durationRejection(linear);
        if (!duration.isEmpty()) {
            *why = AdPodPlayer::tr("The filter rejects ad %1: %2").arg(ad.id, duration);
            return ErrorCode::DurationMismatch;
        }
        QStringList rejected;
        for (const MediaFile &mf : linear.mediaFiles) {
            const QString r = filter.mediaFileRejection(mf);
            if (r.isEmpty())
                return ErrorCode::NoError;
            rejected.append(r);
        }
        *why = AdPodPlayer::tr("The filter rejects every MediaFile of ad %1: %2").arg(ad.id, rejected.join(u"; "_s));
        return ErrorCode::NoSupportedMediaFile;
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
        const ResolvedAd &r = ads.at(slot);
        PodAdPlay play;
        play.podIndex = slot;
        play.podSequence = r.ad.sequence > 0 ? r.ad.sequence : -1;
        play.ad = r.ad;
        if (slot < preRejected) {
            // SELECT refused it and fired its Error URIs already.
            play.error = ErrorCode::NoSupportedMediaFile;
            play.phase = Phase::Select;
            play.errorString = AdPodPlayer::tr("Ad %1 was refused when the ad was selected").arg(r.ad.id);
            play.adCount = playedCount + 1;
            plays.append(play);
            const int index = plays.size() - 1;
            Q_EMIT q->adStarted(slot, index);
            Q_EMIT q->adFinished(slot, index);
            replace(r.ad);
            return;
        }
        attempt(play);
    }

    // Plays \a play (slot and ad set); on failure replaces it.
    void attempt(PodAdPlay play)
    {
        play.adCount = playedCount + 1;
        plays.append(play);
        const int index = plays.size() - 1;
        Tracker *tracker = makeTracker(index, play);
        currentTracker = tracker;
        currentPlayer = nullptr;
        const int creativeIndex = play.ad.firstLinearCreative();
        tracker->setAd(play.ad, creativeIndex);

        QString why;
        const ErrorCode rejection = filterRejection(play.ad, &why);
        if (rejection != ErrorCode::NoError) {
            Q_EMIT q->adStarted(play.podIndex, index);
            tracker->trackError(rejection);
            failed(index, rejection, Phase::Select, why);
            return;
        }
        Player *player = factory ? factory() : nullptr;
        if (!player) {
            auto *headless = new HeadlessPlayer;
            headless->setSpeedFactor(0);
            player = headless;
        }
        players.push_back(std::unique_ptr<Player>(player));
        currentPlayer = player;
        player->setTracker(tracker);
        player->setSelectorConfig(selector);
        player->setAd(play.ad, creativeIndex);
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
        QTimer::singleShot(0, q, [this, failedAd] { replace(failedAd); });
    }

    // The slot's ad failed: an unused buffet ad takes its place, else the next slot.
    void replace(const Ad &failedAd)
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
            play.ad = buffet.at(b);
            play.ad.sequence = failedAd.sequence;
            play.podSequence = failedAd.sequence > 0 ? failedAd.sequence : -1;
            play.replacement = true;
            play.replacedAdId = failedAd.id;
            qCInfo(lcVastPlayback) << "buffet ad" << play.ad.id << "replaces" << failedAd.id;
            attempt(play);
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

AdPodPlayer::AdPodPlayer(Transport *transport, QObject *parent)
    : QObject(parent)
    , d(new AdPodPlayerPrivate)
{
    d->q = this;
    d->transport = transport;
}

AdPodPlayer::~AdPodPlayer()
{
    // Players first: they refer to their trackers.
    d->players.clear();
    d->trackers.clear();
}

void AdPodPlayer::setAds(const QList<ResolvedAd> &ads, int preRejected)
{
    if (d->started)
        return;
    d->ads = ads;
    d->preRejected = qBound(0, preRejected, int(ads.size()));
}

QList<ResolvedAd> AdPodPlayer::ads() const
{
    return d->ads;
}

void AdPodPlayer::setBuffet(const QList<Ad> &buffet)
{
    if (d->started)
        return;
    d->buffet = buffet;
    d->buffetUsed = QList<bool>(buffet.size(), false);
}

QList<Ad> AdPodPlayer::buffet() const
{
    return d->buffet;
}

void AdPodPlayer::setTrackingContext(const TrackingContext &context)
{
    d->context = context;
}

TrackingContext AdPodPlayer::trackingContext() const
{
    return d->context;
}

void AdPodPlayer::setRetryPolicy(const RetryPolicy &policy)
{
    d->retryPolicy = policy;
}

void AdPodPlayer::setMacroExpander(const MacroExpander &expander)
{
    d->expander = expander;
    d->hasExpander = true;
}

void AdPodPlayer::setSelectorConfig(const MediaFileSelector::Config &config)
{
    d->selector = config;
}

void AdPodPlayer::setParseFilter(const ParseFilter &filter)
{
    d->filter = filter;
}

ParseFilter AdPodPlayer::parseFilter() const
{
    return d->filter;
}

void AdPodPlayer::setPlayerFactory(const std::function<Player *()> &factory)
{
    d->factory = factory;
}

bool AdPodPlayer::play()
{
    if (d->started)
        return false;
    d->started = true;
    QTimer::singleShot(0, this, [this] { d->nextSlot(); });
    return true;
}

void AdPodPlayer::stop()
{
    if (d->finished || !d->started)
        return;
    d->stopped = true;
    if (d->currentPlayer && !d->currentPlayer->isFinished())
        d->currentPlayer->stop();
}

bool AdPodPlayer::isFinished() const
{
    return d->finished;
}

bool AdPodPlayer::isIdle() const
{
    return std::all_of(d->trackers.cbegin(), d->trackers.cend(), [](const auto &t) { return t->isIdle(); });
}

QList<PodAdPlay> AdPodPlayer::plays() const
{
    QList<PodAdPlay> out = d->plays;
    // Sessions of ads still playing are read live.
    if (d->currentPlayer && !out.isEmpty() && !d->currentPlayer->isFinished())
        out.last().session = d->currentPlayer->session();
    return out;
}

int AdPodPlayer::slotCount() const
{
    return d->ads.size();
}

Player *AdPodPlayer::currentPlayer() const
{
    return d->currentPlayer;
}

Tracker *AdPodPlayer::currentTracker() const
{
    return d->currentTracker;
}

int AdPodPlayer::currentPlay() const
{
    return d->plays.size() - 1;
}

QList<Beacon *> AdPodPlayer::beacons() const
{
    QList<Beacon *> out;
    for (const auto &b : d->beacons) {
        if (b)
            out.append(b);
    }
    return out;
}

} // namespace VastQt
