// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/upstreamtransport.h>
#include <VastQt/upstream.h>

#include <QtCore/QPointer>

namespace VastQt
{

class UpstreamTransportPrivate
{
public:
    QPointer<Upstream> upstream;
};

UpstreamTransport::UpstreamTransport(Upstream *upstream, QObject *parent)
    : Transport(parent)
    , d(new UpstreamTransportPrivate)
{
    d->upstream = upstream;
}

UpstreamTransport::~UpstreamTransport() = default;

Upstream *UpstreamTransport::upstream() const
{
    return d->upstream;
}

TransportReply *UpstreamTransport::send(const TransportRequest &request)
{
    if (!d->upstream) {
        auto *reply = new TransportReply(request);
        reply->failLater(TransportReply::Error::ProtocolError, tr("No upstream to send through"));
        return reply;
    }
    return d->upstream->send(request);
}

bool UpstreamTransport::supportsScheme(const QString &scheme) const
{
    return d->upstream && d->upstream->transport() && d->upstream->transport()->supportsScheme(scheme);
}

} // namespace VastQt
