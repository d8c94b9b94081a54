// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/protocolhandler.h>

namespace VastQt
{

ProtocolHandler::~ProtocolHandler() = default;

bool ProtocolHandler::acceptsDocument(const DocumentRoot &root) const
{
    Q_UNUSED(root)
    return false;
}

class ProtocolReplyPrivate
{
public:
    QList<ResolvedAd> results;
    QList<WrapperHop> chain;
    QVariantMap extensions;
    QList<Ad> buffet;
    bool playlist = false;
    VmapDocument document;
    QList<VmapBreakResult> breaks;
    ErrorCode error = ErrorCode::NoError;
    QString errorString;
    bool finished = false;
};

ProtocolReply::ProtocolReply(QObject *parent)
    : QObject(parent)
    , d(new ProtocolReplyPrivate)
{
}

ProtocolReply::~ProtocolReply() = default;

QList<ResolvedAd> ProtocolReply::results() const
{
    return d->results;
}

QList<ResolvedAd> ProtocolReply::ads() const
{
    QList<ResolvedAd> out;
    for (const ResolvedAd &r : d->results) {
        if (r.ok())
            out.append(r);
    }
    return out;
}

QList<WrapperHop> ProtocolReply::chain() const
{
    return d->chain;
}

QList<Ad> ProtocolReply::buffet() const
{
    return d->buffet;
}

void ProtocolReply::setBuffet(const QList<Ad> &buffet)
{
    if (!d->finished)
        d->buffet = buffet;
}

QVariantMap ProtocolReply::extensions() const
{
    return d->extensions;
}

ErrorCode ProtocolReply::error() const
{
    return d->error;
}

QString ProtocolReply::errorString() const
{
    return d->errorString;
}

bool ProtocolReply::isFinished() const
{
    return d->finished;
}

void ProtocolReply::abort()
{
    if (d->finished)
        return;
    Q_EMIT abortRequested();
    finish(d->results, ErrorCode::GeneralWrapperError, tr("Fetch aborted"));
}

bool ProtocolReply::isPlaylist() const
{
    return d->playlist;
}

VmapDocument ProtocolReply::playlist() const
{
    return d->document;
}

QList<VmapBreakResult> ProtocolReply::breaks() const
{
    return d->breaks;
}

void ProtocolReply::setPlaylist(const VmapDocument &document, const QList<VmapBreakResult> &breaks)
{
    if (d->finished)
        return;
    d->playlist = true;
    d->document = document;
    d->breaks = breaks;
}

void ProtocolReply::setChain(const QList<WrapperHop> &chain)
{
    if (!d->finished)
        d->chain = chain;
}

void ProtocolReply::setExtensions(const QVariantMap &extensions)
{
    if (!d->finished)
        d->extensions = extensions;
}

void ProtocolReply::finish(const QList<ResolvedAd> &results, ErrorCode error, const QString &errorText)
{
    QString errorString = errorText;
    if (d->finished)
        return;
    d->finished = true;
    d->results = results;
    const bool anyAd = std::any_of(results.cbegin(), results.cend(), [](const ResolvedAd &r) { return r.ok(); });
    if (!anyAd && error == ErrorCode::NoError) {
        const auto failed = std::find_if(results.cbegin(), results.cend(), [](const ResolvedAd &r) { return !r.ok(); });
        if (failed != results.cend()) {
            error = failed->error;
            if (errorString.isEmpty())
                errorString = failed->errorString;
        } else {
            error = ErrorCode::NoAdAfterWrapper;
            if (errorString.isEmpty())
                errorString = tr("The source returned no ad");
        }
    }
    d->error = anyAd ? ErrorCode::NoError : error;
    d->errorString = anyAd ? QString() : errorString;
    if (!anyAd)
        Q_EMIT errorOccurred(d->error, d->errorString);
    Q_EMIT finished();
}

} // namespace VastQt
