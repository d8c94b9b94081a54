// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_ADREQUEST_H
#define VASTQT_ADREQUEST_H

#include <VastQt/vastqt_export.h>
#include <VastQt/vastqtnamespace.h>
#include <VastQt/adselector.h>
#include <VastQt/vastmodel.h>
#include <VastQt/vmapparser.h>
#include <VastQt/wrapperresolver.h>

#include <QtCore/QSize>
#include <QtCore/QUrl>
#include <QtCore/QVariantMap>

namespace VastQt
{

/*!
    \brief What a player asks for (seed 004, "AdRequest"): the slot, the viewer, the content
    around the break and the player. Times are milliseconds (-1: unknown); playerSize is in
    pixels. extensions holds protocol-specific values (VMAP, OpenRTB) as open key/values.
*/
struct VASTQT_EXPORT AdRequest {
    Q_GADGET
    Q_PROPERTY(QString slotId MEMBER slotId)
    Q_PROPERTY(QString userId MEMBER userId)
    Q_PROPERTY(QString deviceType MEMBER deviceType)
    Q_PROPERTY(QUrl contentUrl MEMBER contentUrl)
    Q_PROPERTY(qint64 contentDurationMs MEMBER contentDurationMs)
    Q_PROPERTY(qint64 playheadPositionMs MEMBER playheadPositionMs)
    Q_PROPERTY(QSize playerSize MEMBER playerSize)
    Q_PROPERTY(QString geo MEMBER geo)
    Q_PROPERTY(QVariantMap extensions MEMBER extensions)
public:
    QString slotId;
    QString userId;
    QString deviceType;
    QUrl contentUrl;
    qint64 contentDurationMs = -1;
    qint64 playheadPositionMs = -1;
    QSize playerSize = QSize(1280, 720);
    QString geo;
    QVariantMap extensions;
};

/*!
    \brief One error of the pipeline: its VAST code, the phase it happened in (fetch, parse,
    resolve, select, play, track), the source URL it concerns (empty: none) and a message.
*/
struct VASTQT_EXPORT PipelineError {
    Q_GADGET
    Q_PROPERTY(VastQt::ErrorCode code MEMBER code)
    Q_PROPERTY(VastQt::Phase phase MEMBER phase)
    Q_PROPERTY(QUrl source MEMBER source)
    Q_PROPERTY(QString message MEMBER message)
public:
    ErrorCode code = ErrorCode::NoError;
    Phase phase = Phase::Fetch;
    QUrl source;
    QString message;
    bool operator==(const PipelineError &o) const
    {
        return code == o.code && phase == o.phase && source == o.source && message == o.message;
    }
};

/*!
    \brief What happened to one source of a serve() call: its status (see Status), whether
    it gave the winning ad, its wrapper chain, the HTTP status of its first document, the
    wall time from its start to its answer (ms, retries included) and, when it failed, the
    error and the phase. AdResponse::sources lists every configured source, primaries then
    fallbacks, in configuration order, tried or not.
*/
struct VASTQT_EXPORT SourceOutcome {
    Q_GADGET
    Q_PROPERTY(QUrl url MEMBER url)
    Q_PROPERTY(bool fallback MEMBER fallback)
    Q_PROPERTY(bool winner MEMBER winner)
    Q_PROPERTY(VastQt::SourceOutcome::Status status MEMBER status)
    Q_PROPERTY(int httpStatus MEMBER httpStatus)
    Q_PROPERTY(qint64 latencyMs MEMBER latencyMs)
    Q_PROPERTY(VastQt::ErrorCode error MEMBER error)
    Q_PROPERTY(VastQt::Phase phase MEMBER phase)
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(bool cached MEMBER cached)
    Q_PROPERTY(QList<VastQt::WrapperHop> chain MEMBER chain)
public:
    /*!
        \value NotTried never fetched: an earlier source won (sequential), or a fallback
               while a primary won
        \value Won gave the served ad
        \value Usable answered with a playable ad, but another source won (parallel: an
               earlier one by source order)
        \value Failed no playable ad: error, phase and message say why
        \value Aborted stopped because another source won (race, parallel) or the overall
               timeout or abort() ended the serve
    */
    enum class Status { NotTried, Won, Usable, Failed, Aborted };
    Q_ENUM(Status)

    QUrl url;
    bool fallback = false;
    bool winner = false;
    Status status = Status::NotTried;
    int httpStatus = 0;
    qint64 latencyMs = 0;
    ErrorCode error = ErrorCode::NoError;
    Phase phase = Phase::Fetch;
    QString message;
    bool cached = false;
    QList<WrapperHop> chain;

    /*! The lower-case name used in JSON reports: "notTried", "won", "usable", "failed",
        "aborted". */
    static QString statusName(Status status);

    bool operator==(const SourceOutcome &o) const
    {
        return url == o.url && fallback == o.fallback && winner == o.winner && status == o.status
            && httpStatus == o.httpStatus && latencyMs == o.latencyMs && error == o.error && phase == o.phase
            && message == o.message && cached == o.cached && chain == o.chain;
    }
    bool operator!=(const SourceOutcome &o) const { return !(*this == o); }
};

/*!
    \brief What VmapProtocolHandler made of one <vmap:AdBreak>'s AdSource.

    breakIndex is the index of the break in VmapDocument::adBreaks. results are the ads of
    the break's ad response that were tried, in play order (pod ads by sequence, then
    stand-alone ads; failed ones with their error), as WrapperResolver gives them, after
    the AdSource's allowMultipleAds and followRedirects were applied. ads() are those that
    resolved. When none resolved, error is the VAST code of the failure (100–102, 301–303)
    and vmapError the VMAP code to send with the break's error tracking. chain is the
    documents fetched for the break (the AdTagURI first; for inline VASTAdData the inline
    document, named after the VMAP URL with the fragment "adbreak-<breakIndex>").

    selected and buffet are filled by the Orchestrator's SELECT (AdSelector): the break's
    resolved ads in play order and, for a pod, the stand-alone ads that may replace one.
*/
struct VASTQT_EXPORT VmapBreakResult {
    Q_GADGET
    Q_PROPERTY(int breakIndex MEMBER breakIndex)
    Q_PROPERTY(QList<VastQt::ResolvedAd> results MEMBER results)
    Q_PROPERTY(QList<VastQt::WrapperHop> chain MEMBER chain)
    Q_PROPERTY(VastQt::ErrorCode error MEMBER error)
    Q_PROPERTY(QString errorString MEMBER errorString)
    Q_PROPERTY(int vmapError READ vmapErrorValue)
public:
    int breakIndex = -1;
    QList<ResolvedAd> results;
    QList<WrapperHop> chain;
    ErrorCode error = ErrorCode::NoError;
    QString errorString;
    VmapErrorCode vmapError = VmapErrorCode::None;
    QList<Ad> buffetAds; //!< the pod's buffet as the resolver left it (ResolveReply::buffet())
    QList<SelectedAd> selected;
    QList<SelectedAd> buffet;

    QList<ResolvedAd> ads() const;
    bool ok() const { return vmapError == VmapErrorCode::None; }
    int vmapErrorValue() const { return int(vmapError); }
    bool operator==(const VmapBreakResult &o) const
    {
        return breakIndex == o.breakIndex && results == o.results && chain == o.chain && error == o.error
            && errorString == o.errorString && vmapError == o.vmapError && buffetAds == o.buffetAds
            && selected == o.selected && buffet == o.buffet;
    }
};

/*!
    \brief The answer to an AdRequest (seed 004, "AdResponse").

    On success, selected is the served ad as SELECT (AdSelector) left it: the unit of play,
    with its ranked MediaFiles. ad, creativeIndex, mediaFile, mediaFileIndex,
    mediaFileReason and mediaFileRejections repeat its fields (setSelected() fills them).
    selectedAds is every resolved ad of the winning source in play order (a pod has
    several), each selected, servedIndex the index of selected among them (the ones before
    it were refused by SELECT, their Error URIs fired), and buffet the stand-alone InLine
    ads that may replace a failed pod ad (ResolveReply::buffet()), selected too.
    chain is the hops that led to the ad; source the winning
    URL and usedFallback whether it was a fallback; cached is true when the response came
    from the Orchestrator's cache without any fetch. resolutionTimeMs is the wall time of
    serve() in milliseconds. errors lists every error met on the way, with its source and
    phase, even when a later source succeeded; sources says what each source did.
*/
struct VASTQT_EXPORT AdResponse {
    Q_GADGET
    Q_PROPERTY(bool success MEMBER success)
    Q_PROPERTY(VastQt::Ad ad MEMBER ad)
    Q_PROPERTY(int creativeIndex MEMBER creativeIndex)
    Q_PROPERTY(VastQt::MediaFile mediaFile MEMBER mediaFile)
    Q_PROPERTY(int mediaFileIndex MEMBER mediaFileIndex)
    Q_PROPERTY(QString mediaFileReason MEMBER mediaFileReason)
    Q_PROPERTY(QStringList mediaFileRejections MEMBER mediaFileRejections)
    Q_PROPERTY(QList<VastQt::WrapperHop> chain MEMBER chain)
    Q_PROPERTY(QUrl source MEMBER source)
    Q_PROPERTY(bool usedFallback MEMBER usedFallback)
    Q_PROPERTY(bool cached MEMBER cached)
    Q_PROPERTY(qint64 resolutionTimeMs MEMBER resolutionTimeMs)
    Q_PROPERTY(VastQt::ErrorCode errorCode MEMBER errorCode)
    Q_PROPERTY(QString errorString MEMBER errorString)
    Q_PROPERTY(QList<VastQt::PipelineError> errors MEMBER errors)
    Q_PROPERTY(QList<VastQt::SourceOutcome> sources MEMBER sources)
    Q_PROPERTY(QVariantMap extensions MEMBER extensions)
public:
    bool success = false;
    Ad ad;
    int creativeIndex = -1;
    MediaFile mediaFile;
    int mediaFileIndex = -1;
    QString mediaFileReason;
    QStringList mediaFileRejections;
    QList<WrapperHop> chain;
    QUrl source;
    bool usedFallback = false;
    bool cached = false;
    qint64 resolutionTimeMs = 0;
    ErrorCode errorCode = ErrorCode::NoError;
    QString errorString;
    QList<PipelineError> errors;
    QList<SourceOutcome> sources;
    QList<ResolvedAd> ads; //!< every InLine ad of the winning source (a pod has several)
    SelectedAd selected;
    QList<SelectedAd> selectedAds;
    int servedIndex = -1;
    QList<SelectedAd> buffet;
    QByteArray rawResponse; //!< the winning source's first document
    QVariantMap extensions; //!< what the protocol adds (ProtocolReply::extensions(), e.g. VMAP breaks)
    /*! The protocol of the served document ("vast", "vmap": ProtocolHandler::name()). */
    QString protocol;
    /*! A VMAP playlist was served: its document, and each AdBreak's result (selected by
        SELECT), in document order. Empty for VAST. */
    VmapDocument vmap;
    QList<VmapBreakResult> vmapBreaks;
    bool isVmap() const { return !vmap.adBreaks.isEmpty() || protocol == u"vmap"; }

    /*! Makes \a s the served ad: selected and the fields that repeat it. */
    void setSelected(const SelectedAd &s);
};

} // namespace VastQt

#endif // VASTQT_ADREQUEST_H
