// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_FILETRANSPORT_H
#define VASTQT_FILETRANSPORT_H

#include <VastQt/transport.h>

namespace VastQt
{

class FileTransportPrivate;

/*!
    \brief A Transport for local files and Qt resources, read with QFile.

    Serves \c file: URLs (QUrl::toLocalFile()), \c qrc: URLs (\c qrc:/a/b.xml reads the
    resource \c :/a/b.xml) and URLs without a scheme whose path is a local path
    (\c /tmp/tag.xml) or a resource path (\c :/a/b.xml). The request method, headers
    and timeout are ignored; httpStatus() stays 0.

    The file is read on the next event loop turn, never inside send(). Errors:
    NotFound (no such file, or a directory), TooLarge (the file is larger than the size
    cap; body() holds its first cap bytes), ProtocolError (it cannot be read),
    UnsupportedScheme (any other scheme).
*/
class VASTQT_EXPORT FileTransport : public Transport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTransport)
public:
    //! A transport for file: and qrc: URLs, with no timeout and the default size cap.
    explicit FileTransport(QObject *parent = nullptr);
    ~FileTransport() override;

    TransportReply *send(const TransportRequest &request) override;
    /*! True for "file", "qrc" and the empty scheme (case-insensitive). */
    bool supportsScheme(const QString &scheme) const override;

    /*! The QFile name \a url maps to, empty when this transport cannot serve it. */
    static QString fileNameForUrl(const QUrl &url);

private:
    Q_DECLARE_PRIVATE(FileTransport)
};

} // namespace VastQt

#endif // VASTQT_FILETRANSPORT_H
