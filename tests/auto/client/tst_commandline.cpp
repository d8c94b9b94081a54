// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// The command line as users and their CI scripts run it: the real binary, its exit codes
// and its JSON report.

#include "testserver.h"
#include <VastQt/compliancevalidator.h>
#include "corpus.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace
{
const QString corpus = QStringLiteral(VASTQT_CORPUS_DIR "/iab/");

struct Run {
    int exitCode = -1;
    QJsonObject json;
    QByteArray out;
    QByteArray err;
};

Run inspector(const QStringList &arguments, const QByteArray &stdinData = {},
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(VASTQT_INSPECTOR), arguments);
    if (!p.waitForStarted(10000))
        qFatal("cannot start vastqt-inspector");
    if (!stdinData.isNull())
        p.write(stdinData);
    p.closeWriteChannel();
    // Wait with the event loop running: the test's own server must answer meanwhile.
    QSignalSpy finished(&p, &QProcess::finished);
    if (!finished.wait(60000))
        qFatal("vastqt-inspector did not finish");
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.json = QJsonDocument::fromJson(r.out).object();
    return r;
}

// The environment of a machine without a display: no X server, no Wayland, no platform
// plugin chosen (ctest sets QT_QPA_PLATFORM=offscreen for the tests).
QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(name);
    return environment;
}
} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private:
    TestServer server;

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.start()); }

    void demoRunsTheThreeHopChainAndEveryBeaconAnswers200()
    {
        const Run r = inspector({u"--headless"_s, u"--demo"_s, u"--speed"_s, u"0"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("demo ad server on http://127.0.0.1:"), r.err.constData());
        const QJsonArray chain = r.json.value(u"chain"_s).toArray();
        QCOMPARE(chain.size(), 3);
        const QStringList types{u"Wrapper"_s, u"Wrapper"_s, u"InLine"_s};
        const QStringList versions{u"4.2"_s, u"3.0"_s, u"4.1"_s};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject hop = chain.at(i).toObject();
            QCOMPARE(hop.value(u"type"_s).toString(), types.at(i));
            QCOMPARE(hop.value(u"vastVersion"_s).toString(), versions.at(i));
            QCOMPARE(hop.value(u"status"_s).toInt(), 200);
            QVERIFY(hop.value(u"bytes"_s).toInt() > 0);
            QVERIFY(hop.contains(u"latencyMs"_s));
            QVERIFY(!hop.value(u"adSystem"_s).toString().isEmpty());
            QVERIFY(hop.value(u"url"_s).toString().startsWith(u"http://127.0.0.1:"_s));
        }
        QSet<QString> events;
        const QJsonArray timeline = r.json.value(u"timeline"_s).toArray();
        QVERIFY(timeline.size() >= 20);
        for (const QJsonValue &v : timeline) {
            const QJsonObject b = v.toObject();
            QCOMPARE(b.value(u"status"_s).toInt(), 200);
            QCOMPARE(b.value(u"state"_s).toString(), u"tracked"_s);
            QVERIFY(!b.value(u"url"_s).toString().contains(u'['));
            events.insert(b.value(u"event"_s).toString());
        }
        for (const char *e : {"impression", "creativeView", "start", "firstQuartile", "midpoint", "thirdQuartile",
                              "complete", "progress"})
            QVERIFY2(events.contains(QString::fromLatin1(e)), e);
        QCOMPARE(r.json.value(u"result"_s).toString(), u"completed"_s);
        QCOMPARE(r.json.value(u"mediaFile"_s).toObject().value(u"type"_s).toString(), u"video/mp4"_s);
        QCOMPARE(r.json.value(u"ad"_s).toObject().value(u"adTitle"_s).toString(), u"VastQt test pattern"_s);
        QVERIFY(r.json.value(u"errors"_s).toArray().isEmpty());
        QCOMPARE(r.json.value(u"session"_s).toObject().value(u"status"_s).toString(), u"completed"_s);
    }

    void parsePrintsTheDocumentModel()
    {
        VASTQT_REQUIRE_CORPUS("iab");
        const Run r = inspector({u"--parse"_s, corpus + u"VAST 4.1 Samples/Inline_Linear_Tag-test.xml"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"version"_s).toString(), u"4.1"_s);
        const QJsonObject ad = r.json.value(u"ads"_s).toArray().first().toObject();
        QCOMPARE(ad.value(u"id"_s).toString(), u"20001"_s);
        QCOMPARE(ad.value(u"sequence"_s).toInt(), 1);
        QCOMPARE(ad.value(u"type"_s).toString(), u"InLine"_s);
        QCOMPARE(ad.value(u"adSystem"_s).toString(), u"iabtechlab"_s);
        QCOMPARE(ad.value(u"impressions"_s).toArray().first().toString(), u"https://example.com/track/impression"_s);
        const QJsonObject creative = ad.value(u"creatives"_s).toArray().first().toObject();
        QCOMPARE(creative.value(u"id"_s).toString(), u"5480"_s);
        QCOMPARE(creative.value(u"adId"_s).toString(), u"2447226"_s);
        const QJsonObject linear = creative.value(u"linear"_s).toObject();
        QCOMPARE(linear.value(u"durationMs"_s).toInt(), 16000);
        const QJsonArray media = linear.value(u"mediaFiles"_s).toArray();
        QCOMPARE(media.size(), 3);
        QCOMPARE(media.at(0).toObject().value(u"width"_s).toInt(), 1280);
        QCOMPARE(media.at(0).toObject().value(u"bitrate"_s).toInt(), 2000);
        QCOMPARE(media.at(0).toObject().value(u"delivery"_s).toString(), u"progressive"_s);
        const QJsonArray tracking = linear.value(u"trackingEvents"_s).toArray();
        QCOMPARE(tracking.size(), 6);
        QCOMPARE(tracking.at(1).toObject().value(u"offset"_s).toString(), u"00:00:10"_s);
        QCOMPARE(linear.value(u"clickThrough"_s).toString(), u"https://iabtechlab.com"_s);
    }

    void parseOfAWrapperShowsItsTagUri()
    {
        VASTQT_REQUIRE_CORPUS("iab");
        const Run r = inspector({u"--parse"_s, corpus + u"VAST 4.1 Samples/Wrapper_Tag-test.xml"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject ad = r.json.value(u"ads"_s).toArray().first().toObject();
        QCOMPARE(ad.value(u"type"_s).toString(), u"Wrapper"_s);
        QVERIFY(ad.value(u"vastAdTagURI"_s).toString().startsWith(u"https://raw.githubusercontent.com/"_s));
        QVERIFY(ad.value(u"creatives"_s).toArray().first().toObject().contains(u"companionAds"_s));
    }

    void parseOfVast1Exits1With102()
    {
        VASTQT_REQUIRE_CORPUS("iab");
        const Run r = inspector({u"--parse"_s, corpus + u"VAST 1-2.0 Samples/vast1RegularLinear.xml"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"error"_s).toObject().value(u"code"_s).toInt(), 102);
    }

    void headlessFromStandardInput()
    {
        server.setBody(u"/stdin/inline"_s,
                       "<VAST version=\"3.0\"><Ad><InLine><AdSystem>s</AdSystem><AdTitle>t</AdTitle>"
                       "<Impression>" + server.url(u"/track/imp"_s).toEncoded() + "</Impression>"
                       "<Creatives><Creative><Linear><Duration>00:00:02</Duration><MediaFiles>"
                       "<MediaFile delivery=\"progressive\" type=\"video/mp4\" width=\"640\" height=\"360\">http://127.0.0.1/a.mp4</MediaFile>"
                       "</MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>");
        const QByteArray wrapper = "<VAST version=\"3.0\"><Ad><Wrapper><AdSystem>w</AdSystem><VASTAdTagURI>"
            + server.url(u"/stdin/inline"_s).toEncoded() + "</VASTAdTagURI></Wrapper></Ad></VAST>";
        const Run r = inspector({u"--headless"_s, u"--speed"_s, u"0"_s, u"-"_s}, wrapper);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray chain = r.json.value(u"chain"_s).toArray();
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain.at(0).toObject().value(u"url"_s).toString(), u"stdin:"_s);
        QCOMPARE(r.json.value(u"timeline"_s).toArray().first().toObject().value(u"event"_s).toString(),
                 u"impression"_s);
    }

    void deadServerExits1With301()
    {
        const QString url = u"http://127.0.0.1:%1/vast.xml"_s.arg(TestServer::unusedPort());
        const Run r = inspector({u"--headless"_s, u"--quiet"_s, url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.isEmpty());
        const QJsonObject error = r.json.value(u"errors"_s).toArray().first().toObject();
        QCOMPARE(error.value(u"code"_s).toInt(), 301);
        QCOMPARE(error.value(u"phase"_s).toString(), u"fetch"_s);
        QCOMPARE(r.json.value(u"result"_s).toString(), u"error"_s);
        QVERIFY(r.json.value(u"ad"_s).isNull());
    }

    // --validate resolves the chain through the local server and prints only its compliance:
    // exit 0 without an error finding.
    void validateCompliantChainExits0()
    {
        const QByteArray inLine = "<VAST version=\"3.0\">\n<Ad id=\"i\">\n<InLine><AdSystem>s</AdSystem><AdTitle>t</AdTitle>"
            "<Impression>" + server.url(u"/track/imp"_s).toEncoded() + "?cb=[CACHEBUSTING]</Impression>"
            "<Creatives><Creative><Linear><Duration>00:00:02</Duration><MediaFiles>"
            "<MediaFile delivery=\"progressive\" type=\"video/mp4\" width=\"640\" height=\"360\">http://127.0.0.1/a.mp4</MediaFile>"
            "</MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>";
        server.setBody(u"/validate/inline"_s, inLine);
        server.setBody(u"/validate/wrapper"_s,
                       "<VAST version=\"3.0\"><Ad><Wrapper><AdSystem>w</AdSystem><VASTAdTagURI>"
                           + server.url(u"/validate/inline"_s).toEncoded()
                           + "</VASTAdTagURI><Impression>http://127.0.0.1/imp</Impression><Creatives/></Wrapper></Ad></VAST>");
        server.clearRequests();
        const Run r = inspector({u"--validate"_s, server.url(u"/validate/wrapper"_s).toString()});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(r.json.keys(), QStringList{u"compliance"_s}); // only the compliance report
        const QJsonArray hops = r.json.value(u"compliance"_s).toArray();
        QCOMPARE(hops.size(), 2);
        QCOMPARE(hops.at(0).toObject().value(u"hop"_s).toInt(), 0);
        QCOMPARE(hops.at(1).toObject().value(u"hop"_s).toInt(), 1);
        QCOMPARE(hops.at(1).toObject().value(u"url"_s).toString(), server.url(u"/validate/inline"_s).toString());
        QCOMPARE(hops.at(1).toObject().value(u"schema"_s).toString(), u"vast3_draft.xsd"_s);
        QCOMPARE(hops.at(1).toObject().value(u"errors"_s).toInt(), 0);
        // Nothing was tracked: only the two documents were requested.
        for (const TestServer::Request &request : server.requests())
            QVERIFY2(!request.path.startsWith(u"/track/"_s), qPrintable(request.path));
    }

    // A chain with a faulty hop: exit 1, the finding with its hop, line and column.
    void validateFaultyChainExits1()
    {
        server.setBody(u"/validate/faulty"_s, "<VAST version=\"4.2\" xmlns=\"http://www.iab.com/VAST\">\n"
                                              "  <Ad id=\"w\">\n"
                                              "    <Wrapper><AdSystem>w</AdSystem><Impression>http://127.0.0.1/imp</Impression></Wrapper>\n"
                                              "  </Ad>\n"
                                              "</VAST>\n");
        const Run r = inspector({u"--validate"_s, u"--compact"_s, server.url(u"/validate/faulty"_s).toString()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.out.trimmed().contains('\n')); // --compact
        const QJsonObject hop = r.json.value(u"compliance"_s).toArray().first().toObject();
        QVERIFY(hop.value(u"errors"_s).toInt() >= 1);
        bool found = false;
        for (const QJsonValue &v : hop.value(u"findings"_s).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(u"rule"_s).toString() != "wrapper.vastAdTagUri"_L1)
                continue;
            found = true;
            QCOMPARE(f.value(u"severity"_s).toString(), u"error"_s);
            QCOMPARE(f.value(u"hop"_s).toInt(), 0);
            QCOMPARE(f.value(u"line"_s).toInt(), 3);
            QCOMPARE(f.value(u"column"_s).toInt(), 5);
            QCOMPARE(f.value(u"specSection"_s).toString(), u"VAST 4.3 §3.19.1"_s);
        }
        QVERIFY2(found, r.out.constData());

        // A tag that cannot be fetched has no document to check: an error too.
        const Run dead = inspector({u"--validate"_s, u"http://127.0.0.1:%1/x.xml"_s.arg(TestServer::unusedPort())});
        QCOMPARE(dead.exitCode, 1);
        const QJsonObject deadHop = dead.json.value(u"compliance"_s).toArray().first().toObject();
        QCOMPARE(deadHop.value(u"findings"_s).toArray().first().toObject().value(u"rule"_s).toString(),
                 u"document.unavailable"_s);
    }

    void validateBadUsageExits2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no tag") << QStringList{u"--validate"_s};
        QTest::addRow("with --parse") << QStringList{u"--validate"_s, u"--parse"_s, u"x.xml"_s};
        QTest::addRow("with --headless") << QStringList{u"--validate"_s, u"--headless"_s, u"x.xml"_s};
        QTest::addRow("with --speed") << QStringList{u"--validate"_s, u"--speed"_s, u"2"_s, u"x.xml"_s};
        QTest::addRow("missing file") << QStringList{u"--validate"_s, u"/nonexistent/tag.xml"_s};
    }

    void validateBadUsageExits2()
    {
        QFETCH(QStringList, arguments);
        const Run r = inspector(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith("vastqt-inspector: "));
    }

    // The --headless report and the --parse output carry "compliance" too; the demo chain
    // and the VMAP demo have no finding.
    void reportsCarryCompliance()
    {
        if (!VastQt::ComplianceValidator::hasSchemaValidation())
            QSKIP("VastQt was built without libxml2: every document has an xsd.unavailable warning");
        Run r = inspector({u"--headless"_s, u"--demo"_s, u"--speed"_s, u"0"_s, u"--quiet"_s});
        QCOMPARE(r.exitCode, 0);
        QJsonArray hops = r.json.value(u"compliance"_s).toArray();
        QCOMPARE(hops.size(), 3);
        for (const QJsonValue &hop : hops)
            QVERIFY2(hop.toObject().value(u"findings"_s).toArray().isEmpty(), r.out.constData());

        r = inspector({u"--validate"_s, u"--demo-vmap"_s, u"--quiet"_s});
        QCOMPARE(r.exitCode, 0);
        hops = r.json.value(u"compliance"_s).toArray();
        QCOMPARE(hops.first().toObject().value(u"kind"_s).toString(), u"VMAP"_s);
        QCOMPARE(hops.first().toObject().value(u"schema"_s).toString(), u"vmap.xsd"_s);
        QVERIFY(hops.size() >= 5); // the VMAP, the pod, the 3-hop chain and the inline VAST
        for (const QJsonValue &hop : hops)
            QVERIFY2(hop.toObject().value(u"findings"_s).toArray().isEmpty(), r.out.constData());

        server.setBody(u"/validate/parse"_s, "<VAST version=\"4.2\"/>");
        r = inspector({u"--parse"_s, server.url(u"/validate/parse"_s).toString()});
        QCOMPARE(r.exitCode, 0);
        hops = r.json.value(u"compliance"_s).toArray();
        QCOMPARE(hops.size(), 1);
        QCOMPARE(hops.first().toObject().value(u"findings"_s).toArray().first().toObject().value(u"rule"_s).toString(),
                 u"vast.namespace"_s);
    }

    void badUsageExits2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no tag") << QStringList{u"--headless"_s};
        QTest::addRow("unknown option") << QStringList{u"--headless"_s, u"--frobnicate"_s, u"x.xml"_s};
        QTest::addRow("bad speed") << QStringList{u"--headless"_s, u"--speed"_s, u"fast"_s, u"x.xml"_s};
        QTest::addRow("bad timeout") << QStringList{u"--headless"_s, u"--timeout"_s, u"0"_s, u"x.xml"_s};
        QTest::addRow("missing file") << QStringList{u"--headless"_s, u"/nonexistent/tag.xml"_s};
        QTest::addRow("two tags") << QStringList{u"--parse"_s, u"a.xml"_s, u"b.xml"_s};
    }

    void badUsageExits2()
    {
        QFETCH(QStringList, arguments);
        const Run r = inspector(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith("vastqt-inspector: "));
    }

    // A typo is found before any window or platform plugin exists, in every mode.
    void unknownOptionExits2InEveryMode_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("window") << QStringList{u"--bogus"_s};
        QTest::addRow("window-with-tag") << QStringList{u"--bogus"_s, u"http://127.0.0.1:1/vast.xml"_s};
        QTest::addRow("headless") << QStringList{u"--headless"_s, u"--bogus"_s, u"x.xml"_s};
        QTest::addRow("parse") << QStringList{u"--parse"_s, u"--bogus"_s, u"x.xml"_s};
    }

    void unknownOptionExits2InEveryMode()
    {
        QFETCH(QStringList, arguments);
        const Run r = inspector(arguments, {}, withoutDisplay());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("vastqt-inspector: Unknown option 'bogus'"), r.err.constData());
    }

    // The window without a display says so instead of aborting in the platform plugin.
    void windowWithoutDisplayExits2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no-arguments") << QStringList{};
        QTest::addRow("tag") << QStringList{u"http://127.0.0.1:1/vast.xml"_s};
        QTest::addRow("demo") << QStringList{u"--demo"_s};
    }

    void windowWithoutDisplayExits2()
    {
        QFETCH(QStringList, arguments);
        const Run r = inspector(arguments, {}, withoutDisplay());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("vastqt-inspector: no display: use --headless, or run under xvfb-run"),
                 r.err.constData());
    }

    // Options of one mode are refused by the others with a usage error.
    void optionOfAnotherModeExits2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("compact-in-window") << QStringList{u"--compact"_s} << QByteArray("--compact goes with --headless or --parse");
        QTest::addRow("mode-headless") << QStringList{u"--headless"_s, u"--mode"_s, u"headless"_s, u"--demo"_s}
                                       << QByteArray("--mode is an option of the window");
        QTest::addRow("bad-mode-window") << QStringList{u"--mode"_s, u"fast"_s} << QByteArray("--mode takes realtime or headless");
        QTest::addRow("bad-speed-window") << QStringList{u"--speed"_s, u"fast"_s} << QByteArray("--speed takes a number >= 0");
    }

    void optionOfAnotherModeExits2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run r = inspector(arguments, {}, withoutDisplay());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("vastqt-inspector: " + message), r.err.constData());
    }

    // Usage errors are English unless --lang asks for another language.
    void langTranslatesUsageErrors()
    {
        const Run english = inspector({u"--headless"_s, u"--speed"_s, u"fast"_s, u"x.xml"_s});
        QVERIFY2(english.err.startsWith("vastqt-inspector: --speed takes a number >= 0"), english.err.constData());
        const Run german = inspector({u"--headless"_s, u"--lang"_s, u"de"_s, u"--speed"_s, u"fast"_s, u"x.xml"_s});
        QCOMPARE(german.exitCode, 2);
        QVERIFY2(german.err.startsWith("vastqt-inspector: --speed erwartet eine Zahl >= 0"), german.err.constData());
    }

    // The report's human-readable texts follow --lang, and only --lang: a German LANG leaves the
    // JSON of CI scripts English. Codes, phases, results and keys never change.
    void reportMessagesFollowLangOnly()
    {
        const QStringList arguments{u"--headless"_s, u"--speed"_s, u"0"_s, u"-"_s};
        QProcessEnvironment germanLocale = QProcessEnvironment::systemEnvironment();
        germanLocale.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
        germanLocale.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        germanLocale.insert(u"LANGUAGE"_s, u"de"_s);
        const Run english = inspector(arguments, QByteArray(""), germanLocale);
        const Run german = inspector(QStringList{u"--lang"_s, u"de"_s} + arguments, QByteArray(""));
        for (const Run *r : {&english, &german}) {
            QCOMPARE(r->exitCode, 1);
            QCOMPARE(r->json.value(u"result"_s).toString(), u"error"_s);
            const QJsonObject error = r->json.value(u"errors"_s).toArray().first().toObject();
            QCOMPARE(error.value(u"code"_s).toInt(), 100);
            QCOMPARE(error.value(u"phase"_s).toString(), u"parse"_s);
        }
        const QJsonObject englishError = english.json.value(u"errors"_s).toArray().first().toObject();
        const QJsonObject germanError = german.json.value(u"errors"_s).toArray().first().toObject();
        QCOMPARE(englishError.keys(), germanError.keys());
        QVERIFY2(englishError.value(u"message"_s).toString().endsWith(u": empty document"_s), english.out.constData());
        QCOMPARE(englishError.value(u"meaning"_s).toString(), u"XML parsing error."_s);
        QVERIFY2(germanError.value(u"message"_s).toString().endsWith(u": leeres Dokument"_s), german.out.constData());
        QCOMPARE(germanError.value(u"meaning"_s).toString(), u"XML-Parsing-Fehler."_s);
    }

    // `-` with nothing piped is an empty document: 100 in phase parse, not a transport error.
    void emptyStandardInputIsAnEmptyDocument()
    {
        const Run r = inspector({u"--headless"_s, u"--speed"_s, u"0"_s, u"-"_s}, QByteArray(""));
        QCOMPARE(r.exitCode, 1);
        const QJsonArray errors = r.json.value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 1);
        const QJsonObject error = errors.first().toObject();
        QCOMPARE(error.value(u"code"_s).toInt(), 100);
        QCOMPARE(error.value(u"phase"_s).toString(), u"parse"_s);
        QVERIFY2(error.value(u"message"_s).toString().contains(u"empty document"_s), r.out.constData());
        QCOMPARE(r.json.value(u"result"_s).toString(), u"error"_s);

        const Run parsed = inspector({u"--parse"_s, u"-"_s}, QByteArray(""));
        QCOMPARE(parsed.exitCode, 1);
        QCOMPARE(parsed.json.value(u"error"_s).toObject().value(u"code"_s).toInt(), 100);
    }

    // A document cut off inside its root start tag says so, not "empty document".
    void truncatedRootStartTagSaysSo_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addRow("headless") << u"--headless"_s;
        QTest::addRow("parse") << u"--parse"_s;
    }

    void truncatedRootStartTagSaysSo()
    {
        QFETCH(QString, mode);
        const Run r = inspector({mode, u"-"_s}, QByteArray("<VAST version=\"4.2\""));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject error = mode == "--parse"_L1 ? r.json.value(u"error"_s).toObject()
                                                       : r.json.value(u"errors"_s).toArray().first().toObject();
        QCOMPARE(error.value(u"code"_s).toInt(), 100);
        QCOMPARE(error.value(u"phase"_s).toString(), u"parse"_s);
        const QString message = error.value(u"message"_s).toString();
        QVERIFY2(message.contains(u"the document ended early, inside the start tag of its root element"_s), qPrintable(message));
        QVERIFY(!message.contains(u"empty document"_s));
    }

    // --parse fetches through the client's transport stack (HTTP here).
    void parseFetchesOverHttp()
    {
        server.setBody(u"/parse/inline.xml"_s,
                       "<VAST version=\"4.0\"><Ad id=\"p1\"><InLine><AdSystem>s</AdSystem><AdTitle>t</AdTitle>"
                       "<Impression>http://127.0.0.1/imp</Impression><Creatives><Creative><Linear>"
                       "<Duration>00:00:05</Duration><MediaFiles><MediaFile delivery=\"progressive\" type=\"video/mp4\" "
                       "width=\"640\" height=\"360\">http://127.0.0.1/a.mp4</MediaFile></MediaFiles></Linear></Creative>"
                       "</Creatives></InLine></Ad></VAST>");
        const Run r = inspector({u"--parse"_s, server.url(u"/parse/inline.xml"_s).toString()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(u"version"_s).toString(), u"4.0"_s);
        QCOMPARE(r.json.value(u"ads"_s).toArray().first().toObject().value(u"id"_s).toString(), u"p1"_s);

        const QString dead = u"http://127.0.0.1:%1/vast.xml"_s.arg(TestServer::unusedPort());
        const Run failed = inspector({u"--parse"_s, dead});
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(failed.json.value(u"error"_s).toObject().value(u"code"_s).toInt(), 301);
        QCOMPARE(failed.json.value(u"error"_s).toObject().value(u"phase"_s).toString(), u"fetch"_s);
    }

    // The playback configuration: --profile and --publisher are in the report's "config",
    // each field with the level it came from.
    void profileAndPublisherAreInTheReport()
    {
        QTemporaryDir home; // no profiles of the machine's user
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, home.path());
        const Run r = inspector({u"--headless"_s, u"--demo"_s, u"--speed"_s, u"0"_s, u"--profile"_s, u"leto"_s,
                                 u"--publisher"_s, u"X"_s, u"--compact"_s},
                                {}, environment);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData()); // leto's viewer may leave
        const QJsonObject config = r.json.value(u"config"_s).toObject();
        QCOMPARE(config.value(u"profile"_s).toString(), u"leto"_s);
        QCOMPARE(config.value(u"publisher"_s).toString(), u"X"_s);
        const QJsonObject fields = config.value(u"fields"_s).toObject();
        const auto source = [&fields](const QString &f) { return fields.value(f).toObject().value(u"source"_s).toString(); };
        QCOMPARE(source(u"interruptionRules"_s), u"profile"_s);
        QCOMPARE(fields.value(u"interruptionRules"_s).toObject().value(u"value"_s).toArray().size(), 3);
        QCOMPARE(source(u"speed"_s), u"override"_s);
        QCOMPARE(source(u"mode"_s), u"default"_s);
        QCOMPARE(source(u"maxSessionDurationMs"_s), u"default"_s);
        QCOMPARE(fields.size(), 12);
        QCOMPARE(r.json.value(u"player"_s).toObject().value(u"mode"_s).toString(), u"headless"_s);

        // Without --speed the speed is no override: the default's.
        const Run plain = inspector({u"--headless"_s, u"--demo"_s, u"--compact"_s, u"--quiet"_s, u"--profile"_s, u"tiger"_s,
                                     u"--max-depth"_s, u"1"_s},
                                    {}, environment);
        const QJsonObject plainFields = plain.json.value(u"config"_s).toObject().value(u"fields"_s).toObject();
        QCOMPARE(plainFields.value(u"speed"_s).toObject().value(u"source"_s).toString(), u"default"_s);
        QCOMPARE(plainFields.value(u"speed"_s).toObject().value(u"value"_s).toDouble(), 1.0);
    }

    void profileFileWithPublisherContext()
    {
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, home.path());
        const QString file = home.filePath(u"acme.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name": "acme", "speed": 0, "seed": 5, "publishers": {"news": {"seed": 9, "autoQuartiles": false}}})");
        f.close();
        const Run r = inspector({u"--headless"_s, u"--demo"_s, u"--profile-file"_s, file, u"--publisher"_s, u"news"_s,
                                 u"--compact"_s},
                                {}, environment);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject config = r.json.value(u"config"_s).toObject();
        QCOMPARE(config.value(u"profile"_s).toString(), u"acme"_s); // the file's profile, without --profile
        const QJsonObject fields = config.value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"speed"_s).toObject().value(u"source"_s).toString(), u"profile"_s);
        QCOMPARE(fields.value(u"seed"_s).toObject().value(u"source"_s).toString(), u"publisher"_s);
        QCOMPARE(fields.value(u"seed"_s).toObject().value(u"value"_s).toInt(), 9);
        // autoQuartiles off: no quartile in the session.
        const QJsonArray events = r.json.value(u"session"_s).toObject().value(u"events"_s).toArray();
        QVERIFY(!events.isEmpty());
        for (const QJsonValue &e : events)
            QVERIFY(!e.toObject().value(u"event"_s).toString().contains(u"Quartile"_s));
    }

    void malformedOrUnknownProfileIsAUsageError()
    {
        QTemporaryDir home;
        const QString file = home.filePath(u"bad.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"speed\": 0,\n  \"tickIntervalMs\": 0\n}\n");
        f.close();
        const Run bad = inspector({u"--headless"_s, u"--demo"_s, u"--profile-file"_s, file});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("%1:3: tickIntervalMs:").arg(file).toUtf8()), bad.err.constData());

        const Run unknown = inspector({u"--headless"_s, u"--demo"_s, u"--profile"_s, u"nosuch"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("no provider profile named nosuch"), unknown.err.constData());
        QVERIFY(unknown.err.contains("leto"));

        const Run parse = inspector({u"--parse"_s, u"--profile"_s, u"leto"_s, u"-"_s}, "<VAST/>");
        QCOMPARE(parse.exitCode, 2);
        QVERIFY2(parse.err.contains("--profile goes with --headless"), parse.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
