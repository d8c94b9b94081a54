// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/httptransport.h>
#include "transport/httptransport_p.h"
#include "vastqt_logging_p.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkRequest>

using namespace Qt::StringLiterals;

namespace VastQt
{

TransportReply::Error transportErrorFromNetworkError(QNetworkReply::NetworkError error, int httpStatus)
{
    using E = TransportReply::Error;
    if (httpStatus >= 400)
        return E::HttpError;
    switch (error) {
    case QNetworkReply::NoError:
        return E::NoError;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return E::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return E::HostNotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return E::Timeout;
    case QNetworkReply::OperationCanceledError:
        return E::Aborted;
    case QNetworkReply::TooManyRedirectsError:
        return E::TooManyRedirects;
    case QNetworkReply::ProtocolUnknownError:
        return E::UnsupportedScheme;
    case QNetworkReply::ContentNotFoundError:
        // Only without an HTTP status (file: or ftp-like backends): HTTP 404 returned above.
        return E::NotFound;
    default:
        return E::ProtocolError;
    }
}

// The state of one running request. It lives from send() until the reply ends, then
// deletes itself; every connection uses it as context, so nothing fires after that.
//
// Redirects are followed here, hop by hop, rather than by QNetworkAccessManager: Qt 6.4's
// built-in redirect following sometimes sends a redirected request twice on a kept-alive
// connection, and a duplicated ad request or tracking beacon is a miscount for the ad server.
class HttpCall : public QObject
{
public:
    HttpCall(HttpTransportPrivate *owner, TransportReply *reply, const TransportRequest &request, qint64 cap,
             int timeoutMs)
        : m_owner(owner)
        , m_reply(reply)
        , m_request(request)
        , m_method(request.method.isEmpty() ? QByteArrayLiteral("GET") : request.method.toUpper())
        , m_body(request.body)
        , m_cap(cap)
        , m_timeoutMs(timeoutMs)
        , m_hostKey(hostKey(request.url))
    {
        connect(reply, &TransportReply::abortRequested, this, &HttpCall::cancelSilently);
        connect(reply, &QObject::destroyed, this, &HttpCall::cancelSilently);
    }

    // "scheme://host:port": the requests that share QNetworkAccessManager's connections.
    static QString hostKey(const QUrl &url)
    {
        const QString scheme = url.scheme().toLower();
        return u"%1://%2:%3"_s.arg(scheme, url.host().toLower()).arg(url.port(scheme == "https"_L1 ? 443 : 80));
    }
    const QString &key() const { return m_hostKey; }
    bool isSent() const { return m_sent; }

    // Called by the transport when the host has a free connection: the timeout starts now.
    void send()
    {
        m_sent = true;
        if (m_reply)
            m_reply->setQueued(false);
        if (m_timeoutMs > 0) {
            m_timer.setSingleShot(true);
            connect(&m_timer, &QTimer::timeout, this, [this] {
                stop(TransportReply::Error::Timeout, HttpTransport::tr("No complete answer within %1 ms").arg(m_timeoutMs));
            });
            m_timer.start(m_timeoutMs);
        }
        startHop(m_request.url);
    }

    // Called by the transport when the request has to wait for a connection.
    void queue()
    {
        if (m_reply)
            m_reply->setQueued(true);
    }

    // Our own reasons to end the request early: timeout, size cap, transport destroyed.
    void stop(TransportReply::Error error, const QString &message)
    {
        if (m_done)
            return;
        takeMetaData();
        conclude(error, message);
    }

private:
    void startHop(const QUrl &url)
    {
        QNetworkRequest nr(url);
        nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        nr.setHeader(QNetworkRequest::UserAgentHeader, m_owner->userAgent);
        // Qt's guard against decompression bombs stops inflating past this many decoded bytes
        // (at a ratio over 40): with the cap as its threshold it never stops a body the cap
        // allows, and stops a bomb before Qt inflates it whole in memory.
        nr.setDecompressedSafetyCheckThreshold(m_cap);
        for (const auto &h : m_request.headers)
            nr.setRawHeader(h.first, h.second);

        QNetworkAccessManager *nam = m_owner->nam;
        QNetworkReply *net = nullptr;
        if (m_method == "GET" && m_body.isEmpty())
            net = nam->get(nr);
        else if (m_method == "HEAD")
            net = nam->head(nr);
        else
            net = nam->sendCustomRequest(nr, m_method, m_body);
        m_net = net;
        m_received.clear();
        connect(net, &QNetworkReply::readyRead, this, [this] { drain(); });
        connect(net, &QNetworkReply::metaDataChanged, this, &HttpCall::checkContentLength);
        connect(net, &QNetworkReply::finished, this, &HttpCall::netFinished);
    }

    static bool isRedirect(int status)
    {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    void drain()
    {
        if (m_done || !m_net)
            return;
        if (isRedirect(m_net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())) {
            m_net->readAll(); // a redirect's own body is not the answer
            return;
        }
        // Read at most one byte past the cap, so memory stays bounded by the cap.
        while (m_net->bytesAvailable() > 0) {
            const qint64 room = m_cap + 1 - m_received.size();
            m_received += m_net->read(qMin(m_net->bytesAvailable(), room));
            if (m_received.size() > m_cap) {
                m_received.truncate(m_cap);
                stop(TransportReply::Error::TooLarge,
                     HttpTransport::tr("The response is larger than %1 bytes").arg(m_cap));
                return;
            }
        }
    }

    void checkContentLength()
    {
        if (m_done || !m_net)
            return;
        if (isRedirect(m_net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()))
            return;
        if (m_net->hasRawHeader("Content-Encoding"))
            return; // the length is the compressed one; the decoded body is counted in drain()
        bool ok = false;
        const qint64 length = m_net->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && length > m_cap) {
            stop(TransportReply::Error::TooLarge,
                 HttpTransport::tr("The response announces %1 bytes, more than the %2 allowed").arg(length).arg(m_cap));
        }
    }

    void netFinished()
    {
        if (m_done || !m_net)
            return;
        drain();
        if (m_done)
            return;
        const int status = m_net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_net->error() == QNetworkReply::NoError && isRedirect(status)
            && m_net->attribute(QNetworkRequest::RedirectionTargetAttribute).isValid()) {
            followRedirect(status);
            return;
        }
        takeMetaData();
        const TransportReply::Error error = transportErrorFromNetworkError(m_net->error(), status);
        QString message;
        if (error == TransportReply::Error::ProtocolError && m_net->error() == QNetworkReply::UnknownContentError
            && m_net->hasRawHeader("Content-Encoding")) {
            // Qt stopped inflating the body: its bomb guard (threshold: the cap) or a broken
            // stream. Either way no usable document fits in the cap: the same fault as a
            // decoded body counted past it in drain(), so the same error.
            conclude(TransportReply::Error::TooLarge,
                     HttpTransport::tr("The %1-encoded response does not decode within %2 bytes: %3")
                         .arg(QString::fromLatin1(m_net->rawHeader("Content-Encoding")))
                         .arg(m_cap)
                         .arg(m_net->errorString()));
            return;
        }
        if (error == TransportReply::Error::HttpError) {
            const QString reason = m_net->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            message = HttpTransport::tr("HTTP %1 %2").arg(status).arg(reason).trimmed();
        } else if (error != TransportReply::Error::NoError) {
            message = m_net->errorString();
        }
        conclude(error, message);
    }

    void followRedirect(int status)
    {
        const QUrl from = m_net->url();
        const QUrl target = from.resolved(m_net->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (m_redirects >= m_owner->maxRedirects) {
            takeMetaData();
            conclude(TransportReply::Error::TooManyRedirects,
                     HttpTransport::tr("More than %1 redirects, the last one to %2")
                         .arg(m_owner->maxRedirects)
                         .arg(target.toDisplayString()));
            return;
        }
        const QString scheme = target.scheme().toLower();
        if (scheme != "http"_L1 && scheme != "https"_L1) {
            takeMetaData();
            conclude(TransportReply::Error::UnsupportedScheme,
                     HttpTransport::tr("Redirect to an unsupported URL: %1").arg(target.toDisplayString()));
            return;
        }
        if (from.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0 && scheme == "http"_L1) {
            takeMetaData();
            conclude(TransportReply::Error::ProtocolError,
                     HttpTransport::tr("Refused an insecure redirect from %1 to %2")
                         .arg(from.toDisplayString(), target.toDisplayString()));
            return;
        }
        ++m_redirects;
        // As browsers and QNetworkAccessManager do: 303, and 301/302 after a POST, continue
        // with a GET without body; 307 and 308 repeat the method and body.
        if ((status == 303 && m_method != "HEAD") || ((status == 301 || status == 302) && m_method == "POST")) {
            m_method = QByteArrayLiteral("GET");
            m_body.clear();
        }
        qCDebug(lcVastTransport) << "redirect" << status << "to" << target;
        QNetworkReply *old = m_net;
        disconnect(old, nullptr, this, nullptr);
        old->deleteLater();
        startHop(target);
    }

    // TransportReply::abort() emits the error itself; a deleted reply wants nothing.
    void cancelSilently()
    {
        if (m_done)
            return;
        m_reply = nullptr;
        conclude(TransportReply::Error::Aborted, QString());
    }

    void takeMetaData()
    {
        if (!m_net || !m_reply)
            return;
        m_reply->setHttpStatus(m_net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        m_reply->setRawHeaders(m_net->rawHeaderPairs());
        m_reply->setFinalUrl(m_net->url());
        m_reply->setRedirectCount(m_redirects);
    }

    void conclude(TransportReply::Error error, const QString &message)
    {
        if (m_done)
            return;
        m_done = true;
        m_timer.stop();
        if (m_owner)
            m_owner->release(this);
        if (QNetworkReply *net = m_net) {
            disconnect(net, nullptr, this, nullptr);
            if (net->isRunning())
                net->abort();
            net->deleteLater();
        }
        deleteLater();
        if (TransportReply *reply = m_reply) {
            qCDebug(lcVastTransport) << reply->request().url << "->" << reply->httpStatus() << error
                                     << m_received.size() << "bytes" << message;
            if (error == TransportReply::Error::NoError)
                reply->finish(m_received);
            else
                reply->fail(error, message, m_received);
        }
    }

    HttpTransportPrivate *m_owner;
    QPointer<TransportReply> m_reply;
    QPointer<QNetworkReply> m_net;
    const TransportRequest m_request;
    QByteArray m_method;
    QByteArray m_body; // the request body of the next hop
    QByteArray m_received;
    const qint64 m_cap;
    const int m_timeoutMs;
    const QString m_hostKey;
    QTimer m_timer;
    int m_redirects = 0;
    bool m_sent = false;
    bool m_done = false;
};

void HttpTransportPrivate::dispatch(HttpCall *call)
{
    calls.insert(call);
    int &count = sending[call->key()];
    if (count < maxConnectionsPerHost) {
        ++count;
        call->send();
        return;
    }
    call->queue();
    waiting[call->key()].append(call);
}

void HttpTransportPrivate::release(HttpCall *call)
{
    calls.remove(call);
    const QString key = call->key();
    if (!call->isSent()) {
        if (auto it = waiting.find(key); it != waiting.end()) {
            it->removeOne(call);
            if (it->isEmpty())
                waiting.erase(it);
        }
        return;
    }
    --sending[key];
    sendWaiting(key);
    if (sending.value(key) == 0)
        sending.remove(key);
}

void HttpTransportPrivate::sendWaiting(const QString &key)
{
    const auto it = waiting.find(key);
    if (it == waiting.end())
        return;
    int &count = sending[key];
    while (!it->isEmpty() && count < maxConnectionsPerHost) {
        ++count;
        it->takeFirst()->send(); // asynchronous: no call ends inside it
    }
    if (it->isEmpty())
        waiting.erase(it);
}

HttpTransport::HttpTransport(QObject *parent)
    : Transport(*new HttpTransportPrivate, parent)
{
    Q_D(HttpTransport);
    d->nam = new QNetworkAccessManager(this);
    d->userAgent = defaultUserAgent();
    d->defaultTimeoutMs = DefaultTimeoutMs;
}

HttpTransport::~HttpTransport()
{
    Q_D(HttpTransport);
    d->waiting.clear(); // ending a sent call must not send a waiting one
    const auto calls = d->calls;
    for (HttpCall *call : calls)
        call->stop(TransportReply::Error::Aborted, tr("The transport was destroyed"));
    d->calls.clear();
}

TransportReply *HttpTransport::send(const TransportRequest &request)
{
    Q_D(HttpTransport);
    auto *reply = new TransportReply(request);
    if (!supportsScheme(request.url.scheme())) {
        reply->failLater(TransportReply::Error::UnsupportedScheme,
                                    tr("HttpTransport cannot serve the URL scheme \"%1\"").arg(request.url.scheme()));
        return reply;
    }
    if (!request.url.isValid() || request.url.host().isEmpty()) {
        reply->failLater(TransportReply::Error::ProtocolError,
                                    tr("Invalid URL: %1").arg(request.url.toDisplayString()));
        return reply;
    }

    qCDebug(lcVastTransport) << request.method << request.url;
    d->dispatch(new HttpCall(d, reply, request, effectiveMaxResponseBytes(request), effectiveTimeout(request)));
    return reply;
}

bool HttpTransport::supportsScheme(const QString &scheme) const
{
    return scheme.compare("http"_L1, Qt::CaseInsensitive) == 0 || scheme.compare("https"_L1, Qt::CaseInsensitive) == 0;
}

int HttpTransport::maxRedirects() const
{
    Q_D(const HttpTransport);
    return d->maxRedirects;
}

void HttpTransport::setMaxRedirects(int count)
{
    Q_D(HttpTransport);
    d->maxRedirects = qBound(0, count, 20);
}

int HttpTransport::maxConnectionsPerHost() const
{
    Q_D(const HttpTransport);
    return d->maxConnectionsPerHost;
}

void HttpTransport::setMaxConnectionsPerHost(int count)
{
    Q_D(HttpTransport);
    d->maxConnectionsPerHost = qBound(1, count, DefaultMaxConnectionsPerHost);
    // A higher limit sends what waits now.
    const QStringList hosts = d->waiting.keys();
    for (const QString &key : hosts)
        d->sendWaiting(key);
}

QByteArray HttpTransport::userAgent() const
{
    Q_D(const HttpTransport);
    return d->userAgent;
}

void HttpTransport::setUserAgent(const QByteArray &userAgent)
{
    Q_D(HttpTransport);
    d->userAgent = userAgent.isEmpty() ? defaultUserAgent() : userAgent;
}

QByteArray HttpTransport::defaultUserAgent()
{
    return QByteArrayLiteral("VastQt/" VASTQT_VERSION_STRING);
}

QNetworkAccessManager *HttpTransport::networkAccessManager() const
{
    Q_D(const HttpTransport);
    return d->nam;
}

} // namespace VastQt
