// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastprotocolhandler.h>

#include <VastQt/wrapperresolver.h>
#include <VastQt/upstream.h>
#include "vastqt_logging_p.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace VastQt
{

VastProtocolHandler::VastProtocolHandler() = default;
VastProtocolHandler::~VastProtocolHandler() = default;

QString VastProtocolHandler::name() const
{
    return u"vast"_s;
}

bool VastProtocolHandler::validateRequest(const AdRequest &request, QString *problem) const
{
    QString why;
    if (request.playerSize.width() < -1 || request.playerSize.height() < -1
        || (request.playerSize.isValid() && (request.playerSize.width() < 0 || request.playerSize.height() < 0)))
        why = QCoreApplication::translate("VastQt::VastProtocolHandler", "playerSize has a negative side");
    else if (request.contentDurationMs < -1)
        why = QCoreApplication::translate("VastQt::VastProtocolHandler", "contentDurationMs is below -1");
    else if (request.playheadPositionMs < -1)
        why = QCoreApplication::translate("VastQt::VastProtocolHandler", "playheadPositionMs is below -1");
    if (problem)
        *problem = why;
    return why.isEmpty();
}

QUrlQuery VastProtocolHandler::requestParameters(const AdRequest &request) const
{
    QUrlQuery q;
    const auto add = [&q](const QString &key, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(u"slot"_s, request.slotId);
    add(u"uid"_s, request.userId);
    add(u"device"_s, request.deviceType);
    if (!request.contentUrl.isEmpty())
        add(u"content_url"_s, request.contentUrl.toString(QUrl::FullyEncoded));
    if (request.contentDurationMs >= 0)
        add(u"content_duration"_s, QString::number(request.contentDurationMs / 1000));
    if (request.playheadPositionMs >= 0)
        add(u"playhead"_s, QString::number(request.playheadPositionMs / 1000));
    if (request.playerSize.isValid() && !request.playerSize.isEmpty()) {
        add(u"w"_s, QString::number(request.playerSize.width()));
        add(u"h"_s, QString::number(request.playerSize.height()));
    }
    add(u"geo"_s, request.geo);
    const QVariantMap vast = request.extensions.value(u"vast"_s).toMap();
    for (auto it = vast.cbegin(); it != vast.cend(); ++it)
        add(it.key(), it.value().toString());
    return q;
}

QUrlQuery VastProtocolHandler::sourceParameters(const AdRequest &request, const FetchContext &context) const
{
    if (!context.mapRequest)
        return QUrlQuery();
    const QString scheme = context.url.scheme().toLower();
    if (scheme != "http"_L1 && scheme != "https"_L1)
        return QUrlQuery();
    return requestParameters(request);
}

QUrl VastProtocolHandler::requestUrl(const AdRequest &request, const FetchContext &context) const
{
    return Upstream::requestUrl(context.url, context.params, sourceParameters(request, context));
}

ProtocolReply *VastProtocolHandler::fetch(const AdRequest &request, const FetchContext &context)
{
    auto *reply = new ProtocolReply;
    auto *resolver = new WrapperResolver(context.transport, reply);
    resolver->setMaxDepth(context.maxWrapperDepth);
    resolver->setHopTimeout(qMax(1, context.hopTimeoutMs));
    resolver->setMaxResponseBytes(context.maxResponseBytes);
    if (context.urlExpander)
        resolver->setUrlExpander(context.urlExpander);
    ResolveReply *resolve = context.reply   ? resolver->resolve(*context.reply)
        : context.xml.isNull()              ? resolver->resolve(requestUrl(request, context))
                                            : resolver->resolve(context.xml, context.url);
    resolve->setParent(reply);
    QObject::connect(resolve, &ResolveReply::hopFinished, reply, &ProtocolReply::hopFinished);
    QObject::connect(reply, &ProtocolReply::abortRequested, resolve, &ResolveReply::abort);
    QObject::connect(resolve, &ResolveReply::finished, reply, [reply, resolve] {
        resolve->deleteLater();
        // chain() is the first resolved ad's (or first failure's) hops.
        reply->setChain(resolve->chain());
        reply->setBuffet(resolve->buffet());
        reply->finish(resolve->results(), resolve->error(), resolve->errorString());
    });
    return reply;
}

bool VastProtocolHandler::acceptsDocument(const DocumentRoot &root) const
{
    return root.name == "VAST"_L1;
}

} // namespace VastQt
