// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/transport.h>
#include "transport/transport_p.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QDateTime>
#include <QtCore/QLocale>
#include <QtCore/QTimer>

#include <cctype>

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
    qint64 queuedMs = 0;
    bool queued = false;
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

qint64 TransportReply::queuedMs() const
{
    return d->queued && !d->finished ? d->timer.elapsed() : d->queuedMs;
}

void TransportReply::setQueued(bool queued)
{
    if (d->finished || queued == d->queued)
        return;
    d->queued = queued;
    d->queuedMs = queued ? 0 : d->timer.elapsed();
}

int TransportReply::redirectCount() const
{
    return d->redirectCount;
}

qint64 TransportReply::retryAfterMs() const
{
    const QByteArray value = rawHeader(QByteArrayLiteral("Retry-After"));
    return value.isEmpty() ? -1 : parseRetryAfter(value, QDateTime::currentDateTimeUtc());
}

qint64 TransportReply::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok) // delay-seconds: 1*DIGIT; a sign is not allowed
        return seconds >= 0 && std::isdigit(static_cast<unsigned char>(text.front()))
            ? qMin(seconds, qint64(24 * 3600 * 365)) * 1000
            : -1;
    // HTTP-date (RFC 9110 §5.6.7): IMF-fixdate, or the obsolete RFC 850 and asctime forms.
    // Qt 6.4's RFC2822Date reads none of them with "GMT", so the C locale reads them.
    // The day name is skipped: Qt checks it against the date, and RFC 850's two-digit year
    // first reads as 19yy.
    QString date = QString::fromLatin1(text).simplified();
    date = date.mid(date.indexOf(u' ') + 1);
    QDateTime when;
    for (const auto format : {"dd MMM yyyy HH:mm:ss 'GMT'", "dd-MMM-yy HH:mm:ss 'GMT'", "MMM d HH:mm:ss yyyy"}) {
        when = QLocale::c().toDateTime(date, QLatin1StringView(format));
        if (when.isValid())
            break;
    }
    if (!when.isValid())
        return -1;
    if (when.date().year() < 1970) // RFC 850's two-digit year, read as 19yy
        when = when.addYears(100);
    when.setTimeSpec(Qt::UTC);
    return qMax<qint64>(0, nowUtc.msecsTo(when));
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

void TransportReply::failLater(Error error, const QString &errorString)
{
    // The reply is the context: deleting it before the event loop runs drops the call.
    QMetaObject::invokeMethod(
        this, [this, error, errorString] { fail(error, errorString); }, Qt::QueuedConnection);
}

void TransportPrivate::attachPing(Transport *q, TransportReply *reply, PingHandler *handler, int timeoutMs)
{
    replyPings.insert(handler, ReplyPing { reply, false });
    // The transport is the context: a transport being destroyed has answered its pings
    // already (abortReplyPings()).
    QObject::connect(reply, &TransportReply::finished, q, [this, reply, handler, timeoutMs] {
        const auto it = replyPings.constFind(handler);
        if (it == replyPings.cend() || it->reply != reply)
            return; // cancelled
        const bool timedOut = it->timedOut;
        replyPings.erase(it);
        PingResult result;
        result.error = reply->error();
        result.errorString = reply->errorString();
        result.httpStatus = reply->httpStatus();
        result.elapsedMs = reply->elapsedMs();
        result.queuedMs = reply->queuedMs();
        result.retryAfterMs = reply->retryAfterMs();
        if (timedOut) {
            result.error = TransportReply::Error::Timeout;
            result.errorString = Transport::tr("No answer within %1 ms").arg(timeoutMs);
        }
        reply->deleteLater();
        handler->pingFinished(result);
    });
    if (timeoutMs > 0) {
        // The guard of ping()'s contract, for transports that do not honour
        // TransportRequest::timeoutMs; the reply is the context.
        // The time a request waits in the transport's queue does not count (queuedMs()).
        armPingGuard(reply, handler, timeoutMs);
    }
}

void TransportPrivate::armPingGuard(TransportReply *reply, PingHandler *handler, int timeoutMs)
{
    const qint64 sentFor = reply->elapsedMs() - reply->queuedMs();
    QTimer::singleShot(qMax<qint64>(1, timeoutMs - sentFor), reply, [this, reply, handler, timeoutMs] {
        const auto it = replyPings.find(handler);
        if (it == replyPings.end() || it->reply != reply || reply->isFinished())
            return;
        if (reply->elapsedMs() - reply->queuedMs() < timeoutMs) {
            armPingGuard(reply, handler, timeoutMs); // it waited for a connection: not yet
            return;
        }
        it->timedOut = true;
        reply->abort(); // finished() runs the handler
    });
}

bool TransportPrivate::cancelReplyPing(PingHandler *handler)
{
    const auto it = replyPings.constFind(handler);
    if (it == replyPings.cend())
        return false;
    TransportReply *reply = it->reply;
    replyPings.erase(it);
    reply->abort(); // its finished() finds no ping any more
    reply->deleteLater();
    return true;
}

void TransportPrivate::abortReplyPings()
{
    while (!replyPings.isEmpty()) {
        const auto it = replyPings.cbegin();
        PingHandler *handler = it.key();
        TransportReply *reply = it->reply;
        replyPings.erase(it);
        reply->disconnect(); // our handlers only: the reply is ours
        reply->abort();
        reply->deleteLater();
        PingResult result;
        result.error = TransportReply::Error::Aborted;
        result.errorString = Transport::tr("The transport was destroyed");
        result.elapsedMs = reply->elapsedMs();
        handler->pingFinished(result);
    }
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

Transport::~Transport()
{
    Q_D(Transport);
    d->abortReplyPings();
}

void Transport::ping(const PingRequest &request, PingHandler *handler)
{
    Q_D(Transport);
    TransportRequest r(request.toUrl());
    r.timeoutMs = qMax(0, request.timeoutMs);
    const int timeout = effectiveTimeout(r);
    d->attachPing(this, send(r), handler, timeout);
}

void Transport::cancelPing(PingHandler *handler)
{
    Q_D(Transport);
    d->cancelReplyPing(handler);
}

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
