// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/memorytransport.h>
#include "transport/transport_p.h"
#include "vastqt_logging_p.h"

#include <QtCore/QHash>
#include <QtCore/QMetaEnum>
#include <QtCore/QPointer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtCore/QVarLengthArray>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace VastQt
{

MemoryResponse MemoryResponse::failure(TransportReply::Error error, int delayMs, const QString &errorString)
{
    MemoryResponse r;
    r.httpStatus = 0;
    r.error = error;
    r.delayMs = delayMs;
    r.errorString = errorString;
    return r;
}

class MemoryTransportPrivate : public TransportPrivate
{
public:
    static QString exactKey(const QUrl &url) { return url.toString(QUrl::FullyEncoded | QUrl::RemoveFragment); }
    static QString pathKey(const QUrl &url)
    {
        return url.toString(QUrl::FullyEncoded | QUrl::RemoveFragment | QUrl::RemoveQuery);
    }
    QString key(const QUrl &url) const { return matchQuery ? exactKey(url) : pathKey(url); }

    // What send() and ping() do with a request.
    struct Route
    {
        enum Kind { Batch, Delayed, TimesOut } kind = Batch;
        MemoryResponse response;
        qint64 cap = 0;
        int timeout = 0;
    };
    Route route(MemoryTransport *q, const TransportRequest &request);
    std::optional<MemoryResponse> lookup(const TransportRequest &request) const;
    // The outcome of \a response under the size cap \a cap; \a body gets the body to keep.
    static PingResult outcome(const MemoryResponse &response, qint64 cap, QByteArray *body);
    static void deliver(TransportReply *reply, const MemoryResponse &response, qint64 cap);
    static void deliverLater(TransportReply *reply, const MemoryResponse &response, qint64 cap);
    void startReply(MemoryTransport *q, TransportReply *reply, const Route &r);
    void flushPending();

    // Undelayed answers (and the unsupported-scheme and not-found failures, so that answers
    // come in send order) wait here for one queued flushPending() per event loop pass,
    // instead of one queued call per request. An entry answers a TransportReply or, for
    // ping(), a PingHandler (no QObject at all).
    struct Pending
    {
        QPointer<TransportReply> reply;
        PingHandler *handler = nullptr;
        MemoryResponse response;
        qint64 cap = 0;
    };
    void enqueue(Pending &&p)
    {
        // One queued call per batch (event loop pass), not per request: much cheaper than
        // a zero timer or a queued call each, and the benchmark sends thousands.
        if (pending.isEmpty()) {
            QMetaObject::invokeMethod(
                q, [this] { flushPending(); }, Qt::QueuedConnection);
            batchTimer.start(); // one clock read per batch gives the pings' elapsed time
        }
        pending.append(std::move(p));
    }

    QList<Pending> pending;
    QElapsedTimer batchTimer;
    // The batches being answered (nested when a handler spins an event loop): cancelPing()
    // must reach their entries not answered yet.
    QVarLengthArray<QList<Pending> *, 2> flushing;
    MemoryTransport *q = nullptr;

    // Both indexes are kept so that setMatchQuery() may change at any time.
    QHash<QString, MemoryResponse> exact;
    QHash<QString, MemoryResponse> byPath;
    MemoryTransport::Handler handler;
    std::optional<MemoryResponse> defaultResponse;
    QStringList schemes;
    QList<TransportRequest> requests;
    int requestCount = 0;
    bool matchQuery = true;
    bool record = true;
};

std::optional<MemoryResponse> MemoryTransportPrivate::lookup(const TransportRequest &request) const
{
    const QHash<QString, MemoryResponse> &index = matchQuery ? exact : byPath;
    if (!index.isEmpty()) {
        const auto it = index.constFind(key(request.url));
        if (it != index.cend())
            return *it;
    }
    if (handler)
        return handler(request);
    return defaultResponse;
}

MemoryTransportPrivate::Route MemoryTransportPrivate::route(MemoryTransport *q, const TransportRequest &request)
{
    ++requestCount;
    if (record)
        requests.append(request);

    Route r;
    if (!q->supportsScheme(request.url.scheme())) {
        r.response = MemoryResponse::failure(TransportReply::Error::UnsupportedScheme, 0,
            MemoryTransport::tr("MemoryTransport does not serve the URL scheme \"%1\"").arg(request.url.scheme()));
        return r;
    }
    std::optional<MemoryResponse> found = lookup(request);
    if (!found) {
        r.response = MemoryResponse::failure(TransportReply::Error::NotFound, 0,
            MemoryTransport::tr("No memory response for %1").arg(request.url.toDisplayString()));
        return r;
    }
    r.timeout = q->effectiveTimeout(request);
    r.cap = q->effectiveMaxResponseBytes(request);
    if (r.timeout > 0 && found->delayMs >= r.timeout)
        r.kind = Route::TimesOut;
    else if (found->delayMs > 0)
        r.kind = Route::Delayed;
    r.response = std::move(*found);
    return r;
}

void MemoryTransportPrivate::startReply(MemoryTransport *q, TransportReply *reply, const Route &r)
{
    Q_UNUSED(q)
    switch (r.kind) {
    case Route::TimesOut:
        QTimer::singleShot(r.timeout, reply, [reply, timeout = r.timeout] {
            reply->fail(TransportReply::Error::Timeout, MemoryTransport::tr("No complete answer within %1 ms").arg(timeout));
        });
        break;
    case Route::Delayed:
        QTimer::singleShot(r.response.delayMs, reply,
            [reply, response = r.response, cap = r.cap] { MemoryTransportPrivate::deliver(reply, response, cap); });
        break;
    case Route::Batch:
        enqueue(Pending { reply, nullptr, r.response, r.cap });
        break;
    }
}

void MemoryTransportPrivate::deliverLater(TransportReply *reply, const MemoryResponse &response, qint64 cap)
{
    // The reply is the context: deleting it before the event loop runs drops the call.
    QMetaObject::invokeMethod(
        reply, [reply, response, cap] { MemoryTransportPrivate::deliver(reply, response, cap); },
        Qt::QueuedConnection);
}

void MemoryTransportPrivate::flushPending()
{
    // Taken first: a slot connected to finished() (or a ping handler) may send new
    // requests, which start the next batch.
    QList<Pending> batch;
    batch.swap(pending);
    flushing.append(&batch);
    const qint64 elapsed = batchTimer.elapsed();
    for (qsizetype i = 0; i < batch.size(); ++i) {
        // Read afresh each time: an earlier answer may have cancelled this one.
        Pending &p = batch[i];
        if (PingHandler *h = std::exchange(p.handler, nullptr)) {
            PingResult result = outcome(p.response, p.cap, nullptr);
            result.elapsedMs = elapsed;
            h->pingFinished(result);
        } else if (p.reply) {
            deliver(p.reply.data(), p.response, p.cap);
        }
    }
    flushing.removeOne(&batch);
    // Hands the emptied list back, capacity kept, so that the next batch does not grow a new
    // one entry by entry.
    if (pending.isEmpty()) {
        batch.clear();
        pending.swap(batch);
    }
}

PingResult MemoryTransportPrivate::outcome(const MemoryResponse &response, qint64 cap, QByteArray *body)
{
    PingResult result;
    result.httpStatus = response.httpStatus;
    if (response.error != TransportReply::Error::NoError) {
        result.error = response.error;
        result.errorString = response.errorString;
        if (result.errorString.isEmpty()) {
            result.errorString = MemoryTransport::tr("Simulated failure: %1")
                                     .arg(QLatin1StringView(
                                         QMetaEnum::fromType<TransportReply::Error>().valueToKey(int(response.error))));
        }
        return result;
    }
    if (response.body.size() > cap) {
        result.error = TransportReply::Error::TooLarge;
        result.errorString = MemoryTransport::tr("The response is larger than %1 bytes").arg(cap);
        if (body)
            *body = response.body.left(cap);
        return result;
    }
    if (body)
        *body = response.body;
    if (response.httpStatus >= 400) {
        result.error = TransportReply::Error::HttpError;
        result.errorString = MemoryTransport::tr("HTTP %1").arg(response.httpStatus);
    }
    return result;
}

void MemoryTransportPrivate::deliver(TransportReply *reply, const MemoryResponse &response, qint64 cap)
{
    if (reply->isFinished())
        return; // aborted meanwhile
    QByteArray body;
    const PingResult result = outcome(response, cap, &body);
    reply->setHttpStatus(response.httpStatus);
    reply->setRawHeaders(response.headers);
    if (result.error != TransportReply::Error::NoError)
        reply->fail(result.error, result.errorString, body);
    else
        reply->finish(body);
}

MemoryTransport::MemoryTransport(QObject *parent)
    : Transport(*new MemoryTransportPrivate, parent)
{
    Q_D(MemoryTransport);
    d->q = this;
}

MemoryTransport::~MemoryTransport()
{
    Q_D(MemoryTransport);
    // Replies outlive their transport: those still waiting for the batch get their own
    // queued answer, as if they had never been batched. Pings end now, aborted (they have
    // no object to queue an answer on).
    const QList<MemoryTransportPrivate::Pending> left = std::exchange(d->pending, {});
    for (const MemoryTransportPrivate::Pending &p : left) {
        if (p.reply)
            MemoryTransportPrivate::deliverLater(p.reply.data(), p.response, p.cap);
    }
    for (const MemoryTransportPrivate::Pending &p : left) {
        if (p.handler) {
            PingResult result;
            result.error = TransportReply::Error::Aborted;
            result.errorString = Transport::tr("The transport was destroyed");
            p.handler->pingFinished(result);
        }
    }
}

TransportReply *MemoryTransport::send(const TransportRequest &request)
{
    Q_D(MemoryTransport);
    const MemoryTransportPrivate::Route r = d->route(this, request);
    auto *reply = new TransportReply(request);
    d->startReply(this, reply, r);
    return reply;
}

void MemoryTransport::ping(const PingRequest &request, PingHandler *handler)
{
    Q_D(MemoryTransport);
    const bool needsUrl = d->record || !d->schemes.isEmpty() || d->handler || !d->defaultResponse
        || !(d->matchQuery ? d->exact : d->byPath).isEmpty() || !request.url.isEmpty();
    if (!needsUrl && d->defaultResponse->delayMs <= 0) {
        // The common case of benchmarks and the demo: every URL gets the default answer,
        // nothing is recorded, so the URL text is never parsed.
        ++d->requestCount;
        const qint64 cap = maxResponseBytes();
        d->enqueue(MemoryTransportPrivate::Pending { nullptr, handler, *d->defaultResponse, cap });
        return;
    }
    TransportRequest tr(request.toUrl());
    tr.timeoutMs = qMax(0, request.timeoutMs);
    const MemoryTransportPrivate::Route r = d->route(this, tr);
    if (r.kind == MemoryTransportPrivate::Route::Batch) {
        d->enqueue(MemoryTransportPrivate::Pending { nullptr, handler, r.response, r.cap });
        return;
    }
    // Delayed answers and timeouts run through a reply and its timer, as for send().
    auto *reply = new TransportReply(tr);
    d->startReply(this, reply, r);
    d->attachPing(this, reply, handler, 0);
}

void MemoryTransport::cancelPing(PingHandler *handler)
{
    Q_D(MemoryTransport);
    for (MemoryTransportPrivate::Pending &p : d->pending) {
        if (p.handler == handler)
            p.handler = nullptr;
    }
    for (QList<MemoryTransportPrivate::Pending> *batch : std::as_const(d->flushing)) {
        for (MemoryTransportPrivate::Pending &p : *batch) {
            if (p.handler == handler)
                p.handler = nullptr;
        }
    }
    d->cancelReplyPing(handler);
}

bool MemoryTransport::supportsScheme(const QString &scheme) const
{
    Q_D(const MemoryTransport);
    return d->schemes.isEmpty() || d->schemes.contains(scheme.toLower());
}

void MemoryTransport::setResponse(const QUrl &url, const QByteArray &body, int httpStatus, int delayMs)
{
    setResponse(url, MemoryResponse(body, httpStatus, delayMs));
}

void MemoryTransport::setResponse(const QUrl &url, const MemoryResponse &response)
{
    Q_D(MemoryTransport);
    d->exact.insert(MemoryTransportPrivate::exactKey(url), response);
    d->byPath.insert(MemoryTransportPrivate::pathKey(url), response);
}

void MemoryTransport::removeResponse(const QUrl &url)
{
    Q_D(MemoryTransport);
    d->exact.remove(MemoryTransportPrivate::exactKey(url));
    d->byPath.remove(MemoryTransportPrivate::pathKey(url));
}

void MemoryTransport::clearResponses()
{
    Q_D(MemoryTransport);
    d->exact.clear();
    d->byPath.clear();
}

void MemoryTransport::setHandler(const Handler &handler)
{
    Q_D(MemoryTransport);
    d->handler = handler;
}

void MemoryTransport::setDefaultResponse(const MemoryResponse &response)
{
    Q_D(MemoryTransport);
    d->defaultResponse = response;
}

void MemoryTransport::clearDefaultResponse()
{
    Q_D(MemoryTransport);
    d->defaultResponse.reset();
}

bool MemoryTransport::matchQuery() const
{
    Q_D(const MemoryTransport);
    return d->matchQuery;
}

void MemoryTransport::setMatchQuery(bool match)
{
    Q_D(MemoryTransport);
    d->matchQuery = match;
}

QStringList MemoryTransport::schemes() const
{
    Q_D(const MemoryTransport);
    return d->schemes;
}

void MemoryTransport::setSchemes(const QStringList &schemes)
{
    Q_D(MemoryTransport);
    d->schemes.clear();
    for (const QString &s : schemes)
        d->schemes.append(s.toLower());
}

QList<TransportRequest> MemoryTransport::requests() const
{
    Q_D(const MemoryTransport);
    return d->requests;
}

int MemoryTransport::requestCount() const
{
    Q_D(const MemoryTransport);
    return d->requestCount;
}

QList<TransportRequest> MemoryTransport::requestsFor(const QUrl &url) const
{
    Q_D(const MemoryTransport);
    const QString wanted = d->key(url);
    QList<TransportRequest> out;
    for (const TransportRequest &r : d->requests) {
        if (d->key(r.url) == wanted)
            out.append(r);
    }
    return out;
}

void MemoryTransport::clearRequests()
{
    Q_D(MemoryTransport);
    d->requests.clear();
    d->requestCount = 0;
}

bool MemoryTransport::recordRequests() const
{
    Q_D(const MemoryTransport);
    return d->record;
}

void MemoryTransport::setRecordRequests(bool record)
{
    Q_D(MemoryTransport);
    d->record = record;
}

} // namespace VastQt
