// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/wrapperresolver.h>

#include <VastQt/fetcherror.h>
#include <VastQt/vastparser.h>
#include <VastQt/transport.h>
#include "vastqt_logging_p.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace VastQt
{

class ResolveReplyPrivate
{
public:
    QList<ResolvedAd> results;
    QList<Ad> buffet;
    bool podSeen = false;
    VastDocument document;
    ErrorCode error = ErrorCode::NoError;
    QString errorString;
    bool finished = false;
    bool aborted = false;
    QPointer<TransportReply> current;
};

ResolveReply::ResolveReply(QObject *parent)
    : QObject(parent)
    , d(new ResolveReplyPrivate)
{
}

ResolveReply::~ResolveReply() = default;

QList<ResolvedAd> ResolveReply::results() const
{
    return d->results;
}

QList<Ad> ResolveReply::buffet() const
{
    return d->buffet;
}

QList<ResolvedAd> ResolveReply::ads() const
{
    QList<ResolvedAd> out;
    for (const ResolvedAd &r : d->results) {
        if (r.ok())
            out.append(r);
    }
    return out;
}

QList<WrapperHop> ResolveReply::chain() const
{
    for (const ResolvedAd &r : d->results) {
        if (r.ok())
            return r.chain;
    }
    return d->results.isEmpty() ? QList<WrapperHop>() : d->results.constFirst().chain;
}

VastDocument ResolveReply::document() const
{
    return d->document;
}

ErrorCode ResolveReply::error() const
{
    return d->error;
}

QString ResolveReply::errorString() const
{
    return d->errorString;
}

bool ResolveReply::isFinished() const
{
    return d->finished;
}

void ResolveReply::abort()
{
    if (d->finished || d->aborted)
        return;
    d->aborted = true;
    if (d->current)
        d->current->abort();
    d->error = ErrorCode::GeneralWrapperError;
    d->errorString = tr("Wrapper resolution aborted");
    d->finished = true;
    Q_EMIT errorOccurred(d->error, d->errorString);
    Q_EMIT finished();
}

namespace
{

bool isHttpScheme(const QString &scheme)
{
    return scheme == "http"_L1 || scheme == "https"_L1;
}

// The path from the tag to the ad being resolved.
struct Context {
    QList<Ad> wrappers; // outermost first
    QList<WrapperHop> chain;
    QStringList visited; // VASTAdTagURI templates already followed
    QUrl lastUrl;
};

// Play order of a document's ads (VAST 4.3 §3.3): pod ads by sequence, then stand-alone ads.
void splitPodAndBuffet(const QList<Ad> &ads, QList<Ad> *pod, QList<Ad> *buffet)
{
    for (const Ad &ad : ads) {
        if (ad.sequence > 0)
            pod->append(ad);
        else
            buffet->append(ad);
    }
    std::stable_sort(pod->begin(), pod->end(), [](const Ad &a, const Ad &b) { return a.sequence < b.sequence; });
}

QStringList chainErrorUrls(const Context &ctx)
{
    QStringList urls;
    for (const Ad &w : ctx.wrappers)
        urls += w.errors;
    return urls;
}

// The <Extensions> and <CreativeExtensions> of \a ad, read from hop \a hop of \a ctx.
QList<ChainExtension> extensionsOf(const Ad &ad, const Context &ctx, int hop)
{
    QList<ChainExtension> out;
    const QString url = hop >= 0 && hop < ctx.chain.size() ? ctx.chain.at(hop).url.toString() : QString();
    if (!ad.extensions.isEmpty())
        out.append({hop, url, u"Extensions"_s, QString(), ad.extensions});
    for (const Creative &c : ad.creatives) {
        if (!c.creativeExtensions.isEmpty())
            out.append({hop, url, u"CreativeExtensions"_s, c.id, c.creativeExtensions});
    }
    return out;
}

// The extensions of every Wrapper of \a ctx, in chain order: Wrapper k came from hop k.
QList<ChainExtension> chainExtensions(const Context &ctx)
{
    QList<ChainExtension> out;
    for (int k = 0; k < ctx.wrappers.size(); ++k)
        out += extensionsOf(ctx.wrappers.at(k), ctx, k);
    return out;
}

// The raw <Extensions> of the ads of a hop's document, for the chain of the report.
QStringList documentExtensions(const VastDocument &document)
{
    QStringList out;
    for (const Ad &ad : document.ads) {
        if (!ad.extensions.isEmpty())
            out.append(ad.extensions);
    }
    return out;
}

// Merges every Wrapper of \a ctx into the InLine \a ad, the closest to it first (§2.3.5.2),
// and keeps their extensions marked with their hops.
void mergeChainInto(const Context &ctx, Ad &ad)
{
    for (auto it = ctx.wrappers.crbegin(); it != ctx.wrappers.crend(); ++it)
        WrapperResolver::mergeWrapperInto(*it, ad);
    ad.wrapperExtensions = chainExtensions(ctx) + ad.wrapperExtensions;
}

void prependUris(QList<VastUri> &into, const QList<VastUri> &from)
{
    into = from + into;
}

void prependEvents(QList<TrackingEvent> &into, const QList<TrackingEvent> &from)
{
    into = from + into;
}

} // namespace

class WrapperResolverPrivate
{
public:
    using Done = std::function<void(const QList<ResolvedAd> &)>;

    Transport *transport = nullptr;
    int maxDepth = 5;
    int hopTimeout = 5000;
    qint64 maxResponseBytes = 2 * 1024 * 1024;
    std::function<QUrl(const QString &)> urlExpander;

    QUrl expand(const QString &uriTemplate) const
    {
        if (urlExpander)
            return urlExpander(uriTemplate);
        return QUrl(uriTemplate.trimmed(), QUrl::TolerantMode);
    }

    static ResolvedAd failure(const Ad &ad, const Context &ctx, ErrorCode code, const QString &message,
                              const QStringList &moreErrorUrls = {})
    {
        ResolvedAd r;
        r.ad = ad;
        r.chain = ctx.chain;
        r.error = code;
        r.errorString = message;
        r.errorUrls = chainErrorUrls(ctx);
        // The failing ad's own Error URIs (a Wrapper not yet in ctx.wrappers, or an InLine).
        if (!ctx.wrappers.contains(ad))
            r.errorUrls += ad.errors;
        r.errorUrls += moreErrorUrls;
        r.errorUrls.removeDuplicates();
        // What each server of the chain said, up to the failing ad (which came from the
        // document after the last Wrapper's).
        r.extensions = chainExtensions(ctx);
        if (!ctx.wrappers.contains(ad))
            r.extensions += extensionsOf(ad, ctx, int(ctx.wrappers.size()));
        return r;
    }

    // Fetches one document; calls back with the hop and the parse result.
    void fetch(ResolveReply *reply, const QUrl &url,
               const std::function<void(WrapperHop, VastParseResult)> &then)
    {
        TransportRequest request(url);
        request.timeoutMs = hopTimeout;
        request.maxResponseBytes = maxResponseBytes;
        TransportReply *tr = transport->send(request);
        tr->setParent(reply);
        reply->d->current = tr;
        QObject::connect(tr, &TransportReply::finished, reply, [this, reply, tr, url, then] {
            tr->deleteLater();
            if (reply->d->aborted)
                return;
            arrived(*tr, url, then);
        });
    }

    // The answer to the request for \a url: the hop and its document.
    static void arrived(const TransportReply &tr, const QUrl &url, const std::function<void(WrapperHop, VastParseResult)> &then)
    {
        WrapperHop hop;
        hop.url = url;
        hop.httpStatus = tr.httpStatus();
        hop.latencyMs = tr.elapsedMs();
        hop.bytes = tr.body().size();
        hop.rawXml = tr.body();
        hop.transportError = tr.error();
        VastParseResult parsed;
        if (tr.hasError()) {
            const FetchError fault = FetchError::fromReply(tr);
            hop.error = fault.code;
            hop.errorString = fault.message;
        } else if (tr.body().trimmed().isEmpty()) {
            hop.error = ErrorCode::NoAdAfterWrapper;
            hop.errorString = WrapperResolver::tr("Empty response from %1").arg(url.toDisplayString());
        } else {
            parsed = parseHop(hop, tr.body());
        }
        qCDebug(lcVastResolver) << "hop" << url << hop.httpStatus << hop.latencyMs << "ms" << int(hop.error);
        then(hop, parsed);
    }

    // Parses \a xml, the document of \a hop (whose url is set), into the hop's version,
    // extensions and error; "//host/path" URIs take the scheme of the hop's URL (the parser
    // warned about them).
    static VastParseResult parseHop(WrapperHop &hop, const QByteArray &xml)
    {
        VastParseResult parsed = VastParser::parse(xml);
        resolveProtocolRelativeUris(parsed.document, hop.url.scheme());
        hop.vastVersion = parsed.document.version;
        hop.extensions = documentExtensions(parsed.document);
        hop.warnings = parsed.warnings;
        if (!parsed.ok()) {
            hop.error = parsed.error;
            hop.errorString = parsed.errorString;
        }
        return parsed;
    }

    void finishReply(ResolveReply *reply, const QList<ResolvedAd> &results)
    {
        if (reply->d->aborted || reply->d->finished)
            return;
        reply->d->results = results;
        reply->d->finished = true;
        const bool anyOk = std::any_of(results.cbegin(), results.cend(), [](const ResolvedAd &r) { return r.ok(); });
        if (!anyOk) {
            reply->d->error = results.isEmpty() ? ErrorCode::NoAdAfterWrapper : results.constFirst().error;
            reply->d->errorString = results.isEmpty() ? WrapperResolver::tr("No ad in the response")
                                                      : results.constFirst().errorString;
            Q_EMIT reply->errorOccurred(reply->d->error, reply->d->errorString);
        }
        Q_EMIT reply->finished();
    }

    // The tag's own document has arrived.
    void handleRoot(ResolveReply *reply, const WrapperHop &hop0, const VastParseResult &parsed)
    {
        WrapperHop hop = hop0;
        Context ctx;
        ctx.lastUrl = hop.url;
        if (!hop.url.isEmpty()) // a wrapper pointing back at the tag itself is a loop too
            ctx.visited << hop.url.toString() << hop.url.toString(QUrl::FullyEncoded);
        reply->d->document = parsed.document;
        if (hop.error == ErrorCode::NoError && parsed.document.ads.isEmpty()) {
            hop.error = ErrorCode::NoAdAfterWrapper;
            hop.errorString = WrapperResolver::tr("The VAST response has no ad");
        }
        if (hop.error == ErrorCode::NoError) {
            const Ad &first = parsed.document.ads.constFirst();
            hop.adSystem = first.adSystem.name;
            hop.type = first.isWrapper() ? u"Wrapper"_s : u"InLine"_s;
        }
        ctx.chain.append(hop);
        Q_EMIT reply->hopFinished(hop);
        if (hop.error != ErrorCode::NoError) {
            finishReply(reply, {failure(Ad(), ctx, hop.error, hop.errorString, parsed.document.errors)});
            return;
        }
        resolveDocumentAds(reply, parsed.document.ads, ctx, true,
                           [this, reply](const QList<ResolvedAd> &results) { finishReply(reply, results); });
    }

    // Resolves the ads of one document in play order. Pod ads each get a result; a failed pod
    // ad whose Wrapper says fallbackOnNoAd is replaced by the next stand-alone ad. Without a
    // pod, stand-alone ads are tried in order until one resolves.
    void resolveDocumentAds(ResolveReply *reply, const QList<Ad> &ads, const Context &ctx, bool allowPods,
                            const Done &done)
    {
        QList<Ad> pod;
        QList<Ad> buffet;
        splitPodAndBuffet(ads, &pod, &buffet);
        if (!allowPods) {
            // Pods are not allowed here: every ad is a stand-alone candidate.
            buffet = pod + buffet;
            pod.clear();
        }
        auto results = std::make_shared<QList<ResolvedAd>>();
        auto buffetLeft = std::make_shared<QList<Ad>>(buffet);
        auto podLeft = std::make_shared<QList<Ad>>(pod);
        auto step = std::make_shared<std::function<void()>>();
        const bool podMode = !pod.isEmpty();
        *step = [this, reply, ctx, results, buffetLeft, podLeft, weak = std::weak_ptr<std::function<void()>>(step),
                 podMode, done]() {
            auto step = weak.lock(); // held by the pending callback, not by itself
            if (reply->d->aborted)
                return;
            Ad next;
            if (podMode) {
                if (podLeft->isEmpty()) {
                    keepBuffet(reply, *buffetLeft, ctx);
                    done(*results);
                    return;
                }
                next = podLeft->takeFirst();
            } else {
                if (buffetLeft->isEmpty()) {
                    done(*results);
                    return;
                }
                next = buffetLeft->takeFirst();
            }
            resolveAd(reply, next, ctx, [reply, results, buffetLeft, podLeft, step, podMode, next](const QList<ResolvedAd> &got) {
                *results += got;
                const bool ok = std::any_of(got.cbegin(), got.cend(), [](const ResolvedAd &r) { return r.ok(); });
                if (!podMode && ok) {
                    // A stand-alone ad resolved: the rest of the buffet is not needed.
                    buffetLeft->clear();
                } else if (podMode && !ok && next.isWrapper() && next.fallbackOnNoAd && !buffetLeft->isEmpty()) {
                    // Replace the failed pod ad by a stand-alone ad, in its place (VAST 4.3 §3.19.1).
                    Ad replacement = buffetLeft->takeFirst();
                    replacement.sequence = next.sequence;
                    podLeft->prepend(replacement);
                }
                QTimer::singleShot(0, reply, [step] {
                    if (*step)
                        (*step)();
                });
            });
        };
        (*step)();
    }

    // The first pod's unused stand-alone InLine ads, its Wrappers' tracking merged in: the
    // buffet that may replace a pod ad failing at play (VAST 4.3 §3.3.1).
    static void keepBuffet(ResolveReply *reply, const QList<Ad> &unused, const Context &ctx)
    {
        if (reply->d->podSeen)
            return;
        reply->d->podSeen = true;
        for (const Ad &candidate : unused) {
            if (candidate.isWrapper())
                continue;
            Ad ad = candidate;
            mergeChainInto(ctx, ad);
            reply->d->buffet.append(ad);
        }
    }

    // Resolves one ad: an InLine is done (wrappers merged); a Wrapper is followed.
    void resolveAd(ResolveReply *reply, const Ad &ad, const Context &ctx, const Done &done)
    {
        if (!ad.isWrapper()) {
            if (ad.creatives.isEmpty() && !ctx.wrappers.isEmpty()) {
                // An empty InLine after Wrappers is a no-ad answer (VAST 4.3 §2.3.6.4).
                done({failure(ad, ctx, ErrorCode::NoAdAfterWrapper,
                              WrapperResolver::tr("The InLine ad %1 has no creative after %n Wrapper(s)", nullptr,
                                          int(ctx.wrappers.size()))
                                  .arg(ad.id))});
                return;
            }
            ResolvedAd r;
            r.ad = ad;
            mergeChainInto(ctx, r.ad);
            r.chain = ctx.chain;
            for (const Ad &w : ctx.wrappers) {
                for (const Category &blocked : w.blockedAdCategories) {
                    for (const Category &c : ad.categories) {
                        if (c.code == blocked.code && (blocked.authority.isEmpty() || c.authority == blocked.authority)) {
                            done({failure(ad, ctx, ErrorCode::CategoryBlocked,
                                          WrapperResolver::tr("InLine category %1 is blocked by a Wrapper").arg(c.code))});
                            return;
                        }
                    }
                }
            }
            done({r});
            return;
        }

        Context child = ctx;
        child.wrappers.append(ad);
        if (child.wrappers.size() > maxDepth) {
            done({failure(ad, child, ErrorCode::WrapperLimitReached,
                          WrapperResolver::tr("Wrapper limit of %1 reached").arg(maxDepth))});
            return;
        }
        const QString uriTemplate = ad.vastAdTagUri.trimmed();
        if (uriTemplate.isEmpty()) {
            done({failure(ad, child, ErrorCode::SchemaValidationError, WrapperResolver::tr("Wrapper without VASTAdTagURI"))});
            return;
        }
        if (child.visited.contains(uriTemplate)) {
            done({failure(ad, child, ErrorCode::WrapperLimitReached,
                          WrapperResolver::tr("Wrapper loop: %1 is already in the chain").arg(uriTemplate))});
            return;
        }
        child.visited.append(uriTemplate);
        QUrl url = expand(uriTemplate);
        if (url.isRelative() && ctx.lastUrl.isValid())
            url = ctx.lastUrl.resolved(url);
        if (!url.isValid() || url.scheme().isEmpty()) {
            done({failure(ad, child, ErrorCode::WrapperTimeout,
                          WrapperResolver::tr("Invalid VASTAdTagURI: %1").arg(uriTemplate))});
            return;
        }
        if (isHttpScheme(ctx.lastUrl.scheme()) && !isHttpScheme(url.scheme())) {
            done({failure(ad, child, ErrorCode::WrapperTimeout,
                          WrapperResolver::tr("A Wrapper fetched over HTTP may only point to http(s), not %1")
                              .arg(url.scheme()))});
            return;
        }
        fetch(reply, url, [this, reply, ad, child, done](WrapperHop hop, const VastParseResult &parsed) {
            Context next = child;
            next.lastUrl = hop.url;
            QList<Ad> candidates = parsed.document.ads;
            if (hop.error == ErrorCode::NoError) {
                if (!ad.followAdditionalWrappers) {
                    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                                    [](const Ad &a) { return a.isWrapper(); }),
                                     candidates.end());
                }
                if (!ad.allowMultipleAds && !candidates.isEmpty()) {
                    // One ad only (VAST 4.3 §3.19.1): the first stand-alone ad. Many servers put
                    // sequence="1" on a single ad, so without a stand-alone ad the first pod ad
                    // is taken rather than reporting no ad.
                    QList<Ad> pod;
                    QList<Ad> buffet;
                    splitPodAndBuffet(candidates, &pod, &buffet);
                    candidates = {buffet.isEmpty() ? pod.constFirst() : buffet.constFirst()};
                }
                if (candidates.isEmpty()) {
                    hop.error = ErrorCode::NoAdAfterWrapper;
                    hop.errorString = parsed.document.ads.isEmpty()
                        ? WrapperResolver::tr("No ad after %n Wrapper(s)", nullptr, int(next.wrappers.size()))
                        : WrapperResolver::tr("No usable ad after %n Wrapper(s): the Wrapper forbids the ads returned",
                                      nullptr, int(next.wrappers.size()));
                } else {
                    hop.adSystem = candidates.constFirst().adSystem.name;
                    hop.type = candidates.constFirst().isWrapper() ? u"Wrapper"_s : u"InLine"_s;
                }
            }
            next.chain.append(hop);
            Q_EMIT reply->hopFinished(hop);
            if (hop.error != ErrorCode::NoError) {
                done({failure(ad, next, hop.error, hop.errorString, parsed.document.errors)});
                return;
            }
            resolveDocumentAds(reply, candidates, next, ad.allowMultipleAds,
                               [done, sequence = ad.sequence](QList<ResolvedAd> results) {
                                   // A Wrapper's place in its pod carries to the single ad it
                                   // resolves to (VAST 4.3 §3.19): pod order and [PODSEQUENCE].
                                   if (sequence > 0 && results.size() == 1)
                                       results.first().ad.sequence = sequence;
                                   done(results);
                               });
        });
    }
};

WrapperResolver::WrapperResolver(Transport *transport, QObject *parent)
    : QObject(parent)
    , d(new WrapperResolverPrivate)
{
    d->transport = transport;
}

WrapperResolver::~WrapperResolver() = default;

int WrapperResolver::maxDepth() const
{
    return d->maxDepth;
}

void WrapperResolver::setMaxDepth(int depth)
{
    d->maxDepth = qBound(1, depth, 10);
}

int WrapperResolver::hopTimeout() const
{
    return d->hopTimeout;
}

void WrapperResolver::setHopTimeout(int msecs)
{
    if (msecs > 0)
        d->hopTimeout = msecs;
}

qint64 WrapperResolver::maxResponseBytes() const
{
    return d->maxResponseBytes;
}

void WrapperResolver::setMaxResponseBytes(qint64 bytes)
{
    if (bytes > 0)
        d->maxResponseBytes = bytes;
}

void WrapperResolver::setUrlExpander(const std::function<QUrl(const QString &)> &expander)
{
    d->urlExpander = expander;
}

ResolveReply *WrapperResolver::resolve(const QUrl &tagUrl)
{
    auto *reply = new ResolveReply;
    // Start on the next event loop turn so the caller can connect first.
    QTimer::singleShot(0, reply, [this, reply, tagUrl] {
        d->fetch(reply, tagUrl, [this, reply](const WrapperHop &hop, const VastParseResult &parsed) {
            d->handleRoot(reply, hop, parsed);
        });
    });
    return reply;
}

ResolveReply *WrapperResolver::resolve(const TransportReply &fetched)
{
    auto *reply = new ResolveReply;
    const QUrl url = fetched.request().url;
    // The reply may be deleted once this returns: take what the hop needs now.
    auto got = std::make_shared<std::pair<WrapperHop, VastParseResult>>();
    WrapperResolverPrivate::arrived(fetched, url, [got](const WrapperHop &hop, const VastParseResult &parsed) {
        got->first = hop;
        got->second = parsed;
    });
    QTimer::singleShot(0, reply, [this, reply, got] { d->handleRoot(reply, got->first, got->second); });
    return reply;
}

ResolveReply *WrapperResolver::resolve(const QByteArray &xml, const QUrl &baseUrl)
{
    auto *reply = new ResolveReply;
    QTimer::singleShot(0, reply, [this, reply, xml, baseUrl] {
        WrapperHop hop;
        hop.url = baseUrl;
        hop.bytes = xml.size();
        hop.rawXml = xml;
        // A document handed over is parsed even when empty: that is error 100, not the
        // "no fill" (303) of an ad server answering with an empty body.
        const VastParseResult parsed = WrapperResolverPrivate::parseHop(hop, xml);
        d->handleRoot(reply, hop, parsed);
    });
    return reply;
}

Phase WrapperResolver::errorPhase(ErrorCode code)
{
    switch (code) {
    case ErrorCode::XmlParsingError:
    case ErrorCode::SchemaValidationError:
    case ErrorCode::VersionNotSupported:
        return Phase::Parse;
    case ErrorCode::WrapperTimeout:
        return Phase::Fetch;
    default:
        return Phase::Resolve;
    }
}

void WrapperResolver::mergeWrapperInto(const Ad &wrapper, Ad &inLine)
{
    prependUris(inLine.impressions, wrapper.impressions);
    inLine.errors = wrapper.errors + inLine.errors;
    inLine.adVerifications = wrapper.adVerifications + inLine.adVerifications;
    inLine.viewableImpression.viewable = wrapper.viewableImpression.viewable + inLine.viewableImpression.viewable;
    inLine.viewableImpression.notViewable =
        wrapper.viewableImpression.notViewable + inLine.viewableImpression.notViewable;
    inLine.viewableImpression.viewUndetermined =
        wrapper.viewableImpression.viewUndetermined + inLine.viewableImpression.viewUndetermined;

    // A Companion with a resource is a creative to show (§3.19: a Wrapper may carry Companion
    // creative); one without is tracking for the InLine's companions.
    const auto displayable = [](const Companion &c) { return !c.resources.isEmpty(); };
    QList<Creative> keptCompanions;
    for (const Creative &wc : wrapper.creatives) {
        if (wc.kind == Creative::Kind::Companion) {
            Creative kept = wc;
            kept.companionAds.companions.clear();
            for (const Companion &comp : wc.companionAds.companions) {
                if (displayable(comp))
                    kept.companionAds.companions.append(comp);
            }
            if (!kept.companionAds.companions.isEmpty())
                keptCompanions.append(kept);
        }
        for (Creative &c : inLine.creatives) {
            if (wc.kind != c.kind)
                continue;
            switch (c.kind) {
            case Creative::Kind::Linear: {
                prependEvents(c.linear.trackingEvents, wc.linear.trackingEvents);
                prependUris(c.linear.videoClicks.clickTracking, wc.linear.videoClicks.clickTracking);
                prependUris(c.linear.videoClicks.customClick, wc.linear.videoClicks.customClick);
                // §2.3.5.2: the InLine's ClickThrough, else the closest Wrapper's.
                if (c.linear.videoClicks.clickThrough.url.isEmpty())
                    c.linear.videoClicks.clickThrough = wc.linear.videoClicks.clickThrough;
                for (const Icon &icon : wc.linear.icons) {
                    const bool taken = !icon.program.isEmpty()
                        && std::any_of(c.linear.icons.cbegin(), c.linear.icons.cend(),
                                       [&icon](const Icon &i) { return i.program == icon.program; });
                    if (!taken)
                        c.linear.icons.append(icon);
                }
                break;
            }
            case Creative::Kind::NonLinear:
                prependEvents(c.nonLinearAds.trackingEvents, wc.nonLinearAds.trackingEvents);
                for (const NonLinear &wn : wc.nonLinearAds.nonLinears) {
                    for (NonLinear &n : c.nonLinearAds.nonLinears) {
                        prependUris(n.clickTracking, wn.clickTracking);
                        if (n.clickThrough.isEmpty())
                            n.clickThrough = wn.clickThrough;
                    }
                }
                break;
            case Creative::Kind::Companion:
                for (const Companion &wcomp : wc.companionAds.companions) {
                    if (displayable(wcomp))
                        continue;
                    for (Companion &comp : c.companionAds.companions) {
                        prependEvents(comp.trackingEvents, wcomp.trackingEvents);
                        prependUris(comp.companionClickTracking, wcomp.companionClickTracking);
                    }
                }
                break;
            case Creative::Kind::None:
                break;
            }
        }
    }
    inLine.creatives += keptCompanions;
}

} // namespace VastQt
