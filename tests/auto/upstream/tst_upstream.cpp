// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "testserver.h"
#include <VastQt/httptransport.h>
#include <VastQt/memorytransport.h>
#include <VastQt/upstream.h>

#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace VastQt;
using Error = TransportReply::Error;

namespace
{
bool waitFinished(TransportReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &TransportReply::finished);
    return spy.wait(10000);
}

// Adds a header to every request passing through.
class HeaderMiddleware : public Middleware
{
public:
    TransportReply *handle(const TransportRequest &request, const Next &next) override
    {
        TransportRequest r = request;
        r.headers.append({"X-Middleware", QByteArray::number(++count)});
        return next(r);
    }
    int count = 0;
};

// Answers requests for one path itself, without the transport; passes the others on.
class ShortCircuitMiddleware : public Middleware
{
public:
    TransportReply *handle(const TransportRequest &request, const Next &next) override
    {
        if (request.url.path() != "/cached"_L1)
            return next(request);
        auto *reply = new TransportReply(request);
        QTimer::singleShot(0, reply, [reply] { reply->finish("from middleware"); });
        return reply;
    }
};
} // namespace

class tst_Upstream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void requestUrl_data();
    void requestUrl();
    void sourceRequestAtServer();
    void sendKeepsUrlAndAddsHeaders();
    void timeoutAndCapReachTransport();
    void propertiesNotify();
    void noTransportFailsAsynchronously();
    void middlewaresRunInOrder();
    void nextAfterUpstreamGoneIsAborted();

private:
    std::unique_ptr<TestServer> server;
    std::unique_ptr<HttpTransport> transport;
};

void tst_Upstream::init()
{
    server = std::make_unique<TestServer>();
    QVERIFY(server->start());
    transport = std::make_unique<HttpTransport>();
}

void tst_Upstream::cleanup()
{
    transport.reset();
    server.reset();
}

// The one query rule: the source URL's own query, then the defaults, then the call's
// parameters; the first layer that has a key keeps it with all its values.
void tst_Upstream::requestUrl_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("defaults");
    QTest::addColumn<QString>("params");
    QTest::addColumn<QString>("expected");
    const QString v = u"http://127.0.0.1/v"_s;
    QTest::addRow("nothing-added-url-unchanged") << v + u"?b=2&&a=1"_s << QString() << QString() << v + u"?b=2&&a=1"_s;
    QTest::addRow("every-key-taken-url-unchanged") << v + u"?b=2&&a=1"_s << u"a=9"_s << u"b=9"_s << v + u"?b=2&&a=1"_s;
    QTest::addRow("no-query") << v << u"a=1"_s << QString() << v + u"?a=1"_s;
    QTest::addRow("disjoint-in-layer-order") << v + u"?b=2"_s << u"c=3&a=1"_s << u"e=5"_s << v + u"?b=2&c=3&a=1&e=5"_s;
    QTest::addRow("url-wins-over-defaults") << v + u"?w=1"_s << u"w=2&h=3"_s << QString() << v + u"?w=1&h=3"_s;
    QTest::addRow("url-wins-over-params") << v + u"?w=1"_s << QString() << u"w=2&h=3"_s << v + u"?w=1&h=3"_s;
    QTest::addRow("defaults-win-over-params") << v << u"w=640"_s << u"w=1920&h=360"_s << v + u"?w=640&h=360"_s;
    QTest::addRow("repeated-in-url-kept-whole") << v + u"?cat=1&cat=2"_s << u"cat=3"_s << u"cat=4"_s
                                                << v + u"?cat=1&cat=2"_s;
    QTest::addRow("repeated-in-defaults-all-added") << v + u"?x=0"_s << u"cat=1&cat=2"_s << u"cat=3&z=1"_s
                                                    << v + u"?x=0&cat=1&cat=2&z=1"_s;
    QTest::addRow("repeated-in-params-all-added") << v << u"x=0"_s << u"cat=1&x=1&cat=2"_s << v + u"?x=0&cat=1&cat=2"_s;
    QTest::addRow("flag-without-value-is-a-key") << v + u"?debug"_s << u"debug=1&a=2"_s << QString() << v + u"?debug&a=2"_s;
    QTest::addRow("empty-value-is-a-value") << v + u"?a="_s << u"a=1"_s << QString() << v + u"?a="_s;
    QTest::addRow("keys-compared-decoded") << v + u"?a%3Ab=1"_s << u"a:b=2"_s << u"a%3ab=3"_s << v + u"?a%3Ab=1"_s;
    QTest::addRow("keys-case-sensitive") << v + u"?W=1"_s << u"w=2"_s << QString() << v + u"?W=1&w=2"_s;
    QTest::addRow("encoded-delimiters-kept") << v + u"?u=http%3A%2F%2Fx%3Fa%3D1%26b%3D2"_s << u"v=%26%3D"_s
                                             << u"k%26=%3D"_s << v + u"?u=http%3A%2F%2Fx%3Fa%3D1%26b%3D2&v=%26%3D&k%26=%3D"_s;
    QTest::addRow("plus-and-space-distinct") << v + u"?a=x+y&b=x%20y"_s << u"c=%2B"_s << u"d=x+y"_s
                                             << v + u"?a=x+y&b=x%20y&c=%2B&d=x+y"_s;
    QTest::addRow("utf8-encoded") << v << u"q=%C3%A9t%C3%A9"_s << QString() << v + u"?q=%C3%A9t%C3%A9"_s;
    QTest::addRow("fragment-kept") << v + u"?x=1#top"_s << u"y=2"_s << QString() << v + u"?x=1&y=2#top"_s;
    QTest::addRow("file-url") << u"file:///tmp/ad.xml"_s << u"a=1"_s << QString() << u"file:///tmp/ad.xml?a=1"_s;
}

void tst_Upstream::requestUrl()
{
    QFETCH(QString, source);
    QFETCH(QString, defaults);
    QFETCH(QString, params);
    QFETCH(QString, expected);
    const QUrl url = Upstream::requestUrl(QUrl(source), QUrlQuery(defaults), QUrlQuery(params));
    QVERIFY(url.isValid());
    QCOMPARE(QString::fromLatin1(url.toEncoded()), expected);
    // An Upstream with the defaults builds the same URL.
    Upstream upstream;
    upstream.setDefaultQuery(QUrlQuery(defaults));
    QCOMPARE(upstream.buildRequest(QUrl(source), QUrlQuery(params)).url, url);
}

void tst_Upstream::sourceRequestAtServer()
{
    server->setBody(u"/vast"_s, "<VAST version=\"4.2\"/>");
    Upstream upstream(transport.get());
    QUrlQuery defaults;
    defaults.addQueryItem(u"app"_s, u"inspector"_s);
    defaults.addQueryItem(u"fmt"_s, u"vast3"_s); // the URL's own value wins
    defaults.addQueryItem(u"w"_s, u"640"_s);
    upstream.setDefaultQuery(defaults);
    upstream.setDefaultHeaders({{"X-Publisher", "p1"}, {"Accept-Language", "en"}});
    upstream.setDefaultHeader("x-publisher", "p2"); // replaces, case-insensitively
    QCOMPARE(upstream.defaultHeaders().size(), 2);

    QUrlQuery params;
    params.addQueryItem(u"w"_s, u"1920"_s); // the default wins over the call
    params.addQueryItem(u"ctx"_s, QString::fromLatin1(QUrl::toPercentEncoding(u"a b&c"_s)));
    std::unique_ptr<TransportReply> reply(upstream.request(server->url(u"/vast?pub=p1&fmt=vast4"_s), params,
                                                           {{"accept-language", "de"}, {"X-Call", "1"}}));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), Error::NoError);
    QCOMPARE(reply->body(), QByteArrayLiteral("<VAST version=\"4.2\"/>"));

    const auto recorded = server->requestsFor(u"/vast"_s);
    QCOMPARE(recorded.size(), 1);
    const TestServer::Request &req = recorded.first();
    QCOMPARE(req.query.allQueryItemValues(u"pub"_s), QStringList{u"p1"_s});
    QCOMPARE(req.query.allQueryItemValues(u"fmt"_s), QStringList{u"vast4"_s});
    QCOMPARE(req.query.allQueryItemValues(u"app"_s), QStringList{u"inspector"_s});
    QCOMPARE(req.query.allQueryItemValues(u"w"_s), QStringList{u"640"_s});
    QCOMPARE(req.query.queryItemValue(u"ctx"_s, QUrl::FullyDecoded), u"a b&c"_s);
    QCOMPARE(req.rawHeader("X-Publisher"), QByteArrayLiteral("p2"));
    QCOMPARE(req.rawHeader("Accept-Language"), QByteArrayLiteral("de"));
    QCOMPARE(req.rawHeader("X-Call"), QByteArrayLiteral("1"));
    // Each header once: the call's Accept-Language replaced the default one.
    int acceptLanguage = 0;
    for (const auto &h : req.headers)
        acceptLanguage += h.first.compare("accept-language", Qt::CaseInsensitive) == 0 ? 1 : 0;
    QCOMPARE(acceptLanguage, 1);
}

// A redirection goes as written: the default query is not added, the default headers are,
// unless the request names them itself (case-insensitive).
void tst_Upstream::sendKeepsUrlAndAddsHeaders()
{
    server->setBody(u"/wrapped"_s, "<VAST/>");
    Upstream upstream(transport.get());
    QUrlQuery defaults;
    defaults.addQueryItem(u"pub"_s, u"p1"_s);
    upstream.setDefaultQuery(defaults);
    upstream.setDefaultHeaders({{"X-Publisher", "p1"}, {"X-Default", "d"}});

    TransportRequest hop(server->url(u"/wrapped?id=7"_s));
    hop.headers = {{"x-PUBLISHER", "own"}};
    std::unique_ptr<TransportReply> reply(upstream.send(hop));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), Error::NoError);
    const auto recorded = server->requestsFor(u"/wrapped"_s);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().query.query(), u"id=7"_s);
    QCOMPARE(recorded.first().rawHeader("X-Publisher"), QByteArrayLiteral("own"));
    QCOMPARE(recorded.first().rawHeader("X-Default"), QByteArrayLiteral("d"));
    const Upstream::Headers sent = reply->request().headers;
    QCOMPARE(sent, (Upstream::Headers{{"x-PUBLISHER", "own"}, {"X-Default", "d"}}));
}

void tst_Upstream::timeoutAndCapReachTransport()
{
    TestServer::Response slow;
    slow.body = "late";
    slow.delayMs = 5000;
    server->setResponse(u"/slow"_s, slow);
    Upstream upstream(transport.get());
    upstream.setTimeout(100);
    QCOMPARE(upstream.buildRequest(server->url(u"/slow"_s)).timeoutMs, 100);
    std::unique_ptr<TransportReply> reply(upstream.request(server->url(u"/slow"_s)));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Timeout);

    server->setBody(u"/big"_s, QByteArray(5000, 'v'));
    upstream.setTimeout(0);
    upstream.setMaxResponseBytes(1000);
    QCOMPARE(upstream.buildRequest(server->url(u"/big"_s)).maxResponseBytes, 1000);
    std::unique_ptr<TransportReply> big(upstream.request(server->url(u"/big"_s)));
    QVERIFY(waitFinished(big.get()));
    QCOMPARE(big->error(), Error::TooLarge);

    // A request that sets its own timeout and cap keeps them.
    MemoryTransport memory;
    memory.setDefaultResponse(MemoryResponse("ok"));
    upstream.setTransport(&memory);
    upstream.setTimeout(100);
    TransportRequest own(QUrl(u"https://ads.example/hop"_s));
    own.timeoutMs = 7;
    own.maxResponseBytes = 70;
    std::unique_ptr<TransportReply> kept(upstream.send(own));
    std::unique_ptr<TransportReply> filled(upstream.send(TransportRequest(QUrl(u"https://ads.example/hop"_s))));
    QVERIFY(waitFinished(kept.get()));
    QVERIFY(waitFinished(filled.get()));
    QCOMPARE(memory.requests().size(), 2);
    QCOMPARE(memory.requests().at(0).timeoutMs, 7);
    QCOMPARE(memory.requests().at(0).maxResponseBytes, 70);
    QCOMPARE(memory.requests().at(1).timeoutMs, 100);
    QCOMPARE(memory.requests().at(1).maxResponseBytes, 1000);
}

void tst_Upstream::propertiesNotify()
{
    Upstream upstream;
    QSignalSpy timeoutSpy(&upstream, &Upstream::timeoutChanged);
    QSignalSpy capSpy(&upstream, &Upstream::maxResponseBytesChanged);
    upstream.setTimeout(2000);
    upstream.setTimeout(2000);
    upstream.setTimeout(-5);
    upstream.setMaxResponseBytes(4096);
    QCOMPARE(timeoutSpy.size(), 2);
    QCOMPARE(upstream.timeout(), 0);
    QCOMPARE(capSpy.size(), 1);
    QCOMPARE(upstream.property("maxResponseBytes").toLongLong(), 4096);
}

void tst_Upstream::noTransportFailsAsynchronously()
{
    Upstream upstream;
    std::unique_ptr<TransportReply> reply(upstream.request(QUrl(u"https://ads.example/vast"_s)));
    QSignalSpy finished(reply.get(), &TransportReply::finished);
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), Error::ProtocolError);

    // A transport destroyed behind the upstream's back counts as none.
    auto *memory = new MemoryTransport;
    upstream.setTransport(memory);
    QCOMPARE(upstream.transport(), memory);
    delete memory;
    QCOMPARE(upstream.transport(), nullptr);
}

void tst_Upstream::middlewaresRunInOrder()
{
    MemoryTransport memory;
    memory.setDefaultResponse(MemoryResponse("from transport"));
    Upstream upstream(&memory);
    HeaderMiddleware headers;
    ShortCircuitMiddleware cache;
    upstream.addMiddleware(&headers);
    upstream.addMiddleware(&cache);
    upstream.addMiddleware(&headers); // ignored: already in the chain
    QCOMPARE(upstream.middlewares().size(), 2);

    std::unique_ptr<TransportReply> passed(upstream.request(QUrl(u"https://ads.example/vast"_s)));
    QVERIFY(waitFinished(passed.get()));
    QCOMPARE(passed->body(), QByteArrayLiteral("from transport"));
    QCOMPARE(memory.requestCount(), 1);
    QCOMPARE(memory.requests().first().headers.last(), (QPair<QByteArray, QByteArray>("X-Middleware", "1")));

    std::unique_ptr<TransportReply> cached(upstream.request(QUrl(u"https://ads.example/cached"_s)));
    QVERIFY(waitFinished(cached.get()));
    QCOMPARE(cached->body(), QByteArrayLiteral("from middleware"));
    QCOMPARE(memory.requestCount(), 1); // the transport never saw it
    QCOMPARE(headers.count, 2); // but the first middleware did

    upstream.removeMiddleware(&cache);
    std::unique_ptr<TransportReply> direct(upstream.request(QUrl(u"https://ads.example/cached"_s)));
    QVERIFY(waitFinished(direct.get()));
    QCOMPARE(direct->body(), QByteArrayLiteral("from transport"));
    QCOMPARE(memory.requestCount(), 2);
}

void tst_Upstream::nextAfterUpstreamGoneIsAborted()
{
    // A middleware that keeps next() for later, as a retry would.
    class KeepNext : public Middleware
    {
    public:
        TransportReply *handle(const TransportRequest &request, const Next &next) override
        {
            kept = next;
            return next(request);
        }
        Next kept;
    } keeper;

    MemoryTransport memory;
    memory.setDefaultResponse(MemoryResponse("ok"));
    auto upstream = std::make_unique<Upstream>(&memory);
    upstream->addMiddleware(&keeper);
    std::unique_ptr<TransportReply> first(upstream->request(QUrl(u"https://ads.example/vast"_s)));
    QVERIFY(waitFinished(first.get()));
    QCOMPARE(first->error(), Error::NoError);

    upstream.reset();
    std::unique_ptr<TransportReply> late(keeper.kept(TransportRequest(QUrl(u"https://ads.example/vast"_s))));
    QVERIFY(waitFinished(late.get()));
    QCOMPARE(late->error(), Error::Aborted);
    QCOMPARE(memory.requestCount(), 1);
}

QTEST_GUILESS_MAIN(tst_Upstream)
#include "tst_upstream.moc"
