// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "client/vastclient.h"

#include "orchestrator/vmapprotocolhandler.h"
#include "playback/headlessplayer.h"
#include "playback/podplayer.h"
#include "playback/realtimeplayer.h"
#include "protocol/vastjson.h"
#include "tracking/macroexpander.h"
#include "tracking/tracker.h"
#include "transport/filetransport.h"
#include "transport/httptransport.h"
#include "transport/routingtransport.h"
#include "vastqt_logging_p.h"

#include <QtCore/QJsonArray>
#include <QtCore/QMetaEnum>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <vector>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{
// The report status of one pod play: the session's status name, or "error".
QString playStatus(const PodAdPlay &p)
{
    if (!p.played())
        return u"error"_s;
    return PlaybackSession::statusName(p.session.status);
}

// The status of a pod: "completed" when every slot's last ad completed, else the first other.
QString podStatus(const QList<PodAdPlay> &plays, int slotCount)
{
    for (int slot = 0; slot < slotCount; ++slot) {
        QString status = u"error"_s;
        for (const PodAdPlay &p : plays) {
            if (p.podIndex == slot)
                status = playStatus(p);
        }
        if (status != "completed"_L1)
            return status;
    }
    return u"completed"_s;
}
} // namespace

// One scheduled VMAP break as played.
struct BreakRun {
    bool reached = false;
    QString status = u"pending"_s;
    ErrorCode error = ErrorCode::NoError;
    VmapErrorCode vmapError = VmapErrorCode::None;
    QString message;
    std::unique_ptr<Tracker> tracker;
    std::unique_ptr<PodPlayer> pod;
};

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
    RetryPolicy retryPolicy;
    TrackingContext context;
    MacroExpander expander;
    double speed = 1.0;
    bool autoPlay = false;
    VastClient::PlaybackMode playbackMode = VastClient::PlaybackMode::Headless;
    QPointer<QObject> videoOutput;
    bool audioEnabled = false;

    std::unique_ptr<Orchestrator> orchestrator;
    QList<Middleware *> middlewares; // handed to every orchestrator made
    QPointer<ServeReply> serveReply;
    QUrl tagUrl;
    AdResponse response;
    QList<PipelineError> errors;
    QList<QPointer<Beacon>> beacons;
    std::unique_ptr<Tracker> errorTracker; // taken over from the serve reply
    bool playDone = false;
    bool finishedEmitted = false;

    // Pods and VMAP.
    QByteArray loadXml;
    std::unique_ptr<PodPlayer> pod; // the VAST response's ads (one ad: a pod of one)
    bool isPod = false; // the response has two or more ads
    QHash<const Beacon *, QPair<int, int>> beaconTags; // beacon -> (break, play index)
    bool vmapMode = false;
    VmapProtocolHandler vmapHandler;
    QPointer<ProtocolReply> vmapReply;
    QUrl vmapUrl;
    VmapDocument vmapDoc;
    QList<VmapBreakResult> vmapBreaks;
    QList<ScheduledBreak> schedule;
    std::vector<std::unique_ptr<BreakRun>> breakRuns;
    int currentBreak = -1;
    bool vmapStopping = false;

    void setStatus(VastClient::Status s)
    {
        if (status == s)
            return;
        status = s;
        Q_EMIT q->statusChanged(s);
    }

    void addError(ErrorCode code, Phase phase, const QUrl &source, const QString &message, bool emitSignal = true)
    {
        errors.append({code, phase, source, message});
        if (emitSignal)
            Q_EMIT q->errorOccurred(code, phase, message);
    }

    void watchTracker(Tracker *t)
    {
        QObject::connect(t, &Tracker::beaconCreated, q, [this](Beacon *b) {
            beacons.append(b);
            Q_EMIT q->beaconCreated(b);
        });
        QObject::connect(t, &Tracker::beaconFinished, q, [this](Beacon *b) {
            Q_EMIT q->beaconFinished(b);
            maybeFinish();
        });
    }

    bool beaconsSettled() const
    {
        if (pod && !pod->isIdle())
            return false;
        for (const auto &run : breakRuns) {
            if ((run->tracker && !run->tracker->isIdle()) || (run->pod && !run->pod->isIdle()))
                return false;
        }
        return !errorTracker || errorTracker->isIdle();
    }

    PodPlayer *currentPod() const
    {
        if (pod)
            return pod.get();
        for (auto it = breakRuns.crbegin(); it != breakRuns.crend(); ++it) {
            if ((*it)->pod)
                return (*it)->pod.get();
        }
        return nullptr;
    }

    // The player of each ad of a pod, as playbackMode() says.
    Player *makePlayer()
    {
        Player *player = nullptr;
        if (playbackMode == VastClient::PlaybackMode::Realtime) {
            auto *realtime = new RealtimePlayer;
            realtime->setVideoOutput(videoOutput);
            realtime->setAudioEnabled(audioEnabled);
            realtime->setTransport(transport);
            player = realtime;
        } else {
            auto *headless = new HeadlessPlayer;
            headless->setSpeedFactor(speed);
            player = headless;
        }
        player->setPlayerSize(QSize(config.mediaFiles.playerWidth, config.mediaFiles.playerHeight));
        return player;
    }

    PodPlayer *makePod(int breakIndex, const QList<SelectedAd> &ads, int preRejected, const QList<SelectedAd> &buffet,
                       const TrackingContext &ctx, const QUrl &source)
    {
        auto *p = new PodPlayer(transport);
        p->setAds(ads, preRejected);
        p->setBuffet(buffet);
        p->setTrackingContext(ctx);
        p->setRetryPolicy(retryPolicy);
        p->setMacroExpander(expander);
        p->setPlayerFactory([this] { return makePlayer(); });
        QObject::connect(p, &PodPlayer::adStarted, q,
                         [this, breakIndex](int podIndex, int) { Q_EMIT q->adStarted(breakIndex, podIndex); });
        QObject::connect(p, &PodPlayer::beaconCreated, q, [this, breakIndex](Beacon *b, int playIndex) {
            beacons.append(b);
            beaconTags.insert(b, {breakIndex, playIndex});
            Q_EMIT q->beaconCreated(b);
        });
        QObject::connect(p, &PodPlayer::beaconFinished, q, [this](Beacon *b) {
            Q_EMIT q->beaconFinished(b);
            maybeFinish();
        });
        QObject::connect(p, &PodPlayer::errorOccurred, q,
                         [this, source](ErrorCode code, Phase phase, const QString &message) {
                             addError(code, phase, source, message);
                         });
        return p;
    }

    // VMAP: the serve found no VAST ad; is one of the sources' documents a VMAP?
    bool detectVmap()
    {
        for (SourceOutcome &s : response.sources) {
            QByteArray bytes = s.chain.isEmpty() ? QByteArray() : s.chain.constFirst().rawXml;
            if (bytes.isEmpty() && !loadXml.isNull())
                bytes = loadXml;
            if (bytes.isEmpty() || !VmapProtocolHandler::isVmap(bytes))
                continue;
            WrapperHop hop = s.chain.value(0);
            hop.url = s.url;
            hop.type = u"VMAP"_s;
            hop.error = ErrorCode::NoError;
            hop.errorString.clear();
            hop.rawXml = bytes;
            hop.bytes = bytes.size();
            s.status = SourceOutcome::Status::Won;
            s.winner = true;
            s.error = ErrorCode::NoError;
            s.message.clear();
            s.chain = {hop};
            response.chain = {hop};
            response.source = s.url;
            response.errors.clear();
            response.errorCode = ErrorCode::NoError;
            response.errorString.clear();
            vmapMode = true;
            vmapUrl = s.url;
            startVmap(bytes, hop);
            return true;
        }
        return false;
    }

    void startVmap(const QByteArray &bytes, const WrapperHop &hop)
    {
        FetchContext ctx;
        ctx.url = vmapUrl;
        ctx.xml = bytes;
        ctx.transport = transport;
        ctx.hopTimeoutMs = config.sourceTimeoutMs;
        ctx.maxWrapperDepth = config.maxWrapperDepth;
        ctx.maxResponseBytes = config.maxResponseBytes;
        ctx.urlExpander = [this](const QString &t) { return expander.expandUrl(t, context); };
        ProtocolReply *reply = vmapHandler.fetch(request, ctx);
        reply->setParent(q);
        vmapReply = reply;
        QObject::connect(reply, &ProtocolReply::hopFinished, q, [this](const WrapperHop &h) {
            if (h.type != "VMAP"_L1)
                Q_EMIT q->hopFinished(h);
        });
        QObject::connect(reply, &ProtocolReply::finished, q, [this, reply, hop] {
            reply->deleteLater();
            vmapDoc = VmapProtocolHandler::document(reply->extensions());
            vmapBreaks = VmapProtocolHandler::breakResults(reply->extensions());
            response.extensions = reply->extensions(); // "vmap.document", "vmap.breaks", "vmap.url"
            const WrapperHop parsedHop = reply->chain().value(0);
            WrapperHop h = hop;
            h.vastVersion = parsedHop.vastVersion;
            h.error = parsedHop.error;
            h.errorString = parsedHop.errorString;
            response.chain = {h};
            if (!response.sources.isEmpty())
                response.sources.first().chain = {h};
            if (h.error != ErrorCode::NoError || (reply->error() != ErrorCode::NoError && vmapDoc.adBreaks.isEmpty())) {
                // The VMAP does not parse, has no break, or the load was stopped.
                const ErrorCode code = h.error != ErrorCode::NoError ? h.error : reply->error();
                addError(code, h.error != ErrorCode::NoError ? Phase::Parse : Phase::Resolve, vmapUrl,
                         reply->errorString());
                setStatus(VastClient::Status::Error);
                playDone = true;
                maybeFinish();
                return;
            }
            schedule = vmapDoc.schedule(request.contentDurationMs);
            breakRuns.clear();
            for (int i = 0; i < schedule.size(); ++i)
                breakRuns.push_back(std::make_unique<BreakRun>());
            setStatus(VastClient::Status::Ready);
            Q_EMIT q->loaded();
            if (autoPlay)
                q->play();
        });
    }

    Tracker *makeBreakTracker(int index, const TrackingContext &ctx)
    {
        BreakRun &run = *breakRuns.at(index);
        run.tracker = std::make_unique<Tracker>(transport);
        run.tracker->setRetryPolicy(retryPolicy);
        run.tracker->setMacroExpander(expander);
        run.tracker->setContext(ctx);
        QObject::connect(run.tracker.get(), &Tracker::beaconCreated, q, [this, index](Beacon *b) {
            beacons.append(b);
            beaconTags.insert(b, {index, -1});
            Q_EMIT q->beaconCreated(b);
        });
        QObject::connect(run.tracker.get(), &Tracker::beaconFinished, q, [this](Beacon *b) {
            Q_EMIT q->beaconFinished(b);
            maybeFinish();
        });
        return run.tracker.get();
    }

    void fireVmapError(int index, Tracker *t, const TrackingContext &ctx, VmapErrorCode code)
    {
        const QStringList urls = schedule.at(index).adBreak.trackingUrls(u"error"_s);
        if (urls.isEmpty())
            return;
        TrackingContext c = ctx;
        c.extra.insert(u"ERRORCODE"_s, QString::number(int(code)));
        t->setContext(c);
        t->trackUrls(u"error"_s, urls);
        t->setContext(ctx);
    }

    void endBreak(int index)
    {
        Q_EMIT q->breakEnded(index);
        QTimer::singleShot(0, q, [this] { nextBreak(); });
    }

    void nextBreak()
    {
        ++currentBreak;
        if (vmapStopping || currentBreak >= schedule.size()) {
            for (int i = qMax(0, currentBreak); i < schedule.size(); ++i) {
                if (breakRuns.at(i)->status == "pending"_L1)
                    breakRuns.at(i)->status = u"stopped"_s;
            }
            setStatus(VastClient::Status::Finished);
            playDone = true;
            maybeFinish();
            return;
        }
        const int i = currentBreak;
        const ScheduledBreak &sb = schedule.at(i);
        BreakRun &run = *breakRuns.at(i);
        if (sb.timeMs < 0 && sb.position != ScheduledBreak::Position::PostRoll) {
            run.status = u"unplaced"_s;
            QTimer::singleShot(0, q, [this] { nextBreak(); });
            return;
        }
        run.reached = true;
        TrackingContext ctx = context;
        ctx.breakPosition = sb.breakPositionMacroValue();
        ctx.contentPlayheadMs = sb.timeMs;
        ctx.mediaPlayheadMs = sb.timeMs;
        Tracker *t = makeBreakTracker(i, ctx);
        Q_EMIT q->breakStarted(i);

        const QStringList &types = sb.adBreak.breakTypes;
        if (!types.isEmpty() && !types.contains(u"linear"_s, Qt::CaseInsensitive)) {
            run.status = u"unsupported"_s;
            run.vmapError = VmapErrorCode::BreakTypeNotSupported;
            run.error = ErrorCode::LinearityMismatch;
            run.message = VastClient::tr("Break %1 (%2) has no linear break type: %3")
                              .arg(i)
                              .arg(sb.adBreak.breakId, types.join(u','));
            fireVmapError(i, t, ctx, run.vmapError);
            endBreak(i);
            return;
        }
        const VmapBreakResult res = vmapBreaks.value(sb.breakIndex);
        QUrl source = vmapUrl;
        source.setFragment(u"adbreak-%1"_s.arg(sb.breakIndex));
        // The Error URIs of the break's failed chains (the Orchestrator's TRACK phase).
        for (const ResolvedAd &r : res.results) {
            if (r.ok())
                continue;
            addError(r.error, WrapperResolver::errorPhase(r.error), source, r.errorString);
            if (!r.errorUrls.isEmpty() && config.autoTrackErrors) {
                TrackingContext c = ctx;
                c.errorCode = r.error;
                t->setContext(c);
                t->trackUrls(u"error"_s, r.errorUrls);
                t->setContext(ctx);
            }
        }
        const QList<ResolvedAd> ads = res.ads();
        if (ads.isEmpty()) {
            run.status = u"error"_s;
            run.error = res.error == ErrorCode::NoError ? ErrorCode::NoAdAfterWrapper : res.error;
            run.vmapError = res.vmapError == VmapErrorCode::None ? VmapErrorCode::AdResponseError : res.vmapError;
            run.message = res.errorString;
            if (res.results.isEmpty())
                addError(run.error, WrapperResolver::errorPhase(run.error), source, run.message);
            fireVmapError(i, t, ctx, run.vmapError);
            endBreak(i);
            return;
        }
        const QStringList starts = sb.adBreak.trackingUrls(u"breakStart"_s);
        if (!starts.isEmpty())
            t->trackUrls(u"breakStart"_s, starts);
        // SELECT the break's ads (and, for a pod, its buffet) as the Orchestrator does.
        const AdSelector selector(config.mediaFiles, config.filter);
        QList<SelectedAd> selected;
        for (const ResolvedAd &r : ads)
            selected.append(selector.select(r));
        QList<SelectedAd> buffet;
        const auto firstPodAd = std::find_if(ads.cbegin(), ads.cend(), [](const ResolvedAd &r) { return r.ad.sequence > 0; });
        if (ads.size() >= 2 && firstPodAd != ads.cend()) {
            for (const Ad &ad : WrapperResolver::podBuffet(*firstPodAd, ads))
                buffet.append(selector.select(ad));
        }
        run.pod.reset(makePod(i, selected, 0, buffet, ctx, source));
        PodPlayer *p = run.pod.get();
        QObject::connect(p, &PodPlayer::finished, q, [this, i, p, t] {
            BreakRun &r = *breakRuns.at(i);
            const QList<PodAdPlay> plays = p->plays();
            r.status = podStatus(plays, p->slotCount());
            if (r.status == "error"_L1) {
                for (const PodAdPlay &pl : plays) {
                    if (!pl.played()) {
                        r.error = pl.error;
                        r.message = pl.errorString;
                        break;
                    }
                }
            }
            const QStringList ends = schedule.at(i).adBreak.trackingUrls(u"breakEnd"_s);
            if (!ends.isEmpty())
                t->trackUrls(u"breakEnd"_s, ends);
            endBreak(i);
        });
        p->play();
    }

    // The JSON of pod plays; \a breakIndex tags the timeline (-2: plain pod).
    QJsonArray playsJson(const QList<PodAdPlay> &plays, int breakIndex, const QList<Beacon *> &all) const
    {
        QJsonArray out;
        for (int k = 0; k < plays.size(); ++k) {
            const PodAdPlay &p = plays.at(k);
            QJsonArray timeline;
            for (int b = 0; b < all.size(); ++b) {
                const QPair<int, int> tag = beaconTags.value(all.at(b), {-3, -3});
                if (tag.first == breakIndex && tag.second == k)
                    timeline.append(b);
            }
            QJsonObject o{
                {u"podIndex"_s, p.podIndex},
                {u"podSequence"_s, p.podSequence},
                {u"adCount"_s, p.adCount},
                {u"adId"_s, p.ad.id},
                {u"adTitle"_s, p.ad.adTitle},
                {u"replacement"_s, p.replacement},
                {u"status"_s, playStatus(p)},
                {u"session"_s, p.session.status == PlaybackSession::Status::Pending ? QJsonValue(QJsonValue::Null)
                                                                                     : QJsonValue(p.session.toJson())},
                {u"timeline"_s, timeline},
            };
            if (p.replacement)
                o.insert(u"replaces"_s, p.replacedAdId);
            if (!p.played()) {
                o.insert(u"error"_s, int(p.error));
                o.insert(u"phase"_s, phaseName(p.phase));
                o.insert(u"message"_s, p.errorString);
            }
            out.append(o);
        }
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
        if (vmapReply) {
            vmapReply->disconnect(q);
            vmapReply->abort();
            vmapReply->deleteLater();
        }
        breakRuns.clear();
        beaconTags.clear();
        vmapMode = false;
        vmapDoc = VmapDocument();
        vmapBreaks.clear();
        schedule.clear();
        currentBreak = -1;
        vmapStopping = false;
        errorTracker.reset();
        response = AdResponse();
        errors.clear();
        beacons.clear();
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
        }
        orchestrator->setUrlExpander([this](const QString &t) { return expander.expandUrl(t, context); });
        FetchConfig c = config;
        c.sources = sources;
        ServeReply *reply = xml ? orchestrator->serve(request, *xml, url, c) : orchestrator->serve(request, c);
        serveReply = reply;
        Tracker *et = reply->errorTracker();
        et->setParent(nullptr);
        errorTracker.reset(et);
        errorTracker->setRetryPolicy(retryPolicy);
        errorTracker->setContext(context);
        watchTracker(errorTracker.get());
        QObject::connect(reply, &ServeReply::hopFinished, q,
                         [this](const QUrl &, const WrapperHop &hop) { Q_EMIT q->hopFinished(hop); });
        QObject::connect(reply, &ServeReply::finished, q, [this, reply] {
            reply->deleteLater();
            response = reply->response();
            if (!response.success && detectVmap())
                return;
            for (const PipelineError &e : response.errors)
                addError(e.code, e.phase, e.source, e.message);
            if (!response.success) {
                setStatus(VastClient::Status::Error);
                playDone = true;
                maybeFinish();
                return;
            }
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
    return d->speed;
}

void VastClient::setSpeed(double factor)
{
    factor = qMax(0.0, factor);
    if (qFuzzyCompare(factor + 1, d->speed + 1))
        return;
    d->speed = factor;
    Q_EMIT speedChanged(factor);
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

VastClient::PlaybackMode VastClient::playbackMode() const
{
    return d->playbackMode;
}

void VastClient::setPlaybackMode(PlaybackMode mode)
{
    if (d->playbackMode == mode)
        return;
    d->playbackMode = mode;
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
    if (auto *realtime = qobject_cast<RealtimePlayer *>(player()))
        realtime->setVideoOutput(output);
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
    if (auto *realtime = qobject_cast<RealtimePlayer *>(player()))
        realtime->setAudioEnabled(enabled);
    Q_EMIT audioEnabledChanged(enabled);
}

void VastClient::load(const QUrl &tagUrl)
{
    d->loadXml = QByteArray();
    d->startServe(nullptr, tagUrl, {tagUrl});
}

void VastClient::load()
{
    d->loadXml = QByteArray();
    d->startServe(nullptr, d->config.sources.value(0), d->config.sources);
}

void VastClient::load(const QByteArray &xml, const QUrl &baseUrl)
{
    d->loadXml = xml.isNull() ? QByteArray("") : xml;
    d->startServe(&xml, baseUrl, {});
}

void VastClient::play()
{
    if (d->status != Status::Ready)
        return;
    const AdResponse &r = d->response;
    if (d->vmapMode) {
        d->setStatus(Status::Playing);
        d->currentBreak = -1;
        QTimer::singleShot(0, this, [this] { d->nextBreak(); });
        return;
    }
    // One ad is a pod of one; the ads before the served one were refused by SELECT.
    d->isPod = r.selectedAds.size() >= 2;
    d->pod.reset(d->makePod(-1, r.selectedAds, qMax(0, r.servedIndex), r.buffet, d->context, r.source));
    connect(d->pod.get(), &PodPlayer::finished, this, [this] {
        const QList<PodAdPlay> plays = d->pod->plays();
        const bool any = std::any_of(plays.cbegin(), plays.cend(), [](const PodAdPlay &p) { return p.played(); });
        d->setStatus(any ? Status::Finished : Status::Error);
        d->playDone = true;
        d->maybeFinish();
    });
    d->setStatus(Status::Playing);
    d->pod->play();
}

void VastClient::stop()
{
    if (d->status == Status::Loading && d->serveReply) {
        d->serveReply->abort();
        return;
    }
    if (d->status == Status::Loading && d->vmapReply) {
        d->vmapReply->abort();
        return;
    }
    if (d->status != Status::Playing)
        return;
    if (d->vmapMode) {
        d->vmapStopping = true;
        if (PodPlayer *p = d->currentPod())
            p->stop();
        return;
    }
    if (d->pod)
        d->pod->stop();
}

bool VastClient::isVmap() const
{
    return d->vmapMode;
}

VmapDocument VastClient::vmap() const
{
    return d->vmapDoc;
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
    for (const auto &b : d->beacons) {
        if (b)
            out.append(b);
    }
    return out;
}

QList<PipelineError> VastClient::errors() const
{
    return d->errors;
}

namespace ReportJson
{

QJsonObject hop(const WrapperHop &hop)
{
    QJsonObject o{
        {u"url"_s, hop.url.toString()},
        {u"status"_s, hop.httpStatus},
        {u"latencyMs"_s, hop.latencyMs},
        {u"bytes"_s, hop.bytes},
        {u"adSystem"_s, hop.adSystem},
        {u"type"_s, hop.type},
        {u"vastVersion"_s, hop.vastVersion},
    };
    if (hop.error != ErrorCode::NoError) {
        o.insert(u"error"_s, int(hop.error));
        o.insert(u"message"_s, hop.errorString);
    }
    if (hop.transportError != TransportReply::Error::NoError) {
        const QMetaEnum errors = QMetaEnum::fromType<TransportReply::Error>();
        o.insert(u"transportError"_s, QString::fromLatin1(errors.valueToKey(int(hop.transportError))));
    }
    return o;
}

QJsonObject beacon(const Beacon *b)
{
    const QMetaEnum states = QMetaEnum::fromType<Beacon::State>();
    QString state = QString::fromLatin1(states.valueToKey(int(b->state())));
    if (!state.isEmpty())
        state[0] = state[0].toLower();
    QJsonObject o{
        {u"event"_s, b->event()},
        {u"offsetMs"_s, b->offsetMs()},
        {u"url"_s, b->url().toString(QUrl::FullyEncoded)},
        {u"templateUrl"_s, b->templateUrl()},
        {u"status"_s, b->httpStatus()},
        {u"latencyMs"_s, b->latencyMs()},
        {u"attempts"_s, b->attempts()},
        {u"state"_s, state},
    };
    if (!b->errorString().isEmpty())
        o.insert(u"error"_s, b->errorString());
    return o;
}

QJsonObject error(const PipelineError &e)
{
    QJsonObject o{
        {u"code"_s, int(e.code)},
        {u"phase"_s, phaseName(e.phase)},
        {u"message"_s, e.message},
        {u"meaning"_s, errorCodeDescription(e.code)},
    };
    if (!e.source.isEmpty())
        o.insert(u"source"_s, e.source.toString());
    return o;
}

} // namespace ReportJson

QJsonObject VastClient::report() const
{
    const AdResponse &r = d->response;
    QJsonArray chain;
    for (const WrapperHop &h : r.chain)
        chain.append(ReportJson::hop(h));
    if (r.chain.isEmpty() && !r.sources.isEmpty()) {
        for (const WrapperHop &h : r.sources.constFirst().chain)
            chain.append(ReportJson::hop(h));
    }
    QJsonArray timeline;
    const QList<Beacon *> all = beacons();
    for (const Beacon *b : all) {
        QJsonObject o = ReportJson::beacon(b);
        if (d->vmapMode || d->isPod) {
            // Pods and VMAP: which break (index in "breaks") and which ad (index in its "ads").
            const QPair<int, int> tag = d->beaconTags.value(b, {-1, -1});
            if (d->vmapMode)
                o.insert(u"breakIndex"_s, tag.first);
            o.insert(u"adIndex"_s, tag.second);
        }
        timeline.append(o);
    }
    QJsonArray errors;
    for (const PipelineError &e : d->errors)
        errors.append(ReportJson::error(e));

    QJsonObject mediaFile;
    if (r.mediaFileIndex >= 0) {
        mediaFile = VastJson::toJson(r.mediaFile);
        mediaFile.insert(u"index"_s, r.mediaFileIndex);
        mediaFile.insert(u"reason"_s, r.mediaFileReason);
        mediaFile.insert(u"rejected"_s, QJsonArray::fromStringList(r.mediaFileRejections));
    }
    const PlaybackSession s = session();
    QString result;
    QJsonArray podAds;
    QJsonArray breaks;
    if (d->isPod)
        podAds = d->playsJson(d->pod->plays(), -1, all);
    if (d->vmapMode) {
        for (int i = 0; i < d->schedule.size(); ++i) {
            const ScheduledBreak &sb = d->schedule.at(i);
            const BreakRun *run = i < int(d->breakRuns.size()) ? d->breakRuns.at(i).get() : nullptr;
            QJsonArray breakBeacons;
            for (int b = 0; b < all.size(); ++b) {
                const QPair<int, int> tag = d->beaconTags.value(all.at(b), {-3, -3});
                if (tag.first == i && tag.second == -1)
                    breakBeacons.append(b);
            }
            const VmapAdSource &src = sb.adBreak.adSource;
            const QString kind = src.kindName();
            const QString uri = src.kind == VmapAdSource::Kind::AdTagUri ? src.adTagUri : QString();
            QJsonObject o{
                {u"index"_s, i},
                {u"breakIndex"_s, sb.breakIndex},
                {u"breakId"_s, sb.adBreak.breakId},
                {u"timeOffset"_s, sb.adBreak.timeOffset},
                {u"offsetMs"_s, sb.timeMs},
                {u"position"_s, sb.positionName()},
                {u"breakPosition"_s, sb.breakPositionMacroValue()},
                {u"repetition"_s, sb.repetition},
                {u"breakTypes"_s, QJsonArray::fromStringList(sb.adBreak.breakTypes)},
                {u"source"_s, QJsonObject{{u"kind"_s, kind}, {u"uri"_s, uri},
                                           {u"allowMultipleAds"_s, src.allowMultipleAds},
                                           {u"followRedirects"_s, src.followRedirects}}},
                {u"status"_s, run ? run->status : u"pending"_s},
                {u"error"_s, QJsonValue(QJsonValue::Null)},
                {u"ads"_s, run && run->pod ? d->playsJson(run->pod->plays(), i, all) : QJsonArray()},
                {u"timeline"_s, breakBeacons},
            };
            if (run && (run->error != ErrorCode::NoError || run->vmapError != VmapErrorCode::None)) {
                o.insert(u"error"_s, QJsonObject{{u"code"_s, int(run->error)},
                                                  {u"vmapCode"_s, int(run->vmapError)},
                                                  {u"message"_s, run->message}});
            }
            breaks.append(o);
        }
    }
    switch (d->status) {
    case Status::Finished:
        result = PlaybackSession::statusName(s.status);
        break;
    case Status::Error:
        result = u"error"_s;
        break;
    default:
        result = QString::fromLatin1(QMetaEnum::fromType<Status>().valueToKey(int(d->status))).toLower();
    }
    if (d->isPod && d->status == Status::Finished)
        result = podStatus(d->pod->plays(), d->pod->slotCount());
    if (d->vmapMode && d->status == Status::Finished) {
        // Every break that could play (placed, linear) played every slot to complete.
        result = u"completed"_s;
        for (const auto &run : d->breakRuns) {
            const QString &st = run->status;
            if (st == "completed"_L1 || st == "unplaced"_L1 || st == "unsupported"_L1)
                continue;
            result = st == "stopped"_L1 || st == "skipped"_L1 ? st : u"error"_s;
            break;
        }
    }
    QJsonValue sessionJson = QJsonValue::Null;
    if (d->pod && !d->isPod && d->status != Status::Loading && d->status != Status::Ready)
        sessionJson = s.toJson();
    else if ((d->pod || d->vmapMode) && s.status != PlaybackSession::Status::Pending)
        sessionJson = s.toJson();
    QJsonObject report{
        {u"tag"_s, d->tagUrl.toString()},
        {u"result"_s, result},
        {u"chain"_s, chain},
        {u"ad"_s, r.success ? QJsonValue(VastJson::toJson(r.ad)) : QJsonValue(QJsonValue::Null)},
        {u"creativeIndex"_s, r.creativeIndex},
        {u"mediaFile"_s, r.mediaFileIndex >= 0 ? QJsonValue(mediaFile) : QJsonValue(QJsonValue::Null)},
        {u"timeline"_s, timeline},
        {u"errors"_s, errors},
        {u"session"_s, sessionJson},
        {u"resolutionTimeMs"_s, r.resolutionTimeMs},
    };
    if (d->isPod)
        report.insert(u"ads"_s, podAds);
    if (d->vmapMode) {
        report.insert(u"vmap"_s, QJsonObject{{u"url"_s, d->vmapUrl.toString()},
                                              {u"version"_s, d->vmapDoc.version},
                                              {u"contentDurationMs"_s, d->request.contentDurationMs},
                                              {u"adBreaks"_s, d->vmapDoc.adBreaks.size()}});
        report.insert(u"breaks"_s, breaks);
    }
    return report;
}

} // namespace VastQt
