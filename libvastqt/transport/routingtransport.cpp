// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/routingtransport.h>

#include <QtCore/QTimer>

namespace VastQt
{

RoutingTransport::RoutingTransport(QObject *parent)
    : Transport(parent)
{
}

RoutingTransport::~RoutingTransport() = default;

void RoutingTransport::addTransport(Transport *transport)
{
    if (transport && !m_transports.contains(transport))
        m_transports.append(transport);
}

QList<Transport *> RoutingTransport::transports() const
{
    return m_transports;
}

TransportReply *RoutingTransport::send(const TransportRequest &request)
{
    const QString scheme = request.url.scheme();
    for (Transport *t : std::as_const(m_transports)) {
        if (t->supportsScheme(scheme))
            return t->send(request);
    }
    auto *reply = new TransportReply(request);
    QTimer::singleShot(0, reply, [reply, scheme] {
        reply->fail(TransportReply::Error::UnsupportedScheme,
                    tr("No transport for the URL scheme \"%1\"").arg(scheme));
    });
    return reply;
}

bool RoutingTransport::supportsScheme(const QString &scheme) const
{
    for (Transport *t : m_transports) {
        if (t->supportsScheme(scheme))
            return true;
    }
    return false;
}

} // namespace VastQt
