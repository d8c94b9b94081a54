// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_CACHEMIDDLEWARE_H
#define VASTQT_CACHEMIDDLEWARE_H

#include <VastQt/vastqt_export.h>
#include <VastQt/upstream.h>

#include <QtCore/QString>
#include <QtCore/QVariant>

#include <functional>
#include <memory>

namespace VastQt
{

/*!
    \brief Where cached responses live (seed 004, "CacheBackend"): key → value with a
    time to live. MemoryCacheBackend is the default; a user plugs in a disk or shared cache
    by implementing these four functions. Values are QVariants: CacheMiddleware stores
    response bodies, Orchestrator stores whole AdResponses.
*/
class VASTQT_EXPORT CacheBackend
{
public:
    virtual ~CacheBackend();
    /*! The value stored under \a key, or an invalid QVariant when absent or expired. */
    virtual QVariant get(const QString &key) = 0;
    /*! Stores \a value under \a key for \a ttlMs milliseconds (> 0). */
    virtual void set(const QString &key, const QVariant &value, qint64 ttlMs) = 0;
    //! Removes the value stored under \a key, if any.
    virtual void remove(const QString &key) = 0;
    //! Removes every value.
    virtual void clear() = 0;
};

class MemoryCacheBackendPrivate;

/*!
    \brief The in-memory CacheBackend: a hash of entries with their expiry time, at most
    maxEntries() of them (when full, the entry closest to expiry is dropped). Time comes
    from clock() (monotonic ms; tests inject their own).
*/
class VASTQT_EXPORT MemoryCacheBackend : public CacheBackend
{
public:
    MemoryCacheBackend();
    ~MemoryCacheBackend() override;
    Q_DISABLE_COPY_MOVE(MemoryCacheBackend)

    QVariant get(const QString &key) override;
    void set(const QString &key, const QVariant &value, qint64 ttlMs) override;
    //! Removes the entry of \a key, if any.
    void remove(const QString &key) override;
    //! Removes every entry.
    void clear() override;

    /*! The entries held (expired ones included until they are read or pushed out). */
    int size() const;
    /*! The most entries kept, >= 1; default 256. */
    int maxEntries() const;
    //! Sets maxEntries() to \a entries (values below 1 count as 1).
    void setMaxEntries(int entries);
    /*! Replaces the clock: monotonic milliseconds. */
    void setClock(const std::function<qint64()> &clock);

private:
    std::unique_ptr<MemoryCacheBackendPrivate> const d;
};

/*!
    \brief Answers repeated GET requests from a CacheBackend (seed 001, "CacheMiddleware").

    A GET answered 2xx without error is stored under its full URL for ttl() ms. A later GET
    of the same URL is answered from the cache on the next event loop turn, without going
    further down the chain: same body, HTTP status and final URL, and the dynamic property
    Middleware::CacheHitProperty set. Requests with a body, and failures, are never cached.
*/
class VASTQT_EXPORT CacheMiddleware : public Middleware
{
public:
    /*! Caches in \a backend (not owned; nullptr: an own MemoryCacheBackend) for \a ttlMs. */
    explicit CacheMiddleware(CacheBackend *backend = nullptr, qint64 ttlMs = 60000);
    ~CacheMiddleware() override;
    Q_DISABLE_COPY_MOVE(CacheMiddleware)

    //! The backend entries are stored in (the own MemoryCacheBackend when none was given).
    CacheBackend *backend() const;
    /*! The time to live of new entries, in ms (> 0). */
    qint64 ttl() const;
    //! Sets ttl() to \a msecs for entries stored from now on (values below 1 count as 1).
    void setTtl(qint64 msecs);
    /*! Requests answered from the cache / passed on, so far. */
    int hits() const;
    //! Requests passed on down the chain, so far.
    int misses() const;

    /*! The backend key of \a url: "transport:" followed by the fully encoded URL. */
    static QString cacheKey(const QUrl &url);

    //! Answers a cached GET from the backend; passes any other request on with \a next and stores a 2xx answer.
    TransportReply *handle(const TransportRequest &request, const Next &next) override;

private:
    std::unique_ptr<MemoryCacheBackend> m_ownBackend;
    CacheBackend *m_backend;
    qint64 m_ttlMs;
    int m_hits = 0;
    int m_misses = 0;
};

} // namespace VastQt

#endif // VASTQT_CACHEMIDDLEWARE_H
