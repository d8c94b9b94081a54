// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "transport/memorytransport.h"
#include "transport/transport_p.h"
#include "vastqt_logging_p.h"

#include <QtCore/QHash>
#include <QtCore/QMetaEnum>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

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

    std::optional<MemoryResponse> lookup(const TransportRequest &request) const;
    static void deliver(TransportReply *reply, const MemoryResponse &response, qint64 cap);
    static void deliverLater(TransportReply *reply, const MemoryResponse &response, qint64 cap);
    void flushPending();
    // Answers \a reply from the next batch (failures too, so that replies finish in the
    // order they were sent).
    void enqueue(TransportReply *reply, const MemoryResponse &response, qint64 cap)
    {
        // One queued call per batch (event loop pass), not per request: much cheaper than
        // a zero timer or a queued call each, and the benchmark sends thousands.
        if (pending.isEmpty())
            QMetaObject::invokeMethod(
                q, [this] { flushPending(); }, Qt::QueuedConnection);
        pending.append(Pending { reply, response, cap });
    }

    // Undelayed answers wait here for one queued flushPending() per event loop pass,
    // instead of one queued call per request.
    struct Pending
    {
        QPointer<TransportReply> reply;
        MemoryResponse response;
        qint64 cap;
    };
    QList<Pending> pending;
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

void MemoryTransportPrivate::deliverLater(TransportReply *reply, const MemoryResponse &response, qint64 cap)
{
    // The reply is the context: deleting it before the event loop runs drops the call.
    QMetaObject::invokeMethod(
        reply, [reply, response, cap] { MemoryTransportPrivate::deliver(reply, response, cap); },
        Qt::QueuedConnection);
}

void MemoryTransportPrivate::flushPending()
{
    // Taken first: a slot connected to finished() may send new requests, which start the
    // next batch.
    const QList<Pending> batch = std::exchange(pending, {});
    for (const Pending &p : batch) {
        if (p.reply)
            deliver(p.reply.data(), p.response, p.cap);
    }
}

void MemoryTransportPrivate::deliver(TransportReply *reply, const MemoryResponse &response, qint64 cap)
{
    if (reply->isFinished())
        return; // aborted meanwhile
    if (response.error != TransportReply::Error::NoError) {
        QString message = response.errorString;
        if (message.isEmpty()) {
            message = MemoryTransport::tr("Simulated failure: %1")
                          .arg(QLatin1StringView(QMetaEnum::fromType<TransportReply::Error>().valueToKey(int(response.error))));
        }
        reply->setHttpStatus(response.httpStatus);
        reply->setRawHeaders(response.headers);
        reply->fail(response.error, message);
        return;
    }
    reply->setHttpStatus(response.httpStatus);
    reply->setRawHeaders(response.headers);
    if (response.body.size() > cap) {
        reply->fail(TransportReply::Error::TooLarge,
                    MemoryTransport::tr("The response is larger than %1 bytes").arg(cap), response.body.left(cap));
        return;
    }
    if (response.httpStatus >= 400) {
        reply->fail(TransportReply::Error::HttpError, MemoryTransport::tr("HTTP %1").arg(response.httpStatus),
                    response.body);
        return;
    }
    reply->finish(response.body);
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
    // queued answer, as if they had never been batched.
    for (const MemoryTransportPrivate::Pending &p : std::as_const(d->pending)) {
        if (p.reply)
            MemoryTransportPrivate::deliverLater(p.reply.data(), p.response, p.cap);
    }
}

TransportReply *MemoryTransport::send(const TransportRequest &request)
{
    Q_D(MemoryTransport);
    ++d->requestCount;
    if (d->record)
        d->requests.append(request);

    auto *reply = new TransportReply(request);
    if (!supportsScheme(request.url.scheme())) {
        d->enqueue(reply,
            MemoryResponse::failure(TransportReply::Error::UnsupportedScheme, 0,
                tr("MemoryTransport does not serve the URL scheme \"%1\"").arg(request.url.scheme())),
            0);
        return reply;
    }
    const std::optional<MemoryResponse> found = d->lookup(request);
    if (!found) {
        d->enqueue(reply,
            MemoryResponse::failure(TransportReply::Error::NotFound, 0,
                tr("No memory response for %1").arg(request.url.toDisplayString())),
            0);
        return reply;
    }

    const int timeout = effectiveTimeout(request);
    const qint64 cap = effectiveMaxResponseBytes(request);
    if (timeout > 0 && found->delayMs >= timeout) {
        QTimer::singleShot(timeout, reply, [reply, timeout] {
            reply->fail(TransportReply::Error::Timeout, tr("No complete answer within %1 ms").arg(timeout));
        });
    } else if (found->delayMs > 0) {
        QTimer::singleShot(found->delayMs, reply,
                           [reply, response = *found, cap] { MemoryTransportPrivate::deliver(reply, response, cap); });
    } else {
        d->enqueue(reply, *found, cap);
    }
    return reply;
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
