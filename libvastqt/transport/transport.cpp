// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "transport/transport.h"
#include "transport/transport_p.h"

#include <QtCore/QElapsedTimer>

namespace VastQt
{

class TransportReplyPrivate
{
public:
    TransportRequest request;
    QUrl finalUrl;
    int httpStatus = 0;
    int redirectCount = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    TransportReply::Error error = TransportReply::Error::NoError;
    QString errorString;
    QElapsedTimer timer;
    qint64 elapsedMs = -1;
    bool finished = false;
};

TransportReply::TransportReply(const TransportRequest &request, QObject *parent)
    : QObject(parent)
    , d(new TransportReplyPrivate)
{
    d->request = request;
    d->finalUrl = request.url;
    d->timer.start();
}

TransportReply::~TransportReply() = default;

TransportRequest TransportReply::request() const
{
    return d->request;
}

QUrl TransportReply::finalUrl() const
{
    return d->finalUrl;
}

int TransportReply::httpStatus() const
{
    return d->httpStatus;
}

QByteArray TransportReply::body() const
{
    return d->body;
}

QByteArray TransportReply::rawHeader(const QByteArray &name) const
{
    for (const auto &h : d->headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

qint64 TransportReply::elapsedMs() const
{
    return d->finished ? d->elapsedMs : d->timer.elapsed();
}

int TransportReply::redirectCount() const
{
    return d->redirectCount;
}

TransportReply::Error TransportReply::error() const
{
    return d->error;
}

QString TransportReply::errorString() const
{
    return d->errorString;
}

bool TransportReply::isFinished() const
{
    return d->finished;
}

void TransportReply::abort()
{
    if (d->finished)
        return;
    Q_EMIT abortRequested();
    fail(Error::Aborted, tr("Request aborted"));
}

void TransportReply::setFinalUrl(const QUrl &url)
{
    if (!d->finished)
        d->finalUrl = url;
}

void TransportReply::setHttpStatus(int status)
{
    if (!d->finished)
        d->httpStatus = status;
}

void TransportReply::setRawHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (!d->finished)
        d->headers = headers;
}

void TransportReply::setRedirectCount(int count)
{
    if (!d->finished)
        d->redirectCount = count;
}

void TransportReply::finish(const QByteArray &body)
{
    if (d->finished)
        return;
    d->finished = true;
    d->elapsedMs = d->timer.elapsed();
    d->body = body;
    Q_EMIT finished();
}

void TransportReply::fail(Error error, const QString &errorString, const QByteArray &partialBody)
{
    if (d->finished)
        return;
    d->finished = true;
    d->elapsedMs = d->timer.elapsed();
    d->body = partialBody;
    d->error = error;
    d->errorString = errorString;
    Q_EMIT errorOccurred(error);
    Q_EMIT finished();
}

void TransportPrivate::failLater(TransportReply *reply, TransportReply::Error error, const QString &errorString)
{
    // The reply is the context: deleting it before the event loop runs drops the call.
    QMetaObject::invokeMethod(
        reply, [reply, error, errorString] { reply->fail(error, errorString); }, Qt::QueuedConnection);
}

Transport::Transport(QObject *parent)
    : Transport(*new TransportPrivate, parent)
{
}

Transport::Transport(TransportPrivate &dd, QObject *parent)
    : QObject(parent)
    , d_ptr(&dd)
{
}

Transport::~Transport() = default;

int Transport::defaultTimeout() const
{
    Q_D(const Transport);
    return d->defaultTimeoutMs;
}

void Transport::setDefaultTimeout(int msecs)
{
    Q_D(Transport);
    d->defaultTimeoutMs = qMax(0, msecs);
}

qint64 Transport::maxResponseBytes() const
{
    Q_D(const Transport);
    return d->maxResponseBytes;
}

void Transport::setMaxResponseBytes(qint64 bytes)
{
    Q_D(Transport);
    d->maxResponseBytes = bytes > 0 ? bytes : DefaultMaxResponseBytes;
}

int Transport::effectiveTimeout(const TransportRequest &request) const
{
    Q_D(const Transport);
    return request.timeoutMs > 0 ? request.timeoutMs : d->defaultTimeoutMs;
}

qint64 Transport::effectiveMaxResponseBytes(const TransportRequest &request) const
{
    Q_D(const Transport);
    return request.maxResponseBytes > 0 ? request.maxResponseBytes : d->maxResponseBytes;
}

} // namespace VastQt
