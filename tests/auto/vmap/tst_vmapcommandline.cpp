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

using namespace Qt::StringLiterals;

// `vastqt-inspector --headless TAG` on a VMAP tag (the CommandLine class in-process): every
// break plays in order, the report has "vmap" and "breaks", and the exit code says whether
// every break that could play completed.
class tst_VmapCommandLine : public QObject
{
    Q_OBJECT

private:
    TestServer server;

    QByteArray sample(const QString &name) const
    {
        QFile f(QStringLiteral(VASTQT_TEST_DATA_DIR "/vmap/") + name);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        QByteArray xml = f.readAll();
        xml.replace("http://vastqt-test-server", server.url(QString()).toString().toUtf8());
        return xml;
    }

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

    void badContentDuration()
    {
        const Run r = run({u"--headless"_s, u"--content-duration"_s, u"-3"_s, server.url(u"/vmap.xml"_s).toString()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--content-duration"_s));
    }
};

QTEST_GUILESS_MAIN(tst_VmapCommandLine)
#include "tst_vmapcommandline.moc"
