// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "testserver.h"
#include <VastQt/httptransport.h>
#include "transport/httptransport_p.h"
#include "corpus.h"

#include <QtCore/QFile>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace VastQt;
using Error = TransportReply::Error;

namespace
{
// Counts a reply's signals and checks the finished-once contract in one place.
struct ReplyWatch {
    explicit ReplyWatch(TransportReply *r)
        : reply(r)
        , finished(r, &TransportReply::finished)
        , errors(r, &TransportReply::errorOccurred)
    {
        // errorOccurred must come before finished: record the order.
        QObject::connect(r, &TransportReply::errorOccurred, r, [this] { order += u'e'; });
        QObject::connect(r, &TransportReply::finished, r, [this] { order += u'f'; });
    }
    std::unique_ptr<TransportReply> reply;
    QSignalSpy finished;
    QSignalSpy errors;
    QString order;
};

QByteArray bigBody(int size)
{
    QByteArray b;
    b.reserve(size);
    for (int i = 0; b.size() < size; ++i)
        b += "<Tracking event=\"progress\">https://t.example/p?i=" + QByteArray::number(i) + "</Tracking>\n";
    b.truncate(size);
    return b;
}
} // namespace

class tst_HttpTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void errorMapping_data();
    void errorMapping();

    void okBodyStatusAndHeaders();
    void neverFinishesInsideSend();
    void httpErrorKeepsStatusAndBody_data();
    void httpErrorKeepsStatusAndBody();
    void redirectChainFollowed();
    void fiveRedirectsAllowedSixTooMany_data();
    void fiveRedirectsAllowedSixTooMany();
    void maxRedirectsIsConfigurable();
    void redirectedRequestsAreSentOnce();
    void redirectMethodRules_data();
    void redirectMethodRules();
    void relativeRedirectResolved();
    void redirectToOtherSchemeIsUnsupported();
    void gzipBodyDecoded();
    void timeoutWithDelayedRoute();
    void defaultTimeoutApplies();
    void queuedRequestsTimeOutFromWhenSent();
    void queuedPingsAreNotCutByTheirGuard();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void pingCarriesRetryAfter();
    void deadPortIsConnectionRefused();
    void contentLengthOverCapIsTooLarge();
    void decodedBodyOverCapIsTooLargeWithPrefix();
    void inflationBombIsTooLarge_data();
    void inflationBombIsTooLarge();
    void highlyCompressedBodyUnderCapIsAccepted();
    void bodyAtCapIsAccepted();
    void abortRunningEmitsOnce();
    void abortBeforeEventLoopEmitsOnce();
    void abortAfterFinishIsNoOp();
    void deletingRunningReplyIsSafe();
    void unsupportedSchemeFailsAsynchronously_data();
    void unsupportedSchemeFailsAsynchronously();
    void methodBodyAndHeadersReachServer();
    void userAgentDefaultAndOverride();
    void destroyingTransportAbortsRunningReplies();

private:
    std::unique_ptr<TestServer> server;
    std::unique_ptr<HttpTransport> transport;
};

void tst_HttpTransport::init()
{
    server = std::make_unique<TestServer>();
    QVERIFY(server->start());
    transport = std::make_unique<HttpTransport>();
}

void tst_HttpTransport::cleanup()
{
    transport.reset();
    server.reset();
}

void tst_HttpTransport::errorMapping_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<Error>("expected");

    QTest::addRow("ok") << QNetworkReply::NoError << 200 << Error::NoError;
    QTest::addRow("no-content") << QNetworkReply::NoError << 204 << Error::NoError;
    QTest::addRow("http-404") << QNetworkReply::ContentNotFoundError << 404 << Error::HttpError;
    QTest::addRow("http-403") << QNetworkReply::ContentAccessDenied << 403 << Error::HttpError;
    QTest::addRow("http-500") << QNetworkReply::InternalServerError << 500 << Error::HttpError;
    QTest::addRow("http-503") << QNetworkReply::ServiceUnavailableError << 503 << Error::HttpError;
    QTest::addRow("status-wins-over-network-error") << QNetworkReply::RemoteHostClosedError << 502 << Error::HttpError;
    QTest::addRow("refused") << QNetworkReply::ConnectionRefusedError << 0 << Error::ConnectionRefused;
    QTest::addRow("proxy-refused") << QNetworkReply::ProxyConnectionRefusedError << 0 << Error::ConnectionRefused;
    QTest::addRow("host-not-found") << QNetworkReply::HostNotFoundError << 0 << Error::HostNotFound;
    QTest::addRow("proxy-not-found") << QNetworkReply::ProxyNotFoundError << 0 << Error::HostNotFound;
    QTest::addRow("timeout") << QNetworkReply::TimeoutError << 0 << Error::Timeout;
    QTest::addRow("proxy-timeout") << QNetworkReply::ProxyTimeoutError << 0 << Error::Timeout;
    QTest::addRow("canceled") << QNetworkReply::OperationCanceledError << 0 << Error::Aborted;
    QTest::addRow("redirects") << QNetworkReply::TooManyRedirectsError << 302 << Error::TooManyRedirects;
    QTest::addRow("insecure-redirect") << QNetworkReply::InsecureRedirectError << 302 << Error::ProtocolError;
    QTest::addRow("unknown-protocol") << QNetworkReply::ProtocolUnknownError << 0 << Error::UnsupportedScheme;
    QTest::addRow("not-found-without-http") << QNetworkReply::ContentNotFoundError << 0 << Error::NotFound;
    QTest::addRow("remote-closed") << QNetworkReply::RemoteHostClosedError << 0 << Error::ProtocolError;
    QTest::addRow("ssl") << QNetworkReply::SslHandshakeFailedError << 0 << Error::ProtocolError;
    QTest::addRow("protocol-failure") << QNetworkReply::ProtocolFailure << 0 << Error::ProtocolError;
    QTest::addRow("unknown") << QNetworkReply::UnknownNetworkError << 0 << Error::ProtocolError;
}

void tst_HttpTransport::errorMapping()
{
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(int, httpStatus);
    QFETCH(Error, expected);
    QCOMPARE(transportErrorFromNetworkError(networkError, httpStatus), expected);
}

void tst_HttpTransport::okBodyStatusAndHeaders()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const QString path = u"/corpus/iab/VAST 4.2 Samples/Inline_Simple.xml"_s;
    QFile file(QStringLiteral(VASTQT_CORPUS_DIR "/iab/VAST 4.2 Samples/Inline_Simple.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected = file.readAll();

    const QUrl url = server->url(path);
    ReplyWatch w(transport->get(url));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.finished.size(), 1);
    QCOMPARE(w.errors.size(), 0);
    QCOMPARE(w.reply->error(), Error::NoError);
    QVERIFY(w.reply->isFinished());
    QCOMPARE(w.reply->httpStatus(), 200);
    QCOMPARE(w.reply->body(), expected);
    QCOMPARE(w.reply->finalUrl(), url);
    QCOMPARE(w.reply->redirectCount(), 0);
    QCOMPARE(w.reply->rawHeader("content-type"), QByteArrayLiteral("application/xml"));
    QCOMPARE(w.reply->rawHeader("Content-Length"), QByteArray::number(expected.size()));
    QVERIFY(w.reply->elapsedMs() >= 0);
    QCOMPARE(server->requestsFor(path).size(), 1);
}

void tst_HttpTransport::neverFinishesInsideSend()
{
    // A refused connection is the fastest failure there is: still not inside send().
    TransportRequest request(QUrl(u"http://127.0.0.1:%1/"_s.arg(TestServer::unusedPort())));
    ReplyWatch w(transport->send(request));
    QCOMPARE(w.finished.size(), 0);
    QVERIFY(!w.reply->isFinished());
    QVERIFY(w.reply->isRunning());
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.finished.size(), 1);
}

void tst_HttpTransport::httpErrorKeepsStatusAndBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addRow("404") << 404;
    QTest::addRow("410") << 410;
    QTest::addRow("500") << 500;
    QTest::addRow("503") << 503;
}

void tst_HttpTransport::httpErrorKeepsStatusAndBody()
{
    QFETCH(int, status);
    TestServer::Response r;
    r.status = status;
    r.body = "<VAST version=\"4.2\"><Error><![CDATA[https://e.example/?c=[ERRORCODE]]]></Error></VAST>";
    server->setResponse(u"/fail"_s, r);

    ReplyWatch w(transport->get(server->url(u"/fail"_s)));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.finished.size(), 1);
    QCOMPARE(w.errors.size(), 1);
    QCOMPARE(w.errors.first().first().value<Error>(), Error::HttpError);
    QCOMPARE(w.order, u"ef"_s);
    QCOMPARE(w.reply->error(), Error::HttpError);
    QCOMPARE(w.reply->httpStatus(), status);
    QCOMPARE(w.reply->body(), r.body);
    QVERIFY(w.reply->errorString().contains(QString::number(status)));
}

void tst_HttpTransport::redirectChainFollowed()
{
    server->setRedirect(u"/r1"_s, server->url(u"/r2"_s));
    server->setRedirect(u"/r2"_s, server->url(u"/r3"_s), 301);
    server->setRedirect(u"/r3"_s, server->url(u"/final"_s), 307);
    server->setBody(u"/final"_s, "<VAST/>");

    ReplyWatch w(transport->get(server->url(u"/r1"_s)));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.reply->error(), Error::NoError);
    QCOMPARE(w.reply->httpStatus(), 200);
    QCOMPARE(w.reply->body(), QByteArrayLiteral("<VAST/>"));
    QCOMPARE(w.reply->redirectCount(), 3);
    QCOMPARE(w.reply->finalUrl(), server->url(u"/final"_s));
    QCOMPARE(w.reply->request().url, server->url(u"/r1"_s));
    QCOMPARE(server->requests().size(), 4);
}

void tst_HttpTransport::fiveRedirectsAllowedSixTooMany_data()
{
    QTest::addColumn<int>("hops");
    QTest::addColumn<Error>("expected");
    QTest::addRow("5-hops") << 5 << Error::NoError;
    QTest::addRow("6-hops") << 6 << Error::TooManyRedirects;
    QTest::addRow("8-hops") << 8 << Error::TooManyRedirects;
}

void tst_HttpTransport::fiveRedirectsAllowedSixTooMany()
{
    QFETCH(int, hops);
    QFETCH(Error, expected);
    QCOMPARE(transport->maxRedirects(), 5);
    for (int i = 0; i < hops; ++i)
        server->setRedirect(u"/hop%1"_s.arg(i), server->url(u"/hop%1"_s.arg(i + 1)));
    server->setBody(u"/hop%1"_s.arg(hops), "end");

    ReplyWatch w(transport->get(server->url(u"/hop0"_s)));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.finished.size(), 1);
    QCOMPARE(w.reply->error(), expected);
    QCOMPARE(w.errors.size(), expected == Error::NoError ? 0 : 1);
    if (expected == Error::NoError) {
        QCOMPARE(w.reply->redirectCount(), hops);
        QCOMPARE(w.reply->body(), QByteArrayLiteral("end"));
    } else {
        // The sixth redirect is never followed: the server saw the first six requests only.
        QCOMPARE(server->requests().size(), 6);
        QVERIFY(server->requestsFor(u"/hop%1"_s.arg(hops)).isEmpty());
    }
}

void tst_HttpTransport::maxRedirectsIsConfigurable()
{
    transport->setMaxRedirects(1);
    QCOMPARE(transport->maxRedirects(), 1);
    server->setRedirect(u"/a"_s, server->url(u"/b"_s));
    server->setRedirect(u"/b"_s, server->url(u"/c"_s));
    server->setBody(u"/c"_s, "c");
    ReplyWatch w(transport->get(server->url(u"/a"_s)));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.reply->error(), Error::TooManyRedirects);

    transport->setMaxRedirects(2);
    ReplyWatch w2(transport->get(server->url(u"/a"_s)));
    QVERIFY(w2.finished.wait(10000));
    QCOMPARE(w2.reply->error(), Error::NoError);
    QCOMPARE(w2.reply->body(), QByteArrayLiteral("c"));
}

void tst_HttpTransport::redirectedRequestsAreSentOnce()
{
    // Qt 6.4's own redirect following re-sends some hops on kept-alive connections; a
    // duplicated ad request or beacon is a miscount, so every hop must reach the server once.
    server->setRedirect(u"/r1"_s, server->url(u"/r2"_s));
    server->setRedirect(u"/r2"_s, server->url(u"/r3"_s));
    server->setRedirect(u"/r3"_s, server->url(u"/final"_s));
    server->setBody(u"/final"_s, "ok");
    for (int round = 1; round <= 10; ++round) {
        ReplyWatch w(transport->get(server->url(u"/r1"_s)));
        QVERIFY(w.finished.wait(10000));
        QCOMPARE(w.reply->error(), Error::NoError);
        QCOMPARE(server->requests().size(), 4 * round);
        for (const QString &path : {u"/r1"_s, u"/r2"_s, u"/r3"_s, u"/final"_s})
            QCOMPARE(server->requestsFor(path).size(), round);
    }
}

void tst_HttpTransport::redirectMethodRules_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("expectedMethod");
    QTest::addColumn<bool>("bodyKept");
    QTest::addRow("303-post") << 303 << QByteArray("POST") << QByteArray("GET") << false;
    QTest::addRow("302-post") << 302 << QByteArray("POST") << QByteArray("GET") << false;
    QTest::addRow("301-post") << 301 << QByteArray("POST") << QByteArray("GET") << false;
    QTest::addRow("307-post") << 307 << QByteArray("POST") << QByteArray("POST") << true;
    QTest::addRow("308-put") << 308 << QByteArray("PUT") << QByteArray("PUT") << true;
    QTest::addRow("302-get") << 302 << QByteArray("GET") << QByteArray("GET") << false;
}

void tst_HttpTransport::redirectMethodRules()
{
    QFETCH(int, status);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, expectedMethod);
    QFETCH(bool, bodyKept);
    server->setRedirect(u"/from"_s, server->url(u"/to"_s), status);
    server->setBody(u"/to"_s, "done");
    TransportRequest request(server->url(u"/from"_s));
    request.method = method;
    if (method != "GET") {
        request.body = "payload";
        request.headers = {{"Content-Type", "text/plain"}};
    }
    ReplyWatch w(transport->send(request));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.reply->error(), Error::NoError);
    QCOMPARE(w.reply->body(), QByteArrayLiteral("done"));
    const auto to = server->requestsFor(u"/to"_s);
    QCOMPARE(to.size(), 1);
    QCOMPARE(to.first().method, expectedMethod);
    QCOMPARE(to.first().body, bodyKept ? QByteArrayLiteral("payload") : QByteArray());
}

void tst_HttpTransport::relativeRedirectResolved()
{
    TestServer::Response r;
    r.status = 302;
    r.headers = {{"Location", "../vast/final.xml?x=1"}};
    server->setResponse(u"/a/b"_s, r);
    server->setBody(u"/vast/final.xml"_s, "<VAST/>");
    ReplyWatch w(transport->get(server->url(u"/a/b"_s)));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.reply->error(), Error::NoError);
    QCOMPARE(w.reply->finalUrl(), server->url(u"/vast/final.xml?x=1"_s));
    QCOMPARE(w.reply->redirectCount(), 1);
}

void tst_HttpTransport::redirectToOtherSchemeIsUnsupported()
{
    server->setRedirect(u"/away"_s, QUrl(u"file:///etc/passwd"_s));
    ReplyWatch w(transport->get(server->url(u"/away"_s)));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.reply->error(), Error::UnsupportedScheme);
    QCOMPARE(w.reply->httpStatus(), 302);
    QVERIFY(w.reply->body().isEmpty());
}

void tst_HttpTransport::gzipBodyDecoded()
{
    const QByteArray plain = bigBody(20000);
    TestServer::Response r;
    r.body = TestServer::gzip(plain);
    r.headers = {{"Content-Encoding", "gzip"}};
    server->setResponse(u"/gz"_s, r);

    ReplyWatch w(transport->get(server->url(u"/gz"_s)));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.reply->error(), Error::NoError);
    QCOMPARE(w.reply->body().size(), plain.size());
    QCOMPARE(w.reply->body(), plain);
    // QNAM asked for it itself (that is what makes it decode).
    const QByteArray acceptEncoding = server->requestsFor(u"/gz"_s).first().rawHeader("Accept-Encoding");
    QVERIFY2(acceptEncoding.contains("gzip"), acceptEncoding.constData());
}

void tst_HttpTransport::timeoutWithDelayedRoute()
{
    TestServer::Response slow;
    slow.body = "late";
    slow.delayMs = 5000;
    server->setResponse(u"/slow"_s, slow);

    TransportRequest request(server->url(u"/slow"_s));
    request.timeoutMs = 150;
    ReplyWatch w(transport->send(request));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.finished.size(), 1);
    QCOMPARE(w.errors.size(), 1);
    QCOMPARE(w.reply->error(), Error::Timeout);
    QVERIFY(w.reply->body().isEmpty());
    QCOMPARE(server->requestsFor(u"/slow"_s).size(), 1);
}

void tst_HttpTransport::defaultTimeoutApplies()
{
    QCOMPARE(transport->defaultTimeout(), HttpTransport::DefaultTimeoutMs);
    transport->setDefaultTimeout(150);
    TestServer::Response slow;
    slow.delayMs = 5000;
    server->setResponse(u"/slow"_s, slow);
    ReplyWatch w(transport->get(server->url(u"/slow"_s)));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.reply->error(), Error::Timeout);
}

// With 2 connections per host, 5 requests to a server that answers after 300 ms: 3 wait in
// the transport's queue. Their 500 ms timeout runs from when they are sent, so none times
// out although the last one finishes long after 500 ms; the report says who waited.
void tst_HttpTransport::queuedRequestsTimeOutFromWhenSent()
{
    QCOMPARE(transport->maxConnectionsPerHost(), HttpTransport::DefaultMaxConnectionsPerHost);
    transport->setMaxConnectionsPerHost(100);
    QCOMPARE(transport->maxConnectionsPerHost(), 6);
    transport->setMaxConnectionsPerHost(2);
    TestServer::Response slow;
    slow.body = "ok";
    slow.delayMs = 300;
    server->setResponse(u"/slow"_s, slow);

    std::vector<std::unique_ptr<ReplyWatch>> watches;
    for (int i = 0; i < 5; ++i) {
        TransportRequest request(server->url(u"/slow"_s));
        request.timeoutMs = 500;
        watches.push_back(std::make_unique<ReplyWatch>(transport->send(request)));
    }
    // Two are sent, three wait in the transport's queue: while the first two are answered
    // (300 ms), the server sees no third request, although QNetworkAccessManager alone would
    // send all five at once.
    QTRY_COMPARE(server->requestsFor(u"/slow"_s).size(), 2);
    QTest::qWait(100);
    QCOMPARE(server->requestsFor(u"/slow"_s).size(), 2);
    QVERIFY(watches[2]->reply->isRunning());
    for (auto &w : watches)
        QTRY_COMPARE_WITH_TIMEOUT(w->finished.size(), 1, 10000);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(watches[i]->reply->error(), Error::NoError);
        QCOMPARE(watches[i]->reply->body(), QByteArray("ok"));
        QVERIFY(watches[i]->reply->queuedMs() <= watches[i]->reply->elapsedMs());
    }
    QCOMPARE(watches[0]->reply->queuedMs(), 0);
    QCOMPARE(watches[1]->reply->queuedMs(), 0);
    for (int i = 2; i < 5; ++i)
        QVERIFY2(watches[i]->reply->queuedMs() > 0, qPrintable(QString::number(i)));
    QCOMPARE(server->requestsFor(u"/slow"_s).size(), 5);

    // An aborted waiting request is never sent, and the others still are.
    ReplyWatch first(transport->get(server->url(u"/slow"_s)));
    ReplyWatch second(transport->get(server->url(u"/slow"_s)));
    ReplyWatch waiting(transport->get(server->url(u"/slow"_s)));
    ReplyWatch last(transport->get(server->url(u"/slow"_s)));
    waiting.reply->abort();
    QCOMPARE(waiting.reply->error(), Error::Aborted);
    QTRY_COMPARE_WITH_TIMEOUT(last.finished.size(), 1, 10000);
    QCOMPARE(last.reply->error(), Error::NoError);
    QCOMPARE(server->requestsFor(u"/slow"_s).size(), 8);
}

// Transport::ping()'s own timeout guard counts from when the ping is sent, too: tracking
// pixels queued behind a slow host are answered, not failed unsent.
void tst_HttpTransport::queuedPingsAreNotCutByTheirGuard()
{
    struct Handler : PingHandler {
        QList<PingResult> results;
        void pingFinished(const PingResult &result) override { results.append(result); }
    };
    transport->setMaxConnectionsPerHost(1);
    TestServer::Response slow;
    slow.delayMs = 300;
    server->setResponse(u"/pixel"_s, slow);
    std::vector<Handler> handlers(3);
    for (Handler &h : handlers) {
        PingRequest request;
        request.url = server->url(u"/pixel"_s);
        request.timeoutMs = 500;
        transport->ping(request, &h);
    }
    QTRY_VERIFY_WITH_TIMEOUT(handlers[2].results.size() == 1, 10000);
    for (const Handler &h : handlers) {
        QCOMPARE(h.results.size(), 1);
        QCOMPARE(h.results.first().error, Error::NoError);
        QCOMPARE(h.results.first().httpStatus, 200);
    }
    QCOMPARE(handlers[0].results.first().queuedMs, 0);
    QVERIFY(handlers[2].results.first().queuedMs > handlers[1].results.first().queuedMs);
    QCOMPARE(server->requestsFor(u"/pixel"_s).size(), 3);
}

void tst_HttpTransport::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
    QTest::newRow("http-date") << QByteArray("Tue, 08 Dec 2026 01:00:30 GMT") << qint64(30000);
    QTest::newRow("rfc 850 date") << QByteArray("Tuesday, 08-Dec-26 01:01:00 GMT") << qint64(60000);
    QTest::newRow("asctime date") << QByteArray("Tue Dec  8 01:00:05 2026") << qint64(5000);
    QTest::newRow("date past") << QByteArray("Tue, 08 Dec 2026 00:59:00 GMT") << qint64(0);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("plus sign") << QByteArray("+5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
}

void tst_HttpTransport::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, ms);
    const QDateTime now(QDate(2026, 12, 8), QTime(1, 0), Qt::UTC);
    QCOMPARE(TransportReply::parseRetryAfter(value, now), ms);
}

// The default ping() path passes the answer's Retry-After on; none gives -1.
void tst_HttpTransport::pingCarriesRetryAfter()
{
    struct Handler : PingHandler {
        QList<PingResult> results;
        void pingFinished(const PingResult &result) override { results.append(result); }
    };
    TestServer::Response busy;
    busy.status = 503;
    busy.headers = {{"Retry-After", "2"}};
    server->setResponse(u"/busy"_s, busy);
    Handler withHeader;
    Handler without;
    PingRequest request;
    request.url = server->url(u"/busy"_s);
    transport->ping(request, &withHeader);
    request.url = server->url(u"/plain"_s);
    transport->ping(request, &without);
    QTRY_VERIFY_WITH_TIMEOUT(withHeader.results.size() == 1 && without.results.size() == 1, 10000);
    QCOMPARE(withHeader.results.first().httpStatus, 503);
    QCOMPARE(withHeader.results.first().retryAfterMs, 2000);
    QCOMPARE(without.results.first().retryAfterMs, -1);
}

void tst_HttpTransport::deadPortIsConnectionRefused()
{
    const quint16 port = TestServer::unusedPort();
    ReplyWatch w(transport->get(QUrl(u"http://127.0.0.1:%1/vast.xml"_s.arg(port))));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.finished.size(), 1);
    QCOMPARE(w.errors.size(), 1);
    QCOMPARE(w.reply->error(), Error::ConnectionRefused);
    QCOMPARE(w.reply->httpStatus(), 0);
    QVERIFY(!w.reply->errorString().isEmpty());
}

void tst_HttpTransport::contentLengthOverCapIsTooLarge()
{
    server->setBody(u"/big"_s, bigBody(10000));
    TransportRequest request(server->url(u"/big"_s));
    request.maxResponseBytes = 1000;
    ReplyWatch w(transport->send(request));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.finished.size(), 1);
    QCOMPARE(w.errors.size(), 1);
    QCOMPARE(w.reply->error(), Error::TooLarge);
    QVERIFY(w.reply->body().size() <= 1000);
    QCOMPARE(w.reply->httpStatus(), 200);
}

void tst_HttpTransport::decodedBodyOverCapIsTooLargeWithPrefix()
{
    // gzip hides the real size from Content-Length: the cap is enforced while reading.
    const QByteArray plain = bigBody(200000);
    TestServer::Response r;
    r.body = TestServer::gzip(plain);
    r.headers = {{"Content-Encoding", "gzip"}};
    QVERIFY(r.body.size() < 50000);
    server->setResponse(u"/bomb"_s, r);

    transport->setMaxResponseBytes(50000);
    ReplyWatch w(transport->get(server->url(u"/bomb"_s)));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.reply->error(), Error::TooLarge);
    QCOMPARE(w.reply->body().size(), 50000);
    QCOMPARE(w.reply->body(), plain.left(50000));
    QCOMPARE(w.finished.size(), 1);
    QCOMPARE(w.errors.size(), 1);
}

void tst_HttpTransport::inflationBombIsTooLarge_data()
{
    QTest::addColumn<int>("plainBytes");
    QTest::addColumn<qint64>("cap");
    // Zeros inflate ~1000x: a few KiB on the wire, far past the cap once decoded. Qt's
    // decompression guard stops the inflation ("Decompression failed: ", which was
    // ProtocolError): the same fault as a decoded body counted past the cap, TooLarge.
    QTest::addRow("4MiB-cap-1MiB") << 4 * 1024 * 1024 << qint64(1024 * 1024);
    QTest::addRow("24MiB-cap-2MiB") << 24 * 1024 * 1024 << qint64(2 * 1024 * 1024);
    QTest::addRow("24MiB-cap-16MiB") << 24 * 1024 * 1024 << qint64(16 * 1024 * 1024);
}

void tst_HttpTransport::inflationBombIsTooLarge()
{
    QFETCH(int, plainBytes);
    QFETCH(qint64, cap);
    TestServer::Response r;
    r.body = TestServer::gzip(QByteArray(plainBytes, '\0'));
    r.headers = {{"Content-Encoding", "gzip"}};
    server->setResponse(u"/zeros"_s, r);

    transport->setMaxResponseBytes(cap);
    ReplyWatch w(transport->get(server->url(u"/zeros"_s)));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.reply->error(), Error::TooLarge);
    QVERIFY(w.reply->body().size() <= cap);
    QCOMPARE(w.finished.size(), 1);
    QCOMPARE(w.errors.size(), 1);
}

void tst_HttpTransport::highlyCompressedBodyUnderCapIsAccepted()
{
    // 12 MiB at a ratio of ~1000 passes Qt's default guard (10 MiB, ratio > 40); the cap,
    // 16 MiB, allows it, so Qt must not stop it.
    const QByteArray plain(12 * 1024 * 1024, '\0');
    TestServer::Response r;
    r.body = TestServer::gzip(plain);
    r.headers = {{"Content-Encoding", "gzip"}};
    server->setResponse(u"/zeros"_s, r);

    transport->setMaxResponseBytes(16 * 1024 * 1024);
    ReplyWatch w(transport->get(server->url(u"/zeros"_s)));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.reply->error(), Error::NoError);
    QCOMPARE(w.reply->body().size(), plain.size());
    QCOMPARE(w.errors.size(), 0);
}

void tst_HttpTransport::bodyAtCapIsAccepted()
{
    const QByteArray body = bigBody(4096);
    server->setBody(u"/exact"_s, body);
    TransportRequest request(server->url(u"/exact"_s));
    request.maxResponseBytes = 4096;
    ReplyWatch w(transport->send(request));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.reply->error(), Error::NoError);
    QCOMPARE(w.reply->body(), body);
}

void tst_HttpTransport::abortRunningEmitsOnce()
{
    TestServer::Response slow;
    slow.body = "late";
    slow.delayMs = 300;
    server->setResponse(u"/slow"_s, slow);

    ReplyWatch w(transport->get(server->url(u"/slow"_s)));
    QSignalSpy abortRequested(w.reply.get(), &TransportReply::abortRequested);
    QTRY_COMPARE(server->requestsFor(u"/slow"_s).size(), 1);
    w.reply->abort();
    QCOMPARE(abortRequested.size(), 1);
    QCOMPARE(w.finished.size(), 1);
    QCOMPARE(w.errors.size(), 1);
    QCOMPARE(w.errors.first().first().value<Error>(), Error::Aborted);
    QCOMPARE(w.order, u"ef"_s);
    QCOMPARE(w.reply->error(), Error::Aborted);

    // Let the server answer the aborted request and another one go through completely:
    // the aborted reply must not hear about either.
    server->setBody(u"/after"_s, "x");
    ReplyWatch after(transport->get(server->url(u"/after"_s)));
    QVERIFY(after.finished.wait(10000));
    TestServer::Response probe;
    probe.delayMs = 400; // answered after the aborted /slow would have been
    server->setResponse(u"/probe"_s, probe);
    ReplyWatch probeWatch(transport->get(server->url(u"/probe"_s)));
    QVERIFY(probeWatch.finished.wait(10000));
    QCOMPARE(w.finished.size(), 1);
    QCOMPARE(w.errors.size(), 1);
    w.reply->abort();
    QCOMPARE(abortRequested.size(), 1);
    QCOMPARE(w.finished.size(), 1);
}

void tst_HttpTransport::abortBeforeEventLoopEmitsOnce()
{
    server->setBody(u"/x"_s, "x");
    ReplyWatch w(transport->get(server->url(u"/x"_s)));
    w.reply->abort();
    QCOMPARE(w.finished.size(), 1);
    QCOMPARE(w.reply->error(), Error::Aborted);
    ReplyWatch other(transport->get(server->url(u"/x"_s)));
    QVERIFY(other.finished.wait(10000));
    QCOMPARE(other.reply->error(), Error::NoError);
    QCOMPARE(w.finished.size(), 1);
    QCOMPARE(w.errors.size(), 1);
}

void tst_HttpTransport::abortAfterFinishIsNoOp()
{
    server->setBody(u"/x"_s, "x");
    ReplyWatch w(transport->get(server->url(u"/x"_s)));
    QVERIFY(w.finished.wait(10000));
    w.reply->abort();
    QCOMPARE(w.finished.size(), 1);
    QCOMPARE(w.errors.size(), 0);
    QCOMPARE(w.reply->error(), Error::NoError);
    QCOMPARE(w.reply->body(), QByteArrayLiteral("x"));
}

void tst_HttpTransport::deletingRunningReplyIsSafe()
{
    TestServer::Response slow;
    slow.body = "late";
    slow.delayMs = 200;
    server->setResponse(u"/slow"_s, slow);
    TransportReply *reply = transport->get(server->url(u"/slow"_s));
    QTRY_COMPARE(server->requestsFor(u"/slow"_s).size(), 1);
    delete reply;

    // The transport keeps working, and the dropped answer does not reach a dangling reply.
    TestServer::Response probe;
    probe.body = "probe";
    probe.delayMs = 400;
    server->setResponse(u"/probe"_s, probe);
    ReplyWatch w(transport->get(server->url(u"/probe"_s)));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.reply->body(), QByteArrayLiteral("probe"));
}

void tst_HttpTransport::unsupportedSchemeFailsAsynchronously_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addRow("ftp") << QUrl(u"ftp://127.0.0.1/vast.xml"_s);
    QTest::addRow("file") << QUrl(u"file:///tmp/vast.xml"_s);
    QTest::addRow("data") << QUrl(u"data:text/xml,<VAST/>"_s);
}

void tst_HttpTransport::unsupportedSchemeFailsAsynchronously()
{
    QFETCH(QUrl, url);
    QVERIFY(!transport->supportsScheme(url.scheme()));
    ReplyWatch w(transport->get(url));
    QVERIFY(w.reply);
    QCOMPARE(w.finished.size(), 0);
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.finished.size(), 1);
    QCOMPARE(w.reply->error(), Error::UnsupportedScheme);
    QVERIFY(transport->supportsScheme(u"http"_s));
    QVERIFY(transport->supportsScheme(u"HTTPS"_s));
}

void tst_HttpTransport::methodBodyAndHeadersReachServer()
{
    server->setBody(u"/post"_s, "ok");
    TransportRequest request(server->url(u"/post?x=1"_s));
    request.method = "POST";
    request.body = R"({"event":"impression"})";
    request.headers = {{"Content-Type", "application/json"}, {"X-Device-Id", "abc"}};
    ReplyWatch w(transport->send(request));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.reply->error(), Error::NoError);

    const auto recorded = server->requestsFor(u"/post"_s);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().method, QByteArrayLiteral("POST"));
    QCOMPARE(recorded.first().body, request.body);
    QCOMPARE(recorded.first().rawHeader("x-device-id"), QByteArrayLiteral("abc"));
    QCOMPARE(recorded.first().query.queryItemValue(u"x"_s), u"1"_s);
}

void tst_HttpTransport::userAgentDefaultAndOverride()
{
    server->setBody(u"/ua"_s, "ok");
    QVERIFY(HttpTransport::defaultUserAgent().startsWith("VastQt/"));
    QCOMPARE(transport->userAgent(), HttpTransport::defaultUserAgent());
    ReplyWatch w(transport->get(server->url(u"/ua"_s)));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(server->requests().last().rawHeader("User-Agent"), HttpTransport::defaultUserAgent());

    transport->setUserAgent("Inspector/2.0");
    ReplyWatch w2(transport->get(server->url(u"/ua"_s)));
    QVERIFY(w2.finished.wait(10000));
    QCOMPARE(server->requests().last().rawHeader("User-Agent"), QByteArrayLiteral("Inspector/2.0"));

    // A request header wins over the transport's.
    TransportRequest request(server->url(u"/ua"_s));
    request.headers = {{"User-Agent", "Device/1"}};
    ReplyWatch w3(transport->send(request));
    QVERIFY(w3.finished.wait(10000));
    QCOMPARE(server->requests().last().rawHeader("User-Agent"), QByteArrayLiteral("Device/1"));

    transport->setUserAgent(QByteArray());
    QCOMPARE(transport->userAgent(), HttpTransport::defaultUserAgent());
}

void tst_HttpTransport::destroyingTransportAbortsRunningReplies()
{
    TestServer::Response slow;
    slow.delayMs = 5000;
    server->setResponse(u"/slow"_s, slow);
    ReplyWatch w(transport->get(server->url(u"/slow"_s)));
    QTRY_COMPARE(server->requestsFor(u"/slow"_s).size(), 1);
    transport.reset();
    QCOMPARE(w.finished.size(), 1);
    QCOMPARE(w.errors.size(), 1);
    QCOMPARE(w.reply->error(), Error::Aborted);
}

QTEST_GUILESS_MAIN(tst_HttpTransport)
#include "tst_httptransport.moc"
