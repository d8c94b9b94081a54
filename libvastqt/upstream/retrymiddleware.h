// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_RETRYMIDDLEWARE_H
#define VASTQT_RETRYMIDDLEWARE_H

#include <VastQt/vastqt_export.h>
#include <VastQt/upstream.h>

#include <functional>

namespace VastQt
{

/*!
    \brief Retries a failed request with exponential backoff (seed 001, "RetryMiddleware").

    A request that fails as Middleware::isFailure() says (timeout, connection failure,
    HTTP 5xx or 429) is sent again after a delay: initialDelay() ms before the first retry,
    then multiplied by multiplier() for each further one, capped at maxDelay() ms. At most
    maxRetries() retries, so 1 + maxRetries() attempts. HTTP 4xx, aborts and circuit-breaker
    refusals are answered at once. The caller's reply answers like the last attempt; its
    dynamic property "attempts" (int) counts the attempts made. Aborting it aborts the
    attempt in flight and cancels the pending retry.

    Not a QObject; put it first in an Upstream's chain so breaker and metrics see each
    attempt. The delays are timers on the event loop; nothing blocks.
*/
class VASTQT_EXPORT RetryMiddleware : public Middleware
{
public:
    /*! \a maxRetries >= 0 retries, first after \a initialDelayMs ms, doubling. */
    explicit RetryMiddleware(int maxRetries = 2, int initialDelayMs = 200);
    ~RetryMiddleware() override;

    //! The most retries after the first attempt (>= 0; default 2).
    int maxRetries() const { return m_maxRetries; }
    //! Sets maxRetries() to \a retries (negative values count as 0).
    void setMaxRetries(int retries) { m_maxRetries = qMax(0, retries); }
    /*! The delay before the first retry, in ms (>= 0). */
    int initialDelay() const { return m_initialDelayMs; }
    //! Sets initialDelay() to \a msecs (negative values count as 0).
    void setInitialDelay(int msecs) { m_initialDelayMs = qMax(0, msecs); }
    /*! The factor between successive delays (>= 1; default 2). */
    double multiplier() const { return m_multiplier; }
    //! Sets multiplier() to \a factor (values below 1 count as 1).
    void setMultiplier(double factor) { m_multiplier = qMax(1.0, factor); }
    /*! The longest delay, in ms (default 30000). */
    int maxDelay() const { return m_maxDelayMs; }
    //! Sets maxDelay() to \a msecs (negative values count as 0).
    void setMaxDelay(int msecs) { m_maxDelayMs = qMax(0, msecs); }

    /*! Replaces the rule that decides whether a finished reply is retried (default:
        Middleware::isFailure()). */
    void setRetryPredicate(const std::function<bool(const TransportReply *)> &predicate);

    /*! The delay in ms before retry number \a retry (1-based):
        min(maxDelay(), initialDelay() * multiplier()^(retry - 1)). */
    int delayFor(int retry) const;

    //! Passes \a request on with \a next; retries a failed attempt after delayFor() ms while retries are left.
    TransportReply *handle(const TransportRequest &request, const Next &next) override;

private:
    int m_maxRetries;
    int m_initialDelayMs;
    double m_multiplier = 2.0;
    int m_maxDelayMs = 30000;
    std::function<bool(const TransportReply *)> m_predicate;
};

} // namespace VastQt

#endif // VASTQT_RETRYMIDDLEWARE_H
