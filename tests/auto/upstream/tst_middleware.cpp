// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "testserver.h"
#include <VastQt/httptransport.h>
#include <VastQt/cachemiddleware.h>
#include <VastQt/circuitbreaker.h>
#include <VastQt/metricsmiddleware.h>
#include <VastQt/retrymiddleware.h>
#include <VastQt/upstream.h>
#include <VastQt/upstreamtransport.h>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace VastQt;
using Error = TransportReply::Error;
using State = CircuitBreakerMiddleware::State;

namespace
{
TestServer::Response answer(int status, const QByteArray &body = "body", int delayMs = 0)
{
    TestServer::Response r;
    r.status = status;
    r.body = body;
    r.delayMs = delayMs;
    return r;
}

// Sends a GET through \a upstream and waits; checks finished() once.
std::unique_ptr<TransportReply> get(Upstream &upstream, const QUrl &url)
{
    std::unique_ptr<TransportReply> reply(upstream.request(url));
    QSignalSpy finished(reply.get(), &TransportReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        qWarning("no answer from %s", qPrintable(url.toString()));
    QTest::qWait(0);
    if (finished.size() != 1)
        qWarning("finished() %d times", int(finished.size()));
    return reply;
}
} // namespace

class tst_Middleware : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> server;
    std::unique_ptr<HttpTransport> transport;

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<TestServer>();
        QVERIFY(server->start());
        transport = std::make_unique<HttpTransport>();
    }
    void cleanup()
    {
        transport.reset();
        server.reset();
    }

    void failureClassification_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("failure");
        QTest::addRow("200") << 200 << false;
        QTest::addRow("404") << 404 << false;
        QTest::addRow("429") << 429 << true;
        QTest::addRow("500") << 500 << true;
        QTest::addRow("503") << 503 << true;
    }
    void failureClassification()
    {
        QFETCH(int, status);
        QFETCH(bool, failure);
        server->setResponse(u"/x"_s, answer(status));
        Upstream upstream(transport.get());
        auto reply = get(upstream, server->url(u"/x"_s));
        QCOMPARE(Middleware::isFailure(reply.get()), failure);
        QCOMPARE(Middleware::sourceKey(QUrl(u"http://u:p@h:1/a/b?q=1#f"_s)), u"http://h:1/a/b"_s);
    }

    void retryBacksOffThenSucceeds()
    {
        server->setResponseSequence(u"/flaky"_s, {answer(503), answer(500), answer(200, "ok")});
        RetryMiddleware retry(3, 20);
        QCOMPARE(retry.delayFor(1), 20);
        QCOMPARE(retry.delayFor(2), 40);
        QCOMPARE(retry.delayFor(3), 80);
        retry.setMaxDelay(50);
        QCOMPARE(retry.delayFor(3), 50);
        Upstream upstream(transport.get());
        upstream.addMiddleware(&retry);
        auto reply = get(upstream, server->url(u"/flaky"_s));
        QCOMPARE(reply->error(), Error::NoError);
        QCOMPARE(reply->body(), QByteArrayLiteral("ok"));
        QCOMPARE(reply->property("attempts").toInt(), 3);
        QCOMPARE(server->requestsFor(u"/flaky"_s).size(), 3);
    }

    void retryGivesUpAndSkipsClientErrors()
    {
        server->setResponse(u"/down"_s, answer(500, "down"));
        server->setResponse(u"/gone"_s, answer(404));
        RetryMiddleware retry(2, 10);
        Upstream upstream(transport.get());
        upstream.addMiddleware(&retry);
        auto down = get(upstream, server->url(u"/down"_s));
        QCOMPARE(down->error(), Error::HttpError);
        QCOMPARE(down->httpStatus(), 500);
        QCOMPARE(down->property("attempts").toInt(), 3);
        QCOMPARE(server->requestsFor(u"/down"_s).size(), 3);
        auto gone = get(upstream, server->url(u"/gone"_s));
        QCOMPARE(gone->httpStatus(), 404);
        QCOMPARE(server->requestsFor(u"/gone"_s).size(), 1);
    }

    void retryAbortCancelsPendingRetry()
    {
        server->setResponse(u"/down"_s, answer(500));
        RetryMiddleware retry(5, 300);
        Upstream upstream(transport.get());
        upstream.addMiddleware(&retry);
        std::unique_ptr<TransportReply> reply(upstream.request(server->url(u"/down"_s)));
        QSignalSpy finished(reply.get(), &TransportReply::finished);
        QTRY_COMPARE(server->requestsFor(u"/down"_s).size(), 1);
        QTRY_COMPARE(reply->property("attempts").toInt(), 1);
        QSignalSpy received(server.get(), &TestServer::requestReceived);
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reply->error(), Error::Aborted);
        // No retry follows the abort, even after the retry delay.
        QVERIFY(!received.wait(600));
        QCOMPARE(server->requestsFor(u"/down"_s).size(), 1);
        QCOMPARE(finished.size(), 1);
    }

    void circuitBreakerOpensRejectsAndHalfOpens()
    {
        server->setResponse(u"/src"_s, answer(500));
        server->setResponse(u"/other"_s, answer(200));
        CircuitBreakerMiddleware breaker;
        qint64 now = 0;
        breaker.setClock([&now] { return now; });
        breaker.setFailureThreshold(3);
        breaker.setWindow(10000);
        breaker.setCoolDown(5000);
        QSignalSpy changes(&breaker, &CircuitBreakerMiddleware::stateChanged);
        Upstream upstream(transport.get());
        upstream.addMiddleware(&breaker);
        const QUrl src = server->url(u"/src?x=1"_s);

        // Failures spread beyond the window do not open it.
        get(upstream, src);
        now += 10001;
        get(upstream, src);
        get(upstream, src);
        QCOMPARE(breaker.state(src), State::Closed);
        QCOMPARE(breaker.failureCount(src.toString()), 2);
        // The third failure within the window opens it.
        get(upstream, src);
        QCOMPARE(breaker.state(src), State::Open);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(1).value<State>(), State::Open);
        QCOMPARE(server->requestsFor(u"/src"_s).size(), 4);

        // Open: refused without reaching the server, asynchronously.
        std::unique_ptr<TransportReply> refused(upstream.request(src));
        QVERIFY(!refused->isFinished());
        QSignalSpy refusedFinished(refused.get(), &TransportReply::finished);
        QVERIFY(refusedFinished.wait(5000));
        QCOMPARE(refused->error(), Error::ProtocolError);
        QVERIFY(refused->property(Middleware::RejectedProperty).toBool());
        QVERIFY(refused->errorString().contains(u"Circuit breaker open"_s));
        QCOMPARE(server->requestsFor(u"/src"_s).size(), 4);
        QCOMPARE(breaker.rejectedCount(), 1);
        // Other sources are not affected.
        QCOMPARE(get(upstream, server->url(u"/other"_s))->error(), Error::NoError);

        // After the cool-down: half-open, one trial; its failure opens again.
        now += 5000;
        QCOMPARE(breaker.state(src), State::HalfOpen);
        get(upstream, src);
        QCOMPARE(server->requestsFor(u"/src"_s).size(), 5);
        QCOMPARE(breaker.state(src), State::Open);
        QCOMPARE(get(upstream, src)->property(Middleware::RejectedProperty).toBool(), true);
        QCOMPARE(server->requestsFor(u"/src"_s).size(), 5);

        // Next trial succeeds: closed again, requests pass.
        now += 5000;
        server->setResponse(u"/src"_s, answer(200, "back"));
        std::unique_ptr<TransportReply> trial(upstream.request(src));
        std::unique_ptr<TransportReply> second(upstream.request(src)); // while the trial runs: refused
        QSignalSpy trialDone(trial.get(), &TransportReply::finished);
        QVERIFY(trialDone.wait(5000));
        QCOMPARE(trial->body(), QByteArrayLiteral("back"));
        QTRY_VERIFY(second->isFinished());
        QVERIFY(second->property(Middleware::RejectedProperty).toBool());
        QCOMPARE(breaker.state(src), State::Closed);
        QCOMPARE(get(upstream, src)->body(), QByteArrayLiteral("back"));
        QCOMPARE(server->requestsFor(u"/src"_s).size(), 7);
        QList<State> sequence;
        for (const auto &c : changes)
            sequence.append(c.at(1).value<State>());
        QCOMPARE(sequence, (QList<State>{State::Open, State::HalfOpen, State::Open, State::HalfOpen, State::Closed}));
    }

    void cacheAnswersRepeatsWithinTtl()
    {
        server->setResponse(u"/vast"_s, answer(200, "<VAST/>"));
        server->setResponse(u"/err"_s, answer(500));
        MemoryCacheBackend backend;
        qint64 now = 0;
        backend.setClock([&now] { return now; });
        CacheMiddleware cache(&backend, 1000);
        Upstream upstream(transport.get());
        upstream.addMiddleware(&cache);

        auto first = get(upstream, server->url(u"/vast?a=1"_s));
        QVERIFY(!first->property(Middleware::CacheHitProperty).toBool());
        auto second = get(upstream, server->url(u"/vast?a=1"_s));
        QVERIFY(second->property(Middleware::CacheHitProperty).toBool());
        QCOMPARE(second->body(), QByteArrayLiteral("<VAST/>"));
        QCOMPARE(second->httpStatus(), 200);
        QCOMPARE(server->requestsFor(u"/vast"_s).size(), 1);
        // Another query is another entry.
        get(upstream, server->url(u"/vast?a=2"_s));
        QCOMPARE(server->requestsFor(u"/vast"_s).size(), 2);
        QCOMPARE(cache.hits(), 1);
        QCOMPARE(cache.misses(), 2);
        // Expired: fetched again.
        now += 1000;
        get(upstream, server->url(u"/vast?a=1"_s));
        QCOMPARE(server->requestsFor(u"/vast"_s).size(), 3);
        // Failures are never cached.
        get(upstream, server->url(u"/err"_s));
        get(upstream, server->url(u"/err"_s));
        QCOMPARE(server->requestsFor(u"/err"_s).size(), 2);
    }

    void memoryBackendEvicts()
    {
        MemoryCacheBackend backend;
        backend.setMaxEntries(2);
        backend.set(u"a"_s, 1, 100);
        backend.set(u"b"_s, 2, 300);
        backend.set(u"c"_s, 3, 200); // drops "a", the closest to expiry
        QCOMPARE(backend.size(), 2);
        QVERIFY(!backend.get(u"a"_s).isValid());
        QCOMPARE(backend.get(u"b"_s).toInt(), 2);
        backend.remove(u"b"_s);
        QVERIFY(!backend.get(u"b"_s).isValid());
        backend.clear();
        QCOMPARE(backend.size(), 0);
    }

    void metricsCountPerSource()
    {
        server->setResponse(u"/ok"_s, answer(200, "ok", 50));
        server->setResponse(u"/bad"_s, answer(503));
        MetricsMiddleware metrics;
        QSignalSpy changed(&metrics, &MetricsMiddleware::changed);
        Upstream upstream(transport.get());
        upstream.addMiddleware(&metrics);
        get(upstream, server->url(u"/ok?n=1"_s));
        get(upstream, server->url(u"/ok?n=2"_s));
        get(upstream, server->url(u"/bad"_s));
        const QString ok = server->url(u"/ok"_s).toString();
        const QString bad = server->url(u"/bad"_s).toString();
        QCOMPARE(metrics.sources(), (QStringList{ok, bad}));
        QCOMPARE(metrics.totalRequests(), 3);
        QCOMPARE(metrics.totalFailures(), 1);
        QCOMPARE(metrics.requests(ok), 2);
        QCOMPARE(metrics.failures(ok), 0);
        QCOMPARE(metrics.failures(bad), 1);
        QVERIFY(metrics.latencyPercentile(ok, 50) >= 50); // the server held each answer 50 ms
        QCOMPARE(changed.size(), 3);
        const QVariantMap snap = metrics.snapshot(bad);
        QCOMPARE(snap.value(u"failureRate"_s).toDouble(), 1.0);
        QCOMPARE(metrics.property("totalRequests").toInt(), 3);
        QCOMPARE(metrics.snapshots().size(), 2);
    }

    void metricsPercentiles()
    {
        MetricsMiddleware metrics;
        metrics.setLatencyWindow(100);
        for (int i = 1; i <= 100; ++i)
            metrics.record(u"http://a/x"_s, i % 10 == 0, i);
        QCOMPARE(metrics.latencyPercentile(u"http://a/x"_s, 50), 50);
        QCOMPARE(metrics.latencyPercentile(u"http://a/x"_s, 90), 90);
        QCOMPARE(metrics.latencyPercentile(u"http://a/x"_s, 99), 99);
        QCOMPARE(metrics.latencyPercentile(u"http://a/x"_s, 100), 100);
        QCOMPARE(metrics.failures(u"http://a/x?q=1"_s), 10);
        QCOMPARE(metrics.latencyPercentile(u"http://none/"_s, 50), -1);
        // The window keeps the newest samples only.
        for (int i = 0; i < 100; ++i)
            metrics.record(u"http://a/x"_s, false, 1000);
        QCOMPARE(metrics.latencyPercentile(u"http://a/x"_s, 1), 1000);
        QCOMPARE(metrics.requests(u"http://a/x"_s), 200);
        metrics.reset();
        QCOMPARE(metrics.totalRequests(), 0);
    }

    void upstreamTransportRunsTheChain()
    {
        server->setResponse(u"/t"_s, answer(200, "through"));
        MetricsMiddleware metrics;
        Upstream upstream(transport.get());
        upstream.addMiddleware(&metrics);
        UpstreamTransport via(&upstream);
        QVERIFY(via.supportsScheme(u"http"_s));
        std::unique_ptr<TransportReply> reply(via.get(server->url(u"/t"_s)));
        QSignalSpy finished(reply.get(), &TransportReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->body(), QByteArrayLiteral("through"));
        QCOMPARE(metrics.totalRequests(), 1);
        UpstreamTransport none(nullptr);
        QVERIFY(!none.supportsScheme(u"http"_s));
        std::unique_ptr<TransportReply> failed(none.get(server->url(u"/t"_s)));
        QSignalSpy failedDone(failed.get(), &TransportReply::finished);
        QVERIFY(failedDone.wait(5000));
        QCOMPARE(failed->error(), Error::ProtocolError);
    }
};

QTEST_GUILESS_MAIN(tst_Middleware)
#include "tst_middleware.moc"
