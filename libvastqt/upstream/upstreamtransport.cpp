// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "upstream/upstreamtransport.h"
#include "transport/transport_p.h"
#include "upstream/upstream.h"

#include <QtCore/QPointer>

namespace VastQt
{

class UpstreamTransportPrivate : public TransportPrivate
{
public:
    QPointer<Upstream> upstream;
};

UpstreamTransport::UpstreamTransport(Upstream *upstream, QObject *parent)
    : Transport(*new UpstreamTransportPrivate, parent)
{
    Q_D(UpstreamTransport);
    d->upstream = upstream;
}

UpstreamTransport::~UpstreamTransport() = default;

Upstream *UpstreamTransport::upstream() const
{
    Q_D(const UpstreamTransport);
    return d->upstream;
}

TransportReply *UpstreamTransport::send(const TransportRequest &request)
{
    Q_D(UpstreamTransport);
    if (!d->upstream) {
        auto *reply = new TransportReply(request);
        TransportPrivate::failLater(reply, TransportReply::Error::ProtocolError, tr("No upstream to send through"));
        return reply;
    }
    return d->upstream->send(request);
}

bool UpstreamTransport::supportsScheme(const QString &scheme) const
{
    Q_D(const UpstreamTransport);
    return d->upstream && d->upstream->transport() && d->upstream->transport()->supportsScheme(scheme);
}

} // namespace VastQt
