// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/circuitbreaker.h>
#include "upstream/middleware_p.h"
#include "vastqt_logging_p.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QVariant>

namespace VastQt
{

namespace
{
struct Circuit {
    CircuitBreakerMiddleware::State state = CircuitBreakerMiddleware::State::Closed;
    QList<qint64> failures; // times, oldest first
    qint64 openedAt = 0;
    bool trialInFlight = false;
};
} // namespace

class CircuitBreakerMiddlewarePrivate
{
public:
    CircuitBreakerMiddleware *q = nullptr;
    int threshold = 5;
    int windowMs = 60000;
    int coolDownMs = 30000;
    int rejected = 0;
    QElapsedTimer elapsed;
    std::function<qint64()> clock;
    QHash<QString, Circuit> circuits;

    qint64 now() const { return clock ? clock() : elapsed.elapsed(); }

    void prune(Circuit &c, qint64 t) const
    {
        while (!c.failures.isEmpty() && c.failures.constFirst() <= t - windowMs)
            c.failures.removeFirst();
    }

    void setState(const QString &key, Circuit &c, CircuitBreakerMiddleware::State state)
    {
        if (c.state == state)
            return;
        c.state = state;
        qCInfo(lcVastUpstream) << "circuit" << key << state;
        Q_EMIT q->stateChanged(key, state);
    }

    // Moves an open circuit whose cool-down passed to HalfOpen.
    void refresh(const QString &key, Circuit &c, qint64 t)
    {
        if (c.state == CircuitBreakerMiddleware::State::Open && t - c.openedAt >= coolDownMs) {
            c.trialInFlight = false;
            setState(key, c, CircuitBreakerMiddleware::State::HalfOpen);
        }
    }

    void record(const QString &key, bool trial, const TransportReply *reply)
    {
        Circuit &c = circuits[key];
        const qint64 t = now();
        if (trial)
            c.trialInFlight = false;
        if (reply->error() == TransportReply::Error::Aborted)
            return;
        const bool failed = Middleware::isFailure(reply);
        if (trial && c.state == CircuitBreakerMiddleware::State::HalfOpen) {
            if (failed) {
                c.openedAt = t;
                setState(key, c, CircuitBreakerMiddleware::State::Open);
            } else {
                c.failures.clear();
                setState(key, c, CircuitBreakerMiddleware::State::Closed);
            }
            return;
        }
        if (!failed || c.state != CircuitBreakerMiddleware::State::Closed)
            return;
        c.failures.append(t);
        prune(c, t);
        if (c.failures.size() >= threshold) {
            c.openedAt = t;
            setState(key, c, CircuitBreakerMiddleware::State::Open);
        }
    }
};

CircuitBreakerMiddleware::CircuitBreakerMiddleware(QObject *parent)
    : QObject(parent)
    , d(new CircuitBreakerMiddlewarePrivate)
{
    d->q = this;
    d->elapsed.start();
}

CircuitBreakerMiddleware::~CircuitBreakerMiddleware() = default;

int CircuitBreakerMiddleware::failureThreshold() const
{
    return d->threshold;
}

void CircuitBreakerMiddleware::setFailureThreshold(int failures)
{
    d->threshold = qMax(1, failures);
}

int CircuitBreakerMiddleware::window() const
{
    return d->windowMs;
}

void CircuitBreakerMiddleware::setWindow(int msecs)
{
    d->windowMs = qMax(1, msecs);
}

int CircuitBreakerMiddleware::coolDown() const
{
    return d->coolDownMs;
}

void CircuitBreakerMiddleware::setCoolDown(int msecs)
{
    d->coolDownMs = qMax(0, msecs);
}

void CircuitBreakerMiddleware::setClock(const std::function<qint64()> &clock)
{
    d->clock = clock;
}

CircuitBreakerMiddleware::State CircuitBreakerMiddleware::state(const QString &source) const
{
    const auto it = d->circuits.constFind(Middleware::sourceKey(QUrl(source)));
    if (it == d->circuits.cend())
        return State::Closed;
    if (it->state == State::Open && d->now() - it->openedAt >= d->coolDownMs)
        return State::HalfOpen;
    return it->state;
}

int CircuitBreakerMiddleware::failureCount(const QString &source) const
{
    const auto it = d->circuits.constFind(Middleware::sourceKey(QUrl(source)));
    if (it == d->circuits.cend())
        return 0;
    Circuit c = *it;
    d->prune(c, d->now());
    return int(c.failures.size());
}

int CircuitBreakerMiddleware::rejectedCount() const
{
    return d->rejected;
}

void CircuitBreakerMiddleware::reset()
{
    const QStringList keys = d->circuits.keys();
    for (const QString &key : keys)
        d->setState(key, d->circuits[key], State::Closed);
    d->circuits.clear();
    d->rejected = 0;
}

TransportReply *CircuitBreakerMiddleware::handle(const TransportRequest &request, const Next &next)
{
    const QString key = Middleware::sourceKey(request.url);
    Circuit &c = d->circuits[key];
    const qint64 t = d->now();
    d->refresh(key, c, t);
    bool trial = false;
    if (c.state == State::HalfOpen) {
        if (!c.trialInFlight) {
            c.trialInFlight = true;
            trial = true;
        }
    }
    if (c.state == State::Open || (c.state == State::HalfOpen && !trial)) {
        ++d->rejected;
        auto *reply = new TransportReply(request);
        reply->setProperty(Middleware::RejectedProperty, true);
        const qint64 wait = c.state == State::Open ? qMax<qint64>(0, d->coolDownMs - (t - c.openedAt)) : 0;
        reply->failLater(TransportReply::Error::ProtocolError,
                                    tr("Circuit breaker open for %1: %2 failures within %3 ms; next trial in %4 ms")
                                        .arg(key)
                                        .arg(d->threshold)
                                        .arg(d->windowMs)
                                        .arg(wait));
        return reply;
    }
    TransportReply *inner = next(request);
    // Recorded before the caller hears of the answer, so its finished() handler sees the new state.
    QObject::connect(inner, &TransportReply::finished, this,
                     [this, key, trial, inner] { d->record(key, trial, inner); });
    auto *outer = new TransportReply(request);
    MiddlewarePrivate::forward(inner, outer);
    return outer;
}

} // namespace VastQt
