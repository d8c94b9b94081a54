// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/metricsmiddleware.h>
#include "upstream/middleware_p.h"

#include <QtCore/QHash>
#include <QtCore/QVariant>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{
struct SourceStats {
    int requests = 0;
    int failures = 0;
    QList<qint64> latencies; // oldest first, at most latencyWindow
};
} // namespace

class MetricsMiddlewarePrivate
{
public:
    QHash<QString, SourceStats> stats;
    QStringList order;
    int totalRequests = 0;
    int totalFailures = 0;
    int window = 1000;

    const SourceStats *find(const QString &source) const
    {
        const auto it = stats.constFind(Middleware::sourceKey(QUrl(source)));
        return it == stats.cend() ? nullptr : &*it;
    }

    static qint64 percentile(QList<qint64> sorted, double p)
    {
        if (sorted.isEmpty())
            return -1;
        std::sort(sorted.begin(), sorted.end());
        p = qBound(0.0, p, 100.0);
        const qsizetype rank = qMax<qsizetype>(1, qsizetype(std::ceil(p / 100.0 * sorted.size())));
        return sorted.at(qMin(rank, sorted.size()) - 1);
    }
};

MetricsMiddleware::MetricsMiddleware(QObject *parent)
    : QObject(parent)
    , d(new MetricsMiddlewarePrivate)
{
}

MetricsMiddleware::~MetricsMiddleware() = default;

int MetricsMiddleware::totalRequests() const
{
    return d->totalRequests;
}

int MetricsMiddleware::totalFailures() const
{
    return d->totalFailures;
}

QStringList MetricsMiddleware::sources() const
{
    return d->order;
}

int MetricsMiddleware::latencyWindow() const
{
    return d->window;
}

void MetricsMiddleware::setLatencyWindow(int samples)
{
    d->window = qMax(1, samples);
}

int MetricsMiddleware::requests(const QString &source) const
{
    const SourceStats *s = d->find(source);
    return s ? s->requests : 0;
}

int MetricsMiddleware::failures(const QString &source) const
{
    const SourceStats *s = d->find(source);
    return s ? s->failures : 0;
}

qint64 MetricsMiddleware::latencyPercentile(const QString &source, double p) const
{
    const SourceStats *s = d->find(source);
    return s ? MetricsMiddlewarePrivate::percentile(s->latencies, p) : -1;
}

QVariantMap MetricsMiddleware::snapshot(const QString &source) const
{
    const SourceStats *s = d->find(source);
    const SourceStats empty;
    if (!s)
        s = &empty;
    qint64 sum = 0;
    for (qint64 l : s->latencies)
        sum += l;
    const auto pct = [s](double p) { return MetricsMiddlewarePrivate::percentile(s->latencies, p); };
    return QVariantMap{
        {u"source"_s, Middleware::sourceKey(QUrl(source))},
        {u"requests"_s, s->requests},
        {u"failures"_s, s->failures},
        {u"failureRate"_s, s->requests > 0 ? double(s->failures) / s->requests : 0.0},
        {u"samples"_s, int(s->latencies.size())},
        {u"minMs"_s, s->latencies.isEmpty() ? qint64(-1) : *std::min_element(s->latencies.cbegin(), s->latencies.cend())},
        {u"p50Ms"_s, pct(50)},
        {u"p90Ms"_s, pct(90)},
        {u"p99Ms"_s, pct(99)},
        {u"maxMs"_s, pct(100)},
        {u"meanMs"_s, s->latencies.isEmpty() ? -1.0 : double(sum) / s->latencies.size()},
    };
}

QVariantList MetricsMiddleware::snapshots() const
{
    QVariantList out;
    for (const QString &source : d->order)
        out.append(snapshot(source));
    return out;
}

void MetricsMiddleware::reset()
{
    d->stats.clear();
    d->order.clear();
    d->totalRequests = 0;
    d->totalFailures = 0;
    Q_EMIT changed();
}

void MetricsMiddleware::record(const QString &source, bool failed, qint64 latencyMs, bool answered)
{
    const QString key = Middleware::sourceKey(QUrl(source));
    if (!d->stats.contains(key))
        d->order.append(key);
    SourceStats &s = d->stats[key];
    ++s.requests;
    ++d->totalRequests;
    if (failed) {
        ++s.failures;
        ++d->totalFailures;
    }
    if (answered) {
        s.latencies.append(latencyMs);
        while (s.latencies.size() > d->window)
            s.latencies.removeFirst();
    }
    Q_EMIT changed();
}

TransportReply *MetricsMiddleware::handle(const TransportRequest &request, const Next &next)
{
    TransportReply *inner = next(request);
    const QString key = Middleware::sourceKey(request.url);
    // Recorded before the caller hears of the answer.
    QObject::connect(inner, &TransportReply::finished, this, [this, key, inner] {
        const bool refused = inner->property(Middleware::RejectedProperty).toBool();
        const bool aborted = inner->error() == TransportReply::Error::Aborted;
        record(key, refused || Middleware::isFailure(inner), inner->elapsedMs(), !refused && !aborted);
    });
    auto *outer = new TransportReply(request);
    MiddlewarePrivate::forward(inner, outer);
    return outer;
}

} // namespace VastQt
