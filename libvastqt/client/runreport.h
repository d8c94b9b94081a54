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
    //! The VAST event name in IAB spelling ("impression", "start", "error", ...).
    QString event;
    //! The ad playhead when the event fired, in ms.
    qint64 offsetMs = 0;
    //! The URL sent, macros expanded.
    QUrl url;
    //! The URI as the ad gave it, macros unexpanded.
    QString templateUrl;
    //! The HTTP status of the last answered attempt; 0 when none (or not HTTP).
    int httpStatus = 0;
    //! The network time of the last attempt, sent to answer, in ms (Beacon::latencyMs()).
    qint64 latencyMs = 0;
    qint64 queuedMs = 0; //!< waited for a free connection before (Beacon::queuedMs()); in the JSON when > 0
    //! The attempts made so far (the running one included).
    int attempts = 0;
    //! The beacon's state when the report was taken.
    Beacon::State state = Beacon::State::Pending;
    //! Why the beacon failed, empty unless state is Failed.
    QString errorString;
    //! The index in RunReport::breaks of its VMAP break; -1 outside VMAP.
    int breakIndex = -1;
    //! The index of its ad in the pod's (or break's) ads; -1 for the break's own tracking and the Error URIs of
    //! failed chains.
    int adIndex = -1;

    /*! The record of \a beacon now, tagged with \a breakIndex and \a adIndex. */
    static BeaconRecord of(const Beacon &beacon, int breakIndex = -1, int adIndex = -1);
};

/*!
    \brief One scheduled VMAP break of a run: where it sits, what became of it, and its ads.
*/
struct VASTQT_EXPORT BreakReport {
    //! Where the break sits on the content timeline.
    ScheduledBreak scheduled;
    //! What became of the break (state, VAST and VMAP codes).
    BreakOutcome outcome;
    //! The plays of the break's ads, in order.
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
    //! How the run stands or ended (see the class description).
    enum class Result { Null, Loading, Ready, Playing, Completed, Skipped, Stopped, Error };
    Q_ENUM(Result)

    //! The tag the run loaded (empty for a document given as bytes).
    QUrl tag;
    //! How the run stands or ended.
    Result result = Result::Null;
    //! The hops that led to the served ad, the tag's own document first.
    QList<WrapperHop> chain;
    /*! The served ad (none for VMAP or when nothing was served) and its selection. */
    std::optional<SelectedAd> served;
    //! Every beacon of the run, in the order they fired.
    QList<BeaconRecord> timeline;
    //! Every error met, with its phase and source.
    QList<PipelineError> errors;
    //! The playback session of the served ad; none for VMAP, nor before play.
    std::optional<PlaybackSession> session;
    //! The wall time of the load (serve()), in ms.
    qint64 resolutionTimeMs = 0;

    /*! The playback configuration of the run, each field with the level it came from
        (ConfigResolver); "config" in the JSON. */
    ResolvedPlaybackConfig config;
    /*! Which player PlayerFactory made for the first ad played, and why; none before play.
        "player" in the JSON. */
    std::optional<PlayerChoice> player;

    //! How the sources were fetched (sequential, parallel or race).
    FetchConfig::Strategy strategy = FetchConfig::Strategy::Sequential;
    //! What each configured source did.
    QList<SourceOutcome> sources;
    //! True when the winning source is a fallback.
    bool usedFallback = false;
    //! True when the response came from the Orchestrator's cache without any fetch.
    bool cached = false;

    /*! A pod (two or more ads): its plays in order. */
    bool isPod = false;
    //! The plays of the pod's ads, in play order.
    QList<PodAdPlay> ads;

    /*! A VMAP playlist: its URL, version, the content duration (ms, -1 unknown), the
        number of AdBreaks in the document, and the scheduled breaks. */
    bool isVmap = false;
    //! The VMAP document's URL.
    QUrl vmapUrl;
    //! The VMAP version attribute.
    QString vmapVersion;
    //! The content duration the breaks were scheduled on, in ms; -1 when unknown.
    qint64 contentDurationMs = -1;
    //! The number of <vmap:AdBreak> elements in the document.
    int adBreakCount = 0;
    //! The scheduled breaks, in time order.
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
