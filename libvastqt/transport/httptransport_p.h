// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

//
//  W A R N I N G
//  -------------
//
// This file is not part of the VastQt API. It may change without notice.
//

#ifndef VASTQT_HTTPTRANSPORT_P_H
#define VASTQT_HTTPTRANSPORT_P_H

#include <VastQt/httptransport.h>
#include "transport/transport_p.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QSet>
#include <QtNetwork/QNetworkReply>

namespace VastQt
{

class HttpCall;

class HttpTransportPrivate : public TransportPrivate
{
public:
    QNetworkAccessManager *nam = nullptr;
    int maxRedirects = HttpTransport::DefaultMaxRedirects;
    QByteArray userAgent;
    int maxConnectionsPerHost = HttpTransport::DefaultMaxConnectionsPerHost;
    QSet<HttpCall *> calls; // sent or waiting requests; each removes itself when it ends
    // Per "scheme://host:port": how many calls are sent, and the ones waiting in send order.
    QHash<QString, int> sending;
    QHash<QString, QList<HttpCall *>> waiting;

    // Sends \a call when its host has a free connection, else queues it.
    void dispatch(HttpCall *call);
    // \a call ended: frees its connection (or its place in the queue) and sends the next.
    void release(HttpCall *call);
    // Sends what waits for \a key while it has free connections.
    void sendWaiting(const QString &key);
};

/*!
    The one place where a QNetworkReply outcome becomes a TransportReply::Error: an HTTP
    status >= 400 is HttpError whatever the network error says; then the network error
    decides. Exported for tst_HttpTransport's data-driven mapping test.
*/
VASTQT_EXPORT TransportReply::Error transportErrorFromNetworkError(QNetworkReply::NetworkError error, int httpStatus);

} // namespace VastQt

#endif // VASTQT_HTTPTRANSPORT_P_H
