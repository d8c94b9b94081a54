// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// vastqt-inspector --batch, --shard and --summarize as users run them: the real binary
// against the local ad server, with a 3-hop chain, slow, failing and timing-out tags, a
// failing beacon endpoint and simulated viewers that skip, close and pause.

#include "batchrunner.h"
#include "commandline.h"
#include "testserver.h"

#include <QtCore/QBuffer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace
{
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run inspector(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(VASTQT_INSPECTOR), arguments);
    if (!p.waitForStarted(10000))
        qFatal("cannot start vastqt-inspector");
    p.closeWriteChannel();
    // Wait with the event loop running: the test's own server must answer meanwhile.
    QSignalSpy finished(&p, &QProcess::finished);
    if (!finished.wait(120000))
        qFatal("vastqt-inspector did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QList<QJsonObject> jsonLines(const QByteArray &bytes)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    return out;
}

// The report without what depends on the wall clock (latencies, times of day) and without
// the batch's own member: what a session and its re-run alone must share.
QJsonValue withoutTimes(const QJsonValue &value)
{
    static const QStringList clockFields{u"latencyMs"_s, u"queuedMs"_s, u"resolutionTimeMs"_s, u"startedAtMs"_s, u"endedAtMs"_s,
                                         u"batch"_s};
    if (value.isArray()) {
        QJsonArray a;
        for (const QJsonValue &v : value.toArray())
            a.append(withoutTimes(v));
        return a;
    }
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    for (const QString &f : clockFields)
        o.remove(f);
    for (auto it = o.begin(); it != o.end(); ++it)
        *it = withoutTimes(*it);
    return o;
}

// A summary's counts without the latency histogram (wall-clock latencies differ between two runs).
QJsonObject countsWithoutLatency(const QJsonObject &summary)
{
    QJsonObject counts = summary.value("counts"_L1).toObject();
    QJsonObject beacons = counts.value("beacons"_L1).toObject();
    beacons.remove(u"latencyHistogramMs"_s);
    counts.insert(u"beacons"_s, beacons);
    return counts;
}

// An InLine ad whose beacons go to \a track, its Impression to \a impression (default: \a track).
QByteArray inLine(const QString &track, const QString &id, QString impression = QString())
{
    if (impression.isEmpty())
        impression = track;
    return uR"(<VAST version="4.2"><Ad id="%2"><InLine><AdSystem>batch</AdSystem><AdTitle>%2</AdTitle>
<Error><![CDATA[%1/error?ad=%2&code=[ERRORCODE]]]></Error>
<Impression><![CDATA[%3/impression?ad=%2]]></Impression>
<Creatives><Creative id="c-%2"><Linear skipoffset="00:00:02"><Duration>00:00:10</Duration>
<TrackingEvents>
<Tracking event="start"><![CDATA[%1/start?ad=%2]]></Tracking>
<Tracking event="firstQuartile"><![CDATA[%1/firstQuartile?ad=%2]]></Tracking>
<Tracking event="midpoint"><![CDATA[%1/midpoint?ad=%2]]></Tracking>
<Tracking event="thirdQuartile"><![CDATA[%1/thirdQuartile?ad=%2]]></Tracking>
<Tracking event="complete"><![CDATA[%1/complete?ad=%2]]></Tracking>
<Tracking event="skip"><![CDATA[%1/skip?ad=%2]]></Tracking>
<Tracking event="closeLinear"><![CDATA[%1/closeLinear?ad=%2]]></Tracking>
</TrackingEvents>
<MediaFiles><MediaFile delivery="progressive" type="video/mp4" width="640" height="360"><![CDATA[%1/media.mp4]]></MediaFile></MediaFiles>
</Linear></Creative></Creatives></InLine></Ad></VAST>)"_s.arg(track, id, impression)
        .toUtf8();
}

QByteArray wrapper(const QString &track, const QUrl &next)
{
    return uR"(<VAST version="4.2"><Ad id="w"><Wrapper><AdSystem>batch</AdSystem>
<Impression><![CDATA[%1/wrapper-impression]]></Impression>
<VASTAdTagURI><![CDATA[%2]]></VASTAdTagURI></Wrapper></Ad></VAST>)"_s.arg(track, next.toString())
        .toUtf8();
}
} // namespace

class tst_Batch : public QObject
{
    Q_OBJECT

private:
    TestServer server;
    QTemporaryDir dir;
    QString input;
    // The whole run of the input, for the functions after wholeRunMatchesTheServerLog().
    Run whole;
    QList<QJsonObject> wholeReports;
    QJsonObject wholeSummary;

    QString path(const QString &name) const { return dir.filePath(name); }
    QString url(const QString &p) const { return server.url(p).toString(); }

    QStringList batchArguments(const QStringList &more) const
    {
        return QStringList{u"--batch"_s, input, u"--repeat"_s, u"20"_s, u"--jobs"_s, u"25"_s, u"--speed"_s, u"0"_s,
                           u"--retries"_s, u"1"_s, u"--seed"_s, u"7"_s}
            + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.start());
        QVERIFY(dir.isValid());
        const QString track = url(u"/track"_s);
        // A 3-hop chain: two Wrappers, then the InLine.
        server.setBody(u"/ads/inline"_s, inLine(track, u"inline"_s));
        server.setBody(u"/ads/wrapper-b"_s, wrapper(track, server.url(u"/ads/inline"_s)));
        server.setBody(u"/ads/wrapper-a"_s, wrapper(track, server.url(u"/ads/wrapper-b"_s)));
        server.setResponse(u"/ads/slow"_s, {200, inLine(track, u"slow"_s), "application/xml", 300});
        server.setResponse(u"/ads/fail"_s, {500, "down", "text/plain"});
        server.setResponse(u"/ads/timeout"_s, {200, inLine(track, u"late"_s), "application/xml", 1500});
        server.setBody(u"/ads/bad-beacon"_s, inLine(track, u"bad"_s, url(u"/track-fail"_s)));
        server.setResponse(u"/track-fail/impression"_s, {500, "no", "text/plain"});
        server.setBody(u"/ads/noad"_s, R"(<VAST version="4.2"/>)");

        const QString skip = uR"({"action":"skip","minOffsetMs":3000,"maxOffsetMs":8000,"probability":0.5})"_s;
        const QString close = uR"({"action":"close","minOffsetMs":1000,"maxOffsetMs":9000,"probability":0.3})"_s;
        const QString pause =
            uR"({"action":"pause","minOffsetMs":1000,"maxOffsetMs":5000,"probability":0.5,"durationMs":1000})"_s;
        const QStringList lines{
            u"# ten entries, each run 20 times"_s,
            url(u"/ads/wrapper-a"_s),
            uR"({"tag":"%1","interactions":[%2]})"_s.arg(url(u"/ads/wrapper-a"_s), skip),
            uR"({"tag":"%1","interactions":[%2,%3]})"_s.arg(url(u"/ads/inline"_s), close, pause),
            uR"({"tag":"%1"})"_s.arg(url(u"/ads/slow"_s)),
            uR"({"tag":"%1","fallbacks":["%2"]})"_s.arg(url(u"/ads/fail"_s), url(u"/ads/inline"_s)),
            u""_s,
            uR"({"tag":"%1","timeout":500})"_s.arg(url(u"/ads/timeout"_s)),
            url(u"/ads/bad-beacon"_s),
            url(u"/ads/noad"_s),
            uR"({"tag":"%1","playerSize":[640,360],"interactions":[%2]})"_s.arg(url(u"/ads/inline"_s), skip),
            url(u"/ads/fail"_s),
        };
        input = path(u"tags.jsonl"_s);
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines.join(u'\n').toUtf8() + '\n');
    }

    void wholeRunMatchesTheServerLog()
    {
        server.clearRequests();
        whole = inspector(batchArguments({u"--summary"_s, path(u"whole.json"_s)}));
        // Some sessions end in a VAST error (500, 301, 303) or skipped: exit code 1.
        QCOMPARE(whole.exitCode, 1);
        wholeReports = jsonLines(whole.out);
        QCOMPARE(wholeReports.size(), 200);
        // Input order, and session i of the batch has seed 7 + i.
        for (int i = 0; i < wholeReports.size(); ++i) {
            const QJsonObject batch = wholeReports.at(i).value("batch"_L1).toObject();
            QCOMPARE(batch.value("index"_L1).toInt(), i);
            QCOMPARE(batch.value("seed"_L1).toInt(), 7 + i);
            QCOMPARE(batch.value("entry"_L1).toInt(), i / 20);
            QCOMPARE(batch.value("repeat"_L1).toInt(), i % 20);
        }
        QCOMPARE(wholeReports.at(20).value("batch"_L1).toObject().value("line"_L1).toInt(), 3);

        QFile file(path(u"whole.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        wholeSummary = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject counts = wholeSummary.value("counts"_L1).toObject();
        const QJsonObject funnel = counts.value("funnel"_L1).toObject();
        const QJsonObject beacons = counts.value("beacons"_L1).toObject();
        const auto received = [this](const QString &p) { return qint64(server.requestsFor(p).size()); };

        // Every request the sessions sent, as the server logged it.
        QCOMPARE(funnel.value("requests"_L1).toInteger(), 200);
        QCOMPARE(beacons.value("attempts"_L1).toInteger(),
                 qint64(server.requestsWithPrefix(u"/track/"_s).size() + server.requestsWithPrefix(u"/track-fail/"_s).size()));
        // The documents fetched: the chain of each report, and the sources that failed
        // before another won (a report keeps only the chain it played).
        qint64 hops = 0;
        qint64 failedBeforeAWinner = 0;
        for (const QJsonObject &r : std::as_const(wholeReports)) {
            const QJsonArray chain = r.value("chain"_L1).toArray();
            hops += chain.size();
            for (const QJsonValue &s : r.value("sources"_L1).toArray()) {
                const QJsonObject source = s.toObject();
                failedBeforeAWinner += source.value("status"_L1).toString() == "failed"_L1
                    && source.value("url"_L1) != chain.first().toObject().value("url"_L1);
            }
        }
        QCOMPARE(counts.value("hops"_L1).toObject().value("requests"_L1).toInteger(), hops);
        QCOMPARE(failedBeforeAWinner, 20);
        QCOMPARE(hops + failedBeforeAWinner, qint64(server.requestsWithPrefix(u"/ads/"_s).size()));
        for (const char *event : {"start", "firstQuartile", "midpoint", "thirdQuartile", "complete", "skip"})
            QCOMPARE(funnel.value(QLatin1StringView(event)).toInteger(), received(u"/track/"_s + QLatin1StringView(event)));
        QCOMPARE(funnel.value("close"_L1).toInteger(), received(u"/track/closeLinear"_s));
        // The failing impression endpoint got each of its beacons twice (--retries 1).
        QCOMPARE(funnel.value("impression"_L1).toInteger(),
                 received(u"/track/impression"_s) + received(u"/track-fail/impression"_s) / 2);
        QCOMPARE(beacons.value("failed"_L1).toInteger(), received(u"/track-fail/impression"_s) / 2);
        QCOMPARE(beacons.value("retried"_L1).toInteger(), received(u"/track-fail/impression"_s) / 2);
        QCOMPARE(received(u"/track-fail/impression"_s), 40);
        // Per source: asked as often as the server was, and who won.
        const QJsonObject sources = counts.value("sources"_L1).toObject();
        QCOMPARE(sources.value(url(u"/ads/fail"_s)).toObject().value("requests"_L1).toInteger(), received(u"/ads/fail"_s));
        QCOMPARE(sources.value(url(u"/ads/fail"_s)).toObject().value("failures"_L1).toInteger(), 40);
        QCOMPARE(sources.value(url(u"/ads/fail"_s)).toObject().value("wins"_L1).toInteger(), 0);
        QCOMPARE(sources.value(url(u"/ads/inline"_s)).toObject().value("wins"_L1).toInteger(), 60);
        QCOMPARE(sources.value(url(u"/ads/slow"_s)).toObject().value("wins"_L1).toInteger(), 20);
        // The funnel as the entries make it: 7 entries serve an ad; the ad ends complete, skipped or closed.
        QCOMPARE(funnel.value("adsServed"_L1).toInteger(), 140);
        QCOMPARE(funnel.value("error"_L1).toInteger(), 0);
        QVERIFY(funnel.value("skip"_L1).toInteger() > 0 && funnel.value("skip"_L1).toInteger() < 40);
        QVERIFY(funnel.value("close"_L1).toInteger() > 0);
        QCOMPARE(funnel.value("complete"_L1).toInteger() + funnel.value("skip"_L1).toInteger()
                     + funnel.value("close"_L1).toInteger(),
                 140);
        // Errors by phase: 500 and the timeout while fetching, no ad.
        const QJsonObject errors = counts.value("errors"_L1).toObject();
        qint64 errorSessions = 0;
        for (const QJsonObject &r : std::as_const(wholeReports))
            errorSessions += r.value("result"_L1).toString() == "error"_L1;
        QCOMPARE(errorSessions, 60);
        QCOMPARE(counts.value("results"_L1).toObject().value("error"_L1).toInteger(), errorSessions);
        QVERIFY(!errors.isEmpty());
        qint64 counted = 0;
        for (const QJsonValue &phase : errors) {
            for (const QJsonValue &n : phase.toObject())
                counted += n.toInteger();
        }
        qint64 reported = 0;
        for (const QJsonObject &r : std::as_const(wholeReports))
            reported += r.value("errors"_L1).toArray().size();
        QCOMPARE(counted, reported);
        // Percentiles come from the histogram of every answered beacon.
        QVERIFY(wholeSummary.value("beaconLatencyMs"_L1).toObject().value("p99"_L1).toInteger() >= 0);
        QVERIFY(wholeSummary.value("time"_L1).toObject().value("wallMs"_L1).toInteger() > 0);
    }

    void progressLinesWithoutATerminal()
    {
        QVERIFY(!whole.err.contains('\r'));
        const QStringList lines = QString::fromUtf8(whole.err).split(u'\n', Qt::SkipEmptyParts);
        static const QRegularExpression line(uR"(^batch: (\d+)/200 sessions, [0-9.]+ sessions/s, ETA [0-9:]+, (\d+) errors$)"_s);
        QVERIFY2(lines.size() >= 10 && lines.size() <= 11, whole.err.constData());
        int last = 0;
        for (const QString &l : lines) {
            const QRegularExpressionMatch m = line.match(l);
            QVERIFY2(m.hasMatch(), qPrintable(l));
            QVERIFY(m.captured(1).toInt() > last);
            last = m.captured(1).toInt();
        }
        QVERIFY(lines.last().startsWith(u"batch: 200/200 sessions"_s));
        QVERIFY(lines.last().endsWith(u", 60 errors"_s));
    }

    void progressBarOnATerminal()
    {
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        CommandLine commandLine(&out, &err);
        commandLine.setProgressBar(true);
        QSignalSpy finished(&commandLine, &CommandLine::finished);
        QFile one(path(u"one.txt"_s));
        QVERIFY(one.open(QIODevice::WriteOnly));
        one.write(url(u"/ads/inline"_s).toUtf8() + '\n');
        one.close();
        commandLine.start({u"vastqt-inspector"_s, u"--batch"_s, one.fileName(), u"--repeat"_s, u"3"_s, u"--speed"_s, u"0"_s});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toInt(), 0);
        QCOMPARE(jsonLines(out.data()).size(), 3);
        const QByteArray bar = err.data();
        QVERIFY2(bar.startsWith("\r[") && bar.endsWith("\x1b[K\n"), bar.constData());
        QVERIFY2(bar.contains("\r[##############################] 3/3  "), bar.constData());
        QVERIFY(bar.contains("sessions/s  ETA 00:00  0 errors"));
        QCOMPARE(bar.count('\n'), 1);
    }

    void sessionsEqualTheirSingleRuns()
    {
        QVERIFY(!wholeReports.isEmpty());
        // One session of each entry, at a different repeat each time.
        for (int entry = 0; entry < 10; ++entry) {
            const QJsonObject report = wholeReports.at(entry * 20 + (entry * 7) % 20);
            const QJsonObject batch = report.value("batch"_L1).toObject();
            QStringList arguments;
            for (const QJsonValue &a : batch.value("arguments"_L1).toArray())
                arguments << a.toString();
            QCOMPARE(arguments.first(), u"--headless"_s);
            QCOMPARE(arguments.mid(arguments.size() - 2), (QStringList{u"--seed"_s, QString::number(batch.value("seed"_L1).toInt())}));
            const Run single = inspector(arguments + QStringList{u"--compact"_s, u"--quiet"_s});
            QCOMPARE(single.exitCode, batch.value("exitCode"_L1).toInt());
            const QJsonObject alone = QJsonDocument::fromJson(single.out).object();
            QVERIFY(!alone.isEmpty());
            if (withoutTimes(alone) != withoutTimes(report)) {
                qWarning().noquote() << QJsonDocument(withoutTimes(alone).toObject()).toJson(QJsonDocument::Compact);
                qWarning().noquote() << QJsonDocument(withoutTimes(report).toObject()).toJson(QJsonDocument::Compact);
                QFAIL(qPrintable(u"session %1 differs from its single run"_s.arg(batch.value("index"_L1).toInt())));
            }
        }
        // The seed decides: the skip entry's sessions do not all end alike.
        QSet<QString> results;
        for (int i = 20; i < 40; ++i)
            results.insert(wholeReports.at(i).value("result"_L1).toString());
        QCOMPARE(results, (QSet<QString>{u"completed"_s, u"skipped"_s}));
    }

    void shardsAddUpToTheWholeRun()
    {
        QVERIFY(!wholeReports.isEmpty());
        QStringList reportFiles;
        QStringList summaryFiles;
        QList<QJsonObject> sharded;
        for (int shard = 0; shard < 3; ++shard) {
            const QString summary = path(u"shard%1.json"_s.arg(shard));
            const Run r = inspector(batchArguments({u"--shard"_s, u"%1/3"_s.arg(shard), u"--summary"_s, summary,
                                                    u"--unordered"_s, u"--quiet"_s}));
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.err.isEmpty());
            const QList<QJsonObject> reports = jsonLines(r.out);
            // Entries 0, 3, 6, 9 | 1, 4, 7 | 2, 5, 8, each 20 times.
            QCOMPARE(reports.size(), shard == 0 ? 80 : 60);
            for (const QJsonObject &report : reports)
                QCOMPARE(report.value("batch"_L1).toObject().value("entry"_L1).toInt() % 3, shard);
            sharded << reports;
            QFile file(path(u"shard%1.jsonl"_s.arg(shard)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(r.out);
            reportFiles << file.fileName();
            summaryFiles << summary;
        }
        // Each session of a shard is the session of the same index in the whole run.
        QCOMPARE(sharded.size(), 200);
        for (const QJsonObject &report : std::as_const(sharded)) {
            const int index = report.value("batch"_L1).toObject().value("index"_L1).toInt();
            QCOMPARE(report.value("batch"_L1).toObject().value("seed"_L1).toInt(), 7 + index);
            QVERIFY2(withoutTimes(report) == withoutTimes(wholeReports.at(index)), qPrintable(QString::number(index)));
        }
        // Summaries of the shards' reports and merged summaries of the shards are the same, exactly.
        const Run ofReports = inspector(QStringList{u"--summarize"_s} + reportFiles);
        const Run ofSummaries = inspector(QStringList{u"--summarize"_s} + summaryFiles);
        QCOMPARE(ofReports.exitCode, 0);
        QCOMPARE(ofSummaries.exitCode, 0);
        const QJsonObject a = QJsonDocument::fromJson(ofReports.out).object();
        const QJsonObject b = QJsonDocument::fromJson(ofSummaries.out).object();
        QCOMPARE(a.value("kind"_L1).toString(), u"vastqt-summary"_s);
        QCOMPARE(a, b);
        // And their counts are the whole run's (latencies aside: they are of another run).
        QCOMPARE(countsWithoutLatency(a), countsWithoutLatency(wholeSummary));
        // The whole run summarised again from its saved reports is its own summary.
        QFile file(path(u"whole.jsonl"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(whole.out);
        file.close();
        const Run again = inspector({u"--summarize"_s, file.fileName()});
        QCOMPARE(QJsonDocument::fromJson(again.out).object(), wholeSummary);
    }

    void badInputIsAUsageError_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QStringList>("more");
        QTest::addColumn<QString>("message");
        QTest::addRow("not-json") << QByteArray("{\"tag\": ") << QStringList() << u"line 2: "_s;
        QTest::addRow("unknown-option") << QByteArray(R"({"tag":"x.xml","colour":"red"})") << QStringList()
                                        << u"line 2: Unknown option 'colour'"_s;
        QTest::addRow("seed-in-entry") << QByteArray(R"({"tag":"x.xml","seed":3})") << QStringList() << u"line 2: \"seed\""_s;
        QTest::addRow("bad-interaction") << QByteArray(R"({"tag":"x.xml","interactions":[{"action":"dance"}]})")
                                         << QStringList() << u"line 2: --interaction"_s;
        QTest::addRow("bad-shard") << QByteArray("x.xml") << QStringList{u"--shard"_s, u"3/3"_s} << u"--shard takes I/N"_s;
        QTest::addRow("tag-too") << QByteArray("x.xml") << QStringList{u"x.xml"_s} << u"give no TAG"_s;
    }

    void badInputIsAUsageError()
    {
        QFETCH(QByteArray, line);
        QFETCH(QStringList, more);
        QFETCH(QString, message);
        QFile x(path(u"x.xml"_s));
        QVERIFY(x.open(QIODevice::WriteOnly));
        x.write(inLine(url(u"/track"_s), u"x"_s));
        x.close();
        QFile file(path(u"bad.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# first\n" + line + '\n');
        file.close();
        QDir::setCurrent(dir.path());
        const Run r = inspector(QStringList{u"--batch"_s, file.fileName()} + more);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_Batch)
#include "tst_batch.moc"
