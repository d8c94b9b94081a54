// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "testserver.h"

#include <VastQt/beacon.h>
#include <VastQt/httptransport.h>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

using State = Beacon::State;

namespace
{

QList<State> states(const QSignalSpy &spy)
{
    QList<State> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<State>());
    return out;
}

TestServer::Response status(int code)
{
    TestServer::Response r;
    r.status = code;
    r.contentType = QByteArrayLiteral("text/plain");
    return r;
}

RetryPolicy fastPolicy(int maxRetries, int initialDelayMs = 20)
{
    RetryPolicy p;
    p.maxRetries = maxRetries;
    p.initialDelayMs = initialDelayMs;
    p.multiplier = 2.0;
    p.timeoutMs = 5000;
    return p;
}

} // namespace

class tst_Beacon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void defaultRetryPolicy();
    void delayForRetry_data();
    void delayForRetry();
    void pendingSendingTracked();
    void serverErrorsThenSuccessRetries();
    void alwaysFailingEndsFailedAfterMaxRetries();
    void deadPortFails();
    void httpStatusDecidesSuccess_data();
    void httpStatusDecidesSuccess();
    void redirectIsFollowedAndTracked();
    void invalidUrlFailsWithoutAttempt();
    void unsupportedSchemeIsNotRetried();
    void attemptTimeout();
    void abortWhileWaiting();
    void jitterIsBoundedAndReproducible();
    void jitterFollowsTheSeed();
    void retryAfterIsHonoured_data();
    void retryAfterIsHonoured();
    void startTwiceIsIgnored();

private:
    TestServer m_server;
    HttpTransport m_transport;
};

void tst_Beacon::initTestCase()
{
    QVERIFY(m_server.start());
}

void tst_Beacon::init()
{
    m_server.clearRequests();
}

void tst_Beacon::defaultRetryPolicy()
{
    const RetryPolicy p;
    QCOMPARE(p.maxRetries, 2);
    QCOMPARE(p.initialDelayMs, 500);
    QCOMPARE(p.multiplier, 2.0);
    QCOMPARE(p.timeoutMs, 5000);
    QCOMPARE(p.jitter, 0.0);
}

void tst_Beacon::delayForRetry_data()
{
    QTest::addColumn<int>("initial");
    QTest::addColumn<double>("multiplier");
    QTest::addColumn<int>("cap");
    QTest::addColumn<QList<int>>("expected");

    QTest::addRow("defaults") << 500 << 2.0 << 30000 << QList<int> { 500, 1000, 2000, 4000 };
    QTest::addRow("triple") << 100 << 3.0 << 30000 << QList<int> { 100, 300, 900, 2700 };
    QTest::addRow("capped") << 1000 << 10.0 << 5000 << QList<int> { 1000, 5000, 5000, 5000 };
    QTest::addRow("constant") << 250 << 1.0 << 30000 << QList<int> { 250, 250, 250, 250 };
}

void tst_Beacon::delayForRetry()
{
    QFETCH(int, initial);
    QFETCH(double, multiplier);
    QFETCH(int, cap);
    QFETCH(QList<int>, expected);
    RetryPolicy p;
    p.initialDelayMs = initial;
    p.multiplier = multiplier;
    p.maxDelayMs = cap;
    QList<int> got;
    for (int retry = 1; retry <= expected.size(); ++retry)
        got.append(p.delayForRetry(retry));
    QCOMPARE(got, expected);
    QCOMPARE(p.delayForRetry(0), 0);
}

void tst_Beacon::pendingSendingTracked()
{
    const QUrl url = m_server.url(u"/track/imp?x=1"_s);
    Beacon beacon(&m_transport, u"impression"_s, u"tmpl"_s, url, 1234);
    QSignalSpy stateSpy(&beacon, &Beacon::stateChanged);
    QSignalSpy finishedSpy(&beacon, &Beacon::finished);
    QSignalSpy errorSpy(&beacon, &Beacon::errorOccurred);

    QCOMPARE(beacon.state(), State::Pending);
    QCOMPARE(beacon.event(), u"impression"_s);
    QCOMPARE(beacon.templateUrl(), u"tmpl"_s);
    QCOMPARE(beacon.url(), url);
    QCOMPARE(beacon.offsetMs(), 1234);
    QCOMPARE(beacon.attempts(), 0);
    QCOMPARE(beacon.latencyMs(), -1);

    beacon.start();
    // Nothing happens inside start(): the first attempt runs from the event loop.
    QCOMPARE(beacon.state(), State::Pending);
    QCOMPARE(stateSpy.count(), 0);

    QVERIFY(finishedSpy.wait());
    QCOMPARE(states(stateSpy), (QList<State> { State::Sending, State::Tracked }));
    QCOMPARE(beacon.state(), State::Tracked);
    QVERIFY(beacon.isFinished());
    QCOMPARE(beacon.attempts(), 1);
    QCOMPARE(beacon.httpStatus(), 200);
    QVERIFY(beacon.latencyMs() >= 0);
    QCOMPARE(beacon.error(), TransportReply::Error::NoError);
    QVERIFY(beacon.errorString().isEmpty());
    QVERIFY(beacon.retryDelaysMs().isEmpty());
    QCOMPARE(finishedSpy.count(), 1);
    QCOMPARE(errorSpy.count(), 0);

    const auto requests = m_server.requestsFor(u"/track/imp"_s);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().query.queryItemValue(u"x"_s), u"1"_s);
}

void tst_Beacon::serverErrorsThenSuccessRetries()
{
    m_server.setResponseSequence(u"/track/flaky"_s, { status(500), status(500), status(200) });
    Beacon beacon(&m_transport, u"start"_s, QString(), m_server.url(u"/track/flaky"_s), 0);
    beacon.setRetryPolicy(fastPolicy(2));
    QSignalSpy stateSpy(&beacon, &Beacon::stateChanged);
    QSignalSpy finishedSpy(&beacon, &Beacon::finished);
    QSignalSpy errorSpy(&beacon, &Beacon::errorOccurred);
    QSignalSpy retrySpy(&beacon, &Beacon::retryScheduled);
    beacon.start();

    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 1, 10000);
    QCOMPARE(states(stateSpy),
        (QList<State> {
            State::Sending, State::Waiting, State::Sending, State::Waiting, State::Sending, State::Tracked }));
    QCOMPARE(beacon.attempts(), 3);
    QCOMPARE(beacon.state(), State::Tracked);
    QCOMPARE(beacon.httpStatus(), 200);
    QCOMPARE(errorSpy.count(), 0);
    // The backoff grows: 20 ms, then 40 ms (the scheduled delays, not measured times).
    QCOMPARE(beacon.retryDelaysMs(), (QList<int> { 20, 40 }));
    QCOMPARE(retrySpy.count(), 2);
    QCOMPARE(retrySpy.at(0).at(0).toInt(), 1);
    QCOMPARE(retrySpy.at(0).at(1).toInt(), 20);
    QCOMPARE(retrySpy.at(1).at(0).toInt(), 2);
    QCOMPARE(retrySpy.at(1).at(1).toInt(), 40);
    QCOMPARE(m_server.requestsFor(u"/track/flaky"_s).size(), 3);
}

void tst_Beacon::alwaysFailingEndsFailedAfterMaxRetries()
{
    m_server.setResponse(u"/track/down"_s, status(500));
    Beacon beacon(&m_transport, u"complete"_s, QString(), m_server.url(u"/track/down"_s), 0);
    beacon.setRetryPolicy(fastPolicy(2, 10));
    QSignalSpy stateSpy(&beacon, &Beacon::stateChanged);
    QSignalSpy finishedSpy(&beacon, &Beacon::finished);
    QSignalSpy errorSpy(&beacon, &Beacon::errorOccurred);
    beacon.start();

    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 1, 10000);
    QCOMPARE(states(stateSpy),
        (QList<State> {
            State::Sending, State::Waiting, State::Sending, State::Waiting, State::Sending, State::Failed }));
    QCOMPARE(beacon.attempts(), 3); // maxRetries + 1
    QCOMPARE(beacon.httpStatus(), 500);
    QCOMPARE(beacon.error(), TransportReply::Error::HttpError);
    QVERIFY(!beacon.errorString().isEmpty());
    QCOMPARE(errorSpy.count(), 1);
    QCOMPARE(errorSpy.first().at(0).value<TransportReply::Error>(), TransportReply::Error::HttpError);
    QCOMPARE(beacon.retryDelaysMs(), (QList<int> { 10, 20 }));

    // Make sure nothing else is sent and finished() stays at one: another round trip to
    // the server passes after any stray retry would have been queued.
    Beacon probe(&m_transport, u"probe"_s, QString(), m_server.url(u"/track/probe"_s), 0);
    QSignalSpy probeSpy(&probe, &Beacon::finished);
    probe.start();
    QVERIFY(probeSpy.wait());
    QCOMPARE(m_server.requestsFor(u"/track/down"_s).size(), 3);
    QCOMPARE(finishedSpy.count(), 1);
    QCOMPARE(beacon.state(), State::Failed);
}

void tst_Beacon::deadPortFails()
{
    QUrl url(u"http://127.0.0.1/track/dead"_s);
    url.setPort(TestServer::unusedPort());
    Beacon beacon(&m_transport, u"start"_s, QString(), url, 0);
    beacon.setRetryPolicy(fastPolicy(1, 10));
    QSignalSpy stateSpy(&beacon, &Beacon::stateChanged);
    QSignalSpy finishedSpy(&beacon, &Beacon::finished);
    QSignalSpy errorSpy(&beacon, &Beacon::errorOccurred);
    beacon.start();

    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 1, 15000);
    QCOMPARE(states(stateSpy), (QList<State> { State::Sending, State::Waiting, State::Sending, State::Failed }));
    QCOMPARE(beacon.attempts(), 2);
    QCOMPARE(beacon.httpStatus(), 0);
    QCOMPARE(beacon.error(), TransportReply::Error::ConnectionRefused);
    QCOMPARE(errorSpy.count(), 1);
}

void tst_Beacon::httpStatusDecidesSuccess_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<State>("expected");
    QTest::addRow("200") << 200 << State::Tracked;
    QTest::addRow("204") << 204 << State::Tracked;
    QTest::addRow("299") << 299 << State::Tracked;
    QTest::addRow("400") << 400 << State::Failed;
    QTest::addRow("404") << 404 << State::Failed;
    QTest::addRow("503") << 503 << State::Failed;
}

void tst_Beacon::httpStatusDecidesSuccess()
{
    QFETCH(int, code);
    QFETCH(State, expected);
    const QString path = u"/track/status%1"_s.arg(code);
    m_server.setResponse(path, status(code));
    Beacon beacon(&m_transport, u"midpoint"_s, QString(), m_server.url(path), 0);
    beacon.setRetryPolicy(fastPolicy(0));
    QSignalSpy finishedSpy(&beacon, &Beacon::finished);
    beacon.start();
    QVERIFY(finishedSpy.wait());
    QCOMPARE(beacon.state(), expected);
    QCOMPARE(beacon.httpStatus(), code);
    QCOMPARE(beacon.attempts(), 1);
}

void tst_Beacon::redirectIsFollowedAndTracked()
{
    m_server.setRedirect(u"/track/jump"_s, m_server.url(u"/track/landed"_s), 302);
    Beacon beacon(&m_transport, u"start"_s, QString(), m_server.url(u"/track/jump"_s), 0);
    QSignalSpy finishedSpy(&beacon, &Beacon::finished);
    beacon.start();
    QVERIFY(finishedSpy.wait());
    QCOMPARE(beacon.state(), State::Tracked);
    QCOMPARE(m_server.requestsFor(u"/track/landed"_s).size(), 1);
}

void tst_Beacon::invalidUrlFailsWithoutAttempt()
{
    Beacon beacon(&m_transport, u"start"_s, u"not a url"_s, QUrl(), 0);
    QSignalSpy stateSpy(&beacon, &Beacon::stateChanged);
    QSignalSpy finishedSpy(&beacon, &Beacon::finished);
    QSignalSpy errorSpy(&beacon, &Beacon::errorOccurred);
    beacon.start();
    QCOMPARE(finishedSpy.count(), 0); // reported from the event loop, not from start()
    QVERIFY(finishedSpy.wait());
    QCOMPARE(states(stateSpy), QList<State> { State::Failed });
    QCOMPARE(beacon.attempts(), 0);
    QCOMPARE(errorSpy.count(), 1);
    QCOMPARE(finishedSpy.count(), 1);
}

void tst_Beacon::unsupportedSchemeIsNotRetried()
{
    Beacon beacon(&m_transport, u"start"_s, QString(), QUrl(u"ftp://127.0.0.1/track/x"_s), 0);
    beacon.setRetryPolicy(fastPolicy(3, 10));
    QSignalSpy stateSpy(&beacon, &Beacon::stateChanged);
    QSignalSpy finishedSpy(&beacon, &Beacon::finished);
    beacon.start();
    QVERIFY(finishedSpy.wait());
    QCOMPARE(states(stateSpy), (QList<State> { State::Sending, State::Failed }));
    QCOMPARE(beacon.attempts(), 1);
    QCOMPARE(beacon.error(), TransportReply::Error::UnsupportedScheme);
}

void tst_Beacon::attemptTimeout()
{
    TestServer::Response slow = status(200);
    slow.delayMs = 3000;
    m_server.setResponse(u"/track/slow"_s, slow);
    Beacon beacon(&m_transport, u"start"_s, QString(), m_server.url(u"/track/slow"_s), 0);
    RetryPolicy p = fastPolicy(0);
    p.timeoutMs = 100;
    beacon.setRetryPolicy(p);
    QSignalSpy finishedSpy(&beacon, &Beacon::finished);
    QSignalSpy errorSpy(&beacon, &Beacon::errorOccurred);
    beacon.start();
    QVERIFY(finishedSpy.wait(2500)); // well before the server would answer
    QCOMPARE(beacon.state(), State::Failed);
    QCOMPARE(beacon.error(), TransportReply::Error::Timeout);
    QCOMPARE(errorSpy.count(), 1);
    QCOMPARE(errorSpy.first().at(0).value<TransportReply::Error>(), TransportReply::Error::Timeout);
}

void tst_Beacon::abortWhileWaiting()
{
    m_server.setResponse(u"/track/never"_s, status(503));
    Beacon beacon(&m_transport, u"start"_s, QString(), m_server.url(u"/track/never"_s), 0);
    beacon.setRetryPolicy(fastPolicy(5, 60000));
    QSignalSpy stateSpy(&beacon, &Beacon::stateChanged);
    QSignalSpy finishedSpy(&beacon, &Beacon::finished);
    QSignalSpy errorSpy(&beacon, &Beacon::errorOccurred);
    beacon.start();
    QTRY_COMPARE(beacon.state(), State::Waiting);
    beacon.abort();
    QCOMPARE(beacon.state(), State::Failed);
    QCOMPARE(beacon.error(), TransportReply::Error::Aborted);
    QCOMPARE(finishedSpy.count(), 1);
    QCOMPARE(errorSpy.count(), 1);
    beacon.abort(); // no effect on a finished beacon
    QCOMPARE(finishedSpy.count(), 1);
    QCOMPARE(states(stateSpy), (QList<State> { State::Sending, State::Waiting, State::Failed }));
    QCOMPARE(beacon.attempts(), 1);
}

void tst_Beacon::jitterIsBoundedAndReproducible()
{
    m_server.setResponse(u"/track/jitter"_s, status(500));
    RetryPolicy p = fastPolicy(3, 20);
    p.jitter = 0.5;
    p.jitterSeed = 1234;

    QList<QList<int>> runs;
    for (int run = 0; run < 2; ++run) {
        Beacon beacon(&m_transport, u"start"_s, QString(), m_server.url(u"/track/jitter"_s), 0);
        beacon.setRetryPolicy(p);
        QSignalSpy finishedSpy(&beacon, &Beacon::finished);
        beacon.start();
        QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 1, 10000);
        QCOMPARE(beacon.attempts(), 4);
        runs.append(beacon.retryDelaysMs());
    }
    QCOMPARE(runs.at(0), runs.at(1));
    const QList<int> delays = runs.at(0);
    QCOMPARE(delays.size(), 3);
    for (int i = 0; i < delays.size(); ++i) {
        const int nominal = p.delayForRetry(i + 1);
        QVERIFY2(
            delays.at(i) >= nominal / 2 && delays.at(i) <= nominal * 3 / 2, qPrintable(QString::number(delays.at(i))));
    }
    QVERIFY(delays != (QList<int> { 20, 40, 80 })); // jitter applied
}

// Same seed, same delays; another seed (or another beacon URL) other delays; every delay
// within [nominal × (1 − j), nominal × (1 + j)] of the exponential schedule.
void tst_Beacon::jitterFollowsTheSeed()
{
    m_server.setResponse(u"/track/seeded"_s, status(500));
    m_server.setResponse(u"/track/seeded-other"_s, status(500));
    RetryPolicy p = fastPolicy(4, 10);
    p.jitter = 0.25;
    const auto delaysFor = [&](quint32 seed, const QString &path) {
        RetryPolicy policy = p;
        policy.jitterSeed = seed;
        Beacon beacon(&m_transport, u"start"_s, QString(), m_server.url(path), 0);
        beacon.setRetryPolicy(policy);
        QSignalSpy finishedSpy(&beacon, &Beacon::finished);
        beacon.start();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 1, 10000); }();
        return beacon.retryDelaysMs();
    };
    const QList<int> a = delaysFor(7, u"/track/seeded"_s);
    QCOMPARE(a.size(), 4);
    QCOMPARE(delaysFor(7, u"/track/seeded"_s), a);
    QVERIFY(delaysFor(8, u"/track/seeded"_s) != a);
    QVERIFY(delaysFor(7, u"/track/seeded-other"_s) != a); // beacons do not retry in lockstep
    for (int i = 0; i < a.size(); ++i) {
        const int nominal = p.delayForRetry(i + 1);
        QVERIFY2(a.at(i) >= int(nominal * (1 - p.jitter)) && a.at(i) <= int(nominal * (1 + p.jitter)),
                 qPrintable(u"%1 vs %2"_s.arg(a.at(i)).arg(nominal)));
    }
}

void tst_Beacon::retryAfterIsHonoured_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("maxDelayMs");
    QTest::addColumn<int>("expectedDelayMs");
    QTest::newRow("503, seconds") << 503 << QByteArray("1") << 30000 << 1000;
    QTest::newRow("429, seconds") << 429 << QByteArray("1") << 30000 << 1000;
    QTest::newRow("503, capped") << 503 << QByteArray("120") << 50 << 50;
    QTest::newRow("503, date past") << 503 << QByteArray("Thu, 01 Jan 2015 00:00:00 GMT") << 30000 << 0;
    QTest::newRow("503, unreadable") << 503 << QByteArray("later") << 30000 << 20;
    QTest::newRow("500 ignores it") << 500 << QByteArray("1") << 30000 << 20;
}

// 503 (or 429) with Retry-After, then 200: the retry waits what the server asked, capped by
// maxDelayMs, without jitter; other statuses keep the backoff.
void tst_Beacon::retryAfterIsHonoured()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, maxDelayMs);
    QFETCH(int, expectedDelayMs);
    const QString path = u"/track/retry-after-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-');
    TestServer::Response busy = TestServer::Response{status, {}, "text/plain", 0, {{"Retry-After", retryAfter}}};
    m_server.setResponseSequence(path, {busy, TestServer::Response{200, {}, "image/gif", 0, {}}});
    RetryPolicy p = fastPolicy(2, 20);
    p.maxDelayMs = maxDelayMs;
    Beacon beacon(&m_transport, u"start"_s, QString(), m_server.url(path), 0);
    beacon.setRetryPolicy(p);
    QSignalSpy finishedSpy(&beacon, &Beacon::finished);
    beacon.start();
    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 1, 10000);
    QCOMPARE(beacon.state(), State::Tracked);
    QCOMPARE(beacon.attempts(), 2);
    QCOMPARE(beacon.retryDelaysMs(), QList<int>{expectedDelayMs});
    QCOMPARE(m_server.requestsFor(path).size(), 2);
}

void tst_Beacon::startTwiceIsIgnored()
{
    Beacon beacon(&m_transport, u"start"_s, QString(), m_server.url(u"/track/twice"_s), 0);
    QSignalSpy finishedSpy(&beacon, &Beacon::finished);
    beacon.start();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"already started"_s));
    beacon.start();
    QVERIFY(finishedSpy.wait());
    QCOMPARE(beacon.attempts(), 1);
    QCOMPARE(m_server.requestsFor(u"/track/twice"_s).size(), 1);
}

QTEST_GUILESS_MAIN(tst_Beacon)
#include "tst_beacon.moc"
