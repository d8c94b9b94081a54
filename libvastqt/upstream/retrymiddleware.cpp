// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/retrymiddleware.h>
#include "upstream/middleware_p.h"
#include "vastqt_logging_p.h"

#include <QtCore/QPointer>
#include <QtCore/QVariant>
#include <QtCore/QTimer>

#include <cmath>
#include <memory>

namespace VastQt
{

namespace
{

// One retried request; lives as a child of the caller's reply.
class RetryJob : public QObject
{
public:
    RetryJob(TransportReply *outer, const TransportRequest &request, const Middleware::Next &next, int maxRetries,
             std::function<int(int)> delayFor, std::function<bool(const TransportReply *)> predicate)
        : QObject(outer)
        , m_outer(outer)
        , m_request(request)
        , m_next(next)
        , m_maxRetries(maxRetries)
        , m_delayFor(std::move(delayFor))
        , m_predicate(std::move(predicate))
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, &RetryJob::attempt);
        QObject::connect(outer, &TransportReply::abortRequested, this, [this] {
            m_timer.stop();
            if (m_current)
                m_current->abort();
        });
    }

    void attempt()
    {
        if (m_outer->isFinished())
            return;
        ++m_attempts;
        m_outer->setProperty("attempts", m_attempts);
        TransportReply *inner = m_next(m_request);
        inner->setParent(this);
        m_current = inner;
        QObject::connect(inner, &TransportReply::finished, this, [this, inner] {
            inner->deleteLater();
            if (m_outer->isFinished())
                return;
            const int retry = m_attempts; // the number of the retry that would follow
            if (retry <= m_maxRetries && m_predicate(inner)) {
                const int delay = m_delayFor(retry);
                qCDebug(lcVastUpstream) << "retry" << retry << "of" << m_request.url << "in" << delay << "ms after"
                                        << inner->errorString();
                m_timer.start(delay);
                return;
            }
            MiddlewarePrivate::copyResult(inner, m_outer);
        });
    }

private:
    TransportReply *m_outer;
    TransportRequest m_request;
    Middleware::Next m_next;
    int m_maxRetries;
    int m_attempts = 0;
    std::function<int(int)> m_delayFor;
    std::function<bool(const TransportReply *)> m_predicate;
    QPointer<TransportReply> m_current;
    QTimer m_timer;
};

} // namespace

RetryMiddleware::RetryMiddleware(int maxRetries, int initialDelayMs)
    : m_maxRetries(qMax(0, maxRetries))
    , m_initialDelayMs(qMax(0, initialDelayMs))
{
}

RetryMiddleware::~RetryMiddleware() = default;

void RetryMiddleware::setRetryPredicate(const std::function<bool(const TransportReply *)> &predicate)
{
    m_predicate = predicate;
}

int RetryMiddleware::delayFor(int retry) const
{
    const double delay = m_initialDelayMs * std::pow(m_multiplier, qMax(0, retry - 1));
    return int(qMin<double>(delay, m_maxDelayMs));
}

TransportReply *RetryMiddleware::handle(const TransportRequest &request, const Next &next)
{
    auto *outer = new TransportReply(request);
    auto predicate = m_predicate ? m_predicate : std::function<bool(const TransportReply *)>(&Middleware::isFailure);
    const RetryMiddleware policy = *this; // the job keeps the settings of this request
    auto *job = new RetryJob(outer, request, next, m_maxRetries, [policy](int r) { return policy.delayFor(r); },
                             predicate);
    // The first attempt starts now; next()'s reply never emits from inside next().
    job->attempt();
    return outer;
}

} // namespace VastQt
