// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_CONSUMER_LOOPBACKSERVER_H
#define VASTQT_CONSUMER_LOOPBACKSERVER_H

// A minimal HTTP/1.1 server on 127.0.0.1 (a free port) for the consumer tests, made with
// QtNetwork only: they build against the installed SDK, which does not bring the test
// fixture (QtHttpServer). GET /vast/<name>.xml serves <dir>/<name>.xml with {{BASE}}
// replaced by the server's address (the demo tags of resources/demo); every other path
// is a beacon, answered 204 and counted.

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

class LoopbackServer : public QTcpServer
{
public:
    explicit LoopbackServer(const QString &tagDir, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_tagDir(tagDir)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    QUrl url(const QString &path) const { return QUrl(base() + path); }
    /*! The beacon paths received, in order. */
    QStringList beacons() const { return m_beacons; }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            const int end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
            m_buffers.remove(socket);
            const QByteArray target = requestLine.value(1);
            const QString path = QString::fromLatin1(target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')));
            QByteArray status = "204 No Content";
            QByteArray body;
            if (path.startsWith(QLatin1String("/vast/"))) {
                QFile file(QDir(m_tagDir).filePath(path.mid(6)));
                if (path.contains(QLatin1String("..")) || !file.open(QIODevice::ReadOnly)) {
                    status = "404 Not Found";
                } else {
                    status = "200 OK";
                    body = file.readAll().replace("{{BASE}}", base().toLatin1());
                }
            } else {
                m_beacons << path;
            }
            socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/xml\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }

    QString m_tagDir;
    QStringList m_beacons;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

#endif // VASTQT_CONSUMER_LOOPBACKSERVER_H
