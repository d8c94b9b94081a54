// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_ROUTINGTRANSPORT_H
#define VASTQT_ROUTINGTRANSPORT_H

#include <VastQt/transport.h>

namespace VastQt
{

/*!
    \brief A Transport that hands each request to the first added transport that supports
    the URL's scheme, e.g. HttpTransport for http(s) and FileTransport for file: and qrc:.

    A URL no transport supports gets a reply failing with
    TransportReply::Error::UnsupportedScheme. Transports are not owned.
*/
class VASTQT_EXPORT RoutingTransport : public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingTransport)
public:
    //! A transport with no transport to route to: every request fails with UnsupportedScheme until addTransport().
    explicit RoutingTransport(QObject *parent = nullptr);
    ~RoutingTransport() override;

    /*! Adds \a transport; earlier ones win when two support a scheme. */
    void addTransport(Transport *transport);
    //! The transports, in the order they were added.
    QList<Transport *> transports() const;

    TransportReply *send(const TransportRequest &request) override;
    bool supportsScheme(const QString &scheme) const override;

private:
    QList<Transport *> m_transports;
};

} // namespace VastQt

#endif // VASTQT_ROUTINGTRANSPORT_H
