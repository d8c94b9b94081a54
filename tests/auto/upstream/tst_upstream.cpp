// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "testserver.h"
#include "transport/httptransport.h"
#include "transport/memorytransport.h"
#include "upstream/upstream.h"

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

    void mergeQuery_data();
    void mergeQuery();
    void mergesParamsAndHeadersAtServer();
    void absoluteUrlGetsHeadersNotDefaultQuery();
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

void tst_Upstream::mergeQuery_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("overrides");
    QTest::addColumn<QString>("expected");
    QTest::addRow("disjoint") << u"a=1&b=2"_s << u"c=3"_s << u"a=1&b=2&c=3"_s;
    QTest::addRow("override-wins") << u"a=1&b=2"_s << u"b=9"_s << u"a=1&b=9"_s;
    QTest::addRow("multi-value-replaced") << u"cat=1&cat=2&x=0"_s << u"cat=3"_s << u"x=0&cat=3"_s;
    QTest::addRow("override-multi") << u"x=0"_s << u"cat=1&cat=2"_s << u"x=0&cat=1&cat=2"_s;
    QTest::addRow("empty-base") << QString() << u"a=1"_s << u"a=1"_s;
    QTest::addRow("empty-override") << u"a=1"_s << QString() << u"a=1"_s;
    QTest::addRow("flag-without-value") << u"debug&a=1"_s << u"a=2"_s << u"debug&a=2"_s;
    QTest::addRow("encoded-delimiters-kept") << u"u=http%3A%2F%2Fx%3Fa%3D1%26b%3D2"_s << u"v=%26%3D"_s
                                             << u"u=http%3A%2F%2Fx%3Fa%3D1%26b%3D2&v=%26%3D"_s;
    QTest::addRow("plus-and-space-distinct") << u"a=x+y&b=x%20y"_s << u"c=%2B"_s << u"a=x+y&b=x%20y&c=%2B"_s;
}

void tst_Upstream::mergeQuery()
{
    QFETCH(QString, base);
    QFETCH(QString, overrides);
    QFETCH(QString, expected);
    const QUrlQuery merged = Upstream::mergeQuery(QUrlQuery(base), QUrlQuery(overrides));
    QCOMPARE(merged.query(QUrl::FullyEncoded), QUrlQuery(expected).query(QUrl::FullyEncoded));
}

void tst_Upstream::mergesParamsAndHeadersAtServer()
{
    server->setBody(u"/vast"_s, "<VAST version=\"4.2\"/>");
    Upstream upstream(transport.get(), server->url(u"/vast?pub=p1&fmt=vast4"_s));
    QUrlQuery defaults;
    defaults.addQueryItem(u"app"_s, u"inspector"_s);
    defaults.addQueryItem(u"fmt"_s, u"vast3"_s); // overrides the endpoint's own value
    defaults.addQueryItem(u"w"_s, u"640"_s);
    upstream.setDefaultQuery(defaults);
    upstream.setDefaultHeaders({{"X-Publisher", "p1"}, {"Accept-Language", "en"}});
    upstream.setDefaultHeader("x-publisher", "p2"); // replaces, case-insensitively

    QUrlQuery params;
    params.addQueryItem(u"w"_s, u"1920"_s); // the call wins over the default
    params.addQueryItem(u"ctx"_s, u"a b&c"_s);
    std::unique_ptr<TransportReply> reply(upstream.request(params, {{"accept-language", "de"}, {"X-Call", "1"}}));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), Error::NoError);
    QCOMPARE(reply->body(), QByteArrayLiteral("<VAST version=\"4.2\"/>"));

    const auto recorded = server->requestsFor(u"/vast"_s);
    QCOMPARE(recorded.size(), 1);
    const TestServer::Request &req = recorded.first();
    QCOMPARE(req.query.allQueryItemValues(u"pub"_s), QStringList{u"p1"_s});
    QCOMPARE(req.query.allQueryItemValues(u"fmt"_s), QStringList{u"vast3"_s});
    QCOMPARE(req.query.allQueryItemValues(u"app"_s), QStringList{u"inspector"_s});
    QCOMPARE(req.query.allQueryItemValues(u"w"_s), QStringList{u"1920"_s});
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

void tst_Upstream::absoluteUrlGetsHeadersNotDefaultQuery()
{
    server->setBody(u"/wrapped"_s, "<VAST/>");
    Upstream upstream(transport.get(), server->url(u"/vast"_s));
    QUrlQuery defaults;
    defaults.addQueryItem(u"pub"_s, u"p1"_s);
    upstream.setDefaultQuery(defaults);
    upstream.setDefaultHeader("X-Publisher", "p1");

    std::unique_ptr<TransportReply> reply(upstream.request(server->url(u"/wrapped?id=7"_s)));
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), Error::NoError);
    const auto recorded = server->requestsFor(u"/wrapped"_s);
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().query.query(), u"id=7"_s);
    QCOMPARE(recorded.first().rawHeader("X-Publisher"), QByteArrayLiteral("p1"));
    QVERIFY(server->requestsFor(u"/vast"_s).isEmpty());
}

void tst_Upstream::timeoutAndCapReachTransport()
{
    TestServer::Response slow;
    slow.body = "late";
    slow.delayMs = 5000;
    server->setResponse(u"/slow"_s, slow);
    Upstream upstream(transport.get(), server->url(u"/slow"_s));
    upstream.setTimeout(100);
    QCOMPARE(upstream.buildRequest().timeoutMs, 100);
    std::unique_ptr<TransportReply> reply(upstream.request());
    QVERIFY(waitFinished(reply.get()));
    QCOMPARE(reply->error(), Error::Timeout);

    server->setBody(u"/big"_s, QByteArray(5000, 'v'));
    upstream.setEndpoint(server->url(u"/big"_s));
    upstream.setTimeout(0);
    upstream.setMaxResponseBytes(1000);
    QCOMPARE(upstream.buildRequest().maxResponseBytes, 1000);
    std::unique_ptr<TransportReply> big(upstream.request());
    QVERIFY(waitFinished(big.get()));
    QCOMPARE(big->error(), Error::TooLarge);
}

void tst_Upstream::propertiesNotify()
{
    Upstream upstream;
    QSignalSpy endpointSpy(&upstream, &Upstream::endpointChanged);
    QSignalSpy timeoutSpy(&upstream, &Upstream::timeoutChanged);
    QSignalSpy capSpy(&upstream, &Upstream::maxResponseBytesChanged);
    upstream.setEndpoint(QUrl(u"https://ads.example/vast"_s));
    upstream.setEndpoint(QUrl(u"https://ads.example/vast"_s));
    upstream.setTimeout(2000);
    upstream.setTimeout(2000);
    upstream.setTimeout(-5);
    upstream.setMaxResponseBytes(4096);
    QCOMPARE(endpointSpy.size(), 1);
    QCOMPARE(timeoutSpy.size(), 2);
    QCOMPARE(upstream.timeout(), 0);
    QCOMPARE(capSpy.size(), 1);
    QCOMPARE(upstream.property("maxResponseBytes").toLongLong(), 4096);
}

void tst_Upstream::noTransportFailsAsynchronously()
{
    Upstream upstream(nullptr, QUrl(u"https://ads.example/vast"_s));
    std::unique_ptr<TransportReply> reply(upstream.request());
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
    Upstream upstream(&memory, QUrl(u"https://ads.example/vast"_s));
    HeaderMiddleware headers;
    ShortCircuitMiddleware cache;
    upstream.addMiddleware(&headers);
    upstream.addMiddleware(&cache);
    upstream.addMiddleware(&headers); // ignored: already in the chain
    QCOMPARE(upstream.middlewares().size(), 2);

    std::unique_ptr<TransportReply> passed(upstream.request());
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
    auto upstream = std::make_unique<Upstream>(&memory, QUrl(u"https://ads.example/vast"_s));
    upstream->addMiddleware(&keeper);
    std::unique_ptr<TransportReply> first(upstream->request());
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
