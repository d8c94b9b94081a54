// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_PROTOCOLHANDLER_H
#define VASTQT_PROTOCOLHANDLER_H

#include <VastQt/vastqt_export.h>
#include <VastQt/adrequest.h>
#include <VastQt/documentroot.h>

#include <QtCore/QObject>
#include <QtCore/QUrlQuery>
#include <QtCore/QVariantMap>

#include <functional>
#include <memory>

namespace VastQt
{

class Transport;
class TransportReply;

/*!
    \brief What a ProtocolHandler needs to fetch one source: the source URL (or its bytes),
    the query parameters and headers to add, the limits, and the Transport to use — one that
    already runs the Orchestrator's middlewares (retry, circuit breaker, cache, metrics), so
    a handler sends every request, wrapper hops included, through it.

    When xml is not null the document is given (standard input, pasted XML) and url only
    names it. params are FetchConfig::params; when mapRequest is true, the handler adds the
    AdRequest's own parameters (ProtocolHandler::requestParameters()). A handler that
    fetches url itself builds its URL with Upstream::requestUrl(url, params, mapped), the
    one merge rule (the source URL's own values win, then params, then the mapped ones);
    the headers (FetchConfig::headers) are added by transport. hopTimeoutMs bounds each
    request (ms), maxWrapperDepth the redirections followed, maxResponseBytes each document.
*/
struct VASTQT_EXPORT FetchContext {
    //! The source URL; only names the document when xml is not null.
    QUrl url;
    //! The document when it is given (standard input, pasted XML); null when url is to be fetched.
    QByteArray xml;
    /*! When not null: the finished reply of the Orchestrator's request for url (through
        transport), whose body the handler reads instead of fetching url itself; its HTTP
        status, latency and error make the first hop. Not owned. */
    TransportReply *reply = nullptr;
    //! The query parameters to add (FetchConfig::params).
    QUrlQuery params;
    //! Whether the handler adds the AdRequest's own parameters (ProtocolHandler::requestParameters()).
    bool mapRequest = false;
    //! The transport every request goes through, the Orchestrator's middlewares included; not owned.
    Transport *transport = nullptr;
    //! The timeout of each request, in ms.
    int hopTimeoutMs = 5000;
    //! The most redirections (Wrappers, AdTagURIs) followed for one ad.
    int maxWrapperDepth = 5;
    //! The largest document accepted, in bytes.
    qint64 maxResponseBytes = 2 * 1024 * 1024;
    //! Turns a URI template into the URL to fetch (request macros such as [CACHEBUSTING]); null for the trimmed
    //! string.
    std::function<QUrl(const QString &)> urlExpander;
};

class ProtocolReplyPrivate;

/*!
    \brief The reply of ProtocolHandler::fetch(), in the manner of QNetworkReply: finished()
    exactly once, never from inside fetch(), errorOccurred() right before it when no ad was
    found. The caller owns it (deleteLater() in the finished() handler).

    results() lists every ad of the source's document that was tried, in play order, failed
    ones with their error; ads() only those that resolved. chain() is the documents fetched
    (tag first). extensions() holds what the protocol adds beyond VAST ads — a VMAP handler
    puts its ad breaks there — and ends up in AdResponse::extensions.

    The functions under "for ProtocolHandler implementations" are called by handlers; a
    finished reply ignores them.
*/
class VASTQT_EXPORT ProtocolReply : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProtocolReply)
public:
    //! A running reply; handlers create it in fetch().
    explicit ProtocolReply(QObject *parent = nullptr);
    ~ProtocolReply() override;

    //! Every ad of the source's document that was tried, in play order, failed ones with their error.
    QList<ResolvedAd> results() const;
    /*! The results without error. */
    QList<ResolvedAd> ads() const;
    //! The documents fetched, the tag first.
    QList<WrapperHop> chain() const;
    /*! The pod's buffet (ResolveReply::buffet()): stand-alone InLine ads that may replace
        a pod ad failing at play. */
    QList<Ad> buffet() const;
    //! What the protocol adds beyond VAST ads (a VMAP handler's ad breaks); ends up in AdResponse::extensions.
    QVariantMap extensions() const;
    /*! NoError when an ad resolved; else the first failure's code (100–102, 300–303...). */
    ErrorCode error() const;
    //! The error in words, empty when an ad resolved.
    QString errorString() const;
    //! True once finished() was emitted.
    bool isFinished() const;
    /*! Stops the fetch: emits abortRequested(), then finishes with 300 if still running. */
    void abort();

    /*! Whether the document is a playlist of ad breaks (VMAP): breaks() then holds each
        break's ads, and the Orchestrator serves the playlist rather than one of its ads. */
    bool isPlaylist() const;
    //! The playlist's document; empty unless isPlaylist().
    VmapDocument playlist() const;
    //! Each break's result, in document order; empty unless isPlaylist().
    QList<VmapBreakResult> breaks() const;

    // for ProtocolHandler implementations
    //! For handlers: sets chain().
    void setChain(const QList<WrapperHop> &chain);
    //! For handlers: sets extensions().
    void setExtensions(const QVariantMap &extensions);
    //! For handlers: sets buffet().
    void setBuffet(const QList<Ad> &buffet);
    /*! Makes the reply a playlist of \a document's breaks, with their \a breaks results. */
    void setPlaylist(const VmapDocument &document, const QList<VmapBreakResult> &breaks);
    /*! Finishes with \a results: errorOccurred() first when none resolved. */
    void finish(const QList<ResolvedAd> &results, ErrorCode error = ErrorCode::NoError,
                const QString &errorString = QString());

Q_SIGNALS:
    /*! A document of the source was fetched (the tag or a redirection). */
    void hopFinished(const VastQt::WrapperHop &hop);
    //! No ad was found: \a code as error(), \a message as errorString(). Emitted once, right before finished().
    void errorOccurred(VastQt::ErrorCode code, const QString &message);
    //! Emitted exactly once when the fetch is over, never from inside fetch().
    void finished();
    /*! Emitted by abort() so the handler can stop its work. */
    void abortRequested();

private:
    std::unique_ptr<ProtocolReplyPrivate> const d;
};

/*!
    \brief The protocol side of the Orchestrator (seed 004, "ProtocolHandler"): how an
    AdRequest becomes a request to a source and how the answer becomes resolved ads. The
    Orchestrator's ProtocolRegistry picks the handler of each document by its root element
    (acceptsDocument()); tracking is the players' (Tracker, PodPlayer, BreakPlayer). VastProtocolHandler serves VAST; a VMAP handler
    fetches the VMAP document, resolves the AdSources of its breaks and returns the breaks
    in ProtocolReply::extensions(). The Orchestrator keeps strategies, timeouts, filter,
    selection and cache; the handler knows the protocol.
*/
class VASTQT_EXPORT ProtocolHandler
{
public:
    virtual ~ProtocolHandler();

    /*! The protocol's name, lower case ("vast", "vmap"); part of cache keys. */
    virtual QString name() const = 0;

    /*! Whether this handler reads documents whose root element is \a root (the
        ProtocolRegistry asks during PARSE). Default: false. */
    virtual bool acceptsDocument(const DocumentRoot &root) const;

    /*! Whether \a request can be served; when not, \a problem (if given) says why. The
        Orchestrator reports a rejected request as 900 in phase fetch, fetching nothing. */
    virtual bool validateRequest(const AdRequest &request, QString *problem = nullptr) const = 0;

    /*! The query parameters \a request maps to; each handler documents its mapping. */
    virtual QUrlQuery requestParameters(const AdRequest &request) const = 0;

    /*! Fetches and resolves one source described by \a context for \a request. Never null. */
    virtual ProtocolReply *fetch(const AdRequest &request, const FetchContext &context) = 0;

};

} // namespace VastQt

#endif // VASTQT_PROTOCOLHANDLER_H
