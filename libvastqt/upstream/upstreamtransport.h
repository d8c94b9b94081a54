// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_UPSTREAMTRANSPORT_H
#define VASTQT_UPSTREAMTRANSPORT_H

#include <VastQt/vastqt_export.h>
#include <VastQt/transport.h>

#include <memory>

namespace VastQt
{

class Upstream;
class UpstreamTransportPrivate;

/*!
    \brief A Transport that sends every request through an Upstream's middleware chain
    (retry, circuit breaker, cache, metrics) and then the Upstream's transport.

    Lets code written against Transport — WrapperResolver following VASTAdTagURIs, a
    ProtocolHandler, the Orchestrator — get the middlewares for every hop. A request goes
    through Upstream::send(): its URL is kept as given (the default query is not added),
    the Upstream's default headers it does not name are added, and its timeout and size cap
    are filled in when 0. Without an Upstream (or after it was destroyed) send() fails with
    TransportReply::Error::ProtocolError on the next event loop turn.
*/
class VASTQT_EXPORT UpstreamTransport : public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamTransport)
public:
    /*! Sends through \a upstream (not owned). */
    explicit UpstreamTransport(Upstream *upstream, QObject *parent = nullptr);
    ~UpstreamTransport() override;

    //! The upstream requests are sent through.
    Upstream *upstream() const;

    TransportReply *send(const TransportRequest &request) override;
    /*! Whether the Upstream's transport serves \a scheme. */
    bool supportsScheme(const QString &scheme) const override;

private:
    std::unique_ptr<UpstreamTransportPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_UPSTREAMTRANSPORT_H
