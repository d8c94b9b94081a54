// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_ORCHESTRATOR_H
#define VASTQT_ORCHESTRATOR_H

#include <VastQt/vastqt_export.h>
#include <VastQt/adrequest.h>
#include <VastQt/parsefilter.h>
#include <VastQt/mediafileselector.h>

#include <QtCore/QObject>
#include <QtCore/QUrlQuery>

#include <memory>

namespace VastQt
{

class CacheBackend;
class Middleware;
class ProtocolHandler;
class ProtocolRegistry;
class Transport;
class Tracker;

/*!
    \brief How serve() fetches (seed 002, "FetchConfig").

    \list
    \li sources: the primary tags; fallbacks: tried only when every primary failed, with
        the same strategy.
    \li strategy: Sequential tries the sources one by one in order and stops at the first
        playable ad; Parallel starts them all at once and serves the first playable ad by
        SOURCE ORDER (it waits for earlier sources to fail before accepting a later one, and
        aborts the later ones once an earlier one wins); Race starts them all and serves the
        first playable answer, aborting the others.
    \li params: added to each source URL's query (the URL's own values win); headers: sent
        with every request of a source, wrapper hops included (a header the request names
        itself wins, case-insensitive). mapRequest: let the ProtocolHandler add the
        AdRequest's parameters too (VastProtocolHandler documents its mapping); params win
        over them. One rule builds every source URL: Upstream::requestUrl().
    \li sourceTimeoutMs: the timeout of each request (tag, wrapper hop) in ms; sourceDeadlineMs:
        the whole time one source may take, retries and wrappers included (0: none; it
        fails with 301); overallTimeoutMs: the whole serve() (0: none; 301 in phase fetch,
        except that Parallel then serves the first playable ad by order if one arrived).
    \li retries: retries of a failed request (timeout, connection failure, HTTP 5xx), the
        first after retryBackoffMs, doubling each time (RetryMiddleware).
    \li maxWrapperDepth: the Wrapper limit per ad (1..10); maxResponseBytes per document.
    \li mediaFiles says which MediaFile the player can play and filter what the player
        accepts (both in the SELECT phase; rejections are errors in phase select).
    \li autoTrackErrors fires the Error URIs of failed chains and rejected ads with
        [ERRORCODE] (TRACK phase).
    \li cacheTtlMs: when > 0, a successful response is kept that long in the
        Orchestrator's CacheBackend and a later serve() of the same sources and parameters
        is answered from it without fetching (AdResponse::cached).
    \endlist
*/
struct VASTQT_EXPORT FetchConfig {
    Q_GADGET
public:
    //! How several sources are fetched (see the class description).
    enum class Strategy { Sequential, Parallel, Race };
    Q_ENUM(Strategy)

    //! The primary tags, in priority order.
    QList<QUrl> sources;
    //! Tags tried, with the same strategy, only when every primary failed.
    QList<QUrl> fallbacks;
    //! Sequential (default), Parallel or Race.
    Strategy strategy = Strategy::Sequential;
    //! Query items added to each source URL (the URL's own values win).
    QUrlQuery params;
    //! Headers sent with every request of a source, Wrapper hops included.
    QList<QPair<QByteArray, QByteArray>> headers;
    //! Whether the ProtocolHandler adds the AdRequest's parameters to the source URLs; default false.
    bool mapRequest = false;
    //! The timeout of each request (tag, Wrapper hop), in ms; default 5000.
    int sourceTimeoutMs = 5000;
    //! The whole time one source may take, retries and Wrappers included, in ms; 0 (default) for none. Fails with
    //! 301.
    int sourceDeadlineMs = 0;
    //! The whole time serve() may take, in ms; 0 (default) for none. Fails with 301 in phase fetch.
    int overallTimeoutMs = 0;
    //! Retries of a failed request (timeout, connection failure, HTTP 5xx); default 0.
    int retries = 0;
    //! The wait before the first retry, in ms, doubling each time; default 200.
    int retryBackoffMs = 200;
    //! The Wrapper limit per ad, 1..10; default 5 (302 beyond it).
    int maxWrapperDepth = 5;
    //! The largest document accepted, in bytes; default 2 MiB (100 beyond it).
    qint64 maxResponseBytes = 2 * 1024 * 1024;
    //! Which MediaFiles the player can play (SELECT phase).
    MediaFileSelector::Config mediaFiles;
    //! What the player accepts of an ad (SELECT phase); rejections are errors in phase select.
    ParseFilter filter;
    //! Whether the Error URIs of failed chains and rejected ads are fired with [ERRORCODE]; default true.
    bool autoTrackErrors = true;
    //! How long a successful response is kept in the Orchestrator's CacheBackend, in ms; 0 (default) for no cache.
    qint64 cacheTtlMs = 0;

    /*! "sequential", "parallel" or "race". */
    static QString strategyName(Strategy strategy);
    /*! The strategy named \a name (case-insensitive); \a ok (if given) says whether it is one. */
    static Strategy strategyFromName(const QString &name, bool *ok = nullptr);
};

class ServeReplyPrivate;

/*!
    \brief The reply of Orchestrator::serve(): finished() exactly once, never from inside
    serve(), preceded by errorOccurred() when no source gave a playable ad. Owned by the
    caller (deleteLater() in the finished() handler).
*/
class VASTQT_EXPORT ServeReply : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServeReply)
public:
    ~ServeReply() override;

    /*! The response; complete once isFinished(). */
    AdResponse response() const;
    //! True once finished() was emitted.
    bool isFinished() const;
    /*! Stops the work; finishes with 301 in phase fetch if still running. */
    void abort();
    /*! The tracker that fired the Error URIs of failed chains (TRACK phase); its beacons
        belong in the tracking timeline. Owned by the reply. */
    Tracker *errorTracker() const;

Q_SIGNALS:
    /*! A document was fetched (tag or wrapper hop) from \a source. */
    void hopFinished(const QUrl &source, const VastQt::WrapperHop &hop);
    //! No source gave a playable ad: the error of the response (\a code, \a phase, \a message). Emitted once, right
    //! before finished().
    void errorOccurred(VastQt::ErrorCode code, VastQt::Phase phase, const QString &message);
    //! Emitted exactly once when the serve is over, never from inside serve().
    void finished();

private:
    friend class Orchestrator;
    friend class OrchestratorPrivate;
    explicit ServeReply(QObject *parent = nullptr);
    std::unique_ptr<ServeReplyPrivate> const d;
};

class OrchestratorPrivate;

/*!
    \brief Serves an AdRequest from configured sources through one pipeline,
    FETCH → PARSE → SELECT → TRACK (seeds 002 and 004, serve verb of DESIGN.md).

    FETCH: each source's document is requested (as the FetchConfig's strategy says)
    through the middlewares (addMiddleware()) and the FetchConfig's retries. PARSE: the
    protocolRegistry() picks the ProtocolHandler by the document's root element (<VAST>:
    VastProtocolHandler, whose Wrapper chain is resolved through the same middlewares,
    codes 100–102, 301–303; <VMAP>: VmapProtocolHandler, whose breaks' AdTagURIs go the
    same way), so a VMAP source is served as VMAP the first time, like any source. SELECT
    (AdSelector): for VAST the first resolved ad that is playable (ParseFilter: 202, 403;
    player capabilities: 403; creative: 200, 201) makes the source usable; a VMAP playlist
    with at least one AdBreak is usable as a whole, each break's ads selected
    (AdResponse::vmapBreaks). TRACK: Error
    URIs of every failed chain or rejected ad are fired with their code. Every error is
    collected with its source and phase in AdResponse::errors, and AdResponse::sources says
    what each source did. A single tag is a one-source serve(); VastClient uses it so.
*/
class VASTQT_EXPORT Orchestrator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Orchestrator)
public:
    /*! \a transport fetches tags and fires error beacons; not owned. */
    explicit Orchestrator(Transport *transport, QObject *parent = nullptr);
    ~Orchestrator() override;

    /*! Turns a URI template into a URL (request macros such as [CACHEBUSTING]); applied to
        source URLs and VASTAdTagURIs. */
    void setUrlExpander(const std::function<QUrl(const QString &)> &expander);

    /*! Forces \a handler (not owned) for every source: it fetches and parses them itself,
        without the registry; nullptr (the default) restores the registry's choice. Takes
        effect for the next serve(). */
    void setProtocolHandler(ProtocolHandler *handler);
    /*! The registry that picks each document's ProtocolHandler by its root element during
        PARSE: VAST and VMAP built in; add a protocol with
        ProtocolRegistry::registerHandler(). Owned by the Orchestrator. */
    ProtocolRegistry *protocolRegistry() const;
    //! The handler forced by setProtocolHandler(); nullptr when the registry chooses.
    ProtocolHandler *protocolHandler() const;

    /*! Appends \a middleware (not owned; must outlive the serves using it) to the chain
        every fetch request passes, after the FetchConfig's retries: put a
        CircuitBreakerMiddleware, CacheMiddleware or MetricsMiddleware here. */
    void addMiddleware(Middleware *middleware);
    //! Removes \a middleware from the chain; takes effect for the next serve().
    void removeMiddleware(Middleware *middleware);
    //! The middlewares of the chain, in the order requests pass them.
    QList<Middleware *> middlewares() const;

    /*! Where FetchConfig::cacheTtlMs keeps responses (not owned); nullptr (the default)
        uses an in-memory MemoryCacheBackend owned by the Orchestrator. */
    void setCacheBackend(CacheBackend *backend);
    //! The backend set by setCacheBackend(); nullptr when the Orchestrator's own in-memory one is used.
    CacheBackend *cacheBackend() const;
    /*! The cache key of a serve() of \a request with \a config: the protocol name, the
        strategy and every source and fallback URL as it would be fetched. */
    QString cacheKey(const AdRequest &request, const FetchConfig &config) const;

    /*! Serves \a request from \a config's sources. */
    ServeReply *serve(const AdRequest &request, const FetchConfig &config);
    /*! Serves a tag given as bytes (stdin, pasted XML) named \a baseUrl. */
    ServeReply *serve(const AdRequest &request, const QByteArray &xml, const QUrl &baseUrl,
                      const FetchConfig &config);


private:
    std::unique_ptr<OrchestratorPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_ORCHESTRATOR_H
