// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vmapprotocolhandler.h>

#include <VastQt/fetcherror.h>
#include <VastQt/wrapperresolver.h>
#include <VastQt/transport.h>
#include "vastqt_logging_p.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{
const QString DocumentKey = u"vmap.document"_s;
const QString BreaksKey = u"vmap.breaks"_s;
const QString UrlKey = u"vmap.url"_s;

// The VMAP code for a break whose ad response failed with \a r. A failed fetch of the
// break's own document (the AdTagURI, the first hop) takes the code the error boundary
// derives from the typed transport error; everything after that hop is the ad response's.
VmapErrorCode vmapCodeOf(const ResolvedAd &r)
{
    if (r.chain.size() > 1)
        return VmapErrorCode::AdResponseError;
    const WrapperHop first = r.chain.value(0);
    if (first.transportError != TransportReply::Error::NoError)
        return FetchError::fromTransport(first.transportError, first.httpStatus, first.errorString).vmapCode;
    switch (r.error) {
    case ErrorCode::XmlParsingError:
    case ErrorCode::SchemaValidationError:
    case ErrorCode::VersionNotSupported:
        return VmapErrorCode::ExtractionError;
    case ErrorCode::WrapperTimeout:
        // Not fetched at all: an invalid or forbidden URI.
        return VmapErrorCode::RetrievalError;
    default:
        return VmapErrorCode::AdResponseError;
    }
}

bool cameThroughWrapper(const ResolvedAd &r)
{
    return std::any_of(r.chain.cbegin(), r.chain.cend(), [](const WrapperHop &h) { return h.type == "Wrapper"_L1; });
}

// State of one fetch().
struct VmapFetch {
    QPointer<ProtocolReply> reply;
    FetchContext context;
    QUrl url;
    WrapperHop hop;
    VmapDocument document;
    QList<VmapBreakResult> breaks;
    int pending = 0;
    bool done = false;
};

void finishFetch(const std::shared_ptr<VmapFetch> &f)
{
    if (f->done || !f->reply)
        return;
    f->done = true;
    QList<ResolvedAd> all;
    ErrorCode firstError = ErrorCode::NoError;
    QString firstErrorString;
    for (const VmapBreakResult &b : std::as_const(f->breaks)) {
        all += b.results;
        if (firstError == ErrorCode::NoError && !b.ok()) {
            firstError = b.error == ErrorCode::NoError ? ErrorCode::NoAdAfterWrapper : b.error;
            firstErrorString = b.errorString;
        }
    }
    QVariantMap ext;
    ext.insert(DocumentKey, QVariant::fromValue(f->document));
    ext.insert(BreaksKey, QVariant::fromValue(f->breaks));
    ext.insert(UrlKey, f->url);
    f->reply->setChain({f->hop});
    f->reply->setExtensions(ext);
    f->reply->setPlaylist(f->document, f->breaks);
    if (f->document.adBreaks.isEmpty() && firstError == ErrorCode::NoError) {
        firstError = ErrorCode::NoAdAfterWrapper;
        firstErrorString = ProtocolReply::tr("The VMAP document has no ad break");
    }
    f->reply->finish(all, firstError, firstErrorString);
}

void breakDone(const std::shared_ptr<VmapFetch> &f, int index, VmapBreakResult result)
{
    if (f->done)
        return;
    const VmapAdSource &source = f->document.adBreaks.at(index).adSource;
    if (!source.followRedirects) {
        for (ResolvedAd &r : result.results) {
            if (r.ok() && cameThroughWrapper(r)) {
                r.error = ErrorCode::WrapperLimitReached;
                r.errorString = ProtocolReply::tr("Ad %1 came through a Wrapper; the AdSource says followRedirects=\"false\"")
                                    .arg(r.ad.id);
                r.errorUrls = r.ad.errors;
            }
        }
    }
    if (!source.allowMultipleAds) {
        const auto firstOk = std::find_if(result.results.begin(), result.results.end(), [](const ResolvedAd &r) { return r.ok(); });
        if (firstOk != result.results.end())
            result.results.erase(firstOk + 1, result.results.end());
    }
    if (result.ads().isEmpty() && result.vmapError == VmapErrorCode::None) {
        if (result.results.isEmpty()) {
            result.error = ErrorCode::NoAdAfterWrapper;
            result.errorString = ProtocolReply::tr("The ad response of break %1 has no ad").arg(index);
            result.vmapError = VmapErrorCode::AdResponseError;
        } else {
            const ResolvedAd &first = result.results.constFirst();
            result.error = first.error;
            result.errorString = first.errorString;
            result.vmapError = vmapCodeOf(first);
        }
    }
    f->breaks[index] = result;
    if (--f->pending == 0)
        finishFetch(f);
}

void resolveBreaks(const std::shared_ptr<VmapFetch> &f)
{
    f->breaks.clear();
    for (int i = 0; i < f->document.adBreaks.size(); ++i) {
        VmapBreakResult b;
        b.breakIndex = i;
        f->breaks.append(b);
    }
    f->pending = f->document.adBreaks.size();
    if (f->pending == 0) {
        finishFetch(f);
        return;
    }
    for (int i = 0; i < f->document.adBreaks.size(); ++i) {
        const VmapAdSource &source = f->document.adBreaks.at(i).adSource;
        VmapBreakResult failed;
        failed.breakIndex = i;
        ResolveReply *resolve = nullptr;
        auto *resolver = new WrapperResolver(f->context.transport, f->reply);
        resolver->setMaxDepth(f->context.maxWrapperDepth);
        resolver->setHopTimeout(qMax(1, f->context.hopTimeoutMs));
        resolver->setMaxResponseBytes(f->context.maxResponseBytes);
        if (f->context.urlExpander)
            resolver->setUrlExpander(f->context.urlExpander);
        switch (source.kind) {
        case VmapAdSource::Kind::VastAdData:
            if (source.vastDataError != ErrorCode::NoError) {
                failed.error = source.vastDataError;
                failed.errorString = ProtocolReply::tr("The inline VAST of break %1 does not parse").arg(i);
                failed.vmapError = VmapErrorCode::ExtractionError;
            } else {
                QUrl base = f->url;
                base.setFragment(u"adbreak-%1"_s.arg(i));
                resolve = resolver->resolve(source.vastDataXml, base);
            }
            break;
        case VmapAdSource::Kind::AdTagUri: {
            if (source.templateType.compare("proprietary"_L1, Qt::CaseInsensitive) == 0) {
                failed.error = ErrorCode::UndefinedError;
                failed.errorString = ProtocolReply::tr("Break %1: AdTagURI templateType \"proprietary\" is not supported").arg(i);
                failed.vmapError = VmapErrorCode::TemplateTypeNotSupported;
                break;
            }
            const QUrl url = f->context.urlExpander ? f->context.urlExpander(source.adTagUri)
                                                    : QUrl(source.adTagUri.trimmed());
            resolve = resolver->resolve(f->url.resolved(url));
            break;
        }
        case VmapAdSource::Kind::CustomAdData:
            failed.error = ErrorCode::UndefinedError;
            failed.errorString = ProtocolReply::tr("Break %1: CustomAdData (templateType \"%2\") is not supported")
                                     .arg(i)
                                     .arg(source.templateType);
            failed.vmapError = VmapErrorCode::TemplateTypeNotSupported;
            break;
        case VmapAdSource::Kind::None:
            failed.error = ErrorCode::NoAdAfterWrapper;
            failed.errorString = ProtocolReply::tr("Break %1 has no AdSource").arg(i);
            failed.vmapError = VmapErrorCode::AdResponseError;
            break;
        }
        if (!resolve) {
            resolver->deleteLater();
            // Deferred like the resolved breaks, so the reply never finishes inside fetch().
            QTimer::singleShot(0, f->reply, [f, i, failed] { breakDone(f, i, failed); });
            continue;
        }
        resolve->setParent(resolver);
        QObject::connect(resolve, &ResolveReply::hopFinished, f->reply, &ProtocolReply::hopFinished);
        QObject::connect(f->reply, &ProtocolReply::abortRequested, resolve, &ResolveReply::abort);
        QObject::connect(resolve, &ResolveReply::finished, f->reply, [f, i, resolve, resolver] {
            resolver->deleteLater();
            VmapBreakResult b;
            b.breakIndex = i;
            b.results = resolve->results();
            b.buffetAds = resolve->buffet();
            // Every document of the break: the hops of each result, without repeats.
            for (const ResolvedAd &r : b.results) {
                for (const WrapperHop &h : r.chain) {
                    if (!b.chain.contains(h))
                        b.chain.append(h);
                }
            }
            if (b.chain.isEmpty())
                b.chain = resolve->chain();
            breakDone(f, i, b);
        });
    }
}

void documentArrived(const std::shared_ptr<VmapFetch> &f, const QByteArray &xml)
{
    VmapParserOptions options;
    options.maxBytes = qMax(options.maxBytes, f->context.maxResponseBytes);
    const VmapParseResult parsed = VmapParser::parse(xml, options);
    f->hop.type = u"VMAP"_s;
    f->hop.vastVersion = parsed.document.version;
    f->hop.warnings = parsed.warnings;
    f->hop.rawXml = xml;
    f->hop.bytes = xml.size();
    if (!parsed.ok()) {
        f->hop.error = parsed.error;
        f->hop.errorString = parsed.errorString;
        Q_EMIT f->reply->hopFinished(f->hop);
        f->done = true;
        f->reply->setChain({f->hop});
        f->reply->finish({}, parsed.error, ProtocolReply::tr("The VMAP document does not parse: %1").arg(parsed.errorString));
        return;
    }
    Q_EMIT f->reply->hopFinished(f->hop);
    f->document = parsed.document;
    resolveBreaks(f);
}

// The VMAP document's request answered: \a fault is FetchError::fromReply() of it.
void fetchedAs(const std::shared_ptr<VmapFetch> &f, TransportReply::Error error, int httpStatus, qint64 latencyMs,
               const QByteArray &body, const FetchError &fault)
{
    if (f->done)
        return;
    f->hop.httpStatus = httpStatus;
    f->hop.latencyMs = latencyMs;
    f->hop.bytes = body.size();
    f->hop.transportError = error;
    if (error != TransportReply::Error::NoError) {
        f->hop.error = fault.code;
        f->hop.errorString = fault.message;
        f->hop.rawXml = body;
        Q_EMIT f->reply->hopFinished(f->hop);
        f->done = true;
        f->reply->setChain({f->hop});
        f->reply->finish({}, fault.code, f->hop.errorString);
        return;
    }
    documentArrived(f, body);
}

void fetched(const std::shared_ptr<VmapFetch> &f, const TransportReply &get)
{
    fetchedAs(f, get.error(), get.httpStatus(), get.elapsedMs(), get.body(), FetchError::fromReply(get));
}

} // namespace

QList<ResolvedAd> VmapBreakResult::ads() const
{
    QList<ResolvedAd> out;
    for (const ResolvedAd &r : results) {
        if (r.ok())
            out.append(r);
    }
    return out;
}

VmapProtocolHandler::VmapProtocolHandler() = default;
VmapProtocolHandler::~VmapProtocolHandler() = default;

QString VmapProtocolHandler::name() const
{
    return u"vmap"_s;
}

bool VmapProtocolHandler::validateRequest(const AdRequest &request, QString *problem) const
{
    return m_vast.validateRequest(request, problem);
}

QUrlQuery VmapProtocolHandler::requestParameters(const AdRequest &request) const
{
    AdRequest r = request;
    r.extensions.insert(u"vast"_s, request.extensions.value(u"vmap"_s));
    return m_vast.requestParameters(r);
}

ProtocolReply *VmapProtocolHandler::fetch(const AdRequest &request, const FetchContext &context)
{
    auto *reply = new ProtocolReply;
    auto f = std::make_shared<VmapFetch>();
    f->reply = reply;
    f->context = context;
    f->url = context.url;
    f->hop.url = context.url;
    if (context.reply) {
        // The Orchestrator fetched the document; read it from the event loop, like a fetch.
        QTimer::singleShot(0, reply, [f, error = context.reply->error(), status = context.reply->httpStatus(),
                                      latency = context.reply->elapsedMs(), body = context.reply->body(),
                                      message = FetchError::fromReply(*context.reply)] {
            fetchedAs(f, error, status, latency, body, message);
        });
        return reply;
    }
    if (!context.xml.isNull()) {
        const QByteArray xml = context.xml;
        QTimer::singleShot(0, reply, [f, xml] { documentArrived(f, xml); });
        return reply;
    }
    AdRequest mapped = request;
    mapped.extensions.insert(u"vast"_s, request.extensions.value(u"vmap"_s));
    f->url = m_vast.requestUrl(mapped, context);
    f->hop.url = f->url;
    TransportRequest tr(f->url);
    tr.timeoutMs = qMax(1, context.hopTimeoutMs);
    tr.maxResponseBytes = context.maxResponseBytes;
    TransportReply *get = context.transport->send(tr);
    get->setParent(reply);
    QObject::connect(reply, &ProtocolReply::abortRequested, get, &TransportReply::abort);
    QObject::connect(get, &TransportReply::finished, reply, [f, get] {
        get->deleteLater();
        fetched(f, *get);
    });
    return reply;
}

bool VmapProtocolHandler::acceptsDocument(const DocumentRoot &root) const
{
    return root.name == "VMAP"_L1;
}

VmapDocument VmapProtocolHandler::document(const QVariantMap &extensions)
{
    return extensions.value(DocumentKey).value<VmapDocument>();
}

QList<VmapBreakResult> VmapProtocolHandler::breakResults(const QVariantMap &extensions)
{
    return extensions.value(BreaksKey).value<QList<VmapBreakResult>>();
}

} // namespace VastQt
