// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_HTTPTRANSPORT_H
#define VASTQT_HTTPTRANSPORT_H

#include <VastQt/transport.h>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace VastQt
{

class HttpTransportPrivate;

/*!
    \brief A Transport for http: and https: URLs over one QNetworkAccessManager.

    Connections are kept alive between requests (QNetworkAccessManager's default) and
    gzip/deflate bodies are decoded: do not set an Accept-Encoding header yourself, or the
    body arrives still compressed. Every request carries a User-Agent, "VastQt/<version>"
    unless setUserAgent() or a request header says otherwise.

    How a reply ends (TransportReply::Error):
    - HttpError: an answer with HTTP status >= 400; httpStatus() says which, body() keeps
      what the server sent (up to the size cap);
    - TooManyRedirects: more than maxRedirects() HTTP redirects (default 5). Redirects
      (301, 302, 303, 307, 308) are followed one request at a time; 303, and 301/302
      after a POST, continue as GET. A redirect from https to http fails with
      ProtocolError, one to another scheme with UnsupportedScheme. finalUrl() and
      redirectCount() tell where the request ended;
    - Timeout: no complete answer within the request's timeout, defaultTimeout() unless
      the request sets one (10000 ms to start with; 0: none). It counts from send() to the
      last byte, redirects included;
    - TooLarge: the body passed the size cap (TransportRequest::maxResponseBytes, else
      maxResponseBytes(), 2 MiB to start with). Reading stops at the cap: body() holds
      the first cap bytes; a Content-Length over the cap fails before any body is read.
      A gzip/deflate body counts decoded: Qt's decompression guard
      (QNetworkRequest::setDecompressedSafetyCheckThreshold()) gets the cap as threshold,
      and a body whose inflation Qt stops (a bomb, or a broken stream) fails with TooLarge
      as well, body() then holding what was decoded before (possibly nothing);
    - ConnectionRefused, HostNotFound, ProtocolError (any other network failure),
      UnsupportedScheme (not http/https), Aborted (TransportReply::abort(), or the
      transport was destroyed while the request ran).

    Deleting a running reply cancels its network request without emitting anything.

    At most maxConnectionsPerHost() requests to one scheme, host and port are sent at once
    (6 to start with, as many as QNetworkAccessManager opens); the others wait in the
    transport's queue, in send order, and their timeout starts when they are sent.
    TransportReply::queuedMs() says how long a request waited.
*/
class VASTQT_EXPORT HttpTransport : public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)
public:
    /*! The defaultTimeout() a new HttpTransport starts with, in milliseconds. */
    static constexpr int DefaultTimeoutMs = 10000;
    /*! The maxRedirects() a new HttpTransport starts with. */
    static constexpr int DefaultMaxRedirects = 5;
    /*! The maxConnectionsPerHost() a new HttpTransport starts with, which is also the most
        QNetworkAccessManager opens to one host (HTTP/1.1). */
    static constexpr int DefaultMaxConnectionsPerHost = 6;

    //! A transport with its own QNetworkAccessManager, the User-Agent "VastQt/<version>", DefaultTimeoutMs and
    //! DefaultMaxRedirects, and the default size cap.
    explicit HttpTransport(QObject *parent = nullptr);
    /*! Running replies fail with TransportReply::Error::Aborted. */
    ~HttpTransport() override;

    TransportReply *send(const TransportRequest &request) override;
    /*! True for "http" and "https" (case-insensitive). */
    bool supportsScheme(const QString &scheme) const override;

    /*! The most HTTP redirects one request follows, 0..20; one more fails the reply with
        TransportReply::Error::TooManyRedirects. */
    int maxRedirects() const;
    /*! Sets maxRedirects() to \a count, clamped to 0..20. */
    void setMaxRedirects(int count);

    /*! How many requests to one scheme, host and port are sent at once, 1..6; more wait in
        the transport's queue (their timeout does not run meanwhile). A redirected request
        keeps the place of the host it was sent to first. */
    int maxConnectionsPerHost() const;
    /*! Sets maxConnectionsPerHost() to \a count, clamped to 1..6 (QNetworkAccessManager
        opens no more than 6; beyond that requests would wait inside it, with their timeout
        running). Requests already waiting are sent as soon as the new limit allows. */
    void setMaxConnectionsPerHost(int count);
    /*! The User-Agent header value sent with every request. */
    QByteArray userAgent() const;
    /*! Sets userAgent(); an empty value restores defaultUserAgent(). */
    void setUserAgent(const QByteArray &userAgent);
    /*! "VastQt/<library version>". */
    static QByteArray defaultUserAgent();

    /*! The QNetworkAccessManager all requests go through, e.g. to set a proxy or a
        cookie jar. Owned by the transport; do not change its redirect policy. */
    QNetworkAccessManager *networkAccessManager() const;

private:
    Q_DECLARE_PRIVATE(HttpTransport)
};

} // namespace VastQt

#endif // VASTQT_HTTPTRANSPORT_H
