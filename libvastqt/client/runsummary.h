// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_RUNSUMMARY_H
#define VASTQT_RUNSUMMARY_H

#include <VastQt/vastqt_export.h>

#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QString>

namespace VastQt
{

/*!
    \brief What many runs did, added up (client layer): the figures of
    `vastqt-inspector --summary` and `--summarize`, documented in the README.

    A summary is built from run reports in their JSON form (RunReport::toJson(), one line
    of `--batch` output each, with its optional "batch" member), so a live batch and a
    file of saved reports give the same summary. It keeps counts and an exact latency
    histogram (one bucket per millisecond), never derived figures, so merge() of the
    summaries of disjoint sets of runs (the shards of a batch) equals the summary of all of
    them; percentiles and rates are computed by toJson().

    Counted:
    - the funnel: requests (runs), adsServed (ads handed to a player: one per pod slot
      and VMAP break ad played), then the ads whose session tracked impression, start,
      firstQuartile, midpoint, thirdQuartile and complete; skip (session skipped), close
      (closeLinear tracked) and error (the ad failed); rates of adsServed per request and
      of the rest per ad served;
    - results: runs by RunReport::resultName();
    - errors: every PipelineError of every run, by phase and VAST code;
    - hops: the documents of the Wrapper chains (requests sent for tags and Wrappers) and
      how many failed;
    - sources: per source URL, times asked, won and failed;
    - beacons: sent (beacons fired), tracked, failed, retried (beacons needing more than one
      attempt), attempts (HTTP requests, retries included), latency p50/p90/p99 (ms, over
      every beacon that got an answer);
    - time: the earliest start and latest end of the runs that carry them (the "batch"
      member's startedAtMs and finishedAtMs, ms since the epoch), wall time and sessions
      per second over that span.
*/
class VASTQT_EXPORT RunSummary
{
public:
    /*! The value of the "kind" member of toJson(): tells a summary file from a file of reports. */
    static QString kind();

    /*! Adds one run: \a report is the JSON of RunReport::toJson(), optionally with the
        "batch" member of a `--batch` line. */
    void addReport(const QJsonObject &report);
    /*! Adds the runs summarised by \a other. */
    void merge(const RunSummary &other);

    /*! Number of runs added. */
    qint64 runs() const { return m_requests; }

    /*! The summary (README, "Summaries"); \c counts holds everything merge() adds up,
        \c time the span of the runs. */
    QJsonObject toJson() const;
    /*! Reads toJson()'s form (the derived figures are recomputed, not read); clears \a ok
        when \a json is not a summary. */
    static RunSummary fromJson(const QJsonObject &json, bool *ok = nullptr);

    /*! Equal counts, histograms and time span. */
    bool operator==(const RunSummary &other) const;
    //! Not equal: the opposite of operator==().
    bool operator!=(const RunSummary &other) const { return !(*this == other); }

private:
    struct SourceCounts {
        qint64 requests = 0;
        qint64 wins = 0;
        qint64 failures = 0;
        bool operator==(const SourceCounts &o) const
        {
            return requests == o.requests && wins == o.wins && failures == o.failures;
        }
    };
    void addSession(const QJsonObject &session);

    qint64 m_requests = 0;
    // funnel stage name → ads (adsServed, impression, ..., complete, skip, close, error)
    QMap<QString, qint64> m_funnel;
    QMap<QString, qint64> m_results;
    // phase → VAST code → count
    QMap<QString, QMap<int, qint64>> m_errors;
    qint64 m_hops = 0;
    qint64 m_failedHops = 0;
    QMap<QString, SourceCounts> m_sources;
    // sent, tracked, failed, retried, attempts
    QMap<QString, qint64> m_beacons;
    // latency ms → beacons
    QMap<qint64, qint64> m_latency;
    qint64 m_startedAtMs = -1;
    qint64 m_finishedAtMs = -1;
};

} // namespace VastQt

#endif // VASTQT_RUNSUMMARY_H
