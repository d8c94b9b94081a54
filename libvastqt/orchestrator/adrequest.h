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
    //! The publisher's ad slot (query parameter "slot" of VastProtocolHandler), empty when none.
    QString slotId;
    //! The viewer's id (query parameter "uid"), empty when none.
    QString userId;
    //! The device type (query parameter "device"), e.g. "ctv", "mobile"; empty when none.
    QString deviceType;
    //! The URL of the content the break plays in, empty when unknown.
    QUrl contentUrl;
    //! The content's duration in ms; -1 when unknown.
    qint64 contentDurationMs = -1;
    //! The content's playhead position at the break, in ms; -1 when unknown.
    qint64 playheadPositionMs = -1;
    //! The player's size in pixels (default 1280x720); sent only when valid and non-empty.
    QSize playerSize = QSize(1280, 720);
    //! The viewer's location as the ad server expects it (query parameter "geo"), empty when none.
    QString geo;
    //! Protocol-specific key/values: extensions["vast"] and extensions["vmap"] add query parameters.
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
    //! The VAST error code (VAST 4.3 §2.3.6.3).
    ErrorCode code = ErrorCode::NoError;
    //! The pipeline phase the error happened in.
    Phase phase = Phase::Fetch;
    //! The source URL the error concerns, empty when none.
    QUrl source;
    //! What happened, in words (translated).
    QString message;
    //! Equal when every member is equal.
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

    //! The source's URL.
    QUrl url;
    //! True for a fallback source (tried only when every primary failed).
    bool fallback = false;
    //! True when this source gave the served ad (status Won).
    bool winner = false;
    //! What happened to the source (see Status).
    Status status = Status::NotTried;
    //! The HTTP status of the source's first document; 0 when there was no HTTP answer.
    int httpStatus = 0;
    //! The wall time from the source's start to its answer, in ms, retries included.
    qint64 latencyMs = 0;
    //! The VAST code of the failure; NoError unless status is Failed.
    ErrorCode error = ErrorCode::NoError;
    //! The phase of the failure.
    Phase phase = Phase::Fetch;
    //! The failure in words, empty when none.
    QString message;
    //! True when the answer came from a cache (CacheMiddleware or the Orchestrator's cache).
    bool cached = false;
    //! The Wrapper chain the source's ad went through, one hop per fetched document.
    QList<WrapperHop> chain;

    /*! The lower-case name used in JSON reports: "notTried", "won", "usable", "failed",
        "aborted". */
    static QString statusName(Status status);

    //! Equal when every member is equal.
    bool operator==(const SourceOutcome &o) const
    {
        return url == o.url && fallback == o.fallback && winner == o.winner && status == o.status
            && httpStatus == o.httpStatus && latencyMs == o.latencyMs && error == o.error && phase == o.phase
            && message == o.message && cached == o.cached && chain == o.chain;
    }
    //! Not equal: the opposite of operator==().
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
    //! The index of the break in VmapDocument::adBreaks; -1 when not set.
    int breakIndex = -1;
    //! The ads of the break's ad response that were tried, in play order, failed ones with their error.
    QList<ResolvedAd> results;
    //! The documents fetched for the break, the AdTagURI's first.
    QList<WrapperHop> chain;
    //! The VAST code of the failure when no ad resolved (100 to 102, 301 to 303); NoError otherwise.
    ErrorCode error = ErrorCode::NoError;
    //! The failure in words, empty when the break resolved.
    QString errorString;
    //! The VMAP code sent with the break's error tracking; None when the break resolved.
    VmapErrorCode vmapError = VmapErrorCode::None;
    QList<Ad> buffetAds; //!< the pod's buffet as the resolver left it (ResolveReply::buffet())
    //! The break's resolved ads in play order, as SELECT (AdSelector) left them.
    QList<SelectedAd> selected;
    //! For a pod: the stand-alone ads that may replace a failed pod ad, selected too.
    QList<SelectedAd> buffet;

    //! The results that resolved to an InLine ad, in play order.
    QList<ResolvedAd> ads() const;
    //! True when the break resolved (vmapError is None).
    bool ok() const { return vmapError == VmapErrorCode::None; }
    //! vmapError as an int, for QML (the vmapError property).
    int vmapErrorValue() const { return int(vmapError); }
    //! Equal when every member is equal.
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
    //! True when an ad was served.
    bool success = false;
    //! The served ad (repeats selected).
    Ad ad;
    //! The index in ad.creatives of the played Linear creative; -1 when none.
    int creativeIndex = -1;
    //! The MediaFile chosen to play.
    MediaFile mediaFile;
    //! The index of mediaFile in the Linear's mediaFiles; -1 when none was chosen.
    int mediaFileIndex = -1;
    //! Why mediaFile was chosen, in words.
    QString mediaFileReason;
    //! The MediaFiles refused, one line each: "#<index>[ id=<id>] <type>: <why>".
    QStringList mediaFileRejections;
    //! The hops that led to the ad, the tag's own document first.
    QList<WrapperHop> chain;
    //! The winning source's URL.
    QUrl source;
    //! True when the winning source is a fallback.
    bool usedFallback = false;
    //! True when the response came from the Orchestrator's cache without any fetch.
    bool cached = false;
    //! The wall time of serve(), in ms.
    qint64 resolutionTimeMs = 0;
    //! The VAST code of the failure when success is false; NoError otherwise.
    ErrorCode errorCode = ErrorCode::NoError;
    //! The failure in words, empty on success.
    QString errorString;
    //! Every error met on the way, with its source and phase, even when a later source succeeded.
    QList<PipelineError> errors;
    //! What each configured source did: primaries then fallbacks, in configuration order, tried or not.
    QList<SourceOutcome> sources;
    QList<ResolvedAd> ads; //!< every InLine ad of the winning source (a pod has several)
    //! The served ad as SELECT left it: the unit of play, with its ranked MediaFiles.
    SelectedAd selected;
    //! Every resolved ad of the winning source in play order (a pod has several), each selected.
    QList<SelectedAd> selectedAds;
    //! The index of selected in selectedAds; -1 when nothing was served.
    int servedIndex = -1;
    //! The stand-alone InLine ads that may replace a failed pod ad (ResolveReply::buffet()), selected.
    QList<SelectedAd> buffet;
    QByteArray rawResponse; //!< the winning source's first document
    QVariantMap extensions; //!< what the protocol adds (ProtocolReply::extensions(), e.g. VMAP breaks)
    /*! The protocol of the served document ("vast", "vmap": ProtocolHandler::name()). */
    QString protocol;
    /*! A VMAP playlist was served: its document, and each AdBreak's result (selected by
        SELECT), in document order. Empty for VAST. */
    VmapDocument vmap;
    //! Each AdBreak's result (selected by SELECT), in document order; empty for VAST.
    QList<VmapBreakResult> vmapBreaks;
    //! True when a VMAP playlist was served.
    bool isVmap() const { return !vmap.adBreaks.isEmpty() || protocol == u"vmap"; }

    /*! Makes \a s the served ad: selected and the fields that repeat it. */
    void setSelected(const SelectedAd &s);
};

} // namespace VastQt

#endif // VASTQT_ADREQUEST_H
