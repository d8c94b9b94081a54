// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_MEMORYTRANSPORT_H
#define VASTQT_MEMORYTRANSPORT_H

#include <VastQt/transport.h>

#include <QtCore/QStringList>

#include <functional>

namespace VastQt
{

/*!
    \brief One canned answer of a MemoryTransport.

    \a httpStatus >= 400 fails the reply with TransportReply::Error::HttpError (body kept),
    as HttpTransport does. A non-NoError \a error fails it with that error instead
    (simulating e.g. ConnectionRefused or Timeout) after \a delayMs. \a delayMs holds the
    answer back that many milliseconds (0: the next event loop turn).
*/
struct VASTQT_EXPORT MemoryResponse {
    //! The body answered.
    QByteArray body;
    //! The HTTP status; >= 400 fails the reply with HttpError (body kept). Default 200.
    int httpStatus = 200;
    //! How long the answer is held back, in ms (0: the next event loop turn).
    int delayMs = 0;
    //! Response headers, name and value, read by TransportReply::rawHeader().
    QList<QPair<QByteArray, QByteArray>> headers;
    //! When not NoError, the reply fails with this error after delayMs.
    TransportReply::Error error = TransportReply::Error::NoError;
    //! The message of that failure, empty for a default one.
    QString errorString;

    MemoryResponse() = default;
    //! An answer with \a body and \a httpStatus after \a delayMs ms.
    MemoryResponse(const QByteArray &body, int httpStatus = 200, int delayMs = 0)
        : body(body)
        , httpStatus(httpStatus)
        , delayMs(delayMs)
    {
    }

    /*! An answer that fails with \a error after \a delayMs milliseconds. */
    static MemoryResponse failure(TransportReply::Error error, int delayMs = 0, const QString &errorString = QString());
};

class MemoryTransportPrivate;

/*!
    \brief A Transport that answers from memory: URL → canned response. For tests,
    benchmarks and the embedded demo.

    An answer is looked up, when send() is called, in this order: the responses set with
    setResponse() (the exact URL, or the URL without query and fragment when
    matchQuery() is false), then the handler set with setHandler(), then the
    setDefaultResponse(). Without any, the reply fails with TransportReply::Error::NotFound.
    Replies always answer asynchronously: on the next event loop turn, or after the
    response's delayMs.

    The transport's timeout and size cap apply as for HttpTransport: a delay at or beyond
    the effective timeout fails with Timeout once the timeout has passed (defaultTimeout()
    starts at 0, no timeout); a body over the cap fails with TooLarge keeping the first cap
    bytes. finalUrl() is the request URL, redirectCount() 0.

    Every request is recorded (requests()) unless setRecordRequests(false), e.g. in a
    benchmark that sends millions.

    ping() (beacons) answers undelayed pings from the same batch as send(), in send order,
    with no TransportReply; it parses PingRequest::urlText into a QUrl only when something
    needs it (recording, setResponse() entries, a handler, a scheme filter, or a failure
    message naming the URL).
*/
class VASTQT_EXPORT MemoryTransport : public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryTransport)
public:
    //! Computes the answer to a request no setResponse() matches.
    using Handler = std::function<MemoryResponse(const TransportRequest &request)>;

    //! A transport with no response, no handler, no default response, no timeout.
    explicit MemoryTransport(QObject *parent = nullptr);
    ~MemoryTransport() override;

    TransportReply *send(const TransportRequest &request) override;
    void ping(const PingRequest &request, PingHandler *handler) override;
    void cancelPing(PingHandler *handler) override;
    /*! True for every scheme unless setSchemes() restricted them. */
    bool supportsScheme(const QString &scheme) const override;

    /*! Answers \a url with \a body and \a httpStatus after \a delayMs milliseconds. */
    void setResponse(const QUrl &url, const QByteArray &body, int httpStatus = 200, int delayMs = 0);
    /*! Answers \a url with \a response. */
    void setResponse(const QUrl &url, const MemoryResponse &response);
    /*! Forgets the response set for \a url. */
    void removeResponse(const QUrl &url);
    /*! Forgets all responses set with setResponse(). */
    void clearResponses();

    /*! Answers every request no setResponse() matches; an empty handler removes it. The
        handler runs inside send() and must not send through this transport. */
    void setHandler(const Handler &handler);
    /*! Answers requests that neither a response nor the handler matched. */
    void setDefaultResponse(const MemoryResponse &response);
    /*! Removes the default response: unmatched requests fail with NotFound again. */
    void clearDefaultResponse();

    /*! Whether the query is part of the match (default true). Beacons carry cache busters:
        with false, \c http://a/t?cb=1 and \c http://a/t?cb=2 both match \c http://a/t. */
    bool matchQuery() const;
    //! Sets matchQuery().
    void setMatchQuery(bool match);

    /*! The schemes served (lower case); empty, the default, means any. */
    QStringList schemes() const;
    //! Sets schemes(), compared in lower case; empty serves any scheme.
    void setSchemes(const QStringList &schemes);

    /*! The requests sent so far, oldest first. */
    QList<TransportRequest> requests() const;
    /*! The number of requests sent so far (counted even when not recorded). */
    int requestCount() const;
    /*! The recorded requests whose URL equals \a url (query ignored when matchQuery() is false). */
    QList<TransportRequest> requestsFor(const QUrl &url) const;
    //! Forgets the recorded requests and sets requestCount() back to 0.
    void clearRequests();
    //! Whether requests are recorded (default true).
    bool recordRequests() const;
    //! Sets recordRequests(); false keeps only the count.
    void setRecordRequests(bool record);

private:
    Q_DECLARE_PRIVATE(MemoryTransport)
};

} // namespace VastQt

#endif // VASTQT_MEMORYTRANSPORT_H
