// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_TRANSPORT_H
#define VASTQT_TRANSPORT_H

#include <VastQt/vastqt_export.h>

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPair>
#include <QtCore/QUrl>

#include <memory>

namespace VastQt
{

/*!
    \brief One request for a Transport: the URL, the method (GET unless a body is sent),
    headers, an optional body, a timeout in milliseconds (0: the transport's default)
    and a response size cap in bytes (0: the transport's default).
*/
struct VASTQT_EXPORT TransportRequest {
    //! The URL to fetch.
    QUrl url;
    //! The HTTP method; "GET" unless a body is sent (e.g. "POST").
    QByteArray method = QByteArrayLiteral("GET");
    //! Extra request headers, name and value, sent in this order.
    QList<QPair<QByteArray, QByteArray>> headers;
    //! The request body, empty for none.
    QByteArray body;
    //! The timeout in ms; 0 uses the transport's defaultTimeout().
    int timeoutMs = 0;
    //! The response size cap in bytes; 0 uses the transport's maxResponseBytes().
    qint64 maxResponseBytes = 0;

    TransportRequest() = default;
    //! A GET of \a u with the transport's defaults.
    explicit TransportRequest(const QUrl &u)
        : url(u)
    {
    }
};

class TransportReplyPrivate;

/*!
    \brief The answer to one Transport::send(), in the manner of QNetworkReply.

    A reply finishes exactly once: finished() is always emitted, preceded by
    errorOccurred() when the request failed. Neither is emitted from inside send(), so a
    caller can always connect first. The caller owns the reply and deletes it
    (deleteLater()) in its finished() handler. abort() finishes a running reply with
    Error::Aborted; it does nothing on a finished one.

    The setters in the "for Transport implementations" section are called by transports
    and middlewares only (the Upstream layer answers through them too); a finished reply
    ignores them.
*/
class VASTQT_EXPORT TransportReply : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransportReply)
public:
    /*! What went wrong, independent of the transport used. */
    enum class Error {
        NoError,
        Timeout, //!< no complete answer within the timeout
        ConnectionRefused, //!< nothing listens at the host and port
        HostNotFound,
        HttpError, //!< an answer with HTTP status >= 400; httpStatus() says which
        TooLarge, //!< the body passed the response size cap; reading stopped there. For a
                  //!< gzip/deflate body also when its inflation was stopped (HttpTransport)
        TooManyRedirects, //!< more than the allowed HTTP redirects
        UnsupportedScheme, //!< the transport cannot serve this URL's scheme
        NotFound, //!< no such file or memory entry
        Aborted, //!< abort() was called
        ProtocolError, //!< any other network or I/O failure
    };
    Q_ENUM(Error)

    //! A running reply to \a request; transports create it in send().
    explicit TransportReply(const TransportRequest &request, QObject *parent = nullptr);
    ~TransportReply() override;

    /*! The request this reply answers. */
    TransportRequest request() const;
    /*! The URL after redirects; the request URL when none was followed. */
    QUrl finalUrl() const;
    /*! The HTTP status code, 0 when there was no HTTP answer (or for file and memory). */
    int httpStatus() const;
    /*! The response body (possibly partial when error() is TooLarge). */
    QByteArray body() const;
    /*! The response header \a name (case-insensitive), empty when absent. */
    QByteArray rawHeader(const QByteArray &name) const;
    /*! Milliseconds from send() to finished(), measured with a monotonic clock; includes
        queuedMs(). */
    qint64 elapsedMs() const;
    /*! Milliseconds the request waited in the transport's own queue for a free connection
        before it was sent (HttpTransport::maxConnectionsPerHost()); 0 when it was sent at
        once, and for transports without a queue. The request's timeout runs from when it is
        sent, so the wait does not count against it. */
    qint64 queuedMs() const;
    /*! The number of HTTP redirects followed. */
    int redirectCount() const;
    /*! The wait the server asks for in its Retry-After header (RFC 9110 §10.2.3), in
        milliseconds; -1 when there is none or it cannot be read. See parseRetryAfter(). */
    qint64 retryAfterMs() const;
    /*! Reads a Retry-After header value \a value: a number of seconds ("120") or an
        HTTP-date ("Sun, 06 Nov 1994 08:49:37 GMT"), which counts from \a nowUtc (a date
        already past gives 0). Returns milliseconds, or -1 when \a value is empty or neither
        form. */
    static qint64 parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

    //! What went wrong; Error::NoError while running and on success.
    Error error() const;
    //! The error in words (translated), empty on success.
    QString errorString() const;
    //! True when error() is not Error::NoError.
    bool hasError() const { return error() != Error::NoError; }
    //! True once finished() was emitted.
    bool isFinished() const;
    //! True until finished() was emitted.
    bool isRunning() const { return !isFinished(); }

    /*! Stops the request; emits errorOccurred(Aborted) and finished() if still running. */
    void abort();

    // for Transport implementations
    //! For transports: sets finalUrl() to \a url (after redirects).
    void setFinalUrl(const QUrl &url);
    //! For transports: sets httpStatus() to \a status.
    void setHttpStatus(int status);
    //! For transports: sets the response headers read by rawHeader().
    void setRawHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    //! For transports: sets redirectCount() to \a count.
    void setRedirectCount(int count);
    /*! True while the request waits in the transport's queue, false once it is sent:
        queuedMs() is the time between the two. */
    void setQueued(bool queued);
    /*! Finishes successfully with \a body: emits finished() only. */
    void finish(const QByteArray &body);
    /*! Finishes with \a error: emits errorOccurred() then finished(). */
    void fail(Error error, const QString &errorString, const QByteArray &partialBody = QByteArray());
    /*!
        fail(\a error, \a errorString) on the next event loop turn, for a request refused
        before any work started (an unsupported scheme, an open circuit breaker): send()
        must never finish inside itself. Nothing happens when the reply is deleted or has
        finished meanwhile.
    */
    void failLater(Error error, const QString &errorString);

Q_SIGNALS:
    /*! Emitted once when the reply failed, right before finished(). */
    void errorOccurred(VastQt::TransportReply::Error error);
    /*! Emitted exactly once when the reply is complete, successful or not. */
    void finished();
    /*! Emitted by abort() before errorOccurred(), so a transport can cancel its work. */
    void abortRequested();

private:
    std::unique_ptr<TransportReplyPrivate> const d;
};

/*!
    \brief A request for Transport::ping(): a GET whose answer body nobody reads, such as a
    tracking pixel (VAST 4.3 §2.3.4).

    The URL is given either parsed (\l url) or as text (\l urlText, what
    QUrl(urlText, QUrl::TolerantMode) would parse): a transport that needs a QUrl parses the
    text, one that does not (MemoryTransport answering every URL alike) never does.
    \l url wins when it is not empty. \l timeoutMs is the longest the ping may take, in
    milliseconds (0: the transport's defaultTimeout()).
*/
struct VASTQT_EXPORT PingRequest {
    //! The URL as text, parsed by toUrl() only when url is empty.
    QString urlText;
    //! The parsed URL; wins over urlText when not empty.
    QUrl url;
    //! The longest the ping may take, in ms; 0 uses the transport's defaultTimeout().
    int timeoutMs = 0;

    /*! \l url, or \l urlText parsed with QUrl::TolerantMode when \l url is empty. */
    QUrl toUrl() const { return url.isEmpty() ? QUrl(urlText, QUrl::TolerantMode) : url; }
};

/*!
    \brief The outcome of a Transport::ping(): what a TransportReply would have said, without
    the body.

    \l error is TransportReply::Error::NoError on success; \l httpStatus the HTTP status
    code (0 when there was no HTTP answer, or for file and memory); \l elapsedMs the
    milliseconds from ping() to the answer, on a monotonic clock; \l queuedMs the part of
    them the ping waited for a free connection before it was sent (TransportReply::queuedMs());
    \l retryAfterMs the wait the server asked for in a Retry-After header, or -1.
*/
struct VASTQT_EXPORT PingResult {
    //! TransportReply::Error::NoError on success.
    TransportReply::Error error = TransportReply::Error::NoError;
    //! The error in words, empty on success.
    QString errorString;
    //! The HTTP status code; 0 when there was no HTTP answer, or for file and memory.
    int httpStatus = 0;
    //! The ms from ping() to the answer, on a monotonic clock.
    qint64 elapsedMs = 0;
    //! The ms of elapsedMs the ping waited for a free connection before it was sent (TransportReply::queuedMs()).
    qint64 queuedMs = 0;
    /*! The server's Retry-After header as ms (TransportReply::retryAfterMs()); -1 when
        absent, and from transports that have no headers (MemoryTransport, FileTransport). */
    qint64 retryAfterMs = -1;
};

/*!
    \brief Receives the outcome of Transport::ping() (no QObject, no signal: one virtual
    call).

    A handler has at most one ping running. It must call Transport::cancelPing() before it
    is destroyed while its ping runs.
*/
class VASTQT_EXPORT PingHandler
{
public:
    /*! Called exactly once per Transport::ping(), from the event loop (never from inside
        ping()), unless Transport::cancelPing() was called first. The handler may ping again
        or be destroyed from here. */
    virtual void pingFinished(const VastQt::PingResult &result) = 0;

protected:
    PingHandler() = default;
    ~PingHandler() = default;
    //! Copyable, so a handler can be a member of a value type.
    PingHandler(const PingHandler &) = default;
    //! Copyable, so a handler can be a member of a value type.
    PingHandler &operator=(const PingHandler &) = default;
};

class TransportPrivate;

/*!
    \brief The transport layer (DESIGN.md, verb "send"): moves bytes for a URL.

    Implementations: HttpTransport (http, https), FileTransport (file, qrc) and
    MemoryTransport (URL → bytes, for tests, benchmarks and the demo). Upstream and the
    Tracker only see this interface, so a test swaps the network for memory.

    Every transport has a default timeout and a response size cap, used when a
    TransportRequest leaves timeoutMs or maxResponseBytes at 0. The transports of this
    layer extend TransportPrivate (transport_p.h) through the protected constructor; a
    subclass elsewhere (UpstreamTransport) uses the public one and keeps its own private
    data, answering with TransportReply's public "for Transport implementations" API.
*/
class VASTQT_EXPORT Transport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transport)
public:
    /*! The response size cap a transport starts with: 2 MiB. */
    static constexpr qint64 DefaultMaxResponseBytes = 2 * 1024 * 1024;

    //! A transport with no default timeout (0) and a cap of DefaultMaxResponseBytes; for subclasses outside the
    //! transport layer (UpstreamTransport).
    explicit Transport(QObject *parent = nullptr);
    ~Transport() override;

    /*! Starts \a request and returns its reply, owned by the caller. Never null; a URL the
        transport cannot serve gives a reply that fails with Error::UnsupportedScheme. */
    virtual TransportReply *send(const TransportRequest &request) = 0;

    /*! Whether send() can serve \a url's scheme. */
    virtual bool supportsScheme(const QString &scheme) const = 0;

    /*! Convenience: send(TransportRequest(url)). */
    TransportReply *get(const QUrl &url) { return send(TransportRequest(url)); }

    /*!
        Sends \a request, a GET whose body is not needed (a tracking pixel), and reports the
        outcome to \a handler's PingHandler::pingFinished() instead of through a
        TransportReply: exactly once, never from inside ping(), unless cancelPing(\a handler)
        comes first. The outcome is what send() would have given (errors, HTTP status,
        elapsed time); the ping ends with TransportReply::Error::Timeout at the latest
        PingRequest::timeoutMs milliseconds after the request is sent (when > 0; the time it
        waited in the transport's queue, TransportReply::queuedMs(), not counted), whether
        or not the transport honours TransportRequest::timeoutMs itself.

        The default implementation sends a TransportReply with send() and watches it; a
        transport that can answer without one overrides ping() and cancelPing() (the
        MemoryTransport does: a beacon then costs no QObject). When the transport is
        destroyed, pings still running end at once with TransportReply::Error::Aborted.
    */
    virtual void ping(const PingRequest &request, PingHandler *handler);
    /*! Forgets the running ping of \a handler: its pingFinished() will not be called. Does
        nothing when \a handler has no ping running. */
    virtual void cancelPing(PingHandler *handler);

    /*!
        The timeout in milliseconds for requests whose timeoutMs is 0; 0 means none.
        It covers the whole request, from send() to the last byte, redirects included; a
        reply that runs out of it fails with TransportReply::Error::Timeout. Each
        implementation documents its starting value (HttpTransport: 10000 ms).
    */
    int defaultTimeout() const;
    /*! Sets defaultTimeout() to \a msecs (negative values count as 0, no timeout). */
    void setDefaultTimeout(int msecs);

    /*!
        The response size cap in bytes for requests whose maxResponseBytes is 0;
        DefaultMaxResponseBytes (2 MiB) unless set. A larger body fails the reply with
        TransportReply::Error::TooLarge, keeping the first maxResponseBytes() bytes.
    */
    qint64 maxResponseBytes() const;
    /*! Sets maxResponseBytes() to \a bytes; a value <= 0 restores DefaultMaxResponseBytes. */
    void setMaxResponseBytes(qint64 bytes);

protected:
    //! For the transports of this layer: extends \a dd, their TransportPrivate subclass.
    Transport(TransportPrivate &dd, QObject *parent);

    /*! \a request's timeout in ms: its own timeoutMs when > 0, else defaultTimeout(). */
    int effectiveTimeout(const TransportRequest &request) const;
    /*! \a request's size cap: its own maxResponseBytes when > 0, else maxResponseBytes(). */
    qint64 effectiveMaxResponseBytes(const TransportRequest &request) const;

    //! The private data, extended by the subclasses of this layer.
    std::unique_ptr<TransportPrivate> const d_ptr;

private:
    Q_DECLARE_PRIVATE(Transport)
};

} // namespace VastQt

#endif // VASTQT_TRANSPORT_H
