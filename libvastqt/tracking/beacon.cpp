// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "beacon.h"
#include "beacon_p.h"

#include "vastqt_logging_p.h"

#include <QtCore/QPointer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QBasicTimer>
#include <QtCore/QTimerEvent>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace VastQt
{

int RetryPolicy::delayForRetry(int retry) const
{
    if (retry < 1)
        return 0;
    const double factor = std::pow(qMax(1.0, multiplier), retry - 1);
    const double delay = qMax(0, initialDelayMs) * factor;
    return int(qMin(delay, double(qMax(0, maxDelayMs))));
}

bool RetryPolicy::operator==(const RetryPolicy &o) const
{
    return maxRetries == o.maxRetries && initialDelayMs == o.initialDelayMs && multiplier == o.multiplier
        && maxDelayMs == o.maxDelayMs && timeoutMs == o.timeoutMs && jitter == o.jitter && jitterSeed == o.jitterSeed;
}

class BeaconPrivate
{
public:
    explicit BeaconPrivate(Beacon *qq)
        : q(qq)
    { }

    void setState(Beacon::State newState);
    void sendAttempt();
    void attemptFinished();
    void attemptTimedOut();
    void fail(TransportReply::Error error, const QString &errorString);

    Beacon *const q;
    QPointer<Transport> transport;
    QString event;
    QString templateUrl;
    QUrl url;
    qint64 offsetMs = 0;
    RetryPolicy policy;
    // Seeded with policy.jitterSeed on the first jittered retry, not per beacon: seeding a
    // QRandomGenerator (a Mersenne Twister) costs tens of thousands of instructions and
    // most beacons never retry.
    std::optional<QRandomGenerator> jitterRandom;

    Beacon::State state = Beacon::State::Pending;
    bool started = false;
    int attempts = 0;
    int httpStatus = 0;
    qint64 latencyMs = -1;
    TransportReply::Error error = TransportReply::Error::NoError;
    QString errorString;
    QList<int> retryDelays;

    QPointer<TransportReply> reply;
    bool attemptTimedOutFlag = false;
    // QBasicTimers on the Beacon itself (Beacon::timerEvent()): no QTimer objects, no
    // connections, nothing registered with the event dispatcher until a timer is started.
    QBasicTimer backoffTimer;
    QBasicTimer attemptTimer;
};

static bool isLegal(Beacon::State from, Beacon::State to)
{
    using S = Beacon::State;
    switch (from) {
    case S::Pending:
        return to == S::Sending || to == S::Failed;
    case S::Sending:
        return to == S::Tracked || to == S::Waiting || to == S::Failed;
    case S::Waiting:
        return to == S::Sending || to == S::Failed;
    case S::Tracked:
    case S::Failed:
        return false;
    }
    return false;
}

void BeaconPrivate::setState(Beacon::State newState)
{
    if (state == newState)
        return;
    if (!isLegal(state, newState)) {
        qCWarning(lcVastTracking) << "Beacon: illegal transition" << state << "->" << newState << "for" << url;
        return;
    }
    state = newState;
    Q_EMIT q->stateChanged(newState);
    if (newState == Beacon::State::Failed) {
        Q_EMIT q->errorOccurred(error, errorString);
        Q_EMIT q->finished();
    } else if (newState == Beacon::State::Tracked) {
        Q_EMIT q->finished();
    }
}

void BeaconPrivate::fail(TransportReply::Error err, const QString &message)
{
    error = err;
    errorString = message;
    qCDebug(lcVastTracking) << "Beacon failed:" << event << url.toDisplayString() << message;
    setState(Beacon::State::Failed);
}

void BeaconPrivate::sendAttempt()
{
    if (state != Beacon::State::Pending && state != Beacon::State::Waiting)
        return;
    if (!url.isValid() || url.isEmpty()) {
        fail(TransportReply::Error::ProtocolError, Beacon::tr("Invalid tracking URL: %1").arg(templateUrl));
        return;
    }
    if (!transport) {
        fail(
            TransportReply::Error::UnsupportedScheme, Beacon::tr("No transport to send %1").arg(url.toDisplayString()));
        return;
    }
    ++attempts;
    attemptTimedOutFlag = false;
    setState(Beacon::State::Sending);

    TransportRequest request(url);
    request.timeoutMs = qMax(0, policy.timeoutMs);
    reply = transport->send(request);
    if (!reply) {
        fail(TransportReply::Error::ProtocolError, Beacon::tr("The transport gave no reply"));
        return;
    }
    // Checks the sender instead of disconnecting it in attemptFinished() (a disconnect costs
    // as much as the rest of the answer's handling): a late signal from an older reply is
    // ignored.
    QObject::connect(reply.data(), &TransportReply::finished, q, [this, r = reply.data()] {
        if (reply.data() == r)
            attemptFinished();
    });
    // Our own guard, in case a transport does not honour TransportRequest::timeoutMs.
    if (policy.timeoutMs > 0)
        attemptTimer.start(policy.timeoutMs, Qt::CoarseTimer, q);
}

void BeaconPrivate::attemptTimedOut()
{
    if (!reply || reply->isFinished())
        return;
    attemptTimedOutFlag = true;
    reply->abort(); // finishes the reply, attemptFinished() runs
}

void BeaconPrivate::attemptFinished()
{
    attemptTimer.stop();
    TransportReply *r = reply.data();
    if (!r)
        return;
    reply.clear();
    r->deleteLater();

    httpStatus = r->httpStatus();
    latencyMs = r->elapsedMs();
    TransportReply::Error err = r->error();
    QString message = r->errorString();
    if (attemptTimedOutFlag) {
        err = TransportReply::Error::Timeout;
        message = Beacon::tr("No answer within %1 ms").arg(policy.timeoutMs);
    }
    if (err == TransportReply::Error::NoError && httpStatus >= 400) {
        err = TransportReply::Error::HttpError;
        message = Beacon::tr("HTTP status %1").arg(httpStatus);
    }
    if (err == TransportReply::Error::NoError && (httpStatus == 0 || (httpStatus >= 200 && httpStatus < 400))) {
        error = TransportReply::Error::NoError;
        errorString.clear();
        qCDebug(lcVastTracking) << "Beacon tracked:" << event << url.toDisplayString() << "status" << httpStatus
                                << "attempt" << attempts;
        setState(Beacon::State::Tracked);
        return;
    }
    if (err == TransportReply::Error::NoError) {
        // An HTTP status below 200 (1xx) as final answer: not a success.
        err = TransportReply::Error::HttpError;
        message = Beacon::tr("HTTP status %1").arg(httpStatus);
    }
    if (message.isEmpty())
        message = Beacon::tr("Tracking request failed");
    error = err;
    errorString = message;

    const bool retryable = err != TransportReply::Error::UnsupportedScheme && err != TransportReply::Error::Aborted;
    if (retryable && attempts <= policy.maxRetries) {
        const int retry = attempts; // the attempts made so far = the number of this retry
        int delay = policy.delayForRetry(retry);
        if (policy.jitter > 0) {
            const double j = qBound(0.0, policy.jitter, 1.0);
            if (!jitterRandom)
                jitterRandom.emplace(policy.jitterSeed);
            const double factor = 1.0 + j * (2.0 * jitterRandom->generateDouble() - 1.0);
            delay = qMax(0, int(delay * factor));
        }
        retryDelays.append(delay);
        qCDebug(lcVastTracking) << "Beacon attempt" << attempts << "failed:" << message << "- retry in" << delay
                                << "ms";
        Q_EMIT q->retryScheduled(retry, delay);
        setState(Beacon::State::Waiting);
        backoffTimer.start(delay, Qt::CoarseTimer, q);
        return;
    }
    fail(err, message);
}

Beacon::Beacon(Transport *transport, const QString &event, const QString &templateUrl, const QUrl &url, qint64 offsetMs,
    QObject *parent)
    : QObject(parent)
    , d(new BeaconPrivate(this))
{
    d->transport = transport;
    d->event = event;
    d->templateUrl = templateUrl;
    d->url = url;
    d->offsetMs = offsetMs;
}

void Beacon::timerEvent(QTimerEvent *event)
{
    // Both timers are single-shot.
    if (event->timerId() == d->backoffTimer.timerId()) {
        d->backoffTimer.stop();
        d->sendAttempt();
    } else if (event->timerId() == d->attemptTimer.timerId()) {
        d->attemptTimer.stop();
        d->attemptTimedOut();
    } else {
        QObject::timerEvent(event);
    }
}

void BeaconAccess::markStarted(Beacon *beacon)
{
    beacon->d->started = true;
}

void BeaconAccess::sendFirstAttempt(Beacon *beacon)
{
    beacon->d->sendAttempt();
}

Beacon::~Beacon()
{
    d->backoffTimer.stop();
    d->attemptTimer.stop();
    if (TransportReply *r = d->reply.data()) {
        d->reply.clear();
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

void Beacon::setRetryPolicy(const RetryPolicy &policy)
{
    if (d->started) {
        qCWarning(lcVastTracking) << "Beacon::setRetryPolicy: already started";
        return;
    }
    d->policy = policy;
    d->jitterRandom.reset();
}

RetryPolicy Beacon::retryPolicy() const
{
    return d->policy;
}

QString Beacon::event() const
{
    return d->event;
}

QString Beacon::templateUrl() const
{
    return d->templateUrl;
}

QUrl Beacon::url() const
{
    return d->url;
}

qint64 Beacon::offsetMs() const
{
    return d->offsetMs;
}

Beacon::State Beacon::state() const
{
    return d->state;
}

bool Beacon::isFinished() const
{
    return d->state == State::Tracked || d->state == State::Failed;
}

int Beacon::attempts() const
{
    return d->attempts;
}

int Beacon::httpStatus() const
{
    return d->httpStatus;
}

qint64 Beacon::latencyMs() const
{
    return d->latencyMs;
}

TransportReply::Error Beacon::error() const
{
    return d->error;
}

QString Beacon::errorString() const
{
    return d->errorString;
}

QList<int> Beacon::retryDelaysMs() const
{
    return d->retryDelays;
}

void Beacon::start()
{
    if (d->started || d->state != State::Pending) {
        qCWarning(lcVastTracking) << "Beacon::start: already started" << d->url;
        return;
    }
    d->started = true;
    QMetaObject::invokeMethod(
        this, [this] { d->sendAttempt(); }, Qt::QueuedConnection);
}

void Beacon::abort()
{
    if (isFinished())
        return;
    d->backoffTimer.stop();
    d->attemptTimer.stop();
    if (TransportReply *r = d->reply.data()) {
        d->reply.clear();
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
    d->fail(TransportReply::Error::Aborted, tr("Tracking aborted"));
}

} // namespace VastQt
