// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_METRICSMIDDLEWARE_H
#define VASTQT_METRICSMIDDLEWARE_H

#include <VastQt/vastqt_export.h>
#include <VastQt/upstream.h>

#include <QtCore/QObject>
#include <QtCore/QVariantList>
#include <QtCore/QVariantMap>

#include <memory>

namespace VastQt
{

class MetricsMiddlewarePrivate;

/*!
    \brief Counts requests, failures and latencies per source (seed 001, "MetricsMiddleware").

    A source is Middleware::sourceKey() of the request URL (the URL without query). For
    each one it keeps the number of requests, of failures (Middleware::isFailure(), plus
    refusals of a circuit breaker further down), and the latencies in ms of the last
    latencyWindow() answered requests (successes and failures alike; aborted requests count
    as requests only). Everything is readable from C++ and, through the properties and
    Q_INVOKABLE functions, from QML. changed() follows every recorded request.

    Percentiles use the nearest-rank method over the kept latencies: latencyPercentile(s, 50)
    is the median, 100 the maximum; -1 when nothing was recorded.
*/
class VASTQT_EXPORT MetricsMiddleware : public QObject, public Middleware
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsMiddleware)
    Q_PROPERTY(int totalRequests READ totalRequests NOTIFY changed)
    Q_PROPERTY(int totalFailures READ totalFailures NOTIFY changed)
    Q_PROPERTY(QStringList sources READ sources NOTIFY changed)
    Q_PROPERTY(int latencyWindow READ latencyWindow WRITE setLatencyWindow)
public:
    //! A middleware with no figures yet and a latency window of 1000 samples.
    explicit MetricsMiddleware(QObject *parent = nullptr);
    ~MetricsMiddleware() override;

    //! Requests counted so far, all sources.
    int totalRequests() const;
    //! Failures counted so far (Middleware::isFailure()), all sources.
    int totalFailures() const;
    /*! The sources seen, in the order of their first request. */
    QStringList sources() const;
    /*! Latencies kept per source for percentiles, >= 1; default 1000. */
    int latencyWindow() const;
    //! Sets latencyWindow() to \a samples (values below 1 count as 1).
    void setLatencyWindow(int samples);

    /*! \a source is a URL or a sourceKey(). */
    Q_INVOKABLE int requests(const QString &source) const;
    //! Failures counted for \a source (a URL or a sourceKey()).
    Q_INVOKABLE int failures(const QString &source) const;
    /*! The latency in ms at percentile \a p (0 < p <= 100) of \a source, -1 when none. */
    Q_INVOKABLE qint64 latencyPercentile(const QString &source, double p) const;
    /*! One source as a map: source, requests, failures, failureRate (0..1), samples,
        minMs, p50Ms, p90Ms, p99Ms, maxMs, meanMs. */
    Q_INVOKABLE QVariantMap snapshot(const QString &source) const;
    /*! snapshot() of every source, in sources() order. */
    Q_INVOKABLE QVariantList snapshots() const;
    //! Forgets every figure of every source; emits changed().
    Q_INVOKABLE void reset();

    /*! Records one answered request of \a source by hand (a protocol handler may count
        work that does not pass through an Upstream). */
    void record(const QString &source, bool failed, qint64 latencyMs, bool answered = true);

    //! Passes \a request on with \a next and records its outcome and latency under its source once it finishes.
    TransportReply *handle(const TransportRequest &request, const Next &next) override;

Q_SIGNALS:
    //! A figure changed (a request finished, record() or reset()).
    void changed();

private:
    std::unique_ptr<MetricsMiddlewarePrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_METRICSMIDDLEWARE_H
