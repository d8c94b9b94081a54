// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/fetcherror.h>
#include "testserver.h"
#include <VastQt/httptransport.h>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace VastQt;
using Error = TransportReply::Error;

// The error boundary: every transport outcome → (VAST code, phase, VMAP code), from the
// typed error only.
class tst_FetchError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.start()); }

    void mapping_data()
    {
        QTest::addColumn<Error>("error");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<VmapErrorCode>("vmapCode");
        QTest::addColumn<ErrorCode>("mediaCode");

        QTest::addRow("no-error") << Error::NoError << 200 << ErrorCode::NoError << Phase::Fetch << VmapErrorCode::None << ErrorCode::NoError;
        QTest::addRow("timeout") << Error::Timeout << 0 << ErrorCode::WrapperTimeout << Phase::Fetch
                                 << VmapErrorCode::RetrievalTimeout << ErrorCode::MediaFileTimeout;
        QTest::addRow("refused") << Error::ConnectionRefused << 0 << ErrorCode::WrapperTimeout << Phase::Fetch
                                 << VmapErrorCode::RetrievalError << ErrorCode::FileNotFound;
        QTest::addRow("dns") << Error::HostNotFound << 0 << ErrorCode::WrapperTimeout << Phase::Fetch
                             << VmapErrorCode::RetrievalError << ErrorCode::FileNotFound;
        QTest::addRow("http-404") << Error::HttpError << 404 << ErrorCode::WrapperTimeout << Phase::Fetch
                                  << VmapErrorCode::RetrievalError << ErrorCode::FileNotFound;
        QTest::addRow("http-500") << Error::HttpError << 500 << ErrorCode::WrapperTimeout << Phase::Fetch
                                  << VmapErrorCode::RetrievalError << ErrorCode::FileNotFound;
        QTest::addRow("too-large") << Error::TooLarge << 200 << ErrorCode::XmlParsingError << Phase::Parse
                                   << VmapErrorCode::ExtractionError << ErrorCode::NoError;
        QTest::addRow("redirects") << Error::TooManyRedirects << 302 << ErrorCode::WrapperTimeout << Phase::Fetch
                                   << VmapErrorCode::RetrievalError << ErrorCode::GeneralLinearError;
        QTest::addRow("scheme") << Error::UnsupportedScheme << 0 << ErrorCode::WrapperTimeout << Phase::Fetch
                                << VmapErrorCode::RetrievalError << ErrorCode::GeneralLinearError;
        QTest::addRow("not-found") << Error::NotFound << 0 << ErrorCode::WrapperTimeout << Phase::Fetch
                                   << VmapErrorCode::RetrievalError << ErrorCode::FileNotFound;
        QTest::addRow("aborted") << Error::Aborted << 0 << ErrorCode::WrapperTimeout << Phase::Fetch
                                 << VmapErrorCode::RetrievalError << ErrorCode::NoError;
        QTest::addRow("protocol") << Error::ProtocolError << 0 << ErrorCode::WrapperTimeout << Phase::Fetch
                                  << VmapErrorCode::RetrievalError << ErrorCode::GeneralLinearError;
    }

    void mapping()
    {
        QFETCH(Error, error);
        QFETCH(int, httpStatus);
        QFETCH(ErrorCode, code);
        QFETCH(Phase, phase);
        QFETCH(VmapErrorCode, vmapCode);
        QFETCH(ErrorCode, mediaCode);
        const QUrl url(u"http://ads.example/tag?ged=timeout"_s);
        // The message text never decides: "timed out" in it changes nothing.
        for (const QString &text : {u"boom"_s, u"lookup timed out"_s, QString()}) {
            const FetchError f = FetchError::fromTransport(error, httpStatus, text, url);
            QCOMPARE(f.code, code);
            QCOMPARE(f.phase, phase);
            QCOMPARE(f.vmapCode, vmapCode);
            QCOMPARE(f.mediaCode, mediaCode);
            QCOMPARE(f.transportError, error);
            QCOMPARE(f.httpStatus, httpStatus);
            QCOMPARE(f.ok(), error == Error::NoError);
            QCOMPARE(f.message.isEmpty(), error == Error::NoError);
            if (!f.ok()) {
                QVERIFY2(f.message.contains(url.toDisplayString()), qPrintable(f.message));
                QVERIFY2(f.message.contains(text), qPrintable(f.message));
            }
        }

        // fromReply() of a finished reply says the same.
        TransportReply reply{TransportRequest(url)};
        reply.setHttpStatus(httpStatus);
        if (error == Error::NoError)
            reply.finish("<VAST/>");
        else
            reply.fail(error, u"boom"_s);
        const FetchError r = FetchError::fromReply(reply);
        QCOMPARE(r.code, code);
        QCOMPARE(r.phase, phase);
        QCOMPARE(r.vmapCode, vmapCode);
        QCOMPARE(r.transportError, error);
        QCOMPARE(r.httpStatus, httpStatus);
    }

    // Real replies from the local server: each kind HttpTransport produces.
    void fromHttpReplies_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<Error>("error");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<Phase>("phase");
        QTest::addColumn<VmapErrorCode>("vmapCode");
        QTest::addRow("ok") << u"ok"_s << Error::NoError << ErrorCode::NoError << Phase::Fetch << VmapErrorCode::None;
        QTest::addRow("404") << u"404"_s << Error::HttpError << ErrorCode::WrapperTimeout << Phase::Fetch
                             << VmapErrorCode::RetrievalError;
        QTest::addRow("slow") << u"slow"_s << Error::Timeout << ErrorCode::WrapperTimeout << Phase::Fetch
                              << VmapErrorCode::RetrievalTimeout;
        QTest::addRow("dead-port") << u"dead"_s << Error::ConnectionRefused << ErrorCode::WrapperTimeout << Phase::Fetch
                                   << VmapErrorCode::RetrievalError;
        QTest::addRow("over-cap") << u"big"_s << Error::TooLarge << ErrorCode::XmlParsingError << Phase::Parse
                                  << VmapErrorCode::ExtractionError;
        QTest::addRow("gzip-bomb") << u"bomb"_s << Error::TooLarge << ErrorCode::XmlParsingError << Phase::Parse
                                   << VmapErrorCode::ExtractionError;
    }

    void fromHttpReplies()
    {
        QFETCH(QString, kind);
        QFETCH(Error, error);
        QFETCH(ErrorCode, code);
        QFETCH(Phase, phase);
        QFETCH(VmapErrorCode, vmapCode);
        server.setBody(u"/ok"_s, "<VAST version=\"4.0\"/>");
        server.setResponse(u"/404"_s, {404, "no", "text/plain", 0, {}});
        server.setResponse(u"/slow"_s, {200, "<VAST/>", "application/xml", 3000, {}});
        server.setBody(u"/big"_s, QByteArray(4096, 'x'));
        TestServer::Response bomb;
        bomb.body = TestServer::gzip(QByteArray(4 * 1024 * 1024, '\0'));
        bomb.headers = {{"Content-Encoding", "gzip"}};
        server.setResponse(u"/bomb"_s, bomb);

        QUrl url = server.url(u"/"_s + kind);
        if (kind == "dead"_L1)
            url = QUrl(u"http://127.0.0.1:%1/ad?ged=timeout"_s.arg(TestServer::unusedPort()));
        TransportRequest request(url);
        request.timeoutMs = 200;
        request.maxResponseBytes = 1024;
        std::unique_ptr<TransportReply> reply(http.send(request));
        QSignalSpy finished(reply.get(), &TransportReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), error);
        const FetchError f = FetchError::fromReply(*reply);
        QCOMPARE(f.code, code);
        QCOMPARE(f.phase, phase);
        QCOMPARE(f.vmapCode, vmapCode);
        QCOMPARE(f.httpStatus, reply->httpStatus());
    }

private:
    TestServer server;
    HttpTransport http;
};

QTEST_GUILESS_MAIN(tst_FetchError)
#include "tst_fetcherror.moc"
