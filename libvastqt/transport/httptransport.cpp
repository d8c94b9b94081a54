// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "transport/httptransport.h"
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
class HttpCall : public QObject
{
public:
    HttpCall(HttpTransportPrivate *owner, TransportReply *reply, QNetworkReply *net, qint64 cap, int timeoutMs)
        : m_owner(owner)
        , m_reply(reply)
        , m_net(net)
        , m_cap(cap)
    {
        connect(net, &QNetworkReply::readyRead, this, [this] { drain(); });
        connect(net, &QNetworkReply::metaDataChanged, this, &HttpCall::checkContentLength);
        connect(net, &QNetworkReply::redirected, this, [this](const QUrl &url) {
            ++m_redirects;
            qCDebug(lcVastTransport) << "redirected to" << url;
        });
        connect(net, &QNetworkReply::finished, this, &HttpCall::netFinished);
        connect(reply, &TransportReply::abortRequested, this, &HttpCall::cancelSilently);
        connect(reply, &QObject::destroyed, this, &HttpCall::cancelSilently);
        if (timeoutMs > 0) {
            m_timer.setSingleShot(true);
            connect(&m_timer, &QTimer::timeout, this, [this, timeoutMs] {
                stop(TransportReply::Error::Timeout, HttpTransport::tr("No complete answer within %1 ms").arg(timeoutMs));
            });
            m_timer.start(timeoutMs);
        }
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
    void drain()
    {
        if (m_done || !m_net)
            return;
        // Read at most one byte past the cap, so memory stays bounded by the cap.
        while (m_net->bytesAvailable() > 0) {
            const qint64 room = m_cap + 1 - m_body.size();
            m_body += m_net->read(qMin(m_net->bytesAvailable(), room));
            if (m_body.size() > m_cap) {
                m_body.truncate(m_cap);
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
        const int status = m_net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400)
            return; // a redirect being followed: its own body does not count
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
        takeMetaData();
        const int status = m_net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const TransportReply::Error error = transportErrorFromNetworkError(m_net->error(), status);
        QString message;
        if (error == TransportReply::Error::HttpError) {
            const QString reason = m_net->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            message = HttpTransport::tr("HTTP %1 %2").arg(status).arg(reason).trimmed();
        } else if (error != TransportReply::Error::NoError) {
            message = m_net->errorString();
        }
        conclude(error, message);
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
            m_owner->calls.remove(this);
        if (QNetworkReply *net = m_net) {
            disconnect(net, nullptr, this, nullptr);
            if (net->isRunning())
                net->abort();
            net->deleteLater();
        }
        deleteLater();
        if (TransportReply *reply = m_reply) {
            qCDebug(lcVastTransport) << reply->request().url << "->" << reply->httpStatus() << error
                                     << m_body.size() << "bytes" << message;
            if (error == TransportReply::Error::NoError)
                reply->finish(m_body);
            else
                reply->fail(error, message, m_body);
        }
    }

    HttpTransportPrivate *m_owner;
    QPointer<TransportReply> m_reply;
    QPointer<QNetworkReply> m_net;
    const qint64 m_cap;
    QByteArray m_body;
    QTimer m_timer;
    int m_redirects = 0;
    bool m_done = false;
};

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
        TransportPrivate::failLater(reply, TransportReply::Error::UnsupportedScheme,
                                    tr("HttpTransport cannot serve the URL scheme \"%1\"").arg(request.url.scheme()));
        return reply;
    }
    if (!request.url.isValid() || request.url.host().isEmpty()) {
        TransportPrivate::failLater(reply, TransportReply::Error::ProtocolError,
                                    tr("Invalid URL: %1").arg(request.url.toDisplayString()));
        return reply;
    }

    QNetworkRequest nr(request.url);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    nr.setMaximumRedirectsAllowed(d->maxRedirects);
    nr.setHeader(QNetworkRequest::UserAgentHeader, d->userAgent);
    for (const auto &h : request.headers)
        nr.setRawHeader(h.first, h.second);

    const QByteArray method = request.method.isEmpty() ? QByteArrayLiteral("GET") : request.method.toUpper();
    QNetworkReply *net = nullptr;
    if (method == "GET" && request.body.isEmpty())
        net = d->nam->get(nr);
    else if (method == "HEAD")
        net = d->nam->head(nr);
    else
        net = d->nam->sendCustomRequest(nr, method, request.body);

    qCDebug(lcVastTransport) << method << request.url;
    d->calls.insert(new HttpCall(d, reply, net, effectiveMaxResponseBytes(request), effectiveTimeout(request)));
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
