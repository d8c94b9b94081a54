// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_RUNREPORT_H
#define VASTQT_RUNREPORT_H

#include <VastQt/vastqt_export.h>
#include <VastQt/vastqtnamespace.h>
#include <VastQt/orchestrator.h>
#include <VastQt/breakplayer.h>
#include <VastQt/configresolver.h>
#include <VastQt/playerfactory.h>
#include <VastQt/playbacksession.h>
#include <VastQt/podplayer.h>
#include <VastQt/beacon.h>
#include <VastQt/compliancevalidator.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <optional>

namespace VastQt
{

/*!
    \brief One beacon of a run as the report shows it: the Beacon's state when the report
    was taken, and where it belongs.

    breakIndex is the index in RunReport::breaks of the VMAP break it belongs to (-1
    outside VMAP); adIndex the index of its ad in the pod's (or break's) ads, -1 for the
    break's own tracking (breakStart, breakEnd, error) and for the Error URIs of failed
    chains fired while serving. Times in milliseconds.
*/
struct VASTQT_EXPORT BeaconRecord {
    QString event;
    qint64 offsetMs = 0;
    QUrl url;
    QString templateUrl;
    int httpStatus = 0;
    qint64 latencyMs = 0; //!< sent to answer (Beacon::latencyMs())
    qint64 queuedMs = 0; //!< waited for a free connection before (Beacon::queuedMs()); in the JSON when > 0
    int attempts = 0;
    Beacon::State state = Beacon::State::Pending;
    QString errorString;
    int breakIndex = -1;
    int adIndex = -1;

    /*! The record of \a beacon now, tagged with \a breakIndex and \a adIndex. */
    static BeaconRecord of(const Beacon &beacon, int breakIndex = -1, int adIndex = -1);
};

/*!
    \brief One scheduled VMAP break of a run: where it sits, what became of it, and its ads.
*/
struct VASTQT_EXPORT BreakReport {
    ScheduledBreak scheduled;
    BreakOutcome outcome;
    QList<PodAdPlay> ads;
};

/*!
    \brief Everything a run of VastClient did, typed (DESIGN.md, client layer): the chain,
    the sources, the served ad and its selection, the pod slots, the VMAP breaks, every
    beacon and every error. VastClient::runReport() takes it; toJson() is the one
    serializer of the `--headless` JSON report documented in the README, and the QML
    models read the typed fields.

    result: Null, Loading, Ready, Playing while the run is not over; then Completed,
    Skipped or Stopped (how the ad, every pod slot, every playable VMAP break ended) or
    Error. session is the playback session of the served ad (of a pod: the served ad's, or
    the first that reached a player); none for VMAP, nor before play.
*/
struct VASTQT_EXPORT RunReport {
    Q_GADGET
public:
    enum class Result { Null, Loading, Ready, Playing, Completed, Skipped, Stopped, Error };
    Q_ENUM(Result)

    QUrl tag;
    Result result = Result::Null;
    QList<WrapperHop> chain;
    /*! The served ad (none for VMAP or when nothing was served) and its selection. */
    std::optional<SelectedAd> served;
    QList<BeaconRecord> timeline;
    QList<PipelineError> errors;
    std::optional<PlaybackSession> session;
    qint64 resolutionTimeMs = 0;

    /*! The playback configuration of the run, each field with the level it came from
        (ConfigResolver); "config" in the JSON. */
    ResolvedPlaybackConfig config;
    /*! Which player PlayerFactory made for the first ad played, and why; none before play.
        "player" in the JSON. */
    std::optional<PlayerChoice> player;

    FetchConfig::Strategy strategy = FetchConfig::Strategy::Sequential;
    QList<SourceOutcome> sources;
    bool usedFallback = false;
    bool cached = false;

    /*! A pod (two or more ads): its plays in order. */
    bool isPod = false;
    QList<PodAdPlay> ads;

    /*! A VMAP playlist: its URL, version, the content duration (ms, -1 unknown), the
        number of AdBreaks in the document, and the scheduled breaks. */
    bool isVmap = false;
    QUrl vmapUrl;
    QString vmapVersion;
    qint64 contentDurationMs = -1;
    int adBreakCount = 0;
    QList<BreakReport> breaks;

    /*! The compliance of every document of the run (ComplianceValidator), one per hop in
        chain order; for VMAP the VMAP document first, then each break's documents. */
    QList<DocumentCompliance> compliance;

    /*! "null", "loading", "ready", "playing", "completed", "skipped", "stopped", "error". */
    static QString resultName(Result result);
    /*! The JSON report (README, "The --headless report"). */
    QJsonObject toJson() const;
    /*! The report's "compliance" array (README, "Compliance"), also printed alone by
        `--validate` and in the `--parse` output. */
    static QJsonArray complianceJson(const QList<DocumentCompliance> &documents);
    /*! The number of error findings in \a documents. */
    static int complianceErrorCount(const QList<DocumentCompliance> &documents);
};

} // namespace VastQt

#endif // VASTQT_RUNREPORT_H
