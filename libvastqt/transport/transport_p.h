// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

//
//  W A R N I N G
//  -------------
//
// This file is not part of the VastQt API. It may change without notice.
//

#ifndef VASTQT_TRANSPORT_P_H
#define VASTQT_TRANSPORT_P_H

#include <VastQt/transport.h>

#include <QtCore/QHash>

namespace VastQt
{

class TransportPrivate
{
public:
    virtual ~TransportPrivate() = default;

    /*! Runs the ping of \a handler through \a reply (Transport::ping()'s default): the
        handler hears of the reply's finished(), the reply is deleted; \a timeoutMs > 0 fails
        it with Timeout if the transport did not answer by then. */
    void attachPing(Transport *q, TransportReply *reply, PingHandler *handler, int timeoutMs);
    /*! Detaches and aborts the reply of \a handler's ping, if one runs; true if it did. */
    // Aborts the ping of \a handler once its reply has been sent for timeoutMs (the time it
    // waited in the transport's queue not counted).
    void armPingGuard(TransportReply *reply, PingHandler *handler, int timeoutMs);
    bool cancelReplyPing(PingHandler *handler);
    /*! Ends every ping still running through a reply with Error::Aborted (destruction). */
    void abortReplyPings();

    struct ReplyPing
    {
        TransportReply *reply = nullptr;
        bool timedOut = false;
    };
    // The pings running through a TransportReply (the default ping()).
    QHash<PingHandler *, ReplyPing> replyPings;

    int defaultTimeoutMs = 0;
    qint64 maxResponseBytes = Transport::DefaultMaxResponseBytes;
};

} // namespace VastQt

#endif // VASTQT_TRANSPORT_P_H
