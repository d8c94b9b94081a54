// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/filetransport.h>
#include "transport/transport_p.h"
#include "vastqt_logging_p.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>

using namespace Qt::StringLiterals;

namespace VastQt
{

class FileTransportPrivate : public TransportPrivate
{
public:
    static void read(TransportReply *reply, const QString &fileName, qint64 cap);
};

void FileTransportPrivate::read(TransportReply *reply, const QString &fileName, qint64 cap)
{
    if (reply->isFinished())
        return; // aborted before the event loop got here
    const QFileInfo info(fileName);
    if (!info.exists() || info.isDir()) {
        reply->fail(TransportReply::Error::NotFound, FileTransport::tr("No such file: %1").arg(fileName));
        return;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        reply->fail(TransportReply::Error::ProtocolError,
                    FileTransport::tr("Cannot read %1: %2").arg(fileName, file.errorString()));
        return;
    }
    // One byte past the cap tells "too large" from "exactly the cap" without reading more.
    QByteArray body = file.read(cap + 1);
    if (body.size() > cap) {
        body.truncate(cap);
        reply->fail(TransportReply::Error::TooLarge,
                    FileTransport::tr("%1 is larger than %2 bytes").arg(fileName).arg(cap), body);
        return;
    }
    if (file.error() != QFileDevice::NoError) {
        reply->fail(TransportReply::Error::ProtocolError,
                    FileTransport::tr("Cannot read %1: %2").arg(fileName, file.errorString()), body);
        return;
    }
    qCDebug(lcVastTransport) << "read" << fileName << body.size() << "bytes";
    reply->finish(body);
}

FileTransport::FileTransport(QObject *parent)
    : Transport(*new FileTransportPrivate, parent)
{
}

FileTransport::~FileTransport() = default;

QString FileTransport::fileNameForUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == "file"_L1)
        return url.toLocalFile();
    if (scheme == "qrc"_L1) {
        const QString path = url.path();
        return path.isEmpty() ? QString() : u':' + (path.startsWith(u'/') ? path : u'/' + path);
    }
    if (scheme.isEmpty()) {
        const QString path = url.path();
        if (path.startsWith(":/"_L1) || path.startsWith(u'/'))
            return path;
    }
    return QString();
}

TransportReply *FileTransport::send(const TransportRequest &request)
{
    auto *reply = new TransportReply(request);
    const QString fileName = fileNameForUrl(request.url);
    if (fileName.isEmpty()) {
        const bool schemeOk = supportsScheme(request.url.scheme());
        reply->failLater(schemeOk ? TransportReply::Error::NotFound : TransportReply::Error::UnsupportedScheme,
                                    schemeOk ? tr("Not a file URL: %1").arg(request.url.toDisplayString())
                                             : tr("FileTransport cannot serve the URL scheme \"%1\"").arg(request.url.scheme()));
        return reply;
    }
    const qint64 cap = effectiveMaxResponseBytes(request);
    QMetaObject::invokeMethod(
        reply, [reply, fileName, cap] { FileTransportPrivate::read(reply, fileName, cap); }, Qt::QueuedConnection);
    return reply;
}

bool FileTransport::supportsScheme(const QString &scheme) const
{
    return scheme.isEmpty() || scheme.compare("file"_L1, Qt::CaseInsensitive) == 0
        || scheme.compare("qrc"_L1, Qt::CaseInsensitive) == 0;
}

} // namespace VastQt
