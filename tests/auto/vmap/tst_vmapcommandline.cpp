// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "commandline.h"
#include "testserver.h"

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

// `vastqt-inspector --headless TAG` on a VMAP tag (the CommandLine class in-process): every
// break plays in order, the report has "vmap" and "breaks", and the exit code says whether
// every break that could play completed.
class tst_VmapCommandLine : public QObject
{
    Q_OBJECT

private:
    TestServer server;

    // tests/data/vmap/<name> with the placeholder host replaced by the test server.
    QByteArray sample(const QString &name) const { return server.testData(u"vmap/"_s + name); }

    struct Run {
        int exitCode = -1;
        QJsonObject report;
        QString err;
    };

    Run run(const QStringList &arguments)
    {
        Run r;
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        CommandLine cli(&out, &err);
        QSignalSpy finished(&cli, &CommandLine::finished);
        cli.start(QStringList{u"vastqt-inspector"_s} + arguments);
        if (!finished.wait(30000))
            return r;
        r.exitCode = finished.at(0).at(0).toInt();
        r.report = QJsonDocument::fromJson(out.data()).object();
        r.err = QString::fromUtf8(err.data());
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.start());
        server.setBody(u"/vmap.xml"_s, sample(u"play-pod-mid-post.xml"_s));
        for (const QString &n : {u"pod.xml"_s, u"mid.xml"_s, u"post.xml"_s})
            server.setBody(u"/vast/"_s + n, sample(n));
    }

    void vmapTagPlaysAllBreaks()
    {
        const Run r = run({u"--headless"_s, u"--speed"_s, u"0"_s, u"--content-duration"_s, u"600000"_s,
                           server.url(u"/vmap.xml"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.report.value(u"result"_s).toString(), u"completed"_s);
        const QJsonArray breaks = r.report.value(u"breaks"_s).toArray();
        QCOMPARE(breaks.size(), 3);
        QCOMPARE(breaks.at(0)[u"ads"_s].toArray().size(), 2);
        QCOMPARE(breaks.at(0)[u"ads"_s].toArray().at(1)[u"podSequence"_s].toInt(), 2);
        QCOMPARE(breaks.at(1)[u"offsetMs"_s].toInteger(), 300000);
        QCOMPARE(breaks.at(2)[u"position"_s].toString(), u"postroll"_s);
        QCOMPARE(r.report.value(u"timeline"_s).toArray().size(), 18);
        QCOMPARE(r.report.value(u"vmap"_s)[u"contentDurationMs"_s].toInteger(), 600000);
        // The multi-source part still says which source won: the VMAP tag.
        QCOMPARE(r.report.value(u"winner"_s).toString(), server.url(u"/vmap.xml"_s).toString());
        QVERIFY2(r.err.contains(u"break 2 start: postroll (end)"_s), qPrintable(r.err));
        QTRY_COMPARE(server.requestsFor(u"/track/breakEnd"_s).size(), 3);
    }

    // A VMAP file, without --content-duration: the 50% mid-roll is unplaced, the rest plays.
    void vmapFileWithoutDuration()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"vmap.xml"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sample(u"play-pod-mid-post.xml"_s));
        f.close();
        const Run r = run({u"--headless"_s, u"--speed"_s, u"0"_s, u"--quiet"_s, f.fileName()});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray breaks = r.report.value(u"breaks"_s).toArray();
        QCOMPARE(breaks.at(1)[u"status"_s].toString(), u"unplaced"_s);
        QCOMPARE(breaks.at(2)[u"status"_s].toString(), u"completed"_s);
        QVERIFY(r.err.isEmpty());
    }

    // A failed break: exit code 1, the break's error in the report.
    void failedBreakExitCode()
    {
        QByteArray vmap = sample(u"play-pod-mid-post.xml"_s);
        vmap.replace("/vast/post.xml", "/vast/missing.xml");
        server.setBody(u"/vmap-missing.xml"_s, vmap);
        const Run r = run({u"--headless"_s, u"--speed"_s, u"0"_s, u"--content-duration"_s, u"600000"_s,
                           server.url(u"/vmap-missing.xml"_s).toString()});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.report.value(u"result"_s).toString(), u"error"_s);
        const QJsonObject post = r.report.value(u"breaks"_s).toArray().at(2).toObject();
        QCOMPARE(post[u"status"_s].toString(), u"error"_s);
        QCOMPARE(post[u"error"_s][u"vmapCode"_s].toInt(), 1008);
        QCOMPARE(r.report.value(u"breaks"_s).toArray().at(1)[u"status"_s].toString(), u"completed"_s);
    }

    // The VMAP demo that ships: every break plays in order on the embedded server, the
    // pre-roll as a pod of two (the buffet ad unused), the mid-roll through the 3-hop demo
    // chain, the post-roll from inline VASTAdData; every beacon answers 200, every macro is
    // filled.
    void demoVmapPlaysEveryBreak()
    {
        const Run r = run({u"--headless"_s, u"--demo-vmap"_s, u"--speed"_s, u"0"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.report.value(u"result"_s).toString(), u"completed"_s);
        QCOMPARE(r.report.value(u"vmap"_s)[u"contentDurationMs"_s].toInteger(), 60000);
        const QJsonArray breaks = r.report.value(u"breaks"_s).toArray();
        QCOMPARE(breaks.size(), 3);
        const QStringList positions{u"preroll"_s, u"midroll"_s, u"postroll"_s};
        const QList<qint64> offsets{0, 30000, 60000};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(breaks.at(i)[u"position"_s].toString(), positions.at(i));
            QCOMPARE(breaks.at(i)[u"offsetMs"_s].toInteger(), offsets.at(i));
            QCOMPARE(breaks.at(i)[u"status"_s].toString(), u"completed"_s);
        }
        const QJsonArray pod = breaks.at(0)[u"ads"_s].toArray();
        QCOMPARE(pod.size(), 2);
        QCOMPARE(pod.at(0)[u"adId"_s].toString(), u"vastqt-demo-pod1"_s);
        QCOMPARE(pod.at(1)[u"adId"_s].toString(), u"vastqt-demo-pod2"_s);
        QCOMPARE(breaks.at(1)[u"ads"_s].toArray().size(), 1);
        QCOMPARE(breaks.at(2)[u"ads"_s].toArray().size(), 1);

        // The beacons, in firing order: each break's breakStart first and breakEnd last.
        QStringList urls;
        for (const QJsonValue &v : r.report.value(u"timeline"_s).toArray()) {
            QCOMPARE(v[u"status"_s].toInt(), 200);
            QCOMPARE(v[u"state"_s].toString(), u"tracked"_s);
            const QString url = v[u"url"_s].toString();
            QVERIFY2(!url.contains(u'[') && !url.contains(u"%5B"_s), qPrintable(url));
            urls << url.section(u'/', 3);
        }
        auto indexOf = [&](const QString &prefix) {
            for (int i = 0; i < urls.size(); ++i)
                if (urls.at(i).startsWith(prefix))
                    return i;
            return -1;
        };
        const int preStart = indexOf(u"track/breakStart?break=preroll&bp=1&content=00%3A00%3A00.000"_s);
        const int pod1 = indexOf(u"track/impression?ad=pod1&pod=1&count=1&bp=1"_s);
        const int pod2 = indexOf(u"track/impression?ad=pod2&pod=2&count=2&bp=1"_s);
        const int preEnd = indexOf(u"track/breakEnd?break=preroll&bp=1"_s);
        const int midStart = indexOf(u"track/breakStart?break=midroll&bp=2&content=00%3A00%3A30.000"_s);
        const int midEnd = indexOf(u"track/breakEnd?break=midroll&bp=2"_s);
        const int postStart = indexOf(u"track/breakStart?break=postroll&bp=3&content=00%3A01%3A00.000"_s);
        const int post = indexOf(u"track/impression?ad=postroll&bp=3&content=00%3A01%3A00.000"_s);
        const int postEnd = indexOf(u"track/breakEnd?break=postroll&bp=3"_s);
        const QList<int> order{preStart, pod1, pod2, preEnd, midStart, midEnd, postStart, post, postEnd};
        QVERIFY2(!order.contains(-1), qPrintable(urls.join(u'\n')));
        QVERIFY2(std::is_sorted(order.cbegin(), order.cend()), qPrintable(urls.join(u'\n')));
        QCOMPARE(indexOf(u"track/impression?ad=buffet"_s), -1);
    }

    void badContentDuration()
    {
        const Run r = run({u"--headless"_s, u"--content-duration"_s, u"-3"_s, server.url(u"/vmap.xml"_s).toString()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--content-duration"_s));
    }
};

QTEST_GUILESS_MAIN(tst_VmapCommandLine)
#include "tst_vmapcommandline.moc"
