// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/upstream.h>
#include "vastqt_logging_p.h"

#include <QtCore/QPointer>
#include <QtCore/QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace VastQt
{

Middleware::~Middleware() = default;

class UpstreamPrivate
{
public:
    TransportReply *dispatch(Upstream *q, const TransportRequest &request, qsizetype index);
    void complete(TransportRequest &request) const;

    QPointer<Transport> transport;
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

void UpstreamPrivate::complete(TransportRequest &request) const
{
    const Upstream::Headers own = request.headers;
    const auto named = [&own](const QByteArray &name) {
        return std::any_of(own.cbegin(), own.cend(),
                           [&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    };
    for (const auto &h : defaultHeaders) {
        if (!named(h.first))
            request.headers.append(h);
    }
    if (request.timeoutMs == 0)
        request.timeoutMs = timeoutMs;
    if (request.maxResponseBytes == 0)
        request.maxResponseBytes = maxResponseBytes;
}

Upstream::Upstream(QObject *parent)
    : QObject(parent)
    , d(new UpstreamPrivate)
{
}

Upstream::Upstream(Transport *transport, QObject *parent)
    : Upstream(parent)
{
    d->transport = transport;
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

namespace
{
// One query item as written ("key=value", "key" or "key="), with its key percent-decoded.
struct QueryItem {
    QString key;
    QString text;
};

QList<QueryItem> queryItems(const QString &fullyEncoded)
{
    // Split the fully encoded form: '&' and '=' inside keys and values stay escaped there,
    // so splitting and re-joining loses nothing.
    QList<QueryItem> items;
    for (const QString &part : fullyEncoded.split(u'&', Qt::SkipEmptyParts))
        items.append({QUrl::fromPercentEncoding(part.section(u'=', 0, 0).toUtf8()), part});
    return items;
}
} // namespace

QUrl Upstream::requestUrl(const QUrl &source, const QUrlQuery &defaults, const QUrlQuery &params)
{
    QStringList parts;
    QSet<QString> keys; // the keys an earlier layer has
    for (const QueryItem &item : queryItems(source.query(QUrl::FullyEncoded))) {
        parts.append(item.text);
        keys.insert(item.key);
    }
    bool added = false;
    for (const QUrlQuery *layer : {&defaults, &params}) {
        QSet<QString> layerKeys;
        for (const QueryItem &item : queryItems(layer->query(QUrl::FullyEncoded))) {
            if (keys.contains(item.key))
                continue;
            parts.append(item.text);
            layerKeys.insert(item.key);
            added = true;
        }
        keys.unite(layerKeys);
    }
    if (!added)
        return source;
    QUrl out = source;
    out.setQuery(parts.join(u'&'), QUrl::TolerantMode);
    return out;
}

TransportRequest Upstream::buildRequest(const QUrl &source, const QUrlQuery &params, const Headers &headers) const
{
    TransportRequest request(requestUrl(source, d->defaultQuery, params));
    request.headers = headers;
    d->complete(request);
    return request;
}

TransportReply *Upstream::request(const QUrl &source, const QUrlQuery &params, const Headers &headers)
{
    return send(buildRequest(source, params, headers));
}

TransportReply *Upstream::send(const TransportRequest &request)
{
    TransportRequest r = request;
    d->complete(r);
    return d->dispatch(this, r, 0);
}

} // namespace VastQt
