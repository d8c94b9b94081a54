// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "transport/memorytransport.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace VastQt;
using Error = TransportReply::Error;

namespace
{
struct Sent {
    explicit Sent(TransportReply *r)
        : reply(r)
        , finished(r, &TransportReply::finished)
        , errors(r, &TransportReply::errorOccurred)
    {
    }
    bool wait() { return finished.size() > 0 || finished.wait(5000); }
    std::unique_ptr<TransportReply> reply;
    QSignalSpy finished;
    QSignalSpy errors;
};

const QUrl tagUrl(u"https://ads.example/vast?pub=1"_s);
} // namespace

class tst_MemoryTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersSetResponseAsynchronously();
    void statusFromFourHundredIsHttpError_data();
    void statusFromFourHundredIsHttpError();
    void unmatchedIsNotFound();
    void handlerThenDefault();
    void matchQueryOptional();
    void recordsRequests();
    void delayOrdersAnswers();
    void delayBeyondTimeoutIsTimeout();
    void sizeCap();
    void simulatedFailure();
    void schemeFilter();
    void abortBeforeAnswerEmitsOnce();
    void removeAndClearResponses();
    void manyRequestsStayCheap();
};

void tst_MemoryTransport::answersSetResponseAsynchronously()
{
    MemoryTransport t;
    MemoryResponse r("<VAST/>");
    r.headers = {{"Content-Type", "application/xml"}};
    t.setResponse(tagUrl, r);

    Sent s(t.get(tagUrl));
    QCOMPARE(s.finished.size(), 0);
    QVERIFY(!s.reply->isFinished());
    QVERIFY(s.wait());
    QCOMPARE(s.finished.size(), 1);
    QCOMPARE(s.errors.size(), 0);
    QCOMPARE(s.reply->body(), QByteArrayLiteral("<VAST/>"));
    QCOMPARE(s.reply->httpStatus(), 200);
    QCOMPARE(s.reply->rawHeader("content-type"), QByteArrayLiteral("application/xml"));
    QCOMPARE(s.reply->finalUrl(), tagUrl);
}

void tst_MemoryTransport::statusFromFourHundredIsHttpError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Error>("expected");
    QTest::addRow("204") << 204 << Error::NoError;
    QTest::addRow("399") << 399 << Error::NoError;
    QTest::addRow("400") << 400 << Error::HttpError;
    QTest::addRow("404") << 404 << Error::HttpError;
    QTest::addRow("500") << 500 << Error::HttpError;
}

void tst_MemoryTransport::statusFromFourHundredIsHttpError()
{
    QFETCH(int, status);
    QFETCH(Error, expected);
    MemoryTransport t;
    t.setResponse(tagUrl, "body", status);
    Sent s(t.get(tagUrl));
    QVERIFY(s.wait());
    QCOMPARE(s.reply->error(), expected);
    QCOMPARE(s.reply->httpStatus(), status);
    QCOMPARE(s.reply->body(), QByteArrayLiteral("body"));
    QCOMPARE(s.errors.size(), expected == Error::NoError ? 0 : 1);
}

void tst_MemoryTransport::unmatchedIsNotFound()
{
    MemoryTransport t;
    t.setResponse(tagUrl, "x");
    Sent s(t.get(QUrl(u"https://ads.example/other"_s)));
    QCOMPARE(s.finished.size(), 0);
    QVERIFY(s.wait());
    QCOMPARE(s.reply->error(), Error::NotFound);
    QCOMPARE(s.errors.size(), 1);
}

void tst_MemoryTransport::handlerThenDefault()
{
    MemoryTransport t;
    t.setResponse(tagUrl, "exact");
    t.setDefaultResponse(MemoryResponse("default"));
    {
        Sent s(t.get(QUrl(u"https://x.example/a"_s)));
        QVERIFY(s.wait());
        QCOMPARE(s.reply->body(), QByteArrayLiteral("default"));
    }

    int calls = 0;
    t.setHandler([&calls](const TransportRequest &request) {
        ++calls;
        return MemoryResponse("handled " + request.url.path().toUtf8() + ' ' + request.method);
    });
    {
        Sent exact(t.get(tagUrl));
        QVERIFY(exact.wait());
        QCOMPARE(exact.reply->body(), QByteArrayLiteral("exact")); // setResponse wins
        QCOMPARE(calls, 0);
        Sent s(t.get(QUrl(u"https://x.example/a"_s)));
        QVERIFY(s.wait());
        QCOMPARE(s.reply->body(), QByteArrayLiteral("handled /a GET"));
        QCOMPARE(calls, 1);
    }

    t.setHandler({});
    t.clearDefaultResponse();
    Sent s(t.get(QUrl(u"https://x.example/a"_s)));
    QVERIFY(s.wait());
    QCOMPARE(s.reply->error(), Error::NotFound);
}

void tst_MemoryTransport::matchQueryOptional()
{
    MemoryTransport t;
    QVERIFY(t.matchQuery());
    t.setResponse(QUrl(u"https://t.example/imp"_s), "", 200);
    const QUrl beacon(u"https://t.example/imp?cb=12345#frag"_s);
    {
        Sent s(t.get(beacon));
        QVERIFY(s.wait());
        QCOMPARE(s.reply->error(), Error::NotFound);
    }
    t.setMatchQuery(false);
    {
        Sent s(t.get(beacon));
        QVERIFY(s.wait());
        QCOMPARE(s.reply->error(), Error::NoError);
    }
    QCOMPARE(t.requestsFor(QUrl(u"https://t.example/imp?cb=1"_s)).size(), 2);
    t.setMatchQuery(true);
    QCOMPARE(t.requestsFor(QUrl(u"https://t.example/imp?cb=12345"_s)).size(), 2);
    QCOMPARE(t.requestsFor(QUrl(u"https://t.example/imp?cb=1"_s)).size(), 0);
}

void tst_MemoryTransport::recordsRequests()
{
    MemoryTransport t;
    t.setDefaultResponse(MemoryResponse("ok"));
    TransportRequest req(QUrl(u"https://t.example/a"_s));
    req.method = "POST";
    req.body = "payload";
    req.headers = {{"X-A", "1"}};
    Sent a(t.send(req));
    Sent b(t.get(QUrl(u"https://t.example/b"_s)));
    QCOMPARE(t.requestCount(), 2); // recorded at send(), before any answer
    const auto recorded = t.requests();
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(recorded.at(0).url, req.url);
    QCOMPARE(recorded.at(0).method, QByteArrayLiteral("POST"));
    QCOMPARE(recorded.at(0).body, QByteArrayLiteral("payload"));
    QCOMPARE(recorded.at(0).headers, req.headers);
    QCOMPARE(recorded.at(1).url, QUrl(u"https://t.example/b"_s));

    t.clearRequests();
    QCOMPARE(t.requestCount(), 0);
    QVERIFY(t.requests().isEmpty());

    t.setRecordRequests(false);
    Sent c(t.get(QUrl(u"https://t.example/c"_s)));
    QCOMPARE(t.requestCount(), 1);
    QVERIFY(t.requests().isEmpty());
    QVERIFY(c.wait());
}

void tst_MemoryTransport::delayOrdersAnswers()
{
    MemoryTransport t;
    t.setResponse(QUrl(u"https://a.example/slow"_s), "slow", 200, 150);
    t.setResponse(QUrl(u"https://a.example/fast"_s), "fast");
    QStringList order;
    Sent slow(t.get(QUrl(u"https://a.example/slow"_s)));
    Sent fast(t.get(QUrl(u"https://a.example/fast"_s)));
    connect(slow.reply.get(), &TransportReply::finished, this, [&order] { order << u"slow"_s; });
    connect(fast.reply.get(), &TransportReply::finished, this, [&order] { order << u"fast"_s; });
    QVERIFY(slow.wait());
    QVERIFY(fast.wait());
    QCOMPARE(order, (QStringList{u"fast"_s, u"slow"_s}));
    QCOMPARE(slow.reply->body(), QByteArrayLiteral("slow"));
}

void tst_MemoryTransport::delayBeyondTimeoutIsTimeout()
{
    MemoryTransport t;
    QCOMPARE(t.defaultTimeout(), 0);
    t.setResponse(tagUrl, "late", 200, 60000);
    TransportRequest req(tagUrl);
    req.timeoutMs = 50;
    Sent s(t.send(req));
    QVERIFY(s.wait());
    QCOMPARE(s.reply->error(), Error::Timeout);
    QVERIFY(s.reply->body().isEmpty());

    t.setDefaultTimeout(50);
    Sent d(t.get(tagUrl));
    QVERIFY(d.wait());
    QCOMPARE(d.reply->error(), Error::Timeout);
}

void tst_MemoryTransport::sizeCap()
{
    MemoryTransport t;
    const QByteArray body(1000, 'x');
    t.setResponse(tagUrl, body);
    TransportRequest req(tagUrl);
    req.maxResponseBytes = 999;
    Sent over(t.send(req));
    QVERIFY(over.wait());
    QCOMPARE(over.reply->error(), Error::TooLarge);
    QCOMPARE(over.reply->body().size(), 999);

    req.maxResponseBytes = 1000;
    Sent exact(t.send(req));
    QVERIFY(exact.wait());
    QCOMPARE(exact.reply->error(), Error::NoError);

    t.setMaxResponseBytes(10);
    Sent byDefault(t.get(tagUrl));
    QVERIFY(byDefault.wait());
    QCOMPARE(byDefault.reply->error(), Error::TooLarge);
    t.setMaxResponseBytes(0);
    QCOMPARE(t.maxResponseBytes(), Transport::DefaultMaxResponseBytes);
}

void tst_MemoryTransport::simulatedFailure()
{
    MemoryTransport t;
    t.setResponse(tagUrl, MemoryResponse::failure(Error::ConnectionRefused));
    Sent s(t.get(tagUrl));
    QVERIFY(s.wait());
    QCOMPARE(s.errors.size(), 1);
    QCOMPARE(s.errors.first().first().value<Error>(), Error::ConnectionRefused);
    QCOMPARE(s.reply->httpStatus(), 0);
    QVERIFY(!s.reply->errorString().isEmpty());
}

void tst_MemoryTransport::schemeFilter()
{
    MemoryTransport t;
    t.setDefaultResponse(MemoryResponse("ok"));
    QVERIFY(t.supportsScheme(u"anything"_s));
    t.setSchemes({u"HTTP"_s, u"https"_s});
    QCOMPARE(t.schemes(), (QStringList{u"http"_s, u"https"_s}));
    QVERIFY(t.supportsScheme(u"https"_s));
    QVERIFY(!t.supportsScheme(u"file"_s));
    Sent s(t.get(QUrl(u"file:///tmp/x.xml"_s)));
    QCOMPARE(s.finished.size(), 0);
    QVERIFY(s.wait());
    QCOMPARE(s.reply->error(), Error::UnsupportedScheme);
}

void tst_MemoryTransport::abortBeforeAnswerEmitsOnce()
{
    MemoryTransport t;
    t.setResponse(tagUrl, "x");
    Sent s(t.get(tagUrl));
    s.reply->abort();
    QCOMPARE(s.finished.size(), 1);
    QCOMPARE(s.errors.size(), 1);
    // The queued answer comes after a later request's: it must not touch the aborted reply.
    Sent later(t.get(tagUrl));
    QVERIFY(later.wait());
    QCOMPARE(s.finished.size(), 1);
    QCOMPARE(s.reply->error(), Error::Aborted);
    QVERIFY(s.reply->body().isEmpty());
}

void tst_MemoryTransport::removeAndClearResponses()
{
    MemoryTransport t;
    t.setResponse(tagUrl, "x");
    t.removeResponse(tagUrl);
    {
        Sent s(t.get(tagUrl));
        QVERIFY(s.wait());
        QCOMPARE(s.reply->error(), Error::NotFound);
    }
    t.setResponse(tagUrl, "y");
    t.clearResponses();
    t.setMatchQuery(false);
    Sent s(t.get(tagUrl));
    QVERIFY(s.wait());
    QCOMPARE(s.reply->error(), Error::NotFound);
}

void tst_MemoryTransport::manyRequestsStayCheap()
{
    // Not a timing: every one of many replies finishes exactly once, in send order.
    MemoryTransport t;
    t.setRecordRequests(false);
    t.setMatchQuery(false);
    t.setResponse(QUrl(u"https://t.example/imp"_s), "");
    constexpr int count = 2000;
    int finished = 0;
    int inOrder = 0;
    std::vector<std::unique_ptr<TransportReply>> replies;
    for (int i = 0; i < count; ++i) {
        auto *r = t.get(QUrl(u"https://t.example/imp?cb=%1"_s.arg(i)));
        connect(r, &TransportReply::finished, this, [&finished, &inOrder, i] {
            if (finished++ == i)
                ++inOrder;
        });
        replies.emplace_back(r);
    }
    QCOMPARE(finished, 0);
    QTRY_COMPARE(finished, count);
    QCOMPARE(inOrder, count);
    QCOMPARE(t.requestCount(), count);
}

QTEST_GUILESS_MAIN(tst_MemoryTransport)
#include "tst_memorytransport.moc"
