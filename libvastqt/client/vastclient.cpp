// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastclient.h>

#include <VastQt/protocolregistry.h>
#include <VastQt/breakplayer.h>
#include <VastQt/player.h>
#include <VastQt/podplayer.h>
#ifndef VASTQT_NO_MULTIMEDIA
#include <VastQt/realtimeplayer.h>
#endif
#include <VastQt/macroexpander.h>
#include <VastQt/tracker.h>
#include <VastQt/filetransport.h>
#include <VastQt/httptransport.h>
#include <VastQt/routingtransport.h>
#include "vastqt_logging_p.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{
// A beacon of the run, with the VMAP break and the ad it belongs to (see BeaconRecord).
struct FiredBeacon {
    QPointer<Beacon> beacon;
    int breakIndex = -1;
    int adIndex = -1;
};

RunReport::Result resultOf(PlaybackSession::Status status)
{
    switch (status) {
    case PlaybackSession::Status::Completed:
        return RunReport::Result::Completed;
    case PlaybackSession::Status::Skipped:
        return RunReport::Result::Skipped;
    case PlaybackSession::Status::Stopped:
        return RunReport::Result::Stopped;
    case PlaybackSession::Status::Pending:
    case PlaybackSession::Status::Running:
        return RunReport::Result::Playing;
    case PlaybackSession::Status::Error:
        break;
    }
    return RunReport::Result::Error;
}
} // namespace

class VastClientPrivate
{
public:
    VastClient *q = nullptr;
    VastClient::Status status = VastClient::Status::Null;

    RoutingTransport defaultTransport;
    HttpTransport http;
    FileTransport file;
    Transport *transport = nullptr;

    FetchConfig config;
    AdRequest request;
    RetryPolicy retryPolicy = defaultRetryPolicy();
    TrackingContext context;
    MacroExpander expander;
    bool autoPlay = false;
    ConfigResolver resolver; // its profiles loaded at first use (profilesLoaded)
    bool profilesLoaded = false;
    QList<PlayerChoice> choices; // of each player made, in order
    PlayerFactory factory; // set up by play()
    QPointer<QObject> videoOutput;
    bool audioEnabled = false;

    std::unique_ptr<Orchestrator> orchestrator;
    QList<Middleware *> middlewares; // handed to every orchestrator made
    QList<ProtocolHandler *> protocolHandlers; // registered with every orchestrator made
    QPointer<ServeReply> serveReply;
    QUrl tagUrl;
    AdResponse response;
    QList<PipelineError> errors;
    QList<FiredBeacon> fired;
    std::unique_ptr<Tracker> errorTracker; // taken over from the serve reply
    bool playDone = false;
    bool finishedEmitted = false;
    // The compliance of the response's documents, checked on the first runReport() after
    // the load (the documents do not change until the next load).
    mutable std::optional<QList<DocumentCompliance>> compliance;

    // Playback: a VAST response's ads (one ad is a pod of one), or a VMAP playlist's breaks.
    std::unique_ptr<PodPlayer> pod;
    bool isPod = false; // the response has two or more ads
    std::unique_ptr<BreakPlayer> breaks;
    QList<ScheduledBreak> schedule;

    // The client's default: RetryPolicy's, with ±20 % jitter.
    static RetryPolicy defaultRetryPolicy()
    {
        RetryPolicy p;
        p.jitter = 0.2;
        return p;
    }

    // The policy handed to every tracker: retryPolicy with the run's seed as jitter seed, so
    // the same seed gives the same retry delays.
    RetryPolicy beaconPolicy() const
    {
        RetryPolicy p = retryPolicy;
        p.jitterSeed = q->playbackConfig().config.seed();
        return p;
    }

    void setStatus(VastClient::Status s)
    {
        if (status == s)
            return;
        status = s;
        Q_EMIT q->statusChanged(s);
    }

    void addError(ErrorCode code, Phase phase, const QUrl &source, const QString &message)
    {
        errors.append({code, phase, source, message});
        Q_EMIT q->errorOccurred(code, phase, message);
    }

    void beaconCreated(Beacon *b, int breakIndex, int adIndex)
    {
        fired.append({b, breakIndex, adIndex});
        Q_EMIT q->beaconCreated(b);
    }

    void beaconFinished(Beacon *b)
    {
        Q_EMIT q->beaconFinished(b);
        maybeFinish();
    }

    bool beaconsSettled() const
    {
        return (!pod || pod->isIdle()) && (!breaks || breaks->isIdle()) && (!errorTracker || errorTracker->isIdle());
    }

    PodPlayer *currentPod() const
    {
        if (pod)
            return pod.get();
        return breaks ? breaks->currentPodPlayer() : nullptr;
    }

    // The resolver, its profiles loaded at the first look-up that needs them (a run without a
    // profile or publisher reads no profile file).
    ConfigResolver &configResolver(bool needProfiles = false)
    {
        needProfiles = needProfiles || !resolver.profile().isEmpty() || !resolver.publisher().isEmpty();
        if (!profilesLoaded && needProfiles) {
            profilesLoaded = true;
            resolver.setProfiles(ProviderProfiles::standard());
            for (const ProfileError &e : resolver.profiles().errors())
                qCWarning(lcVastClient).noquote() << "provider profile:" << e.toString();
        }
        return resolver;
    }

    // The player of each ad, made by the factory play() configured.
    Player *makePlayer(const SelectedAd &selected)
    {
        PlayerChoice choice;
        Player *player = factory.create(selected, &choice);
        choices.append(choice);
        return player;
    }

    // The pod player of the served ads or of VMAP break \a breakIndex (-1: none): the one
    // place pods (and so the ads' trackers) are made.
    PodPlayer *makePod(int breakIndex, const QList<SelectedAd> &ads, int preRejected, const QList<SelectedAd> &buffet,
                       const TrackingContext &ctx, const QUrl &source)
    {
        auto *p = new PodPlayer(transport);
        p->setAds(ads, preRejected);
        p->setBuffet(buffet);
        p->setTrackingContext(ctx);
        p->setRetryPolicy(beaconPolicy());
        p->setMacroExpander(expander);
        p->setPlayerFactory([this](const SelectedAd &selected) { return makePlayer(selected); });
        if (breakIndex >= 0)
            return p; // the BreakPlayer forwards its signals
        QObject::connect(p, &PodPlayer::adStarted, q, [this](int podIndex, int) { Q_EMIT q->adStarted(-1, podIndex); });
        QObject::connect(p, &PodPlayer::beaconCreated, q,
                         [this](Beacon *b, int playIndex) { beaconCreated(b, -1, isPod ? playIndex : -1); });
        QObject::connect(p, &PodPlayer::beaconFinished, q, [this](Beacon *b) { beaconFinished(b); });
        QObject::connect(p, &PodPlayer::errorOccurred, q,
                         [this, source](ErrorCode code, Phase phase, const QString &message) {
                             addError(code, phase, source, message);
                         });
        return p;
    }

    void playPod()
    {
        const AdResponse &r = response;
        // One ad is a pod of one; the ads before the served one were refused by SELECT.
        isPod = r.selectedAds.size() >= 2;
        pod.reset(makePod(-1, r.selectedAds, qMax(0, r.servedIndex), r.buffet, context, r.source));
        QObject::connect(pod.get(), &PodPlayer::finished, q, [this] {
            const QList<PodAdPlay> plays = pod->plays();
            const bool any = std::any_of(plays.cbegin(), plays.cend(), [](const PodAdPlay &p) { return p.played(); });
            setStatus(any ? VastClient::Status::Finished : VastClient::Status::Error);
            playDone = true;
            maybeFinish();
        });
        setStatus(VastClient::Status::Playing);
        pod->play();
    }

    void playBreaks()
    {
        breaks = std::make_unique<BreakPlayer>(transport);
        breaks->setBreaks(schedule, response.vmapBreaks, response.source);
        breaks->setTrackingContext(context);
        breaks->setRetryPolicy(beaconPolicy());
        breaks->setMacroExpander(expander);
        breaks->setAutoTrackErrors(config.autoTrackErrors);
        const QUrl vmapUrl = response.source;
        breaks->setPodFactory([this, vmapUrl](int index, const QList<SelectedAd> &ads, const QList<SelectedAd> &buffet,
                                              const TrackingContext &ctx) {
            return makePod(index, ads, 0, buffet, ctx, vmapUrl);
        });
        BreakPlayer *b = breaks.get();
        QObject::connect(b, &BreakPlayer::breakStarted, q, &VastClient::breakStarted);
        QObject::connect(b, &BreakPlayer::breakEnded, q, &VastClient::breakEnded);
        QObject::connect(b, &BreakPlayer::adStarted, q, &VastClient::adStarted);
        QObject::connect(b, &BreakPlayer::beaconCreated, q,
                         [this](Beacon *beacon, int index, int playIndex) { beaconCreated(beacon, index, playIndex); });
        QObject::connect(b, &BreakPlayer::beaconFinished, q, [this](Beacon *beacon) { beaconFinished(beacon); });
        QObject::connect(b, &BreakPlayer::errorOccurred, q,
                         [this](ErrorCode code, Phase phase, const QUrl &source, const QString &message) {
                             addError(code, phase, source, message);
                         });
        QObject::connect(b, &BreakPlayer::finished, q, [this] {
            setStatus(VastClient::Status::Finished);
            playDone = true;
            maybeFinish();
        });
        setStatus(VastClient::Status::Playing);
        b->play();
    }

    // One DocumentCompliance per document of \a chain, of the other ads of a pod and, for
    // VMAP, of every break: the inline VAST of a VMAP document is checked as the break's own
    // hop. Empty while loading.
    QList<DocumentCompliance> complianceOf(const QList<WrapperHop> &chain) const
    {
        if (compliance)
            return *compliance;
        if (status == VastClient::Status::Null || status == VastClient::Status::Loading)
            return {};
        QList<WrapperHop> hops = chain;
        const auto addHops = [&hops](const QList<WrapperHop> &more) {
            for (const WrapperHop &h : more) {
                if (!hops.contains(h))
                    hops.append(h);
            }
        };
        for (const ResolvedAd &ad : response.ads) // the other ads of a pod
            addHops(ad.chain);
        const bool vmap = response.isVmap();
        for (const VmapBreakResult &b : response.vmapBreaks)
            addHops(b.chain);
        QList<DocumentCompliance> out;
        for (int i = 0; i < hops.size(); ++i)
            out.append(ComplianceValidator::validate(hops.at(i), i, !(vmap && hops.at(i).type == "VMAP"_L1)));
        compliance = out;
        return out;
    }

    // finished() once the run is over and no beacon is still on its way.
    void maybeFinish()
    {
        if (finishedEmitted || !playDone || !beaconsSettled())
            return;
        finishedEmitted = true;
        // Deferred: a beacon's finished() may be what brought us here.
        QTimer::singleShot(0, q, [this] { Q_EMIT q->finished(); });
    }

    void reset()
    {
        if (serveReply) {
            serveReply->disconnect(q);
            serveReply->abort();
            serveReply->deleteLater();
        }
        pod.reset();
        isPod = false;
        breaks.reset();
        schedule.clear();
        errorTracker.reset();
        response = AdResponse();
        errors.clear();
        fired.clear();
        choices.clear();
        compliance.reset();
        playDone = false;
        finishedEmitted = false;
    }

    // Serves \a xml (named \a url), or \a sources with the configured strategy and fallbacks.
    void startServe(const QByteArray *xml, const QUrl &url, const QList<QUrl> &sources)
    {
        reset();
        tagUrl = url;
        setStatus(VastClient::Status::Loading);
        if (!orchestrator) {
            orchestrator = std::make_unique<Orchestrator>(transport);
            for (Middleware *m : std::as_const(middlewares))
                orchestrator->addMiddleware(m);
            for (ProtocolHandler *h : std::as_const(protocolHandlers))
                orchestrator->protocolRegistry()->registerHandler(h);
        }
        orchestrator->setUrlExpander([this](const QString &t) { return expander.expandUrl(t, context); });
        FetchConfig c = config;
        c.sources = sources;
        ServeReply *reply = xml ? orchestrator->serve(request, *xml, url, c) : orchestrator->serve(request, c);
        serveReply = reply;
        Tracker *et = reply->errorTracker();
        et->setParent(nullptr);
        errorTracker.reset(et);
        errorTracker->setRetryPolicy(beaconPolicy());
        errorTracker->setContext(context);
        QObject::connect(et, &Tracker::beaconCreated, q, [this](Beacon *b) { beaconCreated(b, -1, -1); });
        QObject::connect(et, &Tracker::beaconFinished, q, [this](Beacon *b) { beaconFinished(b); });
        QObject::connect(reply, &ServeReply::hopFinished, q,
                         [this](const QUrl &, const WrapperHop &hop) { Q_EMIT q->hopFinished(hop); });
        QObject::connect(reply, &ServeReply::finished, q, [this, reply] {
            reply->deleteLater();
            response = reply->response();
            for (const PipelineError &e : response.errors)
                addError(e.code, e.phase, e.source, e.message);
            if (!response.success) {
                setStatus(VastClient::Status::Error);
                playDone = true;
                maybeFinish();
                return;
            }
            if (response.isVmap())
                schedule = response.vmap.schedule(request.contentDurationMs);
            setStatus(VastClient::Status::Ready);
            Q_EMIT q->loaded();
            if (autoPlay)
                q->play();
        });
    }
};

VastClient::VastClient(QObject *parent)
    : QObject(parent)
    , d(new VastClientPrivate)
{
    d->q = this;
    d->defaultTransport.addTransport(&d->http);
    d->defaultTransport.addTransport(&d->file);
    d->transport = &d->defaultTransport;
}

VastClient::~VastClient()
{
    d->reset();
}

VastClient::Status VastClient::status() const
{
    return d->status;
}

void VastClient::setTransport(Transport *transport)
{
    d->transport = transport ? transport : &d->defaultTransport;
    d->orchestrator.reset();
}

Transport *VastClient::transport() const
{
    return d->transport;
}

void VastClient::addMiddleware(Middleware *middleware)
{
    if (!middleware || d->middlewares.contains(middleware))
        return;
    d->middlewares.append(middleware);
    if (d->orchestrator)
        d->orchestrator->addMiddleware(middleware);
}

void VastClient::removeMiddleware(Middleware *middleware)
{
    d->middlewares.removeAll(middleware);
    if (d->orchestrator)
        d->orchestrator->removeMiddleware(middleware);
}

void VastClient::addProtocolHandler(ProtocolHandler *handler)
{
    if (!handler || d->protocolHandlers.contains(handler))
        return;
    d->protocolHandlers.append(handler);
    if (d->orchestrator)
        d->orchestrator->protocolRegistry()->registerHandler(handler);
}

void VastClient::removeProtocolHandler(ProtocolHandler *handler)
{
    d->protocolHandlers.removeAll(handler);
    if (d->orchestrator)
        d->orchestrator->protocolRegistry()->unregisterHandler(handler);
}

QList<Middleware *> VastClient::middlewares() const
{
    return d->middlewares;
}

FetchConfig VastClient::fetchConfig() const
{
    return d->config;
}

void VastClient::setFetchConfig(const FetchConfig &config)
{
    d->config = config;
}

AdRequest VastClient::adRequest() const
{
    return d->request;
}

void VastClient::setAdRequest(const AdRequest &request)
{
    d->request = request;
}

RetryPolicy VastClient::retryPolicy() const
{
    return d->retryPolicy;
}

void VastClient::setRetryPolicy(const RetryPolicy &policy)
{
    d->retryPolicy = policy;
}

TrackingContext VastClient::trackingContext() const
{
    return d->context;
}

void VastClient::setTrackingContext(const TrackingContext &context)
{
    d->context = context;
}

double VastClient::speed() const
{
    return playbackConfig().config.speed();
}

void VastClient::setSpeed(double factor)
{
    factor = qMax(0.0, factor);
    const double before = speed();
    PlaybackConfig o = d->resolver.override();
    o.setSpeed(factor);
    d->resolver.setOverride(o);
    if (!qFuzzyCompare(factor + 1, before + 1))
        Q_EMIT speedChanged(factor);
}

PlaybackConfig VastClient::playbackOverride() const
{
    return d->resolver.override();
}

void VastClient::setPlaybackOverride(const PlaybackConfig &config)
{
    const double speedBefore = speed();
    const PlaybackConfig::Mode modeBefore = playbackMode();
    d->resolver.setOverride(config);
    if (!qFuzzyCompare(speed() + 1, speedBefore + 1))
        Q_EMIT speedChanged(speed());
    if (playbackMode() != modeBefore)
        Q_EMIT playbackModeChanged(playbackMode());
}

QString VastClient::profile() const
{
    return d->resolver.profile();
}

void VastClient::setProfile(const QString &name)
{
    if (name == d->resolver.profile())
        return;
    d->resolver.setProfile(name);
    Q_EMIT profileChanged(name);
}

QString VastClient::publisher() const
{
    return d->resolver.publisher();
}

void VastClient::setPublisher(const QString &name)
{
    if (name == d->resolver.publisher())
        return;
    d->resolver.setPublisher(name);
    Q_EMIT publisherChanged(name);
}

ProviderProfiles VastClient::providerProfiles() const
{
    return d->configResolver(true).profiles();
}

void VastClient::setProviderProfiles(const ProviderProfiles &profiles)
{
    d->profilesLoaded = true;
    d->resolver.setProfiles(profiles);
}

ResolvedPlaybackConfig VastClient::playbackConfig() const
{
    return d->configResolver().resolve();
}

bool VastClient::autoPlay() const
{
    return d->autoPlay;
}

void VastClient::setAutoPlay(bool autoPlay)
{
    if (d->autoPlay == autoPlay)
        return;
    d->autoPlay = autoPlay;
    Q_EMIT autoPlayChanged(autoPlay);
}

PlaybackConfig::Mode VastClient::playbackMode() const
{
    return playbackConfig().config.mode();
}

void VastClient::setPlaybackMode(PlaybackConfig::Mode mode)
{
    const PlaybackConfig::Mode before = playbackMode();
    PlaybackConfig o = d->resolver.override();
    o.setMode(mode);
    d->resolver.setOverride(o);
    if (mode != before)
        Q_EMIT playbackModeChanged(mode);
}

QObject *VastClient::videoOutput() const
{
    return d->videoOutput.data();
}

void VastClient::setVideoOutput(QObject *output)
{
    if (d->videoOutput == output)
        return;
    d->videoOutput = output;
#ifndef VASTQT_NO_MULTIMEDIA
    if (auto *realtime = qobject_cast<RealtimePlayer *>(player()))
        realtime->setVideoOutput(output);
#endif
    Q_EMIT videoOutputChanged(output);
}

bool VastClient::isAudioEnabled() const
{
    return d->audioEnabled;
}

void VastClient::setAudioEnabled(bool enabled)
{
    if (d->audioEnabled == enabled)
        return;
    d->audioEnabled = enabled;
#ifndef VASTQT_NO_MULTIMEDIA
    if (auto *realtime = qobject_cast<RealtimePlayer *>(player()))
        realtime->setAudioEnabled(enabled);
#endif
    Q_EMIT audioEnabledChanged(enabled);
}

void VastClient::load(const QUrl &tagUrl)
{
    d->startServe(nullptr, tagUrl, {tagUrl});
}

void VastClient::load()
{
    d->startServe(nullptr, d->config.sources.value(0), d->config.sources);
}

void VastClient::load(const QByteArray &xml, const QUrl &baseUrl)
{
    d->startServe(&xml, baseUrl, {});
}

void VastClient::play()
{
    if (d->status != Status::Ready)
        return;
    const ResolvedPlaybackConfig resolved = playbackConfig();
    if (!resolved.profile.isEmpty() && !resolved.profileFound)
        qCWarning(lcVastClient) << "no provider profile named" << resolved.profile << "- the defaults apply";
    d->factory.setConfig(resolved.config);
    d->factory.setVideoOutput(d->videoOutput);
    d->factory.setAudioEnabled(d->audioEnabled);
    d->factory.setTransport(d->transport);
    d->factory.setPlayerSize(QSize(d->config.mediaFiles.playerWidth, d->config.mediaFiles.playerHeight));
    if (d->response.isVmap())
        d->playBreaks();
    else
        d->playPod();
}

void VastClient::stop()
{
    if (d->status == Status::Loading && d->serveReply) {
        d->serveReply->abort();
        return;
    }
    if (d->status != Status::Playing)
        return;
    if (d->breaks)
        d->breaks->stop();
    else if (d->pod)
        d->pod->stop();
}

bool VastClient::isVmap() const
{
    return d->response.isVmap();
}

VmapDocument VastClient::vmap() const
{
    return d->response.vmap;
}

QList<ScheduledBreak> VastClient::breaks() const
{
    return d->schedule;
}

PodPlayer *VastClient::podPlayer() const
{
    if (d->pod && !d->isPod)
        return nullptr; // one ad: a pod of one inside, no pod outside
    return d->currentPod();
}

AdResponse VastClient::response() const
{
    return d->response;
}

Tracker *VastClient::tracker() const
{
    PodPlayer *p = d->currentPod();
    return p ? p->currentTracker() : nullptr;
}

Player *VastClient::player() const
{
    PodPlayer *p = d->currentPod();
    return p ? p->currentPlayer() : nullptr;
}

PlaybackSession VastClient::session() const
{
    if (d->pod) {
        const QList<PodAdPlay> plays = d->pod->plays();
        for (const PodAdPlay &p : plays) {
            if (p.ad == d->response.ad && p.played())
                return p.session;
        }
        for (const PodAdPlay &p : plays) {
            if (p.session.status != PlaybackSession::Status::Pending)
                return p.session;
        }
        return PlaybackSession();
    }
    Player *p = player();
    return p ? p->session() : PlaybackSession();
}

QList<Beacon *> VastClient::beacons() const
{
    QList<Beacon *> out;
    for (const FiredBeacon &f : d->fired) {
        if (f.beacon)
            out.append(f.beacon);
    }
    return out;
}

QList<PipelineError> VastClient::errors() const
{
    return d->errors;
}

RunReport VastClient::runReport() const
{
    const AdResponse &r = d->response;
    RunReport report;
    report.tag = d->tagUrl;
    report.chain = r.chain;
    if (r.chain.isEmpty() && !r.sources.isEmpty())
        report.chain = r.sources.constFirst().chain; // a failed load keeps its hops there
    report.compliance = d->complianceOf(report.chain);
    report.isVmap = r.success && r.isVmap();
    report.isPod = d->isPod;
    if (r.success && !report.isVmap)
        report.served = r.selected;
    for (const FiredBeacon &f : d->fired) {
        if (f.beacon)
            report.timeline.append(BeaconRecord::of(*f.beacon, f.breakIndex, f.adIndex));
    }
    report.errors = d->errors;
    report.config = playbackConfig();
    if (!d->choices.isEmpty())
        report.player = d->choices.constFirst();
    report.resolutionTimeMs = r.resolutionTimeMs;
    report.strategy = d->config.strategy;
    report.sources = r.sources;
    report.usedFallback = r.usedFallback;
    report.cached = r.cached;
    if (d->pod) {
        const PlaybackSession s = session();
        if (!d->isPod || s.status != PlaybackSession::Status::Pending)
            report.session = s;
        if (d->isPod)
            report.ads = d->pod->plays();
    }
    if (report.isVmap) {
        report.vmapUrl = r.source;
        report.vmapVersion = r.vmap.version;
        report.contentDurationMs = d->request.contentDurationMs;
        report.adBreakCount = r.vmap.adBreaks.size();
        const QList<BreakOutcome> outcomes = d->breaks ? d->breaks->outcomes() : QList<BreakOutcome>();
        for (int i = 0; i < d->schedule.size(); ++i) {
            BreakReport b;
            b.scheduled = d->schedule.at(i);
            b.outcome = outcomes.value(i);
            if (PodPlayer *p = d->breaks ? d->breaks->podPlayer(i) : nullptr)
                b.ads = p->plays();
            report.breaks.append(b);
        }
    }

    switch (d->status) {
    case Status::Null:
        report.result = RunReport::Result::Null;
        break;
    case Status::Loading:
        report.result = RunReport::Result::Loading;
        break;
    case Status::Ready:
        report.result = RunReport::Result::Ready;
        break;
    case Status::Playing:
        report.result = RunReport::Result::Playing;
        break;
    case Status::Error:
        report.result = RunReport::Result::Error;
        break;
    case Status::Finished:
        if (report.isVmap) {
            // Every break that could play (placed, linear) played every slot to complete.
            report.result = RunReport::Result::Completed;
            for (const BreakReport &b : std::as_const(report.breaks)) {
                if (b.outcome.isFine())
                    continue;
                const BreakOutcome::State st = b.outcome.state;
                report.result = st == BreakOutcome::State::Stopped ? RunReport::Result::Stopped
                    : st == BreakOutcome::State::Skipped            ? RunReport::Result::Skipped
                                                                    : RunReport::Result::Error;
                break;
            }
        } else if (d->isPod) {
            report.result = resultOf(d->pod->status());
        } else {
            report.result = resultOf(session().status);
        }
        break;
    }
    return report;
}

QJsonObject VastClient::report() const
{
    return runReport().toJson();
}

} // namespace VastQt
