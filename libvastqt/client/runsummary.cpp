// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/runsummary.h>

#include <QtCore/QJsonArray>
#include <QtCore/QSet>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{
// The funnel after adsServed, in order: an ad counts when its session tracked the event.
constexpr std::array<QLatin1StringView, 6> trackedStages = {
    "impression"_L1, "start"_L1, "firstQuartile"_L1, "midpoint"_L1, "thirdQuartile"_L1, "complete"_L1,
};
constexpr std::array<QLatin1StringView, 3> outcomes = {"skip"_L1, "close"_L1, "error"_L1};
constexpr std::array<QLatin1StringView, 5> beaconCounts = {"sent"_L1, "tracked"_L1, "failed"_L1, "retried"_L1,
                                                            "attempts"_L1};

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

// The latency under which \a fraction of the \a total beacons of \a histogram answered
// (nearest rank); -1 without any.
qint64 percentile(const QMap<qint64, qint64> &histogram, qint64 total, double fraction)
{
    if (total <= 0)
        return -1;
    const qint64 rank = qMax<qint64>(1, qint64(std::ceil(fraction * double(total))));
    qint64 seen = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        seen += it.value();
        if (seen >= rank)
            return it.key();
    }
    return histogram.isEmpty() ? -1 : histogram.lastKey();
}

template <typename Key>
QJsonObject countsJson(const QMap<Key, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if constexpr (std::is_same_v<Key, QString>)
            o.insert(it.key(), it.value());
        else
            o.insert(QString::number(it.key()), it.value());
    }
    return o;
}

// Reads countsJson()'s form; false when a key or value is not what it should be.
template <typename Key>
bool readCounts(const QJsonObject &o, QMap<Key, qint64> *map)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!it.value().isDouble())
            return false;
        if constexpr (std::is_same_v<Key, QString>) {
            map->insert(it.key(), it.value().toInteger());
        } else {
            bool ok = false;
            const Key key = Key(it.key().toLongLong(&ok));
            if (!ok)
                return false;
            map->insert(key, it.value().toInteger());
        }
    }
    return true;
}

template <typename Key>
void addCounts(QMap<Key, qint64> *into, const QMap<Key, qint64> &from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        (*into)[it.key()] += it.value();
}

qint64 earliest(qint64 a, qint64 b)
{
    return a < 0 ? b : b < 0 ? a : qMin(a, b);
}
} // namespace

QString RunSummary::kind()
{
    return u"vastqt-summary"_s;
}

void RunSummary::addSession(const QJsonObject &session)
{
    QSet<QString> events;
    for (const QJsonValue &e : session.value("events"_L1).toArray())
        events.insert(e.toObject().value("event"_L1).toString());
    for (QLatin1StringView stage : trackedStages) {
        if (events.contains(stage))
            ++m_funnel[stage];
    }
    if (session.value("status"_L1).toString() == "skipped"_L1)
        ++m_funnel[u"skip"_s];
    if (events.contains(u"closeLinear"_s))
        ++m_funnel[u"close"_s];
}

void RunSummary::addReport(const QJsonObject &report)
{
    ++m_requests;
    ++m_results[report.value("result"_L1).toString()];

    // The ads handed to playback: a pod's slots, every VMAP break's ads, or the one served ad.
    QJsonArray plays;
    if (report.contains("breaks"_L1)) {
        for (const QJsonValue &b : report.value("breaks"_L1).toArray()) {
            for (const QJsonValue &a : b.toObject().value("ads"_L1).toArray())
                plays.append(a);
        }
    } else if (report.contains("ads"_L1)) {
        plays = report.value("ads"_L1).toArray();
    } else if (report.value("ad"_L1).isObject()) {
        const QJsonValue session = report.value("session"_L1);
        const QString status = session.isObject() ? session.toObject().value("status"_L1).toString() : u"error"_s;
        plays.append(QJsonObject{{u"status"_s, status}, {u"session"_s, session}});
    }
    for (const QJsonValue &p : std::as_const(plays)) {
        const QJsonObject play = p.toObject();
        ++m_funnel[u"adsServed"_s];
        if (play.value("status"_L1).toString() == "error"_L1)
            ++m_funnel[u"error"_s];
        if (play.value("session"_L1).isObject())
            addSession(play.value("session"_L1).toObject());
    }

    for (const QJsonValue &e : report.value("errors"_L1).toArray()) {
        const QJsonObject error = e.toObject();
        ++m_errors[error.value("phase"_L1).toString()][error.value("code"_L1).toInt()];
    }
    for (const QJsonValue &h : report.value("chain"_L1).toArray()) {
        ++m_hops;
        if (h.toObject().contains("error"_L1))
            ++m_failedHops;
    }
    for (const QJsonValue &s : report.value("sources"_L1).toArray()) {
        const QJsonObject source = s.toObject();
        const QString status = source.value("status"_L1).toString();
        if (status == "notTried"_L1)
            continue;
        SourceCounts &counts = m_sources[source.value("url"_L1).toString()];
        ++counts.requests;
        if (source.value("winner"_L1).toBool())
            ++counts.wins;
        if (status == "failed"_L1)
            ++counts.failures;
    }
    for (const QJsonValue &b : report.value("timeline"_L1).toArray()) {
        const QJsonObject beacon = b.toObject();
        const QString state = beacon.value("state"_L1).toString();
        const int attempts = beacon.value("attempts"_L1).toInt();
        ++m_beacons[u"sent"_s];
        m_beacons[u"attempts"_s] += attempts;
        if (attempts > 1)
            ++m_beacons[u"retried"_s];
        if (state == "tracked"_L1)
            ++m_beacons[u"tracked"_s];
        else if (state == "failed"_L1)
            ++m_beacons[u"failed"_s];
        if (beacon.value("status"_L1).toInt() > 0)
            ++m_latency[beacon.value("latencyMs"_L1).toInteger()];
    }

    const QJsonObject batch = report.value("batch"_L1).toObject();
    if (batch.contains("startedAtMs"_L1) && batch.contains("finishedAtMs"_L1)) {
        m_startedAtMs = earliest(m_startedAtMs, batch.value("startedAtMs"_L1).toInteger());
        m_finishedAtMs = qMax(m_finishedAtMs, batch.value("finishedAtMs"_L1).toInteger());
    }
}

void RunSummary::merge(const RunSummary &other)
{
    m_requests += other.m_requests;
    addCounts(&m_funnel, other.m_funnel);
    addCounts(&m_results, other.m_results);
    for (auto it = other.m_errors.cbegin(); it != other.m_errors.cend(); ++it)
        addCounts(&m_errors[it.key()], it.value());
    m_hops += other.m_hops;
    m_failedHops += other.m_failedHops;
    for (auto it = other.m_sources.cbegin(); it != other.m_sources.cend(); ++it) {
        SourceCounts &c = m_sources[it.key()];
        c.requests += it->requests;
        c.wins += it->wins;
        c.failures += it->failures;
    }
    addCounts(&m_beacons, other.m_beacons);
    addCounts(&m_latency, other.m_latency);
    m_startedAtMs = earliest(m_startedAtMs, other.m_startedAtMs);
    m_finishedAtMs = qMax(m_finishedAtMs, other.m_finishedAtMs);
}

QJsonObject RunSummary::toJson() const
{
    const qint64 served = m_funnel.value(u"adsServed"_s);
    QJsonObject funnel{{u"requests"_s, m_requests}, {u"adsServed"_s, served}};
    QJsonObject rates{{u"adsServed"_s, ratio(served, m_requests)}};
    for (QLatin1StringView stage : trackedStages) {
        funnel.insert(stage, m_funnel.value(stage));
        rates.insert(stage, ratio(m_funnel.value(stage), served));
    }
    for (QLatin1StringView outcome : outcomes) {
        funnel.insert(outcome, m_funnel.value(outcome));
        rates.insert(outcome, ratio(m_funnel.value(outcome), served));
    }

    QJsonObject errors;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        errors.insert(it.key(), countsJson(it.value()));
    QJsonObject sources;
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        sources.insert(it.key(), QJsonObject{{u"requests"_s, it->requests}, {u"wins"_s, it->wins},
                                             {u"failures"_s, it->failures}});
    }
    QJsonObject beacons;
    for (QLatin1StringView name : beaconCounts)
        beacons.insert(name, m_beacons.value(name));
    beacons.insert(u"latencyHistogramMs"_s, countsJson(m_latency));

    qint64 answered = 0;
    for (qint64 n : m_latency)
        answered += n;
    const qint64 wallMs = m_startedAtMs >= 0 ? m_finishedAtMs - m_startedAtMs : -1;
    return QJsonObject{
        {u"kind"_s, kind()},
        {u"counts"_s,
         QJsonObject{
             {u"funnel"_s, funnel},
             {u"results"_s, countsJson(m_results)},
             {u"errors"_s, errors},
             {u"hops"_s, QJsonObject{{u"requests"_s, m_hops}, {u"failed"_s, m_failedHops}}},
             {u"sources"_s, sources},
             {u"beacons"_s, beacons},
         }},
        {u"rates"_s, rates},
        {u"beaconLatencyMs"_s,
         QJsonObject{{u"p50"_s, percentile(m_latency, answered, 0.50)},
                     {u"p90"_s, percentile(m_latency, answered, 0.90)},
                     {u"p99"_s, percentile(m_latency, answered, 0.99)}}},
        {u"time"_s,
         QJsonObject{{u"startedAtMs"_s, m_startedAtMs},
                     {u"finishedAtMs"_s, m_finishedAtMs},
                     {u"wallMs"_s, wallMs},
                     {u"sessionsPerSecond"_s, wallMs > 0 ? double(m_requests) * 1000.0 / double(wallMs) : 0.0}}},
    };
}

RunSummary RunSummary::fromJson(const QJsonObject &json, bool *ok)
{
    RunSummary s;
    const QJsonObject counts = json.value("counts"_L1).toObject();
    bool good = json.value("kind"_L1).toString() == kind() && !counts.isEmpty();
    const QJsonObject funnel = counts.value("funnel"_L1).toObject();
    s.m_requests = funnel.value("requests"_L1).toInteger();
    for (auto it = funnel.constBegin(); it != funnel.constEnd(); ++it) {
        if (it.key() != "requests"_L1 && it.value().toInteger() != 0)
            s.m_funnel.insert(it.key(), it.value().toInteger());
    }
    good = good && readCounts(counts.value("results"_L1).toObject(), &s.m_results);
    const QJsonObject errors = counts.value("errors"_L1).toObject();
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        QMap<qint64, qint64> codes;
        good = good && readCounts(it.value().toObject(), &codes);
        for (auto c = codes.cbegin(); c != codes.cend(); ++c)
            s.m_errors[it.key()][int(c.key())] = c.value();
    }
    const QJsonObject hops = counts.value("hops"_L1).toObject();
    s.m_hops = hops.value("requests"_L1).toInteger();
    s.m_failedHops = hops.value("failed"_L1).toInteger();
    const QJsonObject sources = counts.value("sources"_L1).toObject();
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        s.m_sources.insert(it.key(), {o.value("requests"_L1).toInteger(), o.value("wins"_L1).toInteger(),
                                      o.value("failures"_L1).toInteger()});
    }
    QJsonObject beacons = counts.value("beacons"_L1).toObject();
    good = good && readCounts(beacons.take("latencyHistogramMs"_L1).toObject(), &s.m_latency);
    for (auto it = beacons.constBegin(); it != beacons.constEnd(); ++it) {
        if (it.value().toInteger() != 0)
            s.m_beacons.insert(it.key(), it.value().toInteger());
    }
    const QJsonObject time = json.value("time"_L1).toObject();
    s.m_startedAtMs = time.value("startedAtMs"_L1).toInteger(-1);
    s.m_finishedAtMs = time.value("finishedAtMs"_L1).toInteger(-1);
    if (ok)
        *ok = good;
    return good ? s : RunSummary();
}

bool RunSummary::operator==(const RunSummary &o) const
{
    // The zero counts toJson() writes and fromJson() skips do not make two summaries differ.
    const auto nonZero = [](QMap<QString, qint64> map) {
        map.removeIf([](const auto &it) { return it.value() == 0; });
        return map;
    };
    return m_requests == o.m_requests && nonZero(m_funnel) == nonZero(o.m_funnel) && m_results == o.m_results
        && m_errors == o.m_errors && m_hops == o.m_hops && m_failedHops == o.m_failedHops && m_sources == o.m_sources
        && nonZero(m_beacons) == nonZero(o.m_beacons) && m_latency == o.m_latency && m_startedAtMs == o.m_startedAtMs
        && m_finishedAtMs == o.m_finishedAtMs;
}

} // namespace VastQt
