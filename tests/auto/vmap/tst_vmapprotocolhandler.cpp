// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/orchestrator.h>
#include <VastQt/vmapprotocolhandler.h>
#include <VastQt/breakplayer.h>
#include <VastQt/documentroot.h>
#include "testserver.h"
#include <VastQt/beacon.h>
#include <VastQt/tracker.h>
#include <VastQt/httptransport.h>
#include <VastQt/memorytransport.h>

#include <QtCore/QFile>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

namespace
{
const char InlinePod[] = R"(<VAST version="3.0"><Ad id="i1" sequence="1"><InLine><AdSystem>T</AdSystem><AdTitle>one</AdTitle>
<Impression><![CDATA[%BASE%/track/imp?ad=i1]]></Impression><Creatives><Creative><Linear><Duration>00:00:05</Duration>
<MediaFiles><MediaFile delivery="progressive" type="video/mp4" width="640" height="360"><![CDATA[%BASE%/media/i1.mp4]]></MediaFile>
</MediaFiles></Linear></Creative></Creatives></InLine></Ad>
<Ad id="i2" sequence="2"><InLine><AdSystem>T</AdSystem><AdTitle>two</AdTitle>
<Impression><![CDATA[%BASE%/track/imp?ad=i2]]></Impression><Creatives><Creative><Linear><Duration>00:00:05</Duration>
<MediaFiles><MediaFile delivery="progressive" type="video/mp4" width="640" height="360"><![CDATA[%BASE%/media/i2.mp4]]></MediaFile>
</MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>)";
} // namespace

// VmapProtocolHandler: VMAP fetched and parsed, every break's AdSource resolved, breaks in
// the reply's extensions; alone and through the Orchestrator.
class tst_VmapProtocolHandler : public QObject
{
    Q_OBJECT

private:
    TestServer server;
    HttpTransport http;

    QString base() const { return server.url(QString()).toString(); }

    QByteArray sample(const QString &name) const
    {
        QFile f(QStringLiteral(VASTQT_TEST_DATA_DIR "/vmap/") + name);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        QByteArray xml = f.readAll();
        xml.replace("http://vastqt-test-server", base().toUtf8());
        return xml;
    }

    // Runs the handler alone on \a xml.
    ProtocolReply *fetch(VmapProtocolHandler &handler, const QByteArray &xml, Transport *transport = nullptr,
                         int hopTimeoutMs = 3000)
    {
        FetchContext ctx;
        ctx.url = server.url(u"/given.xml"_s);
        ctx.xml = xml;
        ctx.transport = transport ? transport : &http;
        ctx.hopTimeoutMs = hopTimeoutMs;
        ProtocolReply *reply = handler.fetch(AdRequest(), ctx);
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.start());
        for (const QString &n : {u"pod.xml"_s, u"mid.xml"_s, u"post.xml"_s})
            server.setBody(u"/vast/"_s + n, sample(n));
    }

    void throughOrchestrator()
    {
        server.setBody(u"/vmap.xml"_s, sample(u"play-pod-mid-post.xml"_s));
        VmapProtocolHandler handler;
        Orchestrator orchestrator(&http);
        orchestrator.setProtocolHandler(&handler);
        FetchConfig config;
        config.sources = {server.url(u"/vmap.xml"_s)};
        ServeReply *reply = orchestrator.serve(AdRequest(), config);
        QSignalSpy finished(reply, &ServeReply::finished);
        QVERIFY(finished.wait(10000));
        const AdResponse r = reply->response();
        delete reply;
        QVERIFY(r.success);
        // SELECT serves the first playable ad of the first break: the pod's sequence 1.
        QCOMPARE(r.ad.id, u"pod-a"_s);
        QCOMPARE(r.sources.value(0).httpStatus, 200);
        QCOMPARE(r.sources.value(0).chain.value(0).type, u"VMAP"_s);
        QCOMPARE(r.sources.value(0).chain.value(0).vastVersion, u"1.0"_s);
        const VmapDocument doc = VmapProtocolHandler::document(r.extensions);
        QCOMPARE(doc.adBreaks.size(), 3);
        QCOMPARE(r.extensions.value(u"vmap.url"_s).toUrl(), server.url(u"/vmap.xml"_s));
        const QList<VmapBreakResult> breaks = VmapProtocolHandler::breakResults(r.extensions);
        QCOMPARE(breaks.size(), 3);
        QCOMPARE(breaks.at(0).ads().size(), 2);
        QCOMPARE(breaks.at(0).ads().at(0).ad.id, u"pod-a"_s);
        QCOMPARE(breaks.at(0).ads().at(1).ad.id, u"pod-b"_s);
        QCOMPARE(breaks.at(1).ads().size(), 1);
        QCOMPARE(breaks.at(2).ads().value(0).ad.id, u"post-1"_s);
        QCOMPARE(breaks.at(2).chain.value(0).url, server.url(u"/vast/post.xml"_s));
        for (const VmapBreakResult &b : breaks)
            QVERIFY(b.ok());
        QCOMPARE(handler.name(), u"vmap"_s);
        QVERIFY(orchestrator.cacheKey(AdRequest(), config).contains(u"vmap"_s));

        // The served playlist, typed: each break's ads selected for play.
        QVERIFY(r.isVmap());
        QCOMPARE(r.vmap.adBreaks.size(), 3);
        QCOMPARE(r.vmapBreaks.size(), 3);
        QCOMPARE(r.vmapBreaks.at(0).selected.size(), 2);
        QVERIFY(r.vmapBreaks.at(0).selected.at(0).isPlayable());

        // The break tracking is the BreakPlayer's: breakStart of the pre-roll first.
        BreakPlayer player(&http);
        player.setBreaks(r.vmap.schedule(60000), r.vmapBreaks, r.source);
        QSignalSpy played(&player, &BreakPlayer::finished);
        QVERIFY(player.play());
        QVERIFY(played.wait(20000));
        QTRY_VERIFY(player.isIdle());
        QVERIFY(!server.requestsFor(u"/track/breakStart"_s).isEmpty());
        QCOMPARE(server.requestsFor(u"/track/breakStart"_s).at(0).query.queryItemValue(u"b"_s), u"pre"_s);
    }

    // The AdSource rules: inline VAST, allowMultipleAds, followRedirects, custom data,
    // dead and broken ad tags, each with its VMAP error code.
    void adSourceRules()
    {
        server.setBody(u"/wrapper.xml"_s, QByteArray(R"(<VAST version="4.0"><Ad id="w"><Wrapper><AdSystem>W</AdSystem>
<Error><![CDATA[)" + base().toUtf8() + R"(/track/wrapper-error?code=[ERRORCODE]]]></Error>
<VASTAdTagURI><![CDATA[)" + base().toUtf8() + R"(/vast/mid.xml]]></VASTAdTagURI></Wrapper></Ad></VAST>)"));
        server.setBody(u"/broken.xml"_s, "<VAST version=\"4.0\"><Ad><InLine>");
        const QString dead = u"http://127.0.0.1:%1/x.xml"_s.arg(TestServer::unusedPort());
        const QString inlinePod = QString::fromUtf8(InlinePod).replace(u"%BASE%"_s, base());
        const QByteArray vmap = u"<vmap:VMAP xmlns:vmap=\"http://www.iab.net/vmap-1.0\" version=\"1.0\">"
                                u"<vmap:AdBreak timeOffset=\"start\" breakType=\"linear\"><vmap:AdSource allowMultipleAds=\"false\">"
                                u"<vmap:VASTAdData>%1</vmap:VASTAdData></vmap:AdSource></vmap:AdBreak>"
                                u"<vmap:AdBreak timeOffset=\"start\" breakType=\"linear\"><vmap:AdSource>"
                                u"<vmap:VASTAdData>%1</vmap:VASTAdData></vmap:AdSource></vmap:AdBreak>"
                                u"<vmap:AdBreak timeOffset=\"10%\" breakType=\"linear\"><vmap:AdSource followRedirects=\"false\">"
                                u"<vmap:AdTagURI templateType=\"vast3\"><![CDATA[%2/wrapper.xml]]></vmap:AdTagURI></vmap:AdSource></vmap:AdBreak>"
                                u"<vmap:AdBreak timeOffset=\"20%\" breakType=\"linear\"><vmap:AdSource>"
                                u"<vmap:AdTagURI templateType=\"vast3\"><![CDATA[%2/wrapper.xml]]></vmap:AdTagURI></vmap:AdSource></vmap:AdBreak>"
                                u"<vmap:AdBreak timeOffset=\"30%\" breakType=\"linear\"><vmap:AdSource>"
                                u"<vmap:CustomAdData templateType=\"proprietary\">house</vmap:CustomAdData></vmap:AdSource></vmap:AdBreak>"
                                u"<vmap:AdBreak timeOffset=\"40%\" breakType=\"linear\"><vmap:AdSource>"
                                u"<vmap:AdTagURI templateType=\"vast3\"><![CDATA[%3]]></vmap:AdTagURI></vmap:AdSource></vmap:AdBreak>"
                                u"<vmap:AdBreak timeOffset=\"50%\" breakType=\"linear\"><vmap:AdSource>"
                                u"<vmap:AdTagURI templateType=\"vast3\"><![CDATA[%2/broken.xml]]></vmap:AdTagURI></vmap:AdSource></vmap:AdBreak>"
                                u"</vmap:VMAP>"_s.arg(inlinePod, base(), dead).toUtf8();
        QVERIFY(VmapProtocolHandler().acceptsDocument(documentRoot(vmap)));
        VmapProtocolHandler handler;
        ProtocolReply *reply = fetch(handler, vmap);
        QVERIFY(!reply->isFinished()); // never finished inside fetch()
        QSignalSpy finished(reply, &ProtocolReply::finished);
        QVERIFY(finished.wait(10000));
        const QList<VmapBreakResult> b = VmapProtocolHandler::breakResults(reply->extensions());
        QCOMPARE(b.size(), 7);
        // allowMultipleAds="false": one ad of the pod.
        QCOMPARE(b.at(0).ads().size(), 1);
        QCOMPARE(b.at(0).ads().at(0).ad.id, u"i1"_s);
        QCOMPARE(b.at(1).ads().size(), 2);
        QCOMPARE(b.at(1).chain.value(0).url.fragment(), u"adbreak-1"_s);
        // followRedirects="false": the wrapped ad is refused with 302.
        QVERIFY(b.at(2).ads().isEmpty());
        QCOMPARE(b.at(2).error, ErrorCode::WrapperLimitReached);
        QCOMPARE(b.at(2).vmapError, VmapErrorCode::AdResponseError);
        QVERIFY(!b.at(2).results.value(0).errorUrls.isEmpty());
        // Without it, the wrapper is followed.
        QCOMPARE(b.at(3).ads().value(0).ad.id, u"mid-1"_s);
        QCOMPARE(b.at(3).chain.size(), 2);
        QCOMPARE(b.at(4).vmapError, VmapErrorCode::TemplateTypeNotSupported);
        QCOMPARE(b.at(5).vmapError, VmapErrorCode::RetrievalError);
        QCOMPARE(b.at(5).error, ErrorCode::WrapperTimeout);
        QCOMPARE(b.at(6).vmapError, VmapErrorCode::ExtractionError);
        QCOMPARE(b.at(6).error, ErrorCode::XmlParsingError);
        // The reply's results: every break's, in order.
        QCOMPARE(reply->ads().size(), 1 + 2 + 1);
        QCOMPARE(reply->error(), ErrorCode::NoError);
        delete reply;
    }

    // A VMAP whose only break's AdTagURI is \a adTagUri.
    static QByteArray oneBreak(const QString &adTagUri)
    {
        return u"<vmap:VMAP xmlns:vmap=\"http://www.iab.net/vmap-1.0\" version=\"1.0\">"
               u"<vmap:AdBreak timeOffset=\"start\" breakType=\"linear\"><vmap:AdSource>"
               u"<vmap:AdTagURI templateType=\"vast3\"><![CDATA[%1]]></vmap:AdTagURI></vmap:AdSource></vmap:AdBreak>"
               u"</vmap:VMAP>"_s.arg(adTagUri)
            .toUtf8();
    }

    // Issue 8, defect 4: the VMAP code of a break whose AdTagURI failed comes from the typed
    // transport error, never from the text. Google Ad Manager tags carry "ged=timeout".
    void breakRetrievalCodeFollowsTypedError_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<ErrorCode>("error");
        QTest::addColumn<TransportReply::Error>("transportError");
        QTest::addColumn<VmapErrorCode>("vmapError");
        QTest::addRow("dead port, url says timeout") << u"dead"_s << ErrorCode::WrapperTimeout
                                                      << TransportReply::Error::ConnectionRefused
                                                      << VmapErrorCode::RetrievalError;
        QTest::addRow("http 500, url says timeout") << u"500"_s << ErrorCode::WrapperTimeout
                                                     << TransportReply::Error::HttpError << VmapErrorCode::RetrievalError;
        QTest::addRow("real timeout") << u"slow"_s << ErrorCode::WrapperTimeout << TransportReply::Error::Timeout
                                      << VmapErrorCode::RetrievalTimeout;
        QTest::addRow("gzip bomb") << u"bomb"_s << ErrorCode::XmlParsingError << TransportReply::Error::TooLarge
                                   << VmapErrorCode::ExtractionError;
    }

    void breakRetrievalCodeFollowsTypedError()
    {
        QFETCH(QString, kind);
        QFETCH(ErrorCode, error);
        QFETCH(TransportReply::Error, transportError);
        QFETCH(VmapErrorCode, vmapError);
        server.setResponse(u"/gam/500"_s, {500, "boom", "text/plain", 0, {}});
        server.setResponse(u"/gam/slow"_s, {200, "<VAST version=\"3.0\"/>", "application/xml", 3000, {}});
        TestServer::Response bomb;
        bomb.body = TestServer::gzip(QByteArray(24 * 1024 * 1024, '\0'));
        bomb.headers = {{"Content-Encoding", "gzip"}};
        server.setResponse(u"/gam/bomb"_s, bomb);
        QString tag = server.url(u"/gam/"_s + kind).toString() + u"?iu=/1/x&ged=timeout&correlator=1"_s;
        if (kind == "dead"_L1)
            tag = u"http://127.0.0.1:%1/gampad/ads?ged=timeout&timeout=5"_s.arg(TestServer::unusedPort());

        VmapProtocolHandler handler;
        std::unique_ptr<ProtocolReply> reply(fetch(handler, oneBreak(tag), &http, 300));
        QSignalSpy finished(reply.get(), &ProtocolReply::finished);
        QVERIFY(finished.wait(10000));
        const QList<VmapBreakResult> b = VmapProtocolHandler::breakResults(reply->extensions());
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.at(0).error, error);
        QCOMPARE(b.at(0).vmapError, vmapError);
        QCOMPARE(b.at(0).chain.size(), 1);
        QCOMPARE(b.at(0).chain.at(0).transportError, transportError);
        if (kind == "500"_L1)
            QCOMPARE(b.at(0).chain.at(0).httpStatus, 500);
    }

    // A failed DNS lookup, with "timed out" in the message as resolvers word it, of an
    // AdTagURI that contains "timeout": 1008. The lookup is simulated (MemoryTransport):
    // no query leaves the machine.
    void dnsFailureOfTimeoutUrlIs1008()
    {
        const QUrl tag(u"http://no-such-host.invalid/gampad/ads?iu=/1/x&ged=timeout"_s);
        MemoryTransport memory;
        memory.setResponse(tag, MemoryResponse::failure(TransportReply::Error::HostNotFound, 0,
                                                        u"Host no-such-host.invalid not found (lookup timed out)"_s));
        VmapProtocolHandler handler;
        std::unique_ptr<ProtocolReply> reply(fetch(handler, oneBreak(tag.toString()), &memory));
        QSignalSpy finished(reply.get(), &ProtocolReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(memory.requestsFor(tag).size(), 1);
        const QList<VmapBreakResult> b = VmapProtocolHandler::breakResults(reply->extensions());
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.at(0).error, ErrorCode::WrapperTimeout);
        QCOMPARE(b.at(0).chain.value(0).transportError, TransportReply::Error::HostNotFound);
        QCOMPARE(b.at(0).vmapError, VmapErrorCode::RetrievalError);
        QCOMPARE(int(b.at(0).vmapError), 1008);
    }

    // The VMAP hop of the chain keeps the parser's warnings: the VMAP document's and those
    // of its inline VAST (here a <Duration> in plain seconds, a tolerance), for the report.
    void vmapHopKeepsParseWarnings()
    {
        const QByteArray inlineVast =
            "<VAST version=\"3.0\"><Ad id=\"w\"><InLine><AdSystem>T</AdSystem><AdTitle>t</AdTitle>"
            "<Impression>http://127.0.0.1/imp</Impression><Creatives><Creative><Linear><Duration>5</Duration>"
            "<MediaFiles><MediaFile delivery=\"progressive\" type=\"video/mp4\" width=\"640\" height=\"360\">"
            "http://127.0.0.1/m.mp4</MediaFile></MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>";
        const QByteArray vmap = "<vmap:VMAP xmlns:vmap=\"http://www.iab.net/vmap-1.0\" version=\"1.0\">"
                                "<vmap:AdBreak timeOffset=\"start\" breakType=\"linear\"><vmap:AdSource>"
                                "<vmap:VASTAdData>" + inlineVast + "</vmap:VASTAdData></vmap:AdSource></vmap:AdBreak></vmap:VMAP>";
        VmapProtocolHandler handler;
        std::unique_ptr<ProtocolReply> reply(fetch(handler, vmap));
        QSignalSpy finished(reply.get(), &ProtocolReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->chain().size(), 1);
        const QStringList warnings = reply->chain().at(0).warnings;
        QVERIFY2(std::any_of(warnings.cbegin(), warnings.cend(),
                             [](const QString &w) { return w.contains(u"<Duration> \"5\" is in plain seconds"_s); }),
                 qPrintable(warnings.join(u'\n')));
    }

    // The VMAP document's own fetch keeps the typed error beside its code.
    void documentFetchKeepsTypedError()
    {
        VmapProtocolHandler handler;
        FetchContext ctx;
        ctx.url = QUrl(u"http://127.0.0.1:%1/vmap?ged=timeout"_s.arg(TestServer::unusedPort()));
        ctx.transport = &http;
        ctx.hopTimeoutMs = 3000;
        std::unique_ptr<ProtocolReply> reply(handler.fetch(AdRequest(), ctx));
        QSignalSpy finished(reply.get(), &ProtocolReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), ErrorCode::WrapperTimeout);
        QCOMPARE(reply->chain().size(), 1);
        QCOMPARE(reply->chain().at(0).transportError, TransportReply::Error::ConnectionRefused);
    }

    void brokenVmap_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("code");
        QTest::newRow("version") << QByteArray("<VMAP xmlns=\"http://www.iab.net/vmap-1.0\" version=\"2.0\"/>") << 102;
        QTest::newRow("broken") << QByteArray("<vmap:VMAP xmlns:vmap=\"http://www.iab.net/vmap-1.0\" version=\"1.0\"><vmap:AdBreak")
                                << 100;
        QTest::newRow("no breaks") << QByteArray("<vmap:VMAP xmlns:vmap=\"http://www.iab.net/vmap-1.0\" version=\"1.0\"/>") << 303;
    }

    void brokenVmap()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, code);
        VmapProtocolHandler handler;
        ProtocolReply *reply = fetch(handler, xml);
        QSignalSpy error(reply, &ProtocolReply::errorOccurred);
        QSignalSpy finished(reply, &ProtocolReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(error.size(), 1);
        QCOMPARE(int(reply->error()), code);
        QVERIFY(reply->ads().isEmpty());
        delete reply;
    }

    void sniffing()
    {
        // The registry's question: is the root element <VMAP>?
        const VmapProtocolHandler vmap;
        const auto isVmap = [&vmap](const QByteArray &xml) { return vmap.acceptsDocument(documentRoot(xml)); };
        QVERIFY(isVmap("<?xml version=\"1.0\"?><!-- c --><vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\"/>"));
        QVERIFY(isVmap("<VMAP/>"));
        QVERIFY(!isVmap("<VAST version=\"4.0\"/>"));
        QVERIFY(!isVmap("not xml"));
        QVERIFY(!isVmap(QByteArray()));
        QCOMPARE(documentRoot("<vmap:VMAP xmlns:vmap=\"http://www.iab.net/vmap-1.0\"/>").namespaceUri,
                 u"http://www.iab.net/vmap-1.0"_s);
    }

    // AdRequest mapping: as the VAST handler, with extensions["vmap"].
    void requestParameters()
    {
        VmapProtocolHandler handler;
        AdRequest r;
        r.slotId = u"s1"_s;
        r.contentDurationMs = 61000;
        r.extensions.insert(u"vmap"_s, QVariantMap{{u"gdpr"_s, u"1"_s}});
        const QUrlQuery q = handler.requestParameters(r);
        QCOMPARE(q.queryItemValue(u"slot"_s), u"s1"_s);
        QCOMPARE(q.queryItemValue(u"content_duration"_s), u"61"_s);
        QCOMPARE(q.queryItemValue(u"gdpr"_s), u"1"_s);
        AdRequest bad;
        bad.contentDurationMs = -5;
        QVERIFY(!handler.validateRequest(bad));
    }
};

QTEST_GUILESS_MAIN(tst_VmapProtocolHandler)
#include "tst_vmapprotocolhandler.moc"
