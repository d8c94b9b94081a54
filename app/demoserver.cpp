// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "demoserver.h"

#include <QtCore/QFile>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtNetwork/QHostAddress>

using namespace Qt::StringLiterals;

namespace
{
// The smallest transparent GIF, the classic tracking pixel.
const QByteArray pixelGif = QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

QByteArray rangeOf(const QByteArray &data, const QByteArray &rangeHeader, qint64 *first, qint64 *last)
{
    // "bytes=first-last" or "bytes=first-"; one range only.
    *first = 0;
    *last = data.size() - 1;
    if (!rangeHeader.startsWith("bytes="))
        return data;
    const QList<QByteArray> parts = rangeHeader.mid(6).split('-');
    if (parts.size() != 2)
        return data;
    bool ok = false;
    const qint64 f = parts.at(0).toLongLong(&ok);
    if (!ok || f < 0 || f >= data.size())
        return data;
    *first = f;
    if (!parts.at(1).isEmpty()) {
        const qint64 l = parts.at(1).toLongLong(&ok);
        if (ok && l >= f)
            *last = qMin<qint64>(l, data.size() - 1);
    }
    return data.mid(*first, *last - *first + 1);
}
} // namespace

DemoServer::DemoServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

bool DemoServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl DemoServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QUrl DemoServer::tagUrl() const
{
    return QUrl(baseUrl().toString() + u"/vast/tag.xml"_s);
}

QUrl DemoServer::vmapUrl() const
{
    return QUrl(baseUrl().toString() + u"/vast/vmap.xml"_s);
}

bool DemoServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();

    if (path.startsWith("/track/"_L1)) {
        m_hits.append({path, request.url()});
        makeResponder(request, socket).write(pixelGif, "image/gif");
        return true;
    }
    if (path.startsWith("/vast/"_L1) && path.endsWith(".xml"_L1)) {
        QFile file(u":/demo/"_s + path.mid(6));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QByteArray xml = file.readAll();
        xml.replace("{{BASE}}", baseUrl().toString().toUtf8());
        makeResponder(request, socket).write(xml, "application/xml");
        return true;
    }
    if (path.startsWith("/media/"_L1)) {
        QFile file(u":/demo/media/"_s + path.mid(7));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray data = file.readAll();
        QHttpServerResponder responder = makeResponder(request, socket);
        const QByteArray range = request.value("Range");
        if (range.isEmpty()) {
            responder.write(data, {{"Content-Type", "video/mp4"}, {"Accept-Ranges", "bytes"}});
            return true;
        }
        qint64 first = 0;
        qint64 last = 0;
        const QByteArray part = rangeOf(data, range, &first, &last);
        responder.write(part,
                        {{"Content-Type", "video/mp4"},
                         {"Accept-Ranges", "bytes"},
                         {"Content-Range", "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                              + QByteArray::number(data.size())}},
                        QHttpServerResponder::StatusCode::PartialContent);
        return true;
    }
    if (path == "/landing"_L1) {
        makeResponder(request, socket).write("<!doctype html><title>VastQt demo</title><p>The advertiser's landing page.</p>",
                        "text/html");
        return true;
    }
    return false;
}

void DemoServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
