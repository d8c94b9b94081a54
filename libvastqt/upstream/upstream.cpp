// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "upstream/upstream.h"
#include "vastqt_logging_p.h"

#include <QtCore/QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace VastQt
{

Middleware::~Middleware() = default;

class UpstreamPrivate
{
public:
    TransportReply *dispatch(Upstream *q, const TransportRequest &request, qsizetype index);
    void applyCommon(TransportRequest &request, const Upstream::Headers &headers) const;

    QPointer<Transport> transport;
    QUrl endpoint;
    QUrlQuery defaultQuery;
    Upstream::Headers defaultHeaders;
    int timeoutMs = 0;
    qint64 maxResponseBytes = 0;
    QList<Middleware *> middlewares;
};

TransportReply *UpstreamPrivate::dispatch(Upstream *q, const TransportRequest &request, qsizetype index)
{
    if (index < middlewares.size()) {
        // next() may be kept by a middleware (retries): it checks the Upstream still exists.
        const QPointer<Upstream> guard(q);
        const Middleware::Next next = [guard, self = this, index](const TransportRequest &r) -> TransportReply * {
            if (!guard) {
                auto *reply = new TransportReply(r);
                reply->failLater(TransportReply::Error::Aborted,
                                            Upstream::tr("The upstream was destroyed"));
                return reply;
            }
            return self->dispatch(guard, r, index + 1);
        };
        return middlewares.at(index)->handle(request, next);
    }
    if (!transport) {
        auto *reply = new TransportReply(request);
        reply->failLater(TransportReply::Error::ProtocolError, Upstream::tr("The upstream has no transport"));
        return reply;
    }
    qCDebug(lcVastUpstream) << "request" << request.url;
    return transport->send(request);
}

void UpstreamPrivate::applyCommon(TransportRequest &request, const Upstream::Headers &headers) const
{
    const auto overridden = [&headers](const QByteArray &name) {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    for (const auto &h : defaultHeaders) {
        if (!overridden(h.first))
            request.headers.append(h);
    }
    request.headers.append(headers);
    request.timeoutMs = timeoutMs;
    request.maxResponseBytes = maxResponseBytes;
}

Upstream::Upstream(QObject *parent)
    : QObject(parent)
    , d(new UpstreamPrivate)
{
}

Upstream::Upstream(Transport *transport, const QUrl &endpoint, QObject *parent)
    : Upstream(parent)
{
    d->transport = transport;
    d->endpoint = endpoint;
}

Upstream::~Upstream() = default;

Transport *Upstream::transport() const
{
    return d->transport;
}

void Upstream::setTransport(Transport *transport)
{
    d->transport = transport;
}

QUrl Upstream::endpoint() const
{
    return d->endpoint;
}

void Upstream::setEndpoint(const QUrl &endpoint)
{
    if (d->endpoint == endpoint)
        return;
    d->endpoint = endpoint;
    Q_EMIT endpointChanged(endpoint);
}

QUrlQuery Upstream::defaultQuery() const
{
    return d->defaultQuery;
}

void Upstream::setDefaultQuery(const QUrlQuery &query)
{
    d->defaultQuery = query;
}

Upstream::Headers Upstream::defaultHeaders() const
{
    return d->defaultHeaders;
}

void Upstream::setDefaultHeaders(const Headers &headers)
{
    d->defaultHeaders = headers;
}

void Upstream::setDefaultHeader(const QByteArray &name, const QByteArray &value)
{
    d->defaultHeaders.removeIf([&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    d->defaultHeaders.append({name, value});
}

int Upstream::timeout() const
{
    return d->timeoutMs;
}

void Upstream::setTimeout(int msecs)
{
    msecs = qMax(0, msecs);
    if (d->timeoutMs == msecs)
        return;
    d->timeoutMs = msecs;
    Q_EMIT timeoutChanged(msecs);
}

qint64 Upstream::maxResponseBytes() const
{
    return d->maxResponseBytes;
}

void Upstream::setMaxResponseBytes(qint64 bytes)
{
    bytes = qMax<qint64>(0, bytes);
    if (d->maxResponseBytes == bytes)
        return;
    d->maxResponseBytes = bytes;
    Q_EMIT maxResponseBytesChanged(bytes);
}

void Upstream::addMiddleware(Middleware *middleware)
{
    if (middleware && !d->middlewares.contains(middleware))
        d->middlewares.append(middleware);
}

void Upstream::removeMiddleware(Middleware *middleware)
{
    d->middlewares.removeAll(middleware);
}

QList<Middleware *> Upstream::middlewares() const
{
    return d->middlewares;
}

QUrlQuery Upstream::mergeQuery(const QUrlQuery &base, const QUrlQuery &overrides)
{
    if (overrides.isEmpty())
        return base;
    if (base.isEmpty())
        return overrides;
    // Work on the fully encoded form: '&' and '=' inside keys and values stay escaped
    // there, so splitting and re-joining loses nothing.
    // Each item is (key, "key=value" as written).
    const auto split = [](const QUrlQuery &q) {
        QList<QPair<QString, QString>> items;
        const QString s = q.query(QUrl::FullyEncoded);
        for (const QString &part : s.split(u'&', Qt::SkipEmptyParts))
            items.append({part.section(u'=', 0, 0), part});
        return items;
    };
    const auto baseItems = split(base);
    const auto overrideItems = split(overrides);
    QStringList parts;
    for (const auto &item : baseItems) {
        const bool replaced = std::any_of(overrideItems.cbegin(), overrideItems.cend(),
                                          [&item](const auto &o) { return o.first == item.first; });
        if (!replaced)
            parts.append(item.second);
    }
    for (const auto &item : overrideItems)
        parts.append(item.second);
    return QUrlQuery(parts.join(u'&'));
}

TransportRequest Upstream::buildRequest(const QUrlQuery &params, const Headers &headers) const
{
    QUrl url = d->endpoint;
    if (!d->defaultQuery.isEmpty() || !params.isEmpty()) {
        const QUrlQuery merged = mergeQuery(mergeQuery(QUrlQuery(url), d->defaultQuery), params);
        url.setQuery(merged.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    TransportRequest request(url);
    d->applyCommon(request, headers);
    return request;
}

TransportRequest Upstream::buildRequest(const QUrl &url, const Headers &headers) const
{
    TransportRequest request(url);
    d->applyCommon(request, headers);
    return request;
}

TransportReply *Upstream::request(const QUrlQuery &params, const Headers &headers)
{
    return send(buildRequest(params, headers));
}

TransportReply *Upstream::request(const QUrl &url, const Headers &headers)
{
    return send(buildRequest(url, headers));
}

TransportReply *Upstream::send(const TransportRequest &request)
{
    return d->dispatch(this, request, 0);
}

} // namespace VastQt
