// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/orchestrator.h>

#include <VastQt/adselector.h>
#include <VastQt/protocolhandler.h>
#include <VastQt/protocolregistry.h>
#include <VastQt/vastprotocolhandler.h>
#include <VastQt/vmapprotocolhandler.h>
#include <VastQt/tracker.h>
#include <VastQt/transport.h>
#include <VastQt/cachemiddleware.h>
#include <VastQt/retrymiddleware.h>
#include <VastQt/upstream.h>
#include <VastQt/upstreamtransport.h>
#include "vastqt_logging_p.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QMetaEnum>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

using namespace Qt::StringLiterals;

namespace VastQt
{

void AdResponse::setSelected(const SelectedAd &s)
{
    selected = s;
    ad = s.ad;
    creativeIndex = s.creativeIndex;
    mediaFile = s.mediaFile();
    mediaFileIndex = s.mediaFileIndex();
    mediaFileReason = s.mediaFileReason();
    mediaFileRejections = s.rejectionLines();
}

QString SourceOutcome::statusName(Status status)
{
    switch (status) {
    case Status::NotTried:
        return u"notTried"_s;
    case Status::Won:
        return u"won"_s;
    case Status::Usable:
        return u"usable"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::Aborted:
        return u"aborted"_s;
    }
    return QString();
}

QString FetchConfig::strategyName(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Sequential:
        return u"sequential"_s;
    case Strategy::Parallel:
        return u"parallel"_s;
    case Strategy::Race:
        return u"race"_s;
    }
    return QString();
}

FetchConfig::Strategy FetchConfig::strategyFromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower();
    for (Strategy s : {Strategy::Sequential, Strategy::Parallel, Strategy::Race}) {
        if (strategyName(s) == n) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return Strategy::Sequential;
}

namespace
{

// One source of a serve.
struct SourceRun {
    SourceOutcome outcome;
    QPointer<TransportReply> fetch; // the source's own document, before PARSE
    QPointer<ProtocolReply> reply;
    QElapsedTimer timer;
    bool timedOut = false;
    AdResponse candidate; // the selection, when outcome.status is Usable
    QString protocol; // the name of the handler that parsed the document
    QList<Ad> buffet; // the pod's stand-alone ads (ProtocolReply::buffet())
    QVariantMap extensions;
    QByteArray rawResponse;
};

} // namespace

class OrchestratorPrivate
{
public:
    Transport *transport = nullptr;
    std::function<QUrl(const QString &)> urlExpander;
    VastProtocolHandler vastHandler;
    VmapProtocolHandler vmapHandler;
    ProtocolRegistry registry;
    ProtocolHandler *handler = nullptr;
    QList<Middleware *> middlewares;
    CacheBackend *cache = nullptr;
    std::unique_ptr<MemoryCacheBackend> ownCache;

    // The handler that maps the request and names the cache key: the forced one, else VAST.
    ProtocolHandler *currentHandler() { return handler ? handler : registry.fallbackHandler(); }
    CacheBackend *currentCache()
    {
        if (cache)
            return cache;
        if (!ownCache)
            ownCache = std::make_unique<MemoryCacheBackend>();
        return ownCache.get();
    }
};

class ServeReplyPrivate
{
public:
    ServeReply *q = nullptr;
    AdResponse response;
    bool finished = false;
    bool aborted = false;
    bool stopping = false; // the overall timeout fired: ignore what aborted sources say
    Tracker *errorTracker = nullptr;
    QElapsedTimer timer;

    // The run.
    QPointer<Orchestrator> orchestrator;
    OrchestratorPrivate *o = nullptr;
    AdRequest request;
    FetchConfig config;
    QByteArray xml; // non-null: the document is given
    QList<SourceRun> runs; // primaries, then fallbacks
    bool inFallbacks = false;
    QString cacheKey;
    Upstream *upstream = nullptr;
    UpstreamTransport *transport = nullptr;
    std::unique_ptr<RetryMiddleware> retry;

    void addError(ErrorCode code, Phase phase, const QUrl &source, const QString &message)
    {
        response.errors.append({code, phase, source, message});
        qCInfo(lcVastOrchestrator) << "error" << int(code) << phaseName(phase) << source << message;
    }

    void fireErrors(ErrorCode code, const QStringList &urls)
    {
        if (urls.isEmpty() || !config.autoTrackErrors)
            return;
        TrackingContext ctx = errorTracker->context();
        ctx.errorCode = code;
        errorTracker->setContext(ctx);
        errorTracker->trackUrls(u"error"_s, urls);
    }

    QList<int> group() const
    {
        QList<int> out;
        for (int i = 0; i < runs.size(); ++i) {
            if (runs.at(i).outcome.fallback == inFallbacks)
                out.append(i);
        }
        return out;
    }

    bool isRunning(const SourceRun &run) const
    {
        return (!run.fetch.isNull() && !run.fetch->isFinished()) || (!run.reply.isNull() && !run.reply->isFinished());
    }

    void start()
    {
        if (finished || aborted)
            return;
        if (!orchestrator) {
            addError(ErrorCode::UndefinedError, Phase::Fetch, QUrl(), ServeReply::tr("The orchestrator was destroyed"));
            finish();
            return;
        }
        ProtocolHandler *handler = o->currentHandler();
        QString problem;
        if (!handler->validateRequest(request, &problem)) {
            addError(ErrorCode::UndefinedError, Phase::Fetch, QUrl(),
                     ServeReply::tr("The %1 handler refuses the request: %2").arg(handler->name(), problem));
            finish();
            return;
        }
        if (runs.isEmpty()) {
            addError(ErrorCode::NoAdAfterWrapper, Phase::Fetch, QUrl(), ServeReply::tr("No source configured"));
            finish();
            return;
        }
        if (!cacheKey.isEmpty()) {
            const QVariant cached = o->currentCache()->get(cacheKey);
            if (cached.canConvert<AdResponse>()) {
                response = cached.value<AdResponse>();
                response.cached = true;
                response.errors.clear();
                for (SourceOutcome &s : response.sources)
                    s.cached = true;
                qCInfo(lcVastOrchestrator) << "cache hit" << cacheKey;
                finish();
                return;
            }
        }
        launchGroup();
    }

    void launchGroup()
    {
        const QList<int> g = group();
        if (g.isEmpty()) {
            groupExhausted();
            return;
        }
        if (config.strategy == FetchConfig::Strategy::Sequential) {
            startRun(g.constFirst());
            return;
        }
        for (int i : g) {
            if (finished)
                return;
            startRun(i);
        }
    }

    FetchContext fetchContext(const SourceRun &run) const
    {
        FetchContext ctx;
        ctx.url = run.outcome.url;
        ctx.params = config.params;
        ctx.mapRequest = config.mapRequest;
        ctx.transport = transport;
        ctx.hopTimeoutMs = config.sourceTimeoutMs;
        ctx.maxWrapperDepth = config.maxWrapperDepth;
        ctx.maxResponseBytes = config.maxResponseBytes;
        ctx.urlExpander = o->urlExpander;
        return ctx;
    }

    // FETCH: the source's document, through the middlewares; PARSE follows in parse().
    void startRun(int i)
    {
        SourceRun &run = runs[i];
        run.timer.start();
        qCDebug(lcVastOrchestrator) << "fetch" << run.outcome.url << (run.outcome.fallback ? "(fallback)" : "");
        if (config.sourceDeadlineMs > 0) {
            QTimer::singleShot(config.sourceDeadlineMs, q, [this, i] {
                SourceRun &r = runs[i];
                if (finished || !isRunning(r))
                    return;
                r.timedOut = true;
                if (r.fetch && !r.fetch->isFinished())
                    r.fetch->abort(); // finishes the fetch: parse() reports the deadline
                else if (r.reply)
                    r.reply->abort();
            });
        }
        FetchContext ctx = fetchContext(run);
        if (!xml.isNull()) {
            ctx.xml = xml;
            parse(i, o->handler ? o->handler : o->registry.handlerFor(xml), ctx);
            return;
        }
        if (o->handler) {
            // A handler set with setProtocolHandler() fetches its sources itself.
            parse(i, o->handler, ctx);
            return;
        }
        // The source's request: Upstream merges the URL, config.params and the AdRequest's
        // parameters as the fallback handler maps them, and adds the headers.
        TransportReply *get = upstream->request(ctx.url, o->vastHandler.sourceParameters(this->request, ctx));
        get->setParent(q);
        run.fetch = get;
        QObject::connect(get, &TransportReply::finished, q, [this, i, get, ctx]() mutable {
            get->deleteLater();
            if (finished || aborted || stopping || runs.at(i).outcome.status == SourceOutcome::Status::Aborted)
                return;
            ctx.url = get->request().url;
            ctx.reply = get;
            // PARSE: the registry picks the protocol by the document's root element.
            parse(i, get->hasError() ? o->registry.fallbackHandler() : o->registry.handlerFor(get->body()), ctx);
        });
    }

    void parse(int i, ProtocolHandler *handler, const FetchContext &ctx)
    {
        SourceRun &run = runs[i];
        ProtocolReply *reply = handler->fetch(request, ctx);
        reply->setParent(q);
        run.reply = reply;
        run.protocol = handler->name();
        const QUrl url = run.outcome.url;
        QObject::connect(reply, &ProtocolReply::hopFinished, q,
                         [this, url](const WrapperHop &hop) { Q_EMIT q->hopFinished(url, hop); });
        QObject::connect(reply, &ProtocolReply::finished, q, [this, i, reply] {
            reply->deleteLater();
            runFinished(i, reply);
        });
    }

    void runFinished(int i, ProtocolReply *reply)
    {
        if (finished || aborted || stopping)
            return;
        SourceRun &run = runs[i];
        if (run.outcome.status == SourceOutcome::Status::Aborted)
            return;
        run.outcome.latencyMs = run.timer.elapsed();
        run.outcome.chain = reply->chain();
        if (!run.outcome.chain.isEmpty()) {
            run.outcome.httpStatus = run.outcome.chain.constFirst().httpStatus;
            run.rawResponse = run.outcome.chain.constFirst().rawXml;
        }
        run.extensions = reply->extensions();
        run.buffet = reply->buffet();
        const qsizetype errorsBefore = response.errors.size();
        if (!run.timedOut && reply->isPlaylist() && !reply->playlist().adBreaks.isEmpty()) {
            // A playlist is served as a whole: its breaks' failures are tracked when each
            // break plays (BreakPlayer), not here.
            selectPlaylist(run, reply);
            run.outcome.status = SourceOutcome::Status::Usable;
            decide(i);
            return;
        }
        if (run.timedOut) {
            addError(ErrorCode::WrapperTimeout, Phase::Fetch, run.outcome.url,
                     ServeReply::tr("The source gave no ad within its deadline of %1 ms").arg(config.sourceDeadlineMs));
        } else {
            // TRACK the failures of this source's chains, whatever the outcome.
            for (const ResolvedAd &r : reply->results()) {
                if (r.ok())
                    continue;
                addError(r.error, WrapperResolver::errorPhase(r.error), run.outcome.url, r.errorString);
                fireErrors(r.error, r.errorUrls);
            }
            if (reply->results().isEmpty() && reply->error() != ErrorCode::NoError)
                addError(reply->error(), WrapperResolver::errorPhase(reply->error()), run.outcome.url, reply->errorString());
        }
        const QList<ResolvedAd> ads = run.timedOut ? QList<ResolvedAd>() : reply->ads();
        if (!ads.isEmpty() && select(run, ads)) {
            run.outcome.status = SourceOutcome::Status::Usable;
        } else {
            run.outcome.status = SourceOutcome::Status::Failed;
            if (response.errors.size() > errorsBefore) {
                const PipelineError &last = response.errors.constLast();
                run.outcome.error = last.code;
                run.outcome.phase = last.phase;
                run.outcome.message = last.message;
            } else {
                run.outcome.error = ErrorCode::NoAdAfterWrapper;
                run.outcome.phase = Phase::Resolve;
                run.outcome.message = ServeReply::tr("The source returned no ad");
                addError(run.outcome.error, run.outcome.phase, run.outcome.url, run.outcome.message);
            }
        }
        decide(i);
    }

    void decide(int justFinished)
    {
        const QList<int> g = group();
        switch (config.strategy) {
        case FetchConfig::Strategy::Sequential: {
            if (runs.at(justFinished).outcome.status == SourceOutcome::Status::Usable) {
                win(justFinished);
                return;
            }
            for (int i : g) {
                if (runs.at(i).outcome.status == SourceOutcome::Status::NotTried) {
                    startRun(i);
                    return;
                }
            }
            groupExhausted();
            return;
        }
        case FetchConfig::Strategy::Race: {
            if (runs.at(justFinished).outcome.status == SourceOutcome::Status::Usable) {
                win(justFinished);
                return;
            }
            for (int i : g) {
                if (isRunning(runs.at(i)))
                    return;
            }
            groupExhausted();
            return;
        }
        case FetchConfig::Strategy::Parallel:
            for (int i : g) {
                const SourceOutcome::Status s = runs.at(i).outcome.status;
                if (s == SourceOutcome::Status::Usable) {
                    win(i);
                    return;
                }
                if (s != SourceOutcome::Status::Failed)
                    return; // an earlier source is still running: its answer comes first
            }
            groupExhausted();
            return;
        }
    }

    void groupExhausted()
    {
        if (!inFallbacks) {
            inFallbacks = true;
            if (!group().isEmpty()) {
                qCInfo(lcVastOrchestrator) << "every primary source failed: trying the fallbacks";
                launchGroup();
                return;
            }
        }
        finish();
    }

    void abortRunning()
    {
        for (SourceRun &run : runs) {
            if (isRunning(run)) {
                run.outcome.status = SourceOutcome::Status::Aborted;
                run.outcome.latencyMs = run.timer.elapsed();
                if (run.fetch)
                    run.fetch->abort();
                if (run.reply)
                    run.reply->abort();
            }
        }
    }

    void win(int i)
    {
        SourceRun &run = runs[i];
        run.outcome.status = SourceOutcome::Status::Won;
        run.outcome.winner = true;
        abortRunning();
        const QList<PipelineError> errors = response.errors;
        response = run.candidate;
        response.errors = errors;
        response.success = true;
        response.source = run.outcome.url;
        response.usedFallback = run.outcome.fallback;
        response.rawResponse = run.rawResponse;
        response.extensions = run.extensions;
        qCInfo(lcVastOrchestrator) << "served from" << run.outcome.url << "in" << timer.elapsed() << "ms";
        finish();
    }

    // SELECT: the first resolved ad that AdSelector finds playable wins; the ones before it
    // are refused (their Error URIs fired), the ones after it are selected for the pod.
    // SELECT for a playlist: every break's ads (and pod buffet) through AdSelector, and
    // the first playable ad as the response's ad.
    void selectPlaylist(SourceRun &run, const ProtocolReply *reply)
    {
        const AdSelector selector(config.mediaFiles, config.filter);
        AdResponse &c = run.candidate;
        c.success = true;
        c.protocol = run.protocol;
        c.vmap = reply->playlist();
        c.vmapBreaks = reply->breaks();
        c.chain = reply->chain();
        for (VmapBreakResult &b : c.vmapBreaks) {
            const QList<ResolvedAd> ads = b.ads();
            b.selected = selectAll(selector, ads);
            if (ads.size() >= 2) // a pod of one is a single ad: no replacement
                b.buffet = selectBuffet(selector, b.buffetAds);
            if (c.selected.ad.id.isEmpty() && c.selected.creativeIndex < 0) {
                for (const SelectedAd &s : std::as_const(b.selected)) {
                    if (s.isPlayable()) {
                        c.setSelected(s);
                        break;
                    }
                }
            }
        }
        c.ads = reply->ads();
    }

    static QList<SelectedAd> selectAll(const AdSelector &selector, const QList<ResolvedAd> &ads)
    {
        QList<SelectedAd> out;
        out.reserve(ads.size());
        for (const ResolvedAd &r : ads)
            out.append(selector.select(r));
        return out;
    }

    // The pod's buffet (VAST 4.3 §3.3.1), as the resolver found it, selected.
    static QList<SelectedAd> selectBuffet(const AdSelector &selector, const QList<Ad> &buffet)
    {
        QList<SelectedAd> out;
        out.reserve(buffet.size());
        for (const Ad &ad : buffet)
            out.append(selector.select(ad));
        return out;
    }

    bool select(SourceRun &run, const QList<ResolvedAd> &ads)
    {
        const AdSelector selector(config.mediaFiles, config.filter);
        QList<SelectedAd> selected;
        selected.reserve(ads.size());
        int served = -1;
        for (const ResolvedAd &resolved : ads) {
            SelectedAd s = selector.select(resolved);
            if (served < 0 && !s.isPlayable()) {
                addError(s.error, Phase::Select, run.outcome.url, s.errorString);
                fireErrors(s.error, resolved.ad.errors);
            } else if (served < 0) {
                served = selected.size();
            }
            selected.append(std::move(s));
        }
        if (served < 0)
            return false;
        AdResponse &c = run.candidate;
        c.success = true;
        c.protocol = run.protocol;
        c.setSelected(selected.at(served));
        c.chain = ads.at(served).chain;
        c.ads = ads;
        c.selectedAds = selected;
        c.servedIndex = served;
        c.buffet = ads.size() >= 2 ? selectBuffet(selector, run.buffet) : QList<SelectedAd>();
        return true;
    }

    void finish()
    {
        if (finished || aborted)
            return;
        finished = true;
        if (!response.cached) {
            response.sources.clear();
            for (const SourceRun &run : std::as_const(runs))
                response.sources.append(run.outcome);
            if (!response.success && response.rawResponse.isNull()) {
                for (const SourceRun &run : std::as_const(runs)) {
                    if (!run.rawResponse.isNull()) {
                        response.rawResponse = run.rawResponse;
                        break;
                    }
                }
            }
        }
        response.resolutionTimeMs = timer.elapsed();
        if (response.success && !response.cached && !cacheKey.isEmpty() && orchestrator) {
            AdResponse stored = response;
            o->currentCache()->set(cacheKey, QVariant::fromValue(stored), config.cacheTtlMs);
        }
        if (!response.success) {
            if (response.errors.isEmpty())
                addError(ErrorCode::NoAdAfterWrapper, Phase::Fetch, QUrl(), ServeReply::tr("No source configured"));
            const PipelineError &first = response.errors.constFirst();
            response.errorCode = first.code;
            response.errorString = first.message;
            Q_EMIT q->errorOccurred(first.code, first.phase, first.message);
        }
        Q_EMIT q->finished();
    }
};

ServeReply::ServeReply(QObject *parent)
    : QObject(parent)
    , d(new ServeReplyPrivate)
{
    d->q = this;
    d->timer.start();
}

ServeReply::~ServeReply() = default;

AdResponse ServeReply::response() const
{
    return d->response;
}

bool ServeReply::isFinished() const
{
    return d->finished;
}

Tracker *ServeReply::errorTracker() const
{
    return d->errorTracker;
}

void ServeReply::abort()
{
    if (d->finished)
        return;
    d->stopping = true;
    d->abortRunning();
    d->response.success = false;
    d->addError(ErrorCode::WrapperTimeout, Phase::Fetch, QUrl(), tr("Ad request aborted"));
    // The abort error comes first: it is why this serve ended.
    d->response.errors.move(d->response.errors.size() - 1, 0);
    d->finish();
    d->aborted = true;
}

Orchestrator::Orchestrator(Transport *transport, QObject *parent)
    : QObject(parent)
    , d(new OrchestratorPrivate)
{
    d->transport = transport;
    d->registry.registerHandler(&d->vastHandler); // the fallback: documents nobody else reads
    d->registry.registerHandler(&d->vmapHandler);
}

ProtocolRegistry *Orchestrator::protocolRegistry() const
{
    return &d->registry;
}

Orchestrator::~Orchestrator() = default;

void Orchestrator::setUrlExpander(const std::function<QUrl(const QString &)> &expander)
{
    d->urlExpander = expander;
}

void Orchestrator::setProtocolHandler(ProtocolHandler *handler)
{
    d->handler = handler;
}

ProtocolHandler *Orchestrator::protocolHandler() const
{
    return d->currentHandler();
}

void Orchestrator::addMiddleware(Middleware *middleware)
{
    if (middleware && !d->middlewares.contains(middleware))
        d->middlewares.append(middleware);
}

void Orchestrator::removeMiddleware(Middleware *middleware)
{
    d->middlewares.removeAll(middleware);
}

QList<Middleware *> Orchestrator::middlewares() const
{
    return d->middlewares;
}

void Orchestrator::setCacheBackend(CacheBackend *backend)
{
    d->cache = backend;
}

CacheBackend *Orchestrator::cacheBackend() const
{
    return d->currentCache();
}

QString Orchestrator::cacheKey(const AdRequest &request, const FetchConfig &config) const
{
    ProtocolHandler *handler = d->currentHandler();
    QStringList parts{u"serve"_s, handler->name(), FetchConfig::strategyName(config.strategy)};
    // Each source's request URL by Upstream's rule, with every parameter the handler maps
    // (whatever its scheme rules), so other parameters are another key.
    const QUrlQuery mapped = config.mapRequest ? handler->requestParameters(request) : QUrlQuery();
    const auto urlOf = [&](const QUrl &url) {
        return QString::fromLatin1(Upstream::requestUrl(url, config.params, mapped).toEncoded());
    };
    for (const QUrl &u : config.sources)
        parts.append(urlOf(u));
    parts.append(u"fallbacks"_s);
    for (const QUrl &u : config.fallbacks)
        parts.append(urlOf(u));
    return parts.join(u'\n');
}

ServeReply *Orchestrator::serve(const AdRequest &request, const FetchConfig &config)
{
    auto *reply = new ServeReply;
    ServeReplyPrivate *rd = reply->d.get();
    rd->orchestrator = this;
    rd->o = d.get();
    rd->request = request;
    rd->config = config;
    rd->errorTracker = new Tracker(d->transport, reply);
    for (const QUrl &u : config.sources) {
        SourceRun run;
        run.outcome.url = u;
        rd->runs.append(run);
    }
    for (const QUrl &u : config.fallbacks) {
        SourceRun run;
        run.outcome.url = u;
        run.outcome.fallback = true;
        rd->runs.append(run);
    }
    if (config.cacheTtlMs > 0)
        rd->cacheKey = cacheKey(request, config);

    // The fetch path: the Upstream adds params to source URLs, headers, timeout and size
    // cap to every request; then retries, the user's middlewares, the transport.
    rd->upstream = new Upstream(d->transport, reply);
    rd->upstream->setDefaultQuery(config.params);
    rd->upstream->setDefaultHeaders(config.headers);
    rd->upstream->setTimeout(qMax(1, config.sourceTimeoutMs));
    rd->upstream->setMaxResponseBytes(config.maxResponseBytes);
    if (config.retries > 0) {
        rd->retry = std::make_unique<RetryMiddleware>(config.retries, config.retryBackoffMs);
        rd->upstream->addMiddleware(rd->retry.get());
    }
    for (Middleware *m : std::as_const(d->middlewares))
        rd->upstream->addMiddleware(m);
    rd->transport = new UpstreamTransport(rd->upstream, reply);

    if (config.overallTimeoutMs > 0) {
        QTimer::singleShot(config.overallTimeoutMs, reply, [rd] {
            if (rd->finished)
                return;
            // Parallel: an ad already usable wins over sources still running before it.
            if (rd->config.strategy == FetchConfig::Strategy::Parallel) {
                for (int i : rd->group()) {
                    if (rd->runs.at(i).outcome.status == SourceOutcome::Status::Usable) {
                        rd->win(i);
                        return;
                    }
                }
            }
            rd->stopping = true;
            rd->abortRunning();
            rd->addError(ErrorCode::WrapperTimeout, Phase::Fetch, QUrl(),
                         ServeReply::tr("No ad within the overall timeout of %1 ms").arg(rd->config.overallTimeoutMs));
            rd->response.success = false;
            rd->finish();
        });
    }
    // Deferred, so the caller connects before anything is emitted.
    QTimer::singleShot(0, reply, [rd] { rd->start(); });
    return reply;
}

ServeReply *Orchestrator::serve(const AdRequest &request, const QByteArray &xml, const QUrl &baseUrl,
                                const FetchConfig &config)
{
    FetchConfig c = config;
    c.sources = {baseUrl};
    c.fallbacks.clear();
    c.cacheTtlMs = 0;
    ServeReply *reply = serve(request, c);
    reply->d->xml = xml.isNull() ? QByteArray("") : xml;
    return reply;
}

} // namespace VastQt
