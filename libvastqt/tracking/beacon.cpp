// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/beacon.h>
#include "beacon_p.h"
#include "macroexpander_p.h"

#include "vastqt_logging_p.h"

#include <QtCore/QPointer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QBasicTimer>
#include <QtCore/QTimerEvent>

#include <cmath>
#include <memory>
#include <utility>

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

// The seed of one beacon's jitter: the policy's seed mixed with the beacon's event and URL
// (FNV-1a, the same on every machine, unlike qHash), so the beacons of one run do not retry
// in lockstep while a run with the same seed repeats its delays.
static quint32 jitterSeedFor(quint32 seed, const QString &event, const QString &url)
{
    quint32 h = 2166136261u ^ seed;
    const auto mix = [&h](const QString &text) {
        for (const QChar c : text) {
            h ^= c.unicode();
            h *= 16777619u;
        }
        h ^= 0xffu; // separator
        h *= 16777619u;
    };
    mix(event);
    mix(url);
    return h;
}

// The state machine of one beacon. It is its own PingHandler: an attempt is one
// Transport::ping(), answered by one virtual call (no TransportReply, no connection).
class BeaconPrivate : public PingHandler
{
public:
    // Members initialised rather than assigned: a beacon is built for every URL of every
    // tracked event.
    BeaconPrivate(Beacon *qq, Transport *transport, const QString &event, const QString &templateUrl, const QUrl &url,
        qint64 offsetMs)
        : q(qq)
        , transport(transport)
        , event(event)
        , templateUrl(templateUrl)
        , url(url)
        , offsetMs(offsetMs)
    { }

    void pingFinished(const PingResult &result) override;

    void setState(Beacon::State newState);
    // Tells the observer, then emits finished(), unless the observer deleted the beacon.
    void notifyFinished();
    void sendAttempt();
    void fail(TransportReply::Error error, const QString &errorString);
    // The URL is parsed on first use only: a MemoryTransport answering every URL never
    // needs it, and the Tracker knows most URLs' validity from their template.
    const QUrl &parsedUrl();
    bool isValidUrl();
    QString displayUrl() { return parsedUrl().toDisplayString(); }

    Beacon *const q;
    BeaconObserver *observer = nullptr;
    // Set by ~Beacon() when it runs inside notifyFinished() (see there).
    bool *deletedGuard = nullptr;
    QPointer<Transport> transport;
    QString event;
    QString templateUrl;
    QString urlText; // the expanded URL as text; empty when the URL was given parsed
    QUrl url;
    bool urlParsed = true;
    enum class Validity : quint8 { Unknown, Valid, Invalid } validity = Validity::Unknown;
    qint64 offsetMs = 0;
    RetryPolicy policy;
    // Seeded from policy.jitterSeed (jitterSeedFor()) on the first jittered retry, not per beacon: seeding a
    // QRandomGenerator (a Mersenne Twister) costs tens of thousands of instructions and
    // most beacons never retry.
    std::unique_ptr<QRandomGenerator> jitterRandom;

    Beacon::State state = Beacon::State::Pending;
    bool started = false;
    bool pinging = false; // an attempt is with the transport
    int attempts = 0;
    int httpStatus = 0;
    qint64 latencyMs = -1;
    qint64 queuedMs = 0;
    TransportReply::Error error = TransportReply::Error::NoError;
    QString errorString;
    QList<int> retryDelays;

    // On the Beacon itself (Beacon::timerEvent()): nothing is registered with the event
    // dispatcher until a retry is scheduled. There is no per-attempt timer: Transport::ping()
    // ends an attempt with Timeout after PingRequest::timeoutMs.
    QBasicTimer backoffTimer;
};

const QUrl &BeaconPrivate::parsedUrl()
{
    if (!urlParsed) {
        url = parseTrackingUrl(urlText);
        urlParsed = true;
    }
    return url;
}

bool BeaconPrivate::isValidUrl()
{
    if (validity == Validity::Unknown) {
        const QUrl &u = parsedUrl();
        validity = u.isValid() && !u.isEmpty() ? Validity::Valid : Validity::Invalid;
    }
    return validity == Validity::Valid;
}

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
        qCWarning(lcVastTracking) << "Beacon: illegal transition" << state << "->" << newState << "for"
                                  << parsedUrl();
        return;
    }
    state = newState;
    Q_EMIT q->stateChanged(newState);
    if (newState == Beacon::State::Failed) {
        Q_EMIT q->errorOccurred(error, errorString);
        notifyFinished();
    } else if (newState == Beacon::State::Tracked) {
        notifyFinished();
    }
}

void BeaconPrivate::notifyFinished()
{
    if (observer) {
        // The observer (the Tracker, whose idle() may end a session) may delete the beacon:
        // ~Beacon() sets the flag of the innermost call, which passes it outwards.
        bool deleted = false;
        bool *const outer = std::exchange(deletedGuard, &deleted);
        observer->beaconFinished(q);
        if (deleted) {
            if (outer)
                *outer = true;
            return;
        }
        deletedGuard = outer;
    }
    Q_EMIT q->finished();
}

void BeaconPrivate::fail(TransportReply::Error err, const QString &message)
{
    error = err;
    errorString = message;
    qCDebug(lcVastTracking) << "Beacon failed:" << event << displayUrl() << message;
    setState(Beacon::State::Failed);
}

void BeaconPrivate::sendAttempt()
{
    if (state != Beacon::State::Pending && state != Beacon::State::Waiting)
        return;
    if (!isValidUrl()) {
        fail(TransportReply::Error::ProtocolError, Beacon::tr("Invalid tracking URL: %1").arg(templateUrl));
        return;
    }
    if (!transport) {
        fail(TransportReply::Error::UnsupportedScheme, Beacon::tr("No transport to send %1").arg(displayUrl()));
        return;
    }
    ++attempts;
    setState(Beacon::State::Sending);
    if (state != Beacon::State::Sending)
        return; // aborted from a stateChanged() slot

    PingRequest request;
    if (urlParsed && urlText.isEmpty())
        request.url = url;
    else
        request.urlText = urlText;
    request.timeoutMs = qMax(0, policy.timeoutMs);
    pinging = true;
    transport->ping(request, this);
}

void BeaconPrivate::pingFinished(const PingResult &result)
{
    pinging = false;
    httpStatus = result.httpStatus;
    // The network's time: what the ping waited for a free connection is kept apart.
    latencyMs = result.elapsedMs - result.queuedMs;
    queuedMs = result.queuedMs;
    TransportReply::Error err = result.error;
    QString message = result.errorString;
    if (err == TransportReply::Error::NoError && httpStatus >= 400) {
        err = TransportReply::Error::HttpError;
        message = Beacon::tr("HTTP status %1").arg(httpStatus);
    }
    if (err == TransportReply::Error::NoError && (httpStatus == 0 || (httpStatus >= 200 && httpStatus < 400))) {
        error = TransportReply::Error::NoError;
        errorString.clear();
        qCDebug(lcVastTracking) << "Beacon tracked:" << event << displayUrl() << "status" << httpStatus << "attempt"
                                << attempts;
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
        if ((httpStatus == 429 || httpStatus == 503) && result.retryAfterMs >= 0) {
            // The server says when (RFC 9110 §10.2.3): its wait, capped by the policy's.
            delay = int(qMin<qint64>(result.retryAfterMs, qMax(0, policy.maxDelayMs)));
        } else if (policy.jitter > 0) {
            const double j = qBound(0.0, policy.jitter, 1.0);
            if (!jitterRandom) {
                const QString u = urlText.isEmpty() ? url.toString() : urlText;
                jitterRandom = std::make_unique<QRandomGenerator>(jitterSeedFor(policy.jitterSeed, event, u));
            }
            const double factor = 1.0 + j * (2.0 * jitterRandom->generateDouble() - 1.0);
            delay = qMax(0, int(delay * factor));
        }
        retryDelays.append(delay);
        qCDebug(lcVastTracking) << "Beacon attempt" << attempts << "failed:" << message << "- retry in" << delay
                                << "ms";
        Q_EMIT q->retryScheduled(retry, delay);
        setState(Beacon::State::Waiting);
        if (state == Beacon::State::Waiting)
            backoffTimer.start(delay, Qt::CoarseTimer, q);
        return;
    }
    fail(err, message);
}

Beacon::Beacon(Transport *transport, const QString &event, const QString &templateUrl, const QUrl &url, qint64 offsetMs,
    QObject *parent)
    : QObject(parent)
    , d(new BeaconPrivate(this, transport, event, templateUrl, url, offsetMs))
{ }

Beacon *BeaconAccess::create(Transport *transport, const QString &event, const QString &templateUrl,
    const QString &urlText, bool validityKnown, bool valid, qint64 offsetMs, const RetryPolicy &policy,
    BeaconObserver *observer, QObject *parent)
{
    auto *beacon = new Beacon(transport, event, templateUrl, QUrl(), offsetMs, parent);
    BeaconPrivate *d = beacon->d.get();
    d->urlText = urlText;
    d->urlParsed = false;
    if (validityKnown)
        d->validity = valid && !urlText.isEmpty() ? BeaconPrivate::Validity::Valid : BeaconPrivate::Validity::Invalid;
    d->policy = policy;
    d->observer = observer;
    return beacon;
}

void BeaconAccess::setObserver(Beacon *beacon, BeaconObserver *observer)
{
    beacon->d->observer = observer;
}

void Beacon::timerEvent(QTimerEvent *event)
{
    // The backoff timer is single-shot.
    if (event->timerId() == d->backoffTimer.timerId()) {
        d->backoffTimer.stop();
        d->sendAttempt();
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
    if (d->pinging && d->transport)
        d->transport->cancelPing(d.get());
    if (d->deletedGuard)
        *d->deletedGuard = true;
    if (d->observer)
        d->observer->beaconDestroyed(this);
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
    return d->parsedUrl();
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

qint64 Beacon::queuedMs() const
{
    return d->queuedMs;
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
        qCWarning(lcVastTracking) << "Beacon::start: already started" << d->parsedUrl();
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
    if (d->pinging) {
        d->pinging = false;
        if (d->transport)
            d->transport->cancelPing(d.get());
    }
    d->fail(TransportReply::Error::Aborted, tr("Tracking aborted"));
}

} // namespace VastQt
