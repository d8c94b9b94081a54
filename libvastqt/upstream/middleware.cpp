// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "upstream/middleware_p.h"
#include <VastQt/upstream.h>

#include <QtCore/QPointer>
#include <QtCore/QVariant>

namespace VastQt
{

const char *const Middleware::RejectedProperty = "vastqtCircuitOpen";
const char *const Middleware::CacheHitProperty = "vastqtCacheHit";

QString Middleware::sourceKey(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

bool Middleware::isFailure(const TransportReply *reply)
{
    if (!reply || !reply->hasError())
        return false;
    if (reply->property(RejectedProperty).toBool())
        return false;
    switch (reply->error()) {
    case TransportReply::Error::NoError:
    case TransportReply::Error::Aborted:
    case TransportReply::Error::UnsupportedScheme:
    case TransportReply::Error::NotFound:
        return false;
    case TransportReply::Error::HttpError:
        return reply->httpStatus() >= 500 || reply->httpStatus() == 429;
    default:
        return true;
    }
}

namespace MiddlewarePrivate
{

void copyResult(const TransportReply *from, TransportReply *to)
{
    to->setFinalUrl(from->finalUrl());
    to->setHttpStatus(from->httpStatus());
    to->setRedirectCount(from->redirectCount());
    QList<QPair<QByteArray, QByteArray>> headers;
    // TransportReply keeps its headers private; the ones callers read are copied by name.
    for (const QByteArray &name : {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("Cache-Control"),
                                   QByteArrayLiteral("Expires"), QByteArrayLiteral("Location")}) {
        const QByteArray value = from->rawHeader(name);
        if (!value.isEmpty())
            headers.append({name, value});
    }
    to->setRawHeaders(headers);
    if (from->hasError())
        to->fail(from->error(), from->errorString(), from->body());
    else
        to->finish(from->body());
}

void forward(TransportReply *inner, TransportReply *outer)
{
    inner->setParent(outer);
    const QPointer<TransportReply> guard(inner);
    QObject::connect(outer, &TransportReply::abortRequested, inner, [guard] {
        if (guard)
            guard->abort();
    });
    QObject::connect(inner, &TransportReply::finished, outer, [inner, outer] {
        inner->deleteLater();
        copyResult(inner, outer);
    });
}

} // namespace MiddlewarePrivate
} // namespace VastQt
