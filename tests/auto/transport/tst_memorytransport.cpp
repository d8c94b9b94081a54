// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/memorytransport.h>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <functional>
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

// Records every outcome a Transport::ping() reports to it.
struct Pinger : PingHandler {
    void pingFinished(const PingResult &result) override
    {
        results.append(result);
        if (onFinished)
            onFinished(result);
    }
    QList<PingResult> results;
    std::function<void(const PingResult &)> onFinished;
};

PingRequest pingText(const QString &url, int timeoutMs = 0)
{
    PingRequest r;
    r.urlText = url;
    r.timeoutMs = timeoutMs;
    return r;
}

// A transport with only send(): ping() is Transport's default, through a TransportReply.
class ReplyOnlyTransport : public Transport
{
public:
    TransportReply *send(const TransportRequest &request) override
    {
        sent.append(request);
        return inner.send(request);
    }
    bool supportsScheme(const QString &scheme) const override { return inner.supportsScheme(scheme); }
    MemoryTransport inner;
    QList<TransportRequest> sent;
};
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
    void pingAnswersFromTheBatchWithoutParsing();
    void pingOutcomesMatchSend();
    void pingRecordsAndMatchesLikeSend();
    void pingsAndRepliesFinishInSendOrder();
    void cancelPingSilencesIt();
    void cancelFromAnotherPingsHandler();
    void delayedPingAndTimeout();
    void defaultPingGoesThroughSend();
    void destroyedTransportAbortsPings();
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

void tst_MemoryTransport::pingAnswersFromTheBatchWithoutParsing()
{
    MemoryTransport t;
    t.setRecordRequests(false);
    t.setDefaultResponse(MemoryResponse(QByteArray(), 204));
    Pinger a;
    Pinger b;
    // Not even a URL: nothing needs to parse it when every URL gets the default answer.
    t.ping(pingText(u"not parsed at all"_s), &a);
    t.ping(pingText(u"https://t.example/imp?cb=1"_s), &b);
    QCOMPARE(a.results.size(), 0); // never from inside ping()
    QCOMPARE(t.requestCount(), 2);
    QTRY_COMPARE(b.results.size(), 1);
    QCOMPARE(a.results.size(), 1);
    QCOMPARE(a.results.first().error, Error::NoError);
    QCOMPARE(a.results.first().httpStatus, 204);
    QVERIFY(a.results.first().elapsedMs >= 0);
    QVERIFY(t.requests().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(a.results.size(), 1); // exactly once
}

void tst_MemoryTransport::pingOutcomesMatchSend()
{
    MemoryTransport t;
    t.setMaxResponseBytes(4);
    t.setResponse(QUrl(u"https://t.example/ok"_s), "ok");
    t.setResponse(QUrl(u"https://t.example/gone"_s), "", 410);
    t.setResponse(QUrl(u"https://t.example/big"_s), "too large");
    t.setResponse(QUrl(u"https://t.example/down"_s), MemoryResponse::failure(Error::ConnectionRefused));
    const QStringList urls
        = { u"https://t.example/ok"_s, u"https://t.example/gone"_s, u"https://t.example/big"_s,
              u"https://t.example/down"_s, u"https://t.example/none"_s };
    for (const QString &url : urls) {
        Pinger p;
        t.ping(pingText(url), &p);
        Sent s(t.get(QUrl(url)));
        QVERIFY(s.wait());
        QTRY_COMPARE(p.results.size(), 1);
        const PingResult &r = p.results.first();
        QCOMPARE(r.error, s.reply->error());
        QCOMPARE(r.errorString, s.reply->errorString());
        QCOMPARE(r.httpStatus, s.reply->httpStatus());
    }
}

void tst_MemoryTransport::pingRecordsAndMatchesLikeSend()
{
    MemoryTransport t;
    t.setMatchQuery(false);
    t.setResponse(QUrl(u"https://t.example/imp"_s), MemoryResponse("", 200));
    t.setSchemes({ u"https"_s });
    Pinger ok;
    Pinger ftp;
    t.ping(pingText(u"https://t.example/imp?cb=7 8"_s), &ok);
    t.ping(pingText(u"ftp://t.example/imp"_s), &ftp);
    QTRY_COMPARE(ftp.results.size(), 1);
    QCOMPARE(ok.results.size(), 1);
    QCOMPARE(ok.results.first().error, Error::NoError);
    QCOMPARE(ftp.results.first().error, Error::UnsupportedScheme);
    // Recorded as send() records: the text parsed as QUrl(text, QUrl::TolerantMode).
    QCOMPARE(t.requests().size(), 2);
    QCOMPARE(t.requests().first().url, QUrl(u"https://t.example/imp?cb=7 8"_s, QUrl::TolerantMode));
    QCOMPARE(t.requestsFor(QUrl(u"https://t.example/imp"_s)).size(), 1);
}

void tst_MemoryTransport::pingsAndRepliesFinishInSendOrder()
{
    MemoryTransport t;
    t.setRecordRequests(false);
    t.setDefaultResponse(MemoryResponse());
    QStringList order;
    Pinger p1;
    Pinger p2;
    p1.onFinished = [&order](const PingResult &) { order.append(u"p1"_s); };
    p2.onFinished = [&order](const PingResult &) { order.append(u"p2"_s); };
    t.ping(pingText(u"https://t.example/1"_s), &p1);
    std::unique_ptr<TransportReply> r(t.get(QUrl(u"https://t.example/2"_s)));
    connect(r.get(), &TransportReply::finished, this, [&order] { order.append(u"reply"_s); });
    t.ping(pingText(u"https://t.example/3"_s), &p2);
    QTRY_COMPARE(order.size(), 3);
    QCOMPARE(order, (QStringList { u"p1"_s, u"reply"_s, u"p2"_s }));
}

void tst_MemoryTransport::cancelPingSilencesIt()
{
    MemoryTransport t;
    t.setDefaultResponse(MemoryResponse());
    Pinger cancelled;
    Pinger kept;
    t.ping(pingText(u"https://t.example/1"_s), &cancelled);
    t.ping(pingText(u"https://t.example/2"_s), &kept);
    t.cancelPing(&cancelled);
    t.cancelPing(&cancelled); // nothing running: nothing happens
    QTRY_COMPARE(kept.results.size(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(cancelled.results.size(), 0);
}

void tst_MemoryTransport::cancelFromAnotherPingsHandler()
{
    // An answer's handler cancels (e.g. deletes) a later handler of the same batch.
    MemoryTransport t;
    t.setDefaultResponse(MemoryResponse());
    Pinger first;
    Pinger second;
    first.onFinished = [&t, &second](const PingResult &) { t.cancelPing(&second); };
    t.ping(pingText(u"https://t.example/1"_s), &first);
    t.ping(pingText(u"https://t.example/2"_s), &second);
    QTRY_COMPARE(first.results.size(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(second.results.size(), 0);
}

void tst_MemoryTransport::delayedPingAndTimeout()
{
    MemoryTransport t;
    t.setResponse(QUrl(u"https://t.example/slow"_s), MemoryResponse("", 200, 30));
    t.setResponse(QUrl(u"https://t.example/never"_s), MemoryResponse("", 200, 60000));
    Pinger slow;
    Pinger never;
    t.ping(pingText(u"https://t.example/slow"_s), &slow);
    t.ping(pingText(u"https://t.example/never"_s, 50), &never);
    QTRY_COMPARE(slow.results.size(), 1);
    QCOMPARE(slow.results.first().error, Error::NoError);
    QTRY_COMPARE(never.results.size(), 1);
    QCOMPARE(never.results.first().error, Error::Timeout);
}

void tst_MemoryTransport::defaultPingGoesThroughSend()
{
    ReplyOnlyTransport t;
    t.inner.setResponse(QUrl(u"https://t.example/ok"_s), "", 200);
    t.inner.setResponse(QUrl(u"https://t.example/hang"_s), MemoryResponse("", 200, 60000));
    Pinger ok;
    Pinger hang;
    Pinger cancelled;
    t.ping(pingText(u"https://t.example/ok"_s, 1000), &ok);
    t.ping(pingText(u"https://t.example/hang"_s, 50), &hang); // the inner transport has no timeout
    t.ping(pingText(u"https://t.example/ok"_s), &cancelled);
    t.cancelPing(&cancelled);
    QCOMPARE(t.sent.size(), 3);
    QCOMPARE(t.sent.first().url, QUrl(u"https://t.example/ok"_s));
    QCOMPARE(t.sent.first().timeoutMs, 1000);
    QCOMPARE(ok.results.size(), 0);
    QTRY_COMPARE(ok.results.size(), 1);
    QCOMPARE(ok.results.first().httpStatus, 200);
    // The guard of ping()'s contract ends it with Timeout.
    QTRY_COMPARE(hang.results.size(), 1);
    QCOMPARE(hang.results.first().error, Error::Timeout);
    QCOMPARE(cancelled.results.size(), 0);
}

void tst_MemoryTransport::destroyedTransportAbortsPings()
{
    Pinger p;
    Pinger delayed;
    {
        MemoryTransport t;
        t.setDefaultResponse(MemoryResponse());
        t.setResponse(QUrl(u"https://t.example/slow"_s), MemoryResponse("", 200, 60000));
        t.ping(pingText(u"https://t.example/1"_s), &p);
        t.ping(pingText(u"https://t.example/slow"_s), &delayed);
    }
    QCOMPARE(p.results.size(), 1);
    QCOMPARE(p.results.first().error, Error::Aborted);
    QCOMPARE(delayed.results.size(), 1);
    QCOMPARE(delayed.results.first().error, Error::Aborted);
    QCoreApplication::processEvents();
    QCOMPARE(p.results.size(), 1);
}

QTEST_GUILESS_MAIN(tst_MemoryTransport)
#include "tst_memorytransport.moc"
