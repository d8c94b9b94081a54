// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/filetransport.h>
#include "corpus.h"

#include <QtCore/QFile>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace VastQt;
using Error = TransportReply::Error;

namespace
{
const QString corpusFile = QStringLiteral(VASTQT_CORPUS_DIR "/iab/VAST 4.2 Samples/Inline_Simple.xml");
const QString resourceFile = u":/transport/data/resource-tag.xml"_s;

QByteArray contents(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class tst_FileTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFiles_data();
    void readsFiles();
    void missingIsNotFound_data();
    void missingIsNotFound();
    void fileOverCapIsTooLarge();
    void unsupportedScheme();
    void abortBeforeReadEmitsOnce();
    void fileNameForUrl_data();
    void fileNameForUrl();

private:
    FileTransport transport;
};

void tst_FileTransport::readsFiles_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("fileName");
    QTest::addRow("file-url-corpus") << QUrl::fromLocalFile(corpusFile) << corpusFile;
    QTest::addRow("qrc-url") << QUrl(u"qrc:/transport/data/resource-tag.xml"_s) << resourceFile;
    QTest::addRow("resource-path") << QUrl(resourceFile) << resourceFile;
    QTest::addRow("plain-local-path") << QUrl(corpusFile, QUrl::TolerantMode) << corpusFile;
}

void tst_FileTransport::readsFiles()
{
    QFETCH(QUrl, url);
    QFETCH(QString, fileName);
    if (fileName == corpusFile)
        VASTQT_REQUIRE_CORPUS("iab");
    const QByteArray expected = contents(fileName);
    QVERIFY(!expected.isEmpty());

    std::unique_ptr<TransportReply> reply(transport.get(url));
    QSignalSpy finished(reply.get(), &TransportReply::finished);
    QSignalSpy errors(reply.get(), &TransportReply::errorOccurred);
    QCOMPARE(finished.size(), 0); // answered on the event loop, not inside send()
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(reply->error(), Error::NoError);
    QCOMPARE(reply->body(), expected);
    QCOMPARE(reply->httpStatus(), 0);
    QCOMPARE(reply->finalUrl(), url);
}

void tst_FileTransport::missingIsNotFound_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addRow("missing-file") << QUrl::fromLocalFile(QStringLiteral(VASTQT_CORPUS_DIR "/no/such/file.xml"));
    QTest::addRow("missing-resource") << QUrl(u"qrc:/transport/data/nothing.xml"_s);
    QTest::addRow("directory") << QUrl::fromLocalFile(QStringLiteral(VASTQT_CORPUS_DIR));
}

void tst_FileTransport::missingIsNotFound()
{
    QFETCH(QUrl, url);
    if (qstrcmp(QTest::currentDataTag(), "directory") == 0)
        VASTQT_REQUIRE_CORPUS("iab"); // a directory that is there
    std::unique_ptr<TransportReply> reply(transport.get(url));
    QSignalSpy finished(reply.get(), &TransportReply::finished);
    QSignalSpy errors(reply.get(), &TransportReply::errorOccurred);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<Error>(), Error::NotFound);
    QCOMPARE(reply->error(), Error::NotFound);
    QVERIFY(reply->body().isEmpty());
}

void tst_FileTransport::fileOverCapIsTooLarge()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const QByteArray full = contents(corpusFile);
    QVERIFY(full.size() > 100);

    TransportRequest request(QUrl::fromLocalFile(corpusFile));
    request.maxResponseBytes = 100;
    std::unique_ptr<TransportReply> reply(transport.send(request));
    QSignalSpy finished(reply.get(), &TransportReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), Error::TooLarge);
    QCOMPARE(reply->body(), full.left(100));

    // The transport-wide cap applies when the request leaves it at 0; the exact size passes.
    FileTransport capped;
    capped.setMaxResponseBytes(full.size());
    std::unique_ptr<TransportReply> exact(capped.get(QUrl::fromLocalFile(corpusFile)));
    QSignalSpy exactFinished(exact.get(), &TransportReply::finished);
    QVERIFY(exactFinished.wait(5000));
    QCOMPARE(exact->error(), Error::NoError);
    QCOMPARE(exact->body(), full);

    capped.setMaxResponseBytes(full.size() - 1);
    std::unique_ptr<TransportReply> over(capped.get(QUrl::fromLocalFile(corpusFile)));
    QSignalSpy overFinished(over.get(), &TransportReply::finished);
    QVERIFY(overFinished.wait(5000));
    QCOMPARE(over->error(), Error::TooLarge);
}

void tst_FileTransport::unsupportedScheme()
{
    QVERIFY(!transport.supportsScheme(u"http"_s));
    QVERIFY(transport.supportsScheme(u"file"_s));
    QVERIFY(transport.supportsScheme(u"qrc"_s));
    std::unique_ptr<TransportReply> reply(transport.get(QUrl(u"http://127.0.0.1/x.xml"_s)));
    QSignalSpy finished(reply.get(), &TransportReply::finished);
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), Error::UnsupportedScheme);
}

void tst_FileTransport::abortBeforeReadEmitsOnce()
{
    VASTQT_REQUIRE_CORPUS("iab");
    std::unique_ptr<TransportReply> reply(transport.get(QUrl::fromLocalFile(corpusFile)));
    QSignalSpy finished(reply.get(), &TransportReply::finished);
    QSignalSpy errors(reply.get(), &TransportReply::errorOccurred);
    reply->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error(), Error::Aborted);

    // A later read of the same file completes; the aborted reply stays as it was.
    std::unique_ptr<TransportReply> other(transport.get(QUrl::fromLocalFile(corpusFile)));
    QSignalSpy otherFinished(other.get(), &TransportReply::finished);
    QVERIFY(otherFinished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(errors.size(), 1);
    QVERIFY(reply->body().isEmpty());
}

void tst_FileTransport::fileNameForUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("expected");
    QTest::addRow("file") << QUrl(u"file:///tmp/a%20b.xml"_s) << u"/tmp/a b.xml"_s;
    QTest::addRow("qrc") << QUrl(u"qrc:/x/y.xml"_s) << u":/x/y.xml"_s;
    QTest::addRow("qrc-no-slash") << QUrl(u"qrc:x/y.xml"_s) << u":/x/y.xml"_s;
    QTest::addRow("resource-path") << QUrl(u":/x/y.xml"_s) << u":/x/y.xml"_s;
    QTest::addRow("local-path") << QUrl(u"/tmp/t.xml"_s) << u"/tmp/t.xml"_s;
    QTest::addRow("relative-path") << QUrl(u"t.xml"_s) << QString();
    QTest::addRow("http") << QUrl(u"http://h/t.xml"_s) << QString();
}

void tst_FileTransport::fileNameForUrl()
{
    QFETCH(QUrl, url);
    QFETCH(QString, expected);
    QCOMPARE(FileTransport::fileNameForUrl(url), expected);
}

QTEST_GUILESS_MAIN(tst_FileTransport)
#include "tst_filetransport.moc"
