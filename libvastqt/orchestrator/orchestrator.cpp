// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "orchestrator/orchestrator.h"

#include "protocol/wrapperresolver.h"
#include "tracking/tracker.h"
#include "transport/transport.h"
#include "vastqt_logging_p.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{

// The pipeline phase an error code of the resolver belongs to.
Phase phaseOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::XmlParsingError:
    case ErrorCode::SchemaValidationError:
    case ErrorCode::VersionNotSupported:
        return Phase::Parse;
    case ErrorCode::WrapperTimeout:
        return Phase::Fetch;
    default:
        return Phase::Resolve;
    }
}

QUrl withParams(const QUrl &url, const QUrlQuery &params)
{
    if (params.isEmpty())
        return url;
    QUrl out = url;
    QUrlQuery query(url);
    for (const auto &item : params.queryItems(QUrl::FullyEncoded)) {
        if (!query.hasQueryItem(item.first))
            query.addQueryItem(item.first, item.second);
    }
    out.setQuery(query);
    return out;
}

struct Source {
    QUrl url;
    bool fallback = false;
};

} // namespace

class ServeReplyPrivate
{
public:
    AdResponse response;
    bool finished = false;
    bool aborted = false;
    bool stopping = false; // the overall timeout fired: ignore what the aborted resolver says
    QPointer<ResolveReply> current;
    Tracker *errorTracker = nullptr;
    QElapsedTimer timer;
};

ServeReply::ServeReply(QObject *parent)
    : QObject(parent)
    , d(new ServeReplyPrivate)
{
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
    d->aborted = true;
    if (d->current)
        d->current->abort();
    d->finished = true;
    d->response.success = false;
    d->response.errorCode = ErrorCode::WrapperTimeout;
    d->response.errorString = tr("Ad request aborted");
    d->response.errors.append({d->response.errorCode, Phase::Fetch, QUrl(), d->response.errorString});
    d->response.resolutionTimeMs = d->timer.elapsed();
    Q_EMIT errorOccurred(d->response.errorCode, Phase::Fetch, d->response.errorString);
    Q_EMIT finished();
}

class OrchestratorPrivate
{
public:
    Transport *transport = nullptr;
    std::function<QUrl(const QString &)> urlExpander;

    void fireErrors(ServeReply *reply, ErrorCode code, const QStringList &urls)
    {
        if (urls.isEmpty())
            return;
        Tracker *tracker = reply->d->errorTracker;
        TrackingContext ctx = tracker->context();
        ctx.errorCode = code;
        tracker->setContext(ctx);
        tracker->trackUrls(u"error"_s, urls);
    }

    void addError(ServeReply *reply, ErrorCode code, Phase phase, const QUrl &source, const QString &message)
    {
        reply->d->response.errors.append({code, phase, source, message});
        qCDebug(lcVastOrchestrator) << "error" << int(code) << phaseName(phase) << source << message;
    }

    void finish(ServeReply *reply)
    {
        ServeReplyPrivate *rd = reply->d.get();
        if (rd->finished || rd->aborted)
            return;
        rd->finished = true;
        rd->response.resolutionTimeMs = rd->timer.elapsed();
        if (!rd->response.success) {
            if (rd->response.errors.isEmpty())
                addError(reply, ErrorCode::NoAdAfterWrapper, Phase::Fetch, QUrl(), QObject::tr("No source configured"));
            const PipelineError &first = rd->response.errors.constFirst();
            rd->response.errorCode = first.code;
            rd->response.errorString = first.message;
            Q_EMIT reply->errorOccurred(first.code, first.phase, first.message);
        }
        Q_EMIT reply->finished();
    }

    // SELECT: the first resolved ad with a Linear creative and a playable MediaFile.
    bool select(ServeReply *reply, const QList<ResolvedAd> &ads, const QUrl &source, const FetchConfig &config)
    {
        AdResponse &response = reply->d->response;
        for (const ResolvedAd &resolved : ads) {
            const int creativeIndex = resolved.ad.firstLinearCreative();
            if (creativeIndex < 0) {
                const bool nonLinear = std::any_of(resolved.ad.creatives.cbegin(), resolved.ad.creatives.cend(),
                                                   [](const Creative &c) { return c.kind == Creative::Kind::NonLinear; });
                const ErrorCode code = nonLinear ? ErrorCode::LinearityMismatch : ErrorCode::TraffickingError;
                const QString message = nonLinear ? QObject::tr("Ad %1 has no Linear creative, only NonLinear ones")
                                                        .arg(resolved.ad.id)
                                                  : QObject::tr("Ad %1 has no Linear creative").arg(resolved.ad.id);
                addError(reply, code, Phase::Select, source, message);
                fireErrors(reply, code, resolved.ad.errors);
                continue;
            }
            const Linear &linear = resolved.ad.creatives.at(creativeIndex).linear;
            const MediaFileSelection selection = MediaFileSelector(config.mediaFiles).select(linear);
            if (selection.index < 0) {
                const QString message = QObject::tr("No supported MediaFile in ad %1: %2")
                                            .arg(resolved.ad.id, selection.rejected.join(u"; "_s));
                addError(reply, ErrorCode::NoSupportedMediaFile, Phase::Select, source, message);
                fireErrors(reply, ErrorCode::NoSupportedMediaFile, resolved.ad.errors);
                continue;
            }
            response.success = true;
            response.ad = resolved.ad;
            response.creativeIndex = creativeIndex;
            response.mediaFile = selection.mediaFile;
            response.mediaFileIndex = selection.index;
            response.mediaFileReason = selection.reason;
            response.mediaFileRejections = selection.rejected;
            response.chain = resolved.chain;
            response.ads = ads;
            return true;
        }
        return false;
    }

    void next(ServeReply *reply, const std::shared_ptr<QList<Source>> &queue, const FetchConfig &config,
              const QByteArray &xml)
    {
        ServeReplyPrivate *rd = reply->d.get();
        if (rd->finished || rd->aborted)
            return;
        if (queue->isEmpty()) {
            finish(reply);
            return;
        }
        const Source source = queue->takeFirst();
        auto *resolver = new WrapperResolver(transport, reply);
        resolver->setMaxDepth(config.maxWrapperDepth);
        resolver->setHopTimeout(config.sourceTimeoutMs);
        resolver->setMaxResponseBytes(config.maxResponseBytes);
        if (urlExpander)
            resolver->setUrlExpander(urlExpander);
        ResolveReply *resolve = xml.isNull() ? resolver->resolve(withParams(source.url, config.params))
                                             : resolver->resolve(xml, source.url);
        resolve->setParent(reply);
        rd->current = resolve;
        QObject::connect(resolve, &ResolveReply::hopFinished, reply,
                         [reply, url = source.url](const WrapperHop &hop) { Q_EMIT reply->hopFinished(url, hop); });
        QObject::connect(resolve, &ResolveReply::finished, reply, [this, reply, resolve, resolver, source, queue, config] {
            resolve->deleteLater();
            resolver->deleteLater();
            ServeReplyPrivate *rd = reply->d.get();
            if (rd->finished || rd->aborted || rd->stopping)
                return;
            SourceOutcome outcome;
            outcome.url = source.url;
            outcome.fallback = source.fallback;
            outcome.chain = resolve->chain();
            for (const WrapperHop &hop : outcome.chain)
                outcome.latencyMs += hop.latencyMs;
            if (rd->response.rawResponse.isNull() && !outcome.chain.isEmpty())
                rd->response.rawResponse = outcome.chain.constFirst().rawXml;

            // TRACK the failures of this source's chains, whatever the outcome.
            for (const ResolvedAd &r : resolve->results()) {
                if (r.ok())
                    continue;
                addError(reply, r.error, phaseOf(r.error), source.url, r.errorString);
                fireErrors(reply, r.error, r.errorUrls);
            }
            const QList<ResolvedAd> ads = resolve->ads();
            if (!ads.isEmpty() && select(reply, ads, source.url, config)) {
                outcome.winner = true;
                rd->response.source = source.url;
                rd->response.usedFallback = source.fallback;
                rd->response.rawResponse = outcome.chain.isEmpty() ? QByteArray() : outcome.chain.constFirst().rawXml;
                rd->response.sources.append(outcome);
                finish(reply);
                return;
            }
            if (!rd->response.errors.isEmpty()) {
                const PipelineError &last = rd->response.errors.constLast();
                outcome.error = last.code;
                outcome.phase = last.phase;
                outcome.message = last.message;
            }
            rd->response.sources.append(outcome);
            next(reply, queue, config, QByteArray());
        });
    }

    ServeReply *start(const AdRequest &request, const FetchConfig &config, const QByteArray &xml, const QUrl &baseUrl)
    {
        Q_UNUSED(request); // mapped to query parameters by the protocol handlers (issue: multi-source)
        auto *reply = new ServeReply;
        reply->d->errorTracker = new Tracker(transport, reply);
        auto queue = std::make_shared<QList<Source>>();
        if (!xml.isNull()) {
            queue->append({baseUrl, false});
        } else {
            for (const QUrl &u : config.sources)
                queue->append({u, false});
            for (const QUrl &u : config.fallbacks)
                queue->append({u, true});
        }
        if (config.overallTimeoutMs > 0) {
            QTimer::singleShot(config.overallTimeoutMs, reply, [this, reply, config] {
                ServeReplyPrivate *rd = reply->d.get();
                if (rd->finished)
                    return;
                rd->stopping = true;
                if (rd->current)
                    rd->current->abort();
                addError(reply, ErrorCode::WrapperTimeout, Phase::Fetch, QUrl(),
                         QObject::tr("No ad within the overall timeout of %1 ms").arg(config.overallTimeoutMs));
                rd->response.success = false;
                finish(reply);
            });
        }
        // Deferred, so the caller connects before anything is emitted.
        QTimer::singleShot(0, reply, [this, reply, queue, config, xml] { next(reply, queue, config, xml); });
        return reply;
    }
};

Orchestrator::Orchestrator(Transport *transport, QObject *parent)
    : QObject(parent)
    , d(new OrchestratorPrivate)
{
    d->transport = transport;
}

Orchestrator::~Orchestrator() = default;

void Orchestrator::setUrlExpander(const std::function<QUrl(const QString &)> &expander)
{
    d->urlExpander = expander;
}

ServeReply *Orchestrator::serve(const AdRequest &request, const FetchConfig &config)
{
    return d->start(request, config, QByteArray(), QUrl());
}

ServeReply *Orchestrator::serve(const AdRequest &request, const QByteArray &xml, const QUrl &baseUrl,
                                const FetchConfig &config)
{
    return d->start(request, config, xml.isNull() ? QByteArray("") : xml, baseUrl);
}

} // namespace VastQt
