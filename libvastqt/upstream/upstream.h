// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_UPSTREAM_H
#define VASTQT_UPSTREAM_H

#include <VastQt/vastqt_export.h>
#include <VastQt/transport.h>

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
    //! Passes a request on to the next middleware, after the last one to the Transport; returns its reply.
    using Next = std::function<TransportReply *(const TransportRequest &request)>;

    virtual ~Middleware();
    //! Handles \a request: returns the reply \a next gives, or one of its own (finished or failed later, never inside
    //! handle()).
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
    \brief The upstream layer (DESIGN.md, verb "request"): the one place a request to an ad
    server is built, and the one path it leaves by — default query parameters and headers,
    a timeout and a size cap, the Middleware chain, then a Transport.

    \section1 The query rule
    requestUrl() builds the URL of a request to a source (a tag URL, a VMAP document, an
    ad server endpoint) from three layers, in this order of precedence:
    \list 1
    \li the source URL's own query,
    \li defaultQuery() (FetchConfig::params),
    \li the call's parameters (a ProtocolHandler's mapping of the AdRequest).
    \endlist
    The first layer that has a key keeps it with all its values, in its order; a later
    layer's values for that key are dropped. Keys no earlier layer has are appended in the
    later layer's order, every value of a repeated key kept. Keys are compared
    percent-decoded and case-sensitively ("a%62" and "ab" are one key, "AB" another); every
    item is copied as written, so encoded delimiters ("%26", "%3D"), "+" and "%20" stay
    distinct. The source URL is returned unchanged when no layer adds anything.

    Only requests to a source get the query: a redirection (a Wrapper's VASTAdTagURI, a
    VMAP break's AdTagURI) is sent with send() as written.

    \section1 Headers, timeout, size cap
    send() — so every request, redirections included — adds each of defaultHeaders() the
    request does not name itself (names compared case-insensitively: the request's own
    header wins), sets timeout() when the request's timeoutMs is 0 and
    maxResponseBytes() when its maxResponseBytes is 0, then passes it through the
    middlewares in order and sends it with transport().

    The Transport and the middlewares are not owned. The returned reply is owned by the
    caller, as with Transport::send(); without a transport, it fails with
    TransportReply::Error::ProtocolError on the next event loop turn.
*/
class VASTQT_EXPORT Upstream : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Upstream)
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)
    Q_PROPERTY(qint64 maxResponseBytes READ maxResponseBytes WRITE setMaxResponseBytes NOTIFY maxResponseBytesChanged)
public:
    //! Request headers, name and value, in order.
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    //! An upstream with no transport (requests fail until setTransport()).
    explicit Upstream(QObject *parent = nullptr);
    /*! Sends with \a transport (not owned). */
    explicit Upstream(Transport *transport, QObject *parent = nullptr);
    ~Upstream() override;

    //! The transport requests are sent with; not owned, may be null.
    Transport *transport() const;
    //! Sets transport() to \a transport (not owned).
    void setTransport(Transport *transport);

    /*! Query parameters added to every request() to a source (e.g. a publisher id), under
        the source URL's own query and over the call's parameters (see requestUrl()). */
    QUrlQuery defaultQuery() const;
    //! Sets defaultQuery().
    void setDefaultQuery(const QUrlQuery &query);

    /*! Headers every request carries (send()), in order, unless it names them itself. */
    Headers defaultHeaders() const;
    //! Sets defaultHeaders().
    void setDefaultHeaders(const Headers &headers);
    /*! Sets one default header, replacing any of the same name (case-insensitive). */
    void setDefaultHeader(const QByteArray &name, const QByteArray &value);

    /*! The timeout in milliseconds of a request that sets none; 0 (the default) leaves it
        to the Transport. Negative values are stored as 0. */
    int timeout() const;
    //! Sets timeout() to \a msecs; emits timeoutChanged() on a change.
    void setTimeout(int msecs);

    /*! The response size cap in bytes of a request that sets none; 0 (the default) leaves
        it to the Transport. Negative values are stored as 0. */
    qint64 maxResponseBytes() const;
    //! Sets maxResponseBytes() to \a bytes; emits maxResponseBytesChanged() on a change.
    void setMaxResponseBytes(qint64 bytes);

    /*! Appends \a middleware to the chain (not owned; remove it before deleting it). */
    void addMiddleware(Middleware *middleware);
    //! Removes \a middleware from the chain.
    void removeMiddleware(Middleware *middleware);
    //! The middlewares, in the order requests pass them.
    QList<Middleware *> middlewares() const;

    /*! The URL of a request to \a source: its own query, then \a defaults, then \a params,
        merged by the rule above (the first layer that has a key keeps it). */
    static QUrl requestUrl(const QUrl &source, const QUrlQuery &defaults, const QUrlQuery &params = QUrlQuery());

    /*! The request request() sends: a GET to requestUrl(source, defaultQuery(), params)
        carrying \a headers, completed as send() completes it (default headers, timeout,
        size cap). For inspection; sending it with send() changes nothing more. */
    TransportRequest buildRequest(const QUrl &source, const QUrlQuery &params = QUrlQuery(),
                                  const Headers &headers = Headers()) const;
    /*! Sends buildRequest(source, params, headers). */
    TransportReply *request(const QUrl &source, const QUrlQuery &params = QUrlQuery(),
                            const Headers &headers = Headers());
    /*! Sends \a request with its URL as given (a redirection): adds the default headers
        it does not name, the timeout and size cap it leaves at 0, and passes it through
        the middlewares to the transport. */
    TransportReply *send(const TransportRequest &request);

Q_SIGNALS:
    //! timeout() changed to \a msecs.
    void timeoutChanged(int msecs);
    //! maxResponseBytes() changed to \a bytes.
    void maxResponseBytesChanged(qint64 bytes);

private:
    std::unique_ptr<UpstreamPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_UPSTREAM_H
