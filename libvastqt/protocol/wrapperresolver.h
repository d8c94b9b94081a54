// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_WRAPPERRESOLVER_H
#define VASTQT_WRAPPERRESOLVER_H

#include <VastQt/vastqt_export.h>
#include <VastQt/vastqtnamespace.h>
#include <VastQt/vastmodel.h>
#include <VastQt/transport.h>

#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <functional>
#include <memory>

namespace VastQt
{

/*!
    \brief One document fetched while resolving a tag: the tag itself or a Wrapper's
    VASTAdTagURI (VAST 4.3 §2.3.5, "Wrappers").

    latencyMs is the time from request to complete body, in milliseconds; bytes counts the
    body. type is "Wrapper" or "InLine" for the ad that was followed, empty when the hop
    failed before an ad was read. rawXml keeps the body so a user can inspect each hop.

    error is the VAST code of the hop; transportError and httpStatus are the transport's
    typed answer beside it (TransportReply::Error::NoError for a document that arrived, or
    that was given as bytes), so a caller derives further codes (the VMAP 1007/1008, see
    FetchError) from them and never from errorString.

    extensions holds the raw <Extensions> XML of each ad of the hop's document that has one,
    in document order, so what a server said is visible even when the chain fails there.

    warnings are the parser's warnings for the hop's document (VastParseResult::warnings,
    "line L: message"), the tolerances included: what was read in a form the spec does
    not allow, where (the element path) and on which line.
*/
struct VASTQT_EXPORT WrapperHop {
    Q_GADGET
    Q_PROPERTY(QUrl url MEMBER url)
    Q_PROPERTY(int httpStatus MEMBER httpStatus)
    Q_PROPERTY(qint64 latencyMs MEMBER latencyMs)
    Q_PROPERTY(qint64 bytes MEMBER bytes)
    Q_PROPERTY(QString adSystem MEMBER adSystem)
    Q_PROPERTY(QString type MEMBER type)
    Q_PROPERTY(QString vastVersion MEMBER vastVersion)
    Q_PROPERTY(VastQt::ErrorCode error MEMBER error)
    Q_PROPERTY(QString errorString MEMBER errorString)
    Q_PROPERTY(VastQt::TransportReply::Error transportError MEMBER transportError)
    Q_PROPERTY(QStringList extensions MEMBER extensions)
    Q_PROPERTY(QStringList warnings MEMBER warnings)
public:
    //! The document's URL (empty for a document given as bytes).
    QUrl url;
    //! The HTTP status; 0 when there was no HTTP answer (or for file, memory and bytes).
    int httpStatus = 0;
    //! From request to complete body, in ms.
    qint64 latencyMs = 0;
    //! The body's size, in bytes.
    qint64 bytes = 0;
    //! The <AdSystem> of the ad that was followed, empty when none was read.
    QString adSystem;
    //! "Wrapper" or "InLine" for the ad that was followed; empty when the hop failed before an ad was read.
    QString type;
    //! The document's VAST version attribute, empty when it did not parse.
    QString vastVersion;
    //! The hop's VAST code; NoError when the document arrived and parsed.
    ErrorCode error = ErrorCode::NoError;
    //! The hop's error in words, empty when none.
    QString errorString;
    //! The body as received, to inspect each hop.
    QByteArray rawXml;
    //! The transport's typed error; NoError for a document that arrived or was given as bytes.
    TransportReply::Error transportError = TransportReply::Error::NoError;
    //! The raw <Extensions> XML of each ad of the document that has one, in document order.
    QStringList extensions;
    //! The parser's warnings about the document (non-fatal findings, "line L: message" each).
    QStringList warnings;
    //! Equal when every member is equal.
    bool operator==(const WrapperHop &o) const
    {
        return url == o.url && httpStatus == o.httpStatus && latencyMs == o.latencyMs && bytes == o.bytes
            && adSystem == o.adSystem && type == o.type && vastVersion == o.vastVersion && error == o.error
            && errorString == o.errorString && rawXml == o.rawXml && transportError == o.transportError
            && extensions == o.extensions && warnings == o.warnings;
    }
    //! Not equal: the opposite of operator==().
    bool operator!=(const WrapperHop &o) const { return !(*this == o); }
};

/*!
    \brief The outcome for one ad of the tag's document: the InLine ad reached, with every
    Wrapper's Impression, Error, TrackingEvents, ClickTracking, AdVerifications and
    ViewableImpression merged in, and the hops that led to it.

    When error is not NoError, ad holds what was known (possibly a Wrapper), errorUrls
    the Error URIs of the whole chain (still with their [ERRORCODE] macro), which the
    caller fires with error, and extensions the <Extensions> and <CreativeExtensions> of
    every ad of the chain up to the failing one, each marked with its hop, so a user sees
    what the failing servers said. extensions is empty for an ad that resolved: its
    Wrappers' extensions are in ad.wrapperExtensions.
*/
struct VASTQT_EXPORT ResolvedAd {
    Q_GADGET
    Q_PROPERTY(VastQt::Ad ad MEMBER ad)
    Q_PROPERTY(QList<VastQt::WrapperHop> chain MEMBER chain)
    Q_PROPERTY(VastQt::ErrorCode error MEMBER error)
    Q_PROPERTY(QString errorString MEMBER errorString)
    Q_PROPERTY(QStringList errorUrls MEMBER errorUrls)
    Q_PROPERTY(QList<VastQt::ChainExtension> extensions MEMBER extensions)
public:
    //! The InLine ad with its Wrappers' tracking merged in; on failure what was known (possibly a Wrapper).
    Ad ad;
    //! The hops that led to the ad, the tag's own document first.
    QList<WrapperHop> chain;
    //! NoError when the ad resolved; else 100 to 102, 301, 302 or 303 (see WrapperResolver).
    ErrorCode error = ErrorCode::NoError;
    //! The failure in words, empty when the ad resolved.
    QString errorString;
    //! On failure: the Error URIs of the whole chain, [ERRORCODE] unexpanded, for the caller to fire with error.
    QStringList errorUrls;
    //! On failure: the extensions of every ad of the chain up to the failing one, each marked with its hop.
    QList<ChainExtension> extensions;
    //! True when the ad resolved (error is NoError).
    bool ok() const { return error == ErrorCode::NoError; }
    //! Equal when every member is equal.
    bool operator==(const ResolvedAd &o) const
    {
        return ad == o.ad && chain == o.chain && error == o.error && errorString == o.errorString
            && errorUrls == o.errorUrls && extensions == o.extensions;
    }
    //! Not equal: the opposite of operator==().
    bool operator!=(const ResolvedAd &o) const { return !(*this == o); }
};

class ResolveReplyPrivate;

/*!
    \brief The reply of WrapperResolver::resolve(), in the manner of QNetworkReply.

    finished() is emitted exactly once, never from inside resolve(); errorOccurred() comes
    right before it when no ad could be resolved. The caller owns the reply and deletes it
    (deleteLater()) in its finished() handler. abort() stops the resolution with
    ErrorCode::GeneralWrapperError (300).
*/
class VASTQT_EXPORT ResolveReply : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveReply)
public:
    ~ResolveReply() override;

    /*! Every ad of the tag's document that was tried, in play order: pod ads by sequence,
        then stand-alone ads; failed ones included with their error. */
    QList<ResolvedAd> results() const;
    /*! The InLine ads that resolved, in play order. */
    QList<ResolvedAd> ads() const;
    /*! The buffet of the first pod met (VAST 4.3 §3.3.1): the stand-alone InLine ads of
        the pod's document that the resolver did not use (as a fallbackOnNoAd
        replacement), with the tracking of the Wrappers above that document merged in, in
        document order. Empty when the response has no pod. */
    QList<Ad> buffet() const;
    /*! The hops of the first resolved ad, or of the first failure when none resolved. */
    QList<WrapperHop> chain() const;
    /*! The tag's own document (the first hop), as parsed. */
    VastDocument document() const;

    /*! NoError when at least one ad resolved; otherwise the error of the first failure:
        100/101/102 (parse, or a body over the size cap), 301 (timeout, unreachable, HTTP error, forbidden scheme),
        302 (wrapper limit or loop), 303 (no ad). */
    ErrorCode error() const;
    //! The error in words, empty when an ad resolved.
    QString errorString() const;
    //! True once finished() was emitted.
    bool isFinished() const;
    //! Stops the resolution with ErrorCode::GeneralWrapperError (300): errorOccurred() then finished(). Nothing on a
    //! finished reply.
    void abort();

Q_SIGNALS:
    //! No ad could be resolved: \a code as error(), \a message as errorString(). Emitted once, right before
    //! finished().
    void errorOccurred(VastQt::ErrorCode code, const QString &message);
    /*! Emitted after each fetched document; useful for progress output. */
    void hopFinished(const VastQt::WrapperHop &hop);
    //! Emitted exactly once when the resolution is over, never from inside resolve().
    void finished();

private:
    friend class WrapperResolver;
    friend class WrapperResolverPrivate;
    explicit ResolveReply(QObject *parent = nullptr);
    std::unique_ptr<ResolveReplyPrivate> const d;
};

class WrapperResolverPrivate;

/*!
    \brief Follows VASTAdTagURI from Wrapper to Wrapper until InLine ads are reached
    (VAST 4.3 §2.3.5 and §3.19, resolve verb of DESIGN.md).

    Fetches through the given Transport and parses with VastParser; a failed fetch becomes
    its code through FetchError::fromReply() (the one error boundary). Honours the Wrapper
    attributes followAdditionalWrappers (a child Wrapper is ignored when false),
    allowMultipleAds (when false, one ad of the child response is used: the first
    stand-alone ad, or the first pod ad when there is none) and fallbackOnNoAd (a failed pod ad is replaced by a stand-alone ad of the
    tag's document). Reports, per ad:
    - 301 when a hop times out (hopTimeout(), ms), is unreachable, answers HTTP >= 400, or
      when a Wrapper fetched over http(s) points to a non-http(s) URI;
    - 100 when a hop's body is larger than maxResponseBytes() (see FetchError);
    - 302 when more than maxDepth() Wrappers are chained, or a VASTAdTagURI repeats one
      already in the chain (a loop);
    - 303 when a Wrapper's response has no ad, or when the InLine it leads to has no
      creative (VAST 4.3 §2.3.6.4);
    - 100, 101, 102 when a hop's document does not parse.
*/
class VASTQT_EXPORT WrapperResolver : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapperResolver)
public:
    /*! Builds a resolver fetching through \a transport (not owned; must outlive it). */
    explicit WrapperResolver(Transport *transport, QObject *parent = nullptr);
    ~WrapperResolver() override;

    /*! The most Wrapper documents followed for one ad, 1..10; default 5, as IAB asks players
        to support at least five. */
    int maxDepth() const;
    //! Sets maxDepth() to \a depth, clamped to 1..10.
    void setMaxDepth(int depth);

    /*! The timeout of one hop in milliseconds, > 0; default 5000. */
    int hopTimeout() const;
    //! Sets hopTimeout() to \a msecs; values <= 0 are ignored.
    void setHopTimeout(int msecs);

    /*! The largest document accepted per hop, in bytes; default 2 MiB. */
    qint64 maxResponseBytes() const;
    //! Sets maxResponseBytes() to \a bytes; values <= 0 are ignored.
    void setMaxResponseBytes(qint64 bytes);

    /*! Turns a VASTAdTagURI template into the URL to fetch (expanding request macros such
        as [CACHEBUSTING]); by default the trimmed string as a URL. */
    void setUrlExpander(const std::function<QUrl(const QString &uriTemplate)> &expander);

    /*! Resolves the tag at \a tagUrl. */
    ResolveReply *resolve(const QUrl &tagUrl);
    /*! Resolves the tag whose request was already made: \a fetched is its finished reply
        (the Orchestrator fetches each source's document before PARSE). Its HTTP status,
        latency and error make the first hop, as if resolve(url) had fetched it. */
    ResolveReply *resolve(const TransportReply &fetched);
    /*! Resolves a tag given as bytes (stdin, pasted XML); \a baseUrl names it in the chain. */
    ResolveReply *resolve(const QByteArray &xml, const QUrl &baseUrl = QUrl());

    /*! Merges \a wrapper into \a inLine as VAST 4.3 §2.3.5 and §3.19 ask. Tracking:
        Impression, Error, Linear and NonLinear TrackingEvents, ClickTracking and
        CustomClick, NonLinearClickTracking, the tracking of tracking-only Companions,
        AdVerifications and ViewableImpression; Wrapper URIs come first. Creative: the
        Wrapper's Linear <ClickThrough> (and NonLinearClickThrough) when \a inLine has none,
        its Linear <Icons> of a program \a inLine has no icon for, and its Companions that
        carry a resource, appended as Companion creatives after \a inLine's own. Call it
        for the Wrapper closest to the InLine first, so that the closest wins where only
        one may (§2.3.5.2). Extensions are not merged here: the resolver marks them with
        their hop (Ad::wrapperExtensions). */
    static void mergeWrapperInto(const Ad &wrapper, Ad &inLine);

    /*! The pipeline phase an error \a code of the resolver is filed under: Parse for 100, 101
        and 102, Fetch for 301, Resolve for every other code (302, 303, ...). */
    static Phase errorPhase(ErrorCode code);

private:
    std::unique_ptr<WrapperResolverPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_WRAPPERRESOLVER_H
