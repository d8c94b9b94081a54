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

#include "transport/transport.h"

namespace VastQt
{

class TransportPrivate
{
public:
    virtual ~TransportPrivate() = default;

    /*! Fails \a reply with \a error on the next event loop turn (never inside send());
        nothing happens when the reply was deleted or finished meanwhile. */
    static void failLater(TransportReply *reply, TransportReply::Error error, const QString &errorString);

    int defaultTimeoutMs = 0;
    qint64 maxResponseBytes = Transport::DefaultMaxResponseBytes;
};

} // namespace VastQt

#endif // VASTQT_TRANSPORT_P_H
