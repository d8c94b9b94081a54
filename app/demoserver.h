// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_DEMOSERVER_H
#define VASTQT_DEMOSERVER_H

#include <QtCore/QList>
#include <QtCore/QUrl>
#include <QtHttpServer/QAbstractHttpServer>

/*!
    \brief The embedded demo ad server of `vastqt-inspector --demo`: QtHttpServer on
    127.0.0.1 at a free port, serving the project's own demo tags (resources/demo: a
    VAST 4.2 Wrapper → VAST 3.0 Wrapper → VAST 4.1 InLine chain), the demo media file and
    tracking endpoints that answer every beacon with 200 and a 1×1 GIF.

    Routes: /vast/<name>.xml (the demo tags, {{BASE}} replaced by this server's base URL),
    /media/<file> (video/mp4, with byte ranges), /track/<event> (beacons, recorded),
    /landing (the ClickThrough page); anything else is 404.
*/
class DemoServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    /*! One request to /track/. */
    struct Hit {
        QString path;
        QUrl url;
    };

    explicit DemoServer(QObject *parent = nullptr);

    /*! Listens on 127.0.0.1 at a free port; false when that failed. */
    bool start();
    /*! http://127.0.0.1:PORT */
    QUrl baseUrl() const;
    /*! The URL of the first hop of the demo chain. */
    QUrl tagUrl() const;
    /*! The URL of the demo VMAP playlist: a pre-roll pod of two ads, a mid-roll at 50% (the
        demo chain of tagUrl()) and a post-roll given inline. */
    QUrl vmapUrl() const;
    /*! The beacons received so far. */
    QList<Hit> hits() const { return m_hits; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    quint16 m_port = 0;
    QList<Hit> m_hits;
};

#endif // VASTQT_DEMOSERVER_H
