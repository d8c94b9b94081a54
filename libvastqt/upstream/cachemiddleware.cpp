// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/cachemiddleware.h>
#include "upstream/middleware_p.h"
#include "vastqt_logging_p.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QTimer>
#include <QtCore/QVariantMap>

using namespace Qt::StringLiterals;

namespace VastQt
{

CacheBackend::~CacheBackend() = default;

class MemoryCacheBackendPrivate
{
public:
    struct Entry {
        QVariant value;
        qint64 expiresAt = 0;
    };
    QHash<QString, Entry> entries;
    int maxEntries = 256;
    QElapsedTimer elapsed;
    std::function<qint64()> clock;

    qint64 now() const { return clock ? clock() : elapsed.elapsed(); }
};

MemoryCacheBackend::MemoryCacheBackend()
    : d(new MemoryCacheBackendPrivate)
{
    d->elapsed.start();
}

MemoryCacheBackend::~MemoryCacheBackend() = default;

QVariant MemoryCacheBackend::get(const QString &key)
{
    const auto it = d->entries.find(key);
    if (it == d->entries.end())
        return QVariant();
    if (it->expiresAt <= d->now()) {
        d->entries.erase(it);
        return QVariant();
    }
    return it->value;
}

void MemoryCacheBackend::set(const QString &key, const QVariant &value, qint64 ttlMs)
{
    if (ttlMs <= 0)
        return;
    if (!d->entries.contains(key) && d->entries.size() >= d->maxEntries) {
        auto victim = d->entries.begin();
        for (auto it = d->entries.begin(); it != d->entries.end(); ++it) {
            if (it->expiresAt < victim->expiresAt)
                victim = it;
        }
        d->entries.erase(victim);
    }
    d->entries.insert(key, {value, d->now() + ttlMs});
}

void MemoryCacheBackend::remove(const QString &key)
{
    d->entries.remove(key);
}

void MemoryCacheBackend::clear()
{
    d->entries.clear();
}

int MemoryCacheBackend::size() const
{
    return int(d->entries.size());
}

int MemoryCacheBackend::maxEntries() const
{
    return d->maxEntries;
}

void MemoryCacheBackend::setMaxEntries(int entries)
{
    d->maxEntries = qMax(1, entries);
}

void MemoryCacheBackend::setClock(const std::function<qint64()> &clock)
{
    d->clock = clock;
}

CacheMiddleware::CacheMiddleware(CacheBackend *backend, qint64 ttlMs)
    : m_ownBackend(backend ? nullptr : new MemoryCacheBackend)
    , m_backend(backend ? backend : m_ownBackend.get())
    , m_ttlMs(qMax<qint64>(1, ttlMs))
{
}

CacheMiddleware::~CacheMiddleware() = default;

CacheBackend *CacheMiddleware::backend() const
{
    return m_backend;
}

qint64 CacheMiddleware::ttl() const
{
    return m_ttlMs;
}

void CacheMiddleware::setTtl(qint64 msecs)
{
    m_ttlMs = qMax<qint64>(1, msecs);
}

int CacheMiddleware::hits() const
{
    return m_hits;
}

int CacheMiddleware::misses() const
{
    return m_misses;
}

QString CacheMiddleware::cacheKey(const QUrl &url)
{
    return u"transport:"_s + QString::fromLatin1(url.toEncoded(QUrl::RemoveFragment));
}

TransportReply *CacheMiddleware::handle(const TransportRequest &request, const Next &next)
{
    const bool cacheable = request.method == "GET" && request.body.isEmpty();
    if (!cacheable)
        return next(request);
    const QString key = cacheKey(request.url);
    const QVariantMap cached = m_backend->get(key).toMap();
    if (!cached.isEmpty()) {
        ++m_hits;
        qCDebug(lcVastUpstream) << "cache hit" << request.url;
        auto *reply = new TransportReply(request);
        reply->setProperty(Middleware::CacheHitProperty, true);
        reply->setHttpStatus(cached.value(u"status"_s).toInt());
        reply->setFinalUrl(cached.value(u"finalUrl"_s).toUrl());
        const QByteArray contentType = cached.value(u"contentType"_s).toByteArray();
        if (!contentType.isEmpty())
            reply->setRawHeaders({{QByteArrayLiteral("Content-Type"), contentType}});
        const QByteArray body = cached.value(u"body"_s).toByteArray();
        QTimer::singleShot(0, reply, [reply, body] { reply->finish(body); });
        return reply;
    }
    ++m_misses;
    TransportReply *inner = next(request);
    auto *outer = new TransportReply(request);
    // Stored before the caller hears of the answer: a request it sends from its handler hits.
    QObject::connect(inner, &TransportReply::finished, inner,
                     [backend = m_backend, ttl = m_ttlMs, key, inner] {
                         const int status = inner->httpStatus();
                         if (inner->hasError() || (status != 0 && (status < 200 || status > 299)))
                             return;
                         backend->set(key,
                                      QVariantMap{{u"body"_s, inner->body()},
                                                  {u"status"_s, status},
                                                  {u"finalUrl"_s, inner->finalUrl()},
                                                  {u"contentType"_s, inner->rawHeader("Content-Type")}},
                                      ttl);
                     });
    MiddlewarePrivate::forward(inner, outer);
    return outer;
}

} // namespace VastQt
