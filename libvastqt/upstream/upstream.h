// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_UPSTREAM_H
#define VASTQT_UPSTREAM_H

#include "vastqt_export.h"
#include "transport/transport.h"

#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

#include <functional>
#include <memory>

namespace VastQt
{

/*!
    \brief A step between Upstream and its Transport: it may change the request, answer
    it itself, or wrap the reply of the next step (retry, circuit breaker, cache, metrics).

    Upstream calls the first middleware's handle() with the request and a \a next function
    that passes a request on to the following middleware, and after the last one to the
    Transport. handle() returns the reply the caller gets: the one \a next returned, or one
    of its own (a TransportReply it finishes or fails later, never inside handle()).
    \a next may be called later (a retry), but only while the Upstream exists; after that
    it returns a reply failing with TransportReply::Error::Aborted.
*/
class VASTQT_EXPORT Middleware
{
public:
    using Next = std::function<TransportReply *(const TransportRequest &request)>;

    virtual ~Middleware();
    virtual TransportReply *handle(const TransportRequest &request, const Next &next) = 0;

    /*! The name of the dynamic property (bool) set on a reply a CircuitBreakerMiddleware
        refused without sending; such a reply fails with TransportReply::Error::ProtocolError. */
    static const char *const RejectedProperty;
    /*! The name of the dynamic property (bool) set on a reply CacheMiddleware answered. */
    static const char *const CacheHitProperty;

    /*! The key middlewares count a request under ("per source"): \a url without query,
        fragment and user info, e.g. "http://127.0.0.1:8080/vast/a". */
    static QString sourceKey(const QUrl &url);

    /*! Whether \a reply failed in a way that says the source is unhealthy: a timeout, a
        refused or failed connection, an HTTP status >= 500 or 429, a size-cap overrun.
        Not: success, HTTP 4xx, Aborted, UnsupportedScheme, a circuit-breaker refusal. */
    static bool isFailure(const TransportReply *reply);
};

class UpstreamPrivate;

/*!
    \brief The upstream layer (DESIGN.md, verb "request"): one ad server endpoint with its
    default query parameters, headers, timeout and size cap, over a Transport.

    request() builds the endpoint URL with the merged query — the endpoint's own query,
    then defaultQuery(), then the call's parameters; a later source replaces every value
    of a key an earlier one had — adds defaultHeaders() then the call's headers (the call
    wins for a header both name, case-insensitive), sets timeout() and maxResponseBytes(),
    passes the request through the middlewares in order and sends it with transport().

    The Transport and the middlewares are not owned. The returned reply is owned by the
    caller, as with Transport::send(); without a transport, it fails with
    TransportReply::Error::ProtocolError on the next event loop turn.
*/
class VASTQT_EXPORT Upstream : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Upstream)
    Q_PROPERTY(QUrl endpoint READ endpoint WRITE setEndpoint NOTIFY endpointChanged)
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)
    Q_PROPERTY(qint64 maxResponseBytes READ maxResponseBytes WRITE setMaxResponseBytes NOTIFY maxResponseBytesChanged)
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    explicit Upstream(QObject *parent = nullptr);
    Upstream(Transport *transport, const QUrl &endpoint, QObject *parent = nullptr);
    ~Upstream() override;

    Transport *transport() const;
    void setTransport(Transport *transport);

    /*! The ad server URL request() without a URL goes to; it may carry a query. */
    QUrl endpoint() const;
    void setEndpoint(const QUrl &endpoint);

    /*! Query parameters every request() to the endpoint carries (e.g. a publisher id). */
    QUrlQuery defaultQuery() const;
    void setDefaultQuery(const QUrlQuery &query);

    /*! Headers every request carries, in order. */
    Headers defaultHeaders() const;
    void setDefaultHeaders(const Headers &headers);
    /*! Sets one default header, replacing any of the same name (case-insensitive). */
    void setDefaultHeader(const QByteArray &name, const QByteArray &value);

    /*! The request timeout in milliseconds; 0 (the default) leaves it to the Transport. */
    int timeout() const;
    void setTimeout(int msecs);

    /*! The response size cap in bytes; 0 (the default) leaves it to the Transport. */
    qint64 maxResponseBytes() const;
    void setMaxResponseBytes(qint64 bytes);

    /*! Appends \a middleware to the chain (not owned; remove it before deleting it). */
    void addMiddleware(Middleware *middleware);
    void removeMiddleware(Middleware *middleware);
    QList<Middleware *> middlewares() const;

    /*! Sends a GET to endpoint() with \a params merged into the query and \a headers added. */
    TransportReply *request(const QUrlQuery &params = QUrlQuery(), const Headers &headers = Headers());
    /*! Sends a GET to the absolute \a url as is (a Wrapper's VASTAdTagURI): defaultQuery()
        is not added, the headers, timeout and size cap are. */
    TransportReply *request(const QUrl &url, const Headers &headers = Headers());
    /*! Sends \a request through the middlewares and the transport as is. */
    TransportReply *send(const TransportRequest &request);

    /*! The request request(params, headers) would send, for inspection. */
    TransportRequest buildRequest(const QUrlQuery &params = QUrlQuery(), const Headers &headers = Headers()) const;
    /*! The request request(url, headers) would send. */
    TransportRequest buildRequest(const QUrl &url, const Headers &headers = Headers()) const;

    /*! \a base with every key of \a overrides replaced by the values \a overrides gives it,
        other keys kept in order. */
    static QUrlQuery mergeQuery(const QUrlQuery &base, const QUrlQuery &overrides);

Q_SIGNALS:
    void endpointChanged(const QUrl &endpoint);
    void timeoutChanged(int msecs);
    void maxResponseBytesChanged(qint64 bytes);

private:
    std::unique_ptr<UpstreamPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_UPSTREAM_H
