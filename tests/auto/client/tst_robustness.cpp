// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// Tags the project has never seen: mutated corpus documents, hostile and huge responses, slow
// servers. Whatever comes in, the pipeline ends with finished() exactly once and a VAST code,
// never a crash or a hang.

#include <VastQt/vastclient.h>
#include <VastQt/vastjson.h>
#include <VastQt/vastparser.h>
#include "testserver.h"
#include <VastQt/memorytransport.h>
#include "corpus.h"

#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QRandomGenerator>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

namespace
{

QList<QByteArray> corpusDocuments()
{
    QList<QByteArray> docs;
    QDirIterator it(QStringLiteral(VASTQT_CORPUS_DIR "/iab"), {u"*.xml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            docs.append(f.readAll());
    }
    return docs;
}

// One seeded mutation of \a doc: truncation, byte flips, a duplicated or deleted slice, or a
// slice of tags repeated many times.
QByteArray mutate(QByteArray doc, QRandomGenerator &rng)
{
    if (doc.isEmpty())
        return doc;
    const int size = int(doc.size());
    switch (rng.bounded(5)) {
    case 0:
        return doc.left(rng.bounded(size));
    case 1:
        for (int i = 0; i < 8; ++i)
            doc[rng.bounded(size)] = char(rng.bounded(256));
        return doc;
    case 2: {
        const int from = rng.bounded(size);
        const int len = rng.bounded(qMin(200, size - from) + 1);
        return doc.insert(rng.bounded(size), doc.mid(from, len));
    }
    case 3: {
        const int from = rng.bounded(size);
        return doc.remove(from, rng.bounded(qMin(300, size - from) + 1));
    }
    default: {
        const int from = doc.indexOf('<', rng.bounded(size));
        const int to = from < 0 ? -1 : doc.indexOf('>', from);
        if (from < 0 || to < 0)
            return doc;
        return doc.insert(to + 1, doc.mid(from, to - from + 1).repeated(500));
    }
    }
}

} // namespace

class tst_Robustness : public QObject
{
    Q_OBJECT

private:
    TestServer server;

    // Loads \a tag with \a client at full speed; checks finished() comes once.
    void runToEnd(VastClient &client, const QUrl &tag)
    {
        client.setSpeed(0);
        client.setAutoPlay(true);
        RetryPolicy retry;
        retry.maxRetries = 0;
        retry.timeoutMs = 500;
        client.setRetryPolicy(retry);
        QSignalSpy finished(&client, &VastClient::finished);
        client.load(tag);
        QVERIFY(finished.wait(20000));
        QTest::qWait(0);
        QCOMPARE(finished.size(), 1);
        QVERIFY(client.status() == VastClient::Status::Finished || client.status() == VastClient::Status::Error);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.start()); }

    void mutatedDocumentsParseOrFailCleanly()
    {
        VASTQT_REQUIRE_CORPUS("iab");
        const QList<QByteArray> docs = corpusDocuments();
        QVERIFY(docs.size() >= 70);
        QRandomGenerator rng(20261124);
        int failed = 0;
        int parsed = 0;
        for (const QByteArray &doc : docs) {
            for (int i = 0; i < 40; ++i) {
                const VastParseResult r = VastParser::parse(mutate(doc, rng));
                if (r.ok()) {
                    ++parsed;
                    QVERIFY(!VastJson::toJson(r.document).isEmpty());
                } else {
                    ++failed;
                    QVERIFY(r.error == ErrorCode::XmlParsingError || r.error == ErrorCode::SchemaValidationError
                            || r.error == ErrorCode::VersionNotSupported);
                    QVERIFY(!r.errorString.isEmpty());
                    QVERIFY(r.document.ads.isEmpty());
                }
            }
        }
        // Both paths were exercised.
        QVERIFY(failed > 100);
        QVERIFY(parsed > 100);
    }

    // Mutated wrapper and InLine documents through the whole pipeline, on memory.
    void mutatedChainsAlwaysFinishOnce()
    {
        VASTQT_REQUIRE_CORPUS("iab");
        QFile w(QStringLiteral(VASTQT_CORPUS_DIR "/iab/VAST 3.0 Samples/Wrapper_Tag-test.xml"));
        QFile in(QStringLiteral(VASTQT_CORPUS_DIR "/iab/VAST 4.1 Samples/Inline_Linear_Tag-test.xml"));
        QVERIFY(w.open(QIODevice::ReadOnly) && in.open(QIODevice::ReadOnly));
        QByteArray wrapper = w.readAll();
        const int a = wrapper.indexOf("<VASTAdTagURI>");
        const int b = wrapper.indexOf("</VASTAdTagURI>");
        wrapper.replace(a, b - a, "<VASTAdTagURI>mem://x/inline.xml");
        const QByteArray inlineDoc = in.readAll();

        QRandomGenerator rng(42);
        int errors = 0;
        for (int i = 0; i < 40; ++i) {
            MemoryTransport memory;
            memory.setResponse(QUrl(u"mem://x/tag.xml"_s), i % 2 ? mutate(wrapper, rng) : wrapper);
            memory.setResponse(QUrl(u"mem://x/inline.xml"_s), i % 2 ? inlineDoc : mutate(inlineDoc, rng));
            memory.setDefaultResponse(MemoryResponse(QByteArray(), 200));
            VastClient client;
            client.setTransport(&memory);
            runToEnd(client, QUrl(u"mem://x/tag.xml"_s));
            if (client.status() == VastClient::Status::Error) {
                ++errors;
                QVERIFY(!client.errors().isEmpty());
                QVERIFY(int(client.errors().constFirst().code) >= 100);
            }
        }
        QVERIFY(errors > 0);
    }

    void hostileResponses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<int>("code");
        const QByteArray bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                                "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                                "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                                "<VAST version=\"4.0\"><Ad><InLine><AdTitle>&lol3;</AdTitle></InLine></Ad></VAST>";
        QTest::addRow("entity bomb") << bomb << 0 << 100;
        QTest::addRow("deep nesting") << (QByteArray("<VAST version=\"4.0\">") + QByteArray("<a>").repeated(200000)) << 0
                                      << 100;
        QTest::addRow("huge response") << (QByteArray("<VAST version=\"4.0\"><Ad><InLine><Description>")
                                           + QByteArray(5 * 1024 * 1024, 'x') + "</Description></InLine></Ad></VAST>")
                                       << 0 << 100;
        QTest::addRow("binary garbage") << QByteArray::fromHex("0001fffe7f80c3283cbeef").repeated(100) << 0 << 100;
        QTest::addRow("slow server") << QByteArray("<VAST version=\"4.0\"/>") << 3000 << 301;
        QTest::addRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>") << 0 << 101;
    }

    void hostileResponses()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, delayMs);
        QFETCH(int, code);
        const QString path = u"/hostile/"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        server.setResponse(path, {200, body, "application/xml", delayMs, {}});
        VastClient client;
        FetchConfig config = client.fetchConfig();
        config.sourceTimeoutMs = 500;
        client.setFetchConfig(config);
        runToEnd(client, server.url(path));
        QCOMPARE(client.status(), VastClient::Status::Error);
        QCOMPARE(int(client.errors().constFirst().code), code);
        const QJsonObject report = client.report();
        QCOMPARE(report.value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toInt(), code);
    }
};

QTEST_GUILESS_MAIN(tst_Robustness)
#include "tst_robustness.moc"
