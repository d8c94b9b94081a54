// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "client/vastclient.h"

#include "playback/headlessplayer.h"
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

using namespace Qt::StringLiterals;

namespace VastQt
{

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
    QPointer<ServeReply> serveReply;
    QUrl tagUrl;
    AdResponse response;
    QList<PipelineError> errors;
    QList<QPointer<Beacon>> beacons;
    std::unique_ptr<Tracker> errorTracker; // taken over from the serve reply
    std::unique_ptr<Tracker> tracker;
    std::unique_ptr<Player> player;
    bool playDone = false;
    bool finishedEmitted = false;

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
        return (!errorTracker || errorTracker->isIdle()) && (!tracker || tracker->isIdle());
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
        player.reset();
        tracker.reset();
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
        if (!orchestrator)
            orchestrator = std::make_unique<Orchestrator>(transport);
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
    if (auto *realtime = qobject_cast<RealtimePlayer *>(d->player.get()))
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
    if (auto *realtime = qobject_cast<RealtimePlayer *>(d->player.get()))
        realtime->setAudioEnabled(enabled);
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
    const AdResponse &r = d->response;

    d->tracker = std::make_unique<Tracker>(d->transport);
    d->tracker->setRetryPolicy(d->retryPolicy);
    d->tracker->setMacroExpander(d->expander);
    TrackingContext ctx = d->context;
    ctx.assetUri = r.mediaFile.url; // ADSERVINGID, UNIVERSALADID, PODSEQUENCE: the Tracker reads the ad
    d->tracker->setContext(ctx);
    d->tracker->setAd(r.ad, r.creativeIndex);
    d->watchTracker(d->tracker.get());

    if (d->playbackMode == PlaybackMode::Realtime) {
        auto realtime = std::make_unique<RealtimePlayer>();
        realtime->setVideoOutput(d->videoOutput);
        realtime->setAudioEnabled(d->audioEnabled);
        d->player = std::move(realtime);
    } else {
        auto headless = std::make_unique<HeadlessPlayer>();
        headless->setSpeedFactor(d->speed);
        d->player = std::move(headless);
    }
    d->player->setTracker(d->tracker.get());
    d->player->setSelectorConfig(d->config.mediaFiles);
    d->player->setAd(r.ad, r.creativeIndex);
    connect(d->player.get(), &Player::errorOccurred, this, [this](ErrorCode code, const QString &message) {
        d->addError(code, Phase::Play, d->response.source, message);
    });
    connect(d->player.get(), &Player::finished, this, [this] {
        const PlaybackSession s = d->player->session();
        d->setStatus(s.status == PlaybackSession::Status::Error ? Status::Error : Status::Finished);
        d->playDone = true;
        d->maybeFinish();
    });
    d->setStatus(Status::Playing);
    d->player->play();
}

void VastClient::stop()
{
    if (d->status == Status::Loading && d->serveReply) {
        d->serveReply->abort();
        return;
    }
    if (d->status == Status::Playing && d->player)
        d->player->stop();
}

AdResponse VastClient::response() const
{
    return d->response;
}

Tracker *VastClient::tracker() const
{
    return d->tracker.get();
}

Player *VastClient::player() const
{
    return d->player.get();
}

PlaybackSession VastClient::session() const
{
    return d->player ? d->player->session() : PlaybackSession();
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
    for (const Beacon *b : beacons())
        timeline.append(ReportJson::beacon(b));
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
    return QJsonObject{
        {u"tag"_s, d->tagUrl.toString()},
        {u"result"_s, result},
        {u"chain"_s, chain},
        {u"ad"_s, r.success ? QJsonValue(VastJson::toJson(r.ad)) : QJsonValue(QJsonValue::Null)},
        {u"creativeIndex"_s, r.creativeIndex},
        {u"mediaFile"_s, r.mediaFileIndex >= 0 ? QJsonValue(mediaFile) : QJsonValue(QJsonValue::Null)},
        {u"timeline"_s, timeline},
        {u"errors"_s, errors},
        {u"session"_s, d->player ? QJsonValue(s.toJson()) : QJsonValue(QJsonValue::Null)},
        {u"resolutionTimeMs"_s, r.resolutionTimeMs},
    };
}

} // namespace VastQt
