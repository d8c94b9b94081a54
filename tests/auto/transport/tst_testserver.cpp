// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// The shared fixture itself, exercised with a bare QNetworkAccessManager so that a bug in the
// fixture cannot hide behind a bug in HttpTransport.

#include "testserver.h"
#include "corpus.h"

#include <QtCore/QFile>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_TestServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void servesCorpusFile();
    void servesTestDataAndRejectsEscapes();
    void unknownPathIs404();
    void beaconIsRecordedWithQueryAndHeaders();
    void cannedResponseStatusHeadersAndBody();
    void sequenceRepeatsLast();
    void redirectSendsLocation();
    void delayedAnswerDoesNotBlockOthers();
    void gzipHelperDecodesThroughNetworkStack();
    void unusedPortRefusesConnections();

private:
    struct Result {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QNetworkReply *reply = nullptr;
    };
    Result get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {});

    std::unique_ptr<TestServer> server;
    std::unique_ptr<QNetworkAccessManager> nam;
};

void tst_TestServer::init()
{
    server = std::make_unique<TestServer>();
    QVERIFY(server->start());
    QVERIFY(server->port() != 0);
    nam = std::make_unique<QNetworkAccessManager>();
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void tst_TestServer::cleanup()
{
    nam.reset();
    server.reset();
}

tst_TestServer::Result tst_TestServer::get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = nam->get(request);
    reply->setParent(this);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Result r;
    if (!finished.wait(10000))
        return r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    r.reply = reply;
    reply->deleteLater();
    return r;
}

void tst_TestServer::servesCorpusFile()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const QString rel = u"iab/VAST 4.2 Samples/Inline_Simple.xml"_s;
    QFile file(QStringLiteral(VASTQT_CORPUS_DIR) + u'/' + rel);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected = file.readAll();
    QVERIFY(!expected.isEmpty());

    const Result r = get(server->url(u"/corpus/"_s + rel));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, expected);
    QCOMPARE(r.reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArrayLiteral("application/xml"));
    QCOMPARE(server->requestsFor(u"/corpus/"_s + rel).size(), 1);
}

void tst_TestServer::servesTestDataAndRejectsEscapes()
{
    const Result missing = get(server->url(u"/data/no-such-file.xml"_s));
    QCOMPARE(missing.status, 404);

    // QNAM normalises "..", so send the escape attempt by hand. From tests/data,
    // ../../../shared/corpus/README.md exists: only the fixture's root check stops it.
    if (!QFile::exists(QStringLiteral(VASTQT_TEST_DATA_DIR "/../../../shared/corpus/README.md")))
        QSKIP("the escape check needs ../shared/corpus/README.md beside the clone (the shared IAB corpus, "
              "see VASTQT_CORPUS_DIR in README.md, Tests)");
    QVERIFY(QFile::exists(QStringLiteral(VASTQT_TEST_DATA_DIR "/../../../shared/corpus/README.md")));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /data/../../../shared/corpus/README.md HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTRY_VERIFY(socket.bytesAvailable() > 0 && socket.peek(64).contains("\r\n"));
    QVERIFY(socket.readLine().startsWith("HTTP/1.1 404"));
    QCOMPARE(server->requests().size(), 2);
    QVERIFY(server->requests().last().path.contains(u"/../"_s));
}

void tst_TestServer::unknownPathIs404()
{
    const Result r = get(server->url(u"/nothing/here"_s));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.error, QNetworkReply::ContentNotFoundError);
    QCOMPARE(server->requests().size(), 1);
}

void tst_TestServer::beaconIsRecordedWithQueryAndHeaders()
{
    QSignalSpy received(server.get(), &TestServer::requestReceived);
    const Result r = get(server->url(u"/track/impression?cb=123&err=[ERRORCODE]"_s), {{"X-Test", "yes"}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.startsWith("GIF89a"));
    QCOMPARE(received.size(), 1);

    const auto recorded = server->requestsWithPrefix(u"/track/"_s);
    QCOMPARE(recorded.size(), 1);
    const TestServer::Request &req = recorded.first();
    QCOMPARE(req.method, QByteArrayLiteral("GET"));
    QCOMPARE(req.path, u"/track/impression"_s);
    QCOMPARE(req.query.queryItemValue(u"cb"_s), u"123"_s);
    QCOMPARE(req.query.queryItemValue(u"err"_s, QUrl::FullyDecoded), u"[ERRORCODE]"_s);
    QCOMPARE(req.rawHeader("x-test"), QByteArrayLiteral("yes"));
    QCOMPARE(received.first().first().value<TestServer::Request>().path, u"/track/impression"_s);

    server->clearRequests();
    QVERIFY(server->requests().isEmpty());
}

void tst_TestServer::cannedResponseStatusHeadersAndBody()
{
    TestServer::Response canned;
    canned.status = 503;
    canned.body = "busy";
    canned.contentType = "text/plain";
    canned.headers = {{"Retry-After", "7"}};
    server->setResponse(u"/vast"_s, canned);

    const Result r = get(server->url(u"/vast?x=1"_s));
    QCOMPARE(r.status, 503);
    QCOMPARE(r.body, QByteArrayLiteral("busy"));
    QCOMPARE(r.reply->rawHeader("Retry-After"), QByteArrayLiteral("7"));
    QCOMPARE(r.reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArrayLiteral("text/plain"));

    server->setBody(u"/vast"_s, "<VAST/>");
    const Result r2 = get(server->url(u"/vast"_s));
    QCOMPARE(r2.status, 200);
    QCOMPARE(r2.body, QByteArrayLiteral("<VAST/>"));
}

void tst_TestServer::sequenceRepeatsLast()
{
    TestServer::Response a;
    a.status = 500;
    TestServer::Response b;
    b.body = "second";
    server->setResponseSequence(u"/seq"_s, {a, b});
    QCOMPARE(get(server->url(u"/seq"_s)).status, 500);
    QCOMPARE(get(server->url(u"/seq"_s)).body, QByteArrayLiteral("second"));
    QCOMPARE(get(server->url(u"/seq"_s)).body, QByteArrayLiteral("second"));
    QCOMPARE(server->requestsFor(u"/seq"_s).size(), 3);
}

void tst_TestServer::redirectSendsLocation()
{
    const QUrl target = server->url(u"/final"_s);
    server->setRedirect(u"/hop"_s, target, 301);
    const Result r = get(server->url(u"/hop"_s));
    QCOMPARE(r.status, 301);
    QCOMPARE(r.reply->rawHeader("Location"), target.toEncoded());
}

void tst_TestServer::delayedAnswerDoesNotBlockOthers()
{
    TestServer::Response slow;
    slow.body = "slow";
    slow.delayMs = 400;
    server->setResponse(u"/slow"_s, slow);
    server->setBody(u"/fast"_s, "fast");

    QNetworkReply *slowReply = nam->get(QNetworkRequest(server->url(u"/slow"_s)));
    slowReply->setParent(this);
    QSignalSpy slowFinished(slowReply, &QNetworkReply::finished);
    QTRY_COMPARE(server->requestsFor(u"/slow"_s).size(), 1);

    // The fast request must be answered while the slow one is still held back.
    const Result fast = get(server->url(u"/fast"_s));
    QCOMPARE(fast.body, QByteArrayLiteral("fast"));
    QCOMPARE(slowFinished.size(), 0);

    QVERIFY(slowFinished.wait(10000));
    QCOMPARE(slowReply->readAll(), QByteArrayLiteral("slow"));
    slowReply->deleteLater();
}

void tst_TestServer::gzipHelperDecodesThroughNetworkStack()
{
    QByteArray plain;
    for (int i = 0; i < 200; ++i)
        plain += "<Impression>https://example.com/imp?n=" + QByteArray::number(i) + "</Impression>\n";
    TestServer::Response r;
    r.body = TestServer::gzip(plain);
    QVERIFY(r.body.size() < plain.size());
    r.headers = {{"Content-Encoding", "gzip"}};
    server->setResponse(u"/gz"_s, r);

    const Result res = get(server->url(u"/gz"_s));
    QCOMPARE(res.status, 200);
    QCOMPARE(res.body, plain);
}

void tst_TestServer::unusedPortRefusesConnections()
{
    const quint16 port = TestServer::unusedPort();
    QVERIFY(port != 0);
    QVERIFY(port != server->port());
    const Result r = get(QUrl(u"http://127.0.0.1:%1/x"_s.arg(port)));
    QCOMPARE(r.error, QNetworkReply::ConnectionRefusedError);
}

QTEST_GUILESS_MAIN(tst_TestServer)
#include "tst_testserver.moc"
