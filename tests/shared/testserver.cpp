// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "testserver.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QMetaEnum>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace
{

// QAbstractHttpServer in 6.4 hands every parsed request to handleRequest(); answering all of
// them there gives us a catch-all route without QHttpServer's per-depth path patterns.
class CatchAllServer : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *, QHttpServerResponder &&)>;

    explicit CatchAllServer(Handler handler)
        : m_handler(std::move(handler))
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket, makeResponder(request, socket));
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // Not reached: handleRequest() claims every request.
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    Handler m_handler;
};

// A 1x1 transparent GIF, what real beacon endpoints answer.
const QByteArray &pixelGif()
{
    static const QByteArray gif = QByteArray::fromBase64(
        QByteArrayLiteral("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"));
    return gif;
}

QByteArray contentTypeFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == "xml"_L1 || suffix == "xsd"_L1)
        return QByteArrayLiteral("application/xml");
    if (suffix == "json"_L1)
        return QByteArrayLiteral("application/json");
    if (suffix == "md"_L1 || suffix == "txt"_L1)
        return QByteArrayLiteral("text/plain; charset=utf-8");
    if (suffix == "mp4"_L1)
        return QByteArrayLiteral("video/mp4");
    if (suffix == "gif"_L1)
        return QByteArrayLiteral("image/gif");
    if (suffix == "png"_L1)
        return QByteArrayLiteral("image/png");
    if (suffix == "js"_L1)
        return QByteArrayLiteral("application/javascript");
    return QByteArrayLiteral("application/octet-stream");
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    const QMetaEnum me = QMetaEnum::fromType<QHttpServerRequest::Method>();
    const char *key = me.valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

QByteArray reasonPhrase(int status)
{
    const QMetaEnum me = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    const char *key = me.valueToKey(status);
    return key ? QByteArray(key) : QByteArrayLiteral("Status");
}

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::vector<quint32> t(256);
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendLittleEndian32(QByteArray &out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

} // namespace

class TestServer::Private
{
public:
    struct Pending {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        Response response;
        bool head = false;
    };

    TestServer *q = nullptr;
    std::unique_ptr<CatchAllServer> server;
    quint16 port = 0;
    QElapsedTimer clock;
    QHash<QString, QList<Response>> sequences;
    QHash<QString, int> sequenceIndex;
    QList<Request> requests;
    // Delayed answers keep their move-only responder here; the timer only holds an id, so
    // destroying the server drops them before the sockets they point to go away.
    QHash<quint64, std::shared_ptr<Pending>> pending;
    quint64 nextPendingId = 1;

    void handle(const QHttpServerRequest &request, QTcpSocket *socket, QHttpServerResponder &&responder);
    Response route(const QString &path);
    Response fileResponse(const QString &root, const QString &relative) const;
    static void write(QTcpSocket *socket, const Response &response, bool head);
};

void TestServer::Private::handle(const QHttpServerRequest &request, QTcpSocket *socket,
                                 QHttpServerResponder &&responder)
{
    Request rec;
    rec.method = methodName(request.method());
    rec.url = request.url();
    rec.path = rec.url.path();
    rec.query = request.query();
    rec.headers = request.headers();
    rec.body = request.body();
    rec.receivedAtMs = clock.isValid() ? clock.elapsed() : 0;
    requests.append(rec);

    const Response response = route(rec.path);
    const bool head = request.method() == QHttpServerRequest::Method::Head;

    // Recorded before answering, as promised; a slot may still change what later requests get.
    Q_EMIT q->requestReceived(rec);

    if (response.delayMs <= 0) {
        write(socket, response, head);
        return;
    }
    auto p = std::make_shared<Pending>(Pending{std::move(responder), QPointer<QTcpSocket>(socket), response, head});
    const quint64 id = nextPendingId++;
    pending.insert(id, p);
    QTimer::singleShot(response.delayMs, q, [this, id] {
        const auto p = pending.take(id);
        if (p && p->socket)
            write(p->socket, p->response, p->head);
    });
}

TestServer::Response TestServer::Private::route(const QString &path)
{
    const auto it = sequences.constFind(path);
    if (it != sequences.cend() && !it->isEmpty()) {
        int &index = sequenceIndex[path];
        const Response r = it->at(qMin(index, int(it->size()) - 1));
        if (index < it->size())
            ++index;
        return r;
    }
    if (path.startsWith("/corpus/"_L1))
        return fileResponse(QStringLiteral(VASTQT_CORPUS_DIR), path.mid(8));
    if (path.startsWith("/data/"_L1))
        return fileResponse(QStringLiteral(VASTQT_TEST_DATA_DIR), path.mid(6));
    if (path.startsWith("/track/"_L1) || path == "/track"_L1) {
        Response r;
        r.body = pixelGif();
        r.contentType = QByteArrayLiteral("image/gif");
        return r;
    }
    Response r;
    r.status = 404;
    r.body = QByteArrayLiteral("not found");
    r.contentType = QByteArrayLiteral("text/plain");
    return r;
}

TestServer::Response TestServer::Private::fileResponse(const QString &root, const QString &relative) const
{
    Response r;
    const QString rootPath = QDir::cleanPath(QDir(root).absolutePath());
    const QString filePath = QDir::cleanPath(rootPath + u'/' + relative);
    QFile file(filePath);
    if (!filePath.startsWith(rootPath + u'/') || !QFileInfo(filePath).isFile() || !file.open(QIODevice::ReadOnly)) {
        r.status = 404;
        r.body = QByteArrayLiteral("not found");
        r.contentType = QByteArrayLiteral("text/plain");
        return r;
    }
    r.body = file.readAll();
    r.contentType = contentTypeFor(filePath);
    return r;
}

void TestServer::Private::write(QTcpSocket *socket, const Response &response, bool head)
{
    // The answer is written by hand: QHttpServerResponder 6.4 only knows the status codes of
    // its enum and takes headers as an initializer_list; tests need any status and header list.
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    bool hasContentType = false;
    for (const auto &h : response.headers) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        if (h.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            hasContentType = true;
        out += h.first + ": " + h.second + "\r\n";
    }
    if (!hasContentType && !response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    if (!head)
        out += response.body;
    socket->write(out);
}

TestServer::TestServer(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    qRegisterMetaType<TestServer::Request>();
    d->q = this;
}

TestServer::~TestServer()
{
    d->pending.clear();
    d->server.reset();
}

bool TestServer::start()
{
    if (d->server)
        return d->port != 0;
    d->server = std::make_unique<CatchAllServer>(
        [this](const QHttpServerRequest &request, QTcpSocket *socket, QHttpServerResponder &&responder) {
            d->handle(request, socket, std::move(responder));
        });
    d->port = d->server->listen(QHostAddress::LocalHost, 0);
    d->clock.start();
    return d->port != 0;
}

quint16 TestServer::port() const
{
    return d->port;
}

QByteArray TestServer::testData(const QString &path) const
{
    QFile f(QStringLiteral(VASTQT_TEST_DATA_DIR "/") + path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QByteArray data = f.readAll();
    data.replace("http://vastqt-test-server", url(QString()).toString().toUtf8());
    return data;
}

QUrl TestServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(u"http"_s);
    u.setHost(u"127.0.0.1"_s);
    u.setPort(d->port);
    const qsizetype q = path.indexOf(u'?');
    u.setPath(q < 0 ? path : path.left(q), QUrl::TolerantMode);
    if (q >= 0)
        u.setQuery(path.mid(q + 1), QUrl::TolerantMode);
    return u;
}

void TestServer::setResponse(const QString &path, const Response &response)
{
    setResponseSequence(path, {response});
}

void TestServer::setResponseSequence(const QString &path, const QList<Response> &responses)
{
    d->sequences.insert(path, responses);
    d->sequenceIndex.insert(path, 0);
}

void TestServer::setRedirect(const QString &path, const QUrl &target, int status)
{
    Response r;
    r.status = status;
    r.contentType.clear();
    r.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
    setResponse(path, r);
}

void TestServer::setBody(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    Response r;
    r.body = body;
    r.contentType = contentType;
    setResponse(path, r);
}

QList<TestServer::Request> TestServer::requests() const
{
    return d->requests;
}

QList<TestServer::Request> TestServer::requestsFor(const QString &path) const
{
    QList<Request> out;
    for (const Request &r : std::as_const(d->requests)) {
        if (r.path == path)
            out.append(r);
    }
    return out;
}

QList<TestServer::Request> TestServer::requestsWithPrefix(const QString &prefix) const
{
    QList<Request> out;
    for (const Request &r : std::as_const(d->requests)) {
        if (r.path.startsWith(prefix))
            out.append(r);
    }
    return out;
}

void TestServer::clearRequests()
{
    d->requests.clear();
}

quint16 TestServer::unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QByteArray TestServer::gzip(const QByteArray &data)
{
    // qCompress gives a 4-byte length, then a zlib stream: a 2-byte header, raw deflate data
    // and an Adler-32 trailer. gzip wraps the same deflate data in its own header and trailer.
    const QByteArray z = qCompress(data, 9);
    const QByteArray deflate = z.mid(6, z.size() - 6 - 4);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    out += deflate;
    appendLittleEndian32(out, crc32(data));
    appendLittleEndian32(out, quint32(data.size()));
    return out;
}
