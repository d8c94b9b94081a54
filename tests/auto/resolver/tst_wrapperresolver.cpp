// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastjson.h>
#include <VastQt/vastparser.h>
#include <VastQt/wrapperresolver.h>
#include "testserver.h"
#include <VastQt/filetransport.h>
#include <VastQt/httptransport.h>
#include <VastQt/routingtransport.h>
#include "corpus.h"

#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QRegularExpression>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

namespace
{

QByteArray readCorpus(const QString &relative)
{
    QFile f(QStringLiteral(VASTQT_CORPUS_DIR "/iab/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

// A minimal Wrapper document whose VASTAdTagURI is \a next.
QByteArray wrapperXml(const QString &version, const QUrl &next, const QUrl &error, const QString &attributes = {},
                      const QString &impression = {})
{
    return u"<VAST version=\"%1\"><Ad id=\"w\"><Wrapper %2><AdSystem>Test Wrapper %1</AdSystem>"
           u"<VASTAdTagURI><![CDATA[%3]]></VASTAdTagURI><Error><![CDATA[%4]]></Error>"
           u"<Impression><![CDATA[%5]]></Impression>"
           u"<Creatives><Creative><Linear><TrackingEvents>"
           u"<Tracking event=\"start\"><![CDATA[%5/start]]></Tracking>"
           u"</TrackingEvents><VideoClicks><ClickTracking><![CDATA[%5/click]]></ClickTracking></VideoClicks>"
           u"</Linear></Creative></Creatives></Wrapper></Ad></VAST>"_s
        .arg(version, attributes, next.toString(QUrl::FullyEncoded), error.toString(QUrl::FullyEncoded),
             impression.isEmpty() ? u"http://127.0.0.1/imp"_s : impression)
        .toUtf8();
}

QByteArray inlineXml(const QString &id = u"inline"_s, int sequence = 0)
{
    const QString seq = sequence > 0 ? u" sequence=\"%1\""_s.arg(sequence) : QString();
    return u"<VAST version=\"4.1\" xmlns=\"http://www.iab.com/VAST\"><Ad id=\"%1\"%2><InLine>"
           u"<AdSystem>Test InLine</AdSystem><AdTitle>t</AdTitle>"
           u"<Impression><![CDATA[http://127.0.0.1/inline-imp]]></Impression>"
           u"<Error><![CDATA[http://127.0.0.1/inline-error]]></Error>"
           u"<Creatives><Creative id=\"c1\"><Linear><Duration>00:00:10</Duration>"
           u"<TrackingEvents><Tracking event=\"start\"><![CDATA[http://127.0.0.1/inline-start]]></Tracking></TrackingEvents>"
           u"<MediaFiles><MediaFile delivery=\"progressive\" type=\"video/mp4\" width=\"640\" height=\"360\">"
           u"<![CDATA[http://127.0.0.1/m.mp4]]></MediaFile></MediaFiles>"
           u"</Linear></Creative></Creatives></InLine></Ad></VAST>"_s.arg(id, seq)
        .toUtf8();
}

// A VAST 4.2 document with one <Ad> around \a body (an <InLine> or <Wrapper>).
QByteArray adXml(const QString &body, const QString &adAttributes = {})
{
    return u"<VAST version=\"4.2\"><Ad id=\"a\" %1>%2</Ad></VAST>"_s.arg(adAttributes, body).toUtf8();
}

// A Wrapper to \a next with \a creatives and \a more elements (Extensions, Error...).
QString wrapperBody(const QUrl &next, const QString &creatives, const QString &more = {})
{
    return u"<Wrapper><AdSystem>W</AdSystem><VASTAdTagURI><![CDATA[%1]]></VASTAdTagURI>"
           u"<Impression>http://127.0.0.1/imp</Impression>%2<Creatives>%3</Creatives></Wrapper>"_s
        .arg(next.toString(QUrl::FullyEncoded), more, creatives);
}

QString inlineBody(const QString &creatives, const QString &more = {})
{
    return u"<InLine><AdSystem>I</AdSystem><AdTitle>t</AdTitle><Impression>http://127.0.0.1/imp</Impression>"
           u"%1<Creatives>%2</Creatives></InLine>"_s.arg(more, creatives);
}

QString linearXml(const QString &inner, bool withMedia)
{
    const QString media = withMedia ? u"<Duration>00:00:10</Duration><MediaFiles><MediaFile delivery=\"progressive\" "
                                      u"type=\"video/mp4\" width=\"640\" height=\"360\">http://127.0.0.1/m.mp4"
                                      u"</MediaFile></MediaFiles>"_s
                                    : QString();
    return u"<Creative id=\"lin\"><Linear>%1%2</Linear></Creative>"_s.arg(media, inner);
}

} // namespace

class tst_WrapperResolver : public QObject
{
    Q_OBJECT

private:
    TestServer server;
    HttpTransport http;
    FileTransport file;
    RoutingTransport transport;

    // Resolves \a url and waits for finished(); checks the reply's signal contract.
    QList<ResolvedAd> resolve(const QUrl &url, ErrorCode *error, QList<WrapperHop> *chain = nullptr,
                              int maxDepth = 5, int hopTimeout = 3000)
    {
        WrapperResolver resolver(&transport);
        resolver.setMaxDepth(maxDepth);
        resolver.setHopTimeout(hopTimeout);
        std::unique_ptr<ResolveReply> reply(resolver.resolve(url));
        QSignalSpy finished(reply.get(), &ResolveReply::finished);
        QSignalSpy errors(reply.get(), &ResolveReply::errorOccurred);
        [&] { QVERIFY(finished.isEmpty()); }(); // never synchronous
        [&] { QVERIFY(finished.wait(15000)); }();
        QTest::qWait(0);
        [&] {
            QCOMPARE(finished.size(), 1);
            QCOMPARE(errors.size(), reply->error() == ErrorCode::NoError ? 0 : 1);
            if (!errors.isEmpty())
                QCOMPARE(errors.constFirst().constFirst().value<ErrorCode>(), reply->error());
        }();
        *error = reply->error();
        if (chain)
            *chain = reply->chain();
        return reply->results();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.start());
        transport.addTransport(&http);
        transport.addTransport(&file);
    }

    void init() { server.clearRequests(); }

    // Every Wrapper sample of the corpus, its VASTAdTagURI pointed at an InLine the fixture serves.
    void corpusWrapperChains_data()
    {
        VASTQT_REQUIRE_CORPUS("iab");
        QTest::addColumn<QString>("sample");
        QDirIterator it(QStringLiteral(VASTQT_CORPUS_DIR "/iab"), {u"*.xml"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList samples;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray xml = f.readAll();
            if (xml.contains("<Wrapper") && xml.contains("VASTAdTagURI") && xml.contains("<VAST"))
                samples.append(QDir(QStringLiteral(VASTQT_CORPUS_DIR "/iab")).relativeFilePath(path));
        }
        samples.sort();
        QVERIFY(samples.size() >= 5);
        for (const QString &s : samples)
            QTest::newRow(qPrintable(s)) << s;
    }

    void corpusWrapperChains()
    {
        QFETCH(QString, sample);
        QByteArray xml = readCorpus(sample);
        const QUrl inlineUrl = server.url(u"/corpus/iab/VAST 4.1 Samples/Inline_Linear_Tag-test.xml"_s);
        static const QRegularExpression tagUri(u"<VASTAdTagURI>.*?</VASTAdTagURI>"_s,
                                               QRegularExpression::DotMatchesEverythingOption);
        QString text = QString::fromUtf8(xml);
        text.replace(tagUri, u"<VASTAdTagURI><![CDATA[%1]]></VASTAdTagURI>"_s.arg(inlineUrl.toString(QUrl::FullyEncoded)));
        const QString path = u"/wrapped/"_s + QString(sample).replace(u'/', u'_').replace(u' ', u'_');
        server.setBody(path, text.toUtf8());

        ErrorCode error;
        QList<WrapperHop> chain;
        const QList<ResolvedAd> results = resolve(server.url(path), &error, &chain);
        QCOMPARE(error, ErrorCode::NoError);
        QVERIFY(!results.isEmpty());
        const ResolvedAd &r = results.constFirst();
        QVERIFY(r.ok());
        QCOMPARE(r.ad.type, Ad::Type::InLine);
        QCOMPARE(r.ad.id, u"20001"_s);
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain.at(0).type, u"Wrapper"_s);
        QCOMPARE(chain.at(0).httpStatus, 200);
        QVERIFY(chain.at(0).bytes > 0);
        QVERIFY(!chain.at(0).adSystem.isEmpty());
        QCOMPARE(chain.at(1).type, u"InLine"_s);
        QCOMPARE(chain.at(1).adSystem, u"iabtechlab"_s);
        QCOMPARE(chain.at(1).httpStatus, 200);
        QCOMPARE(chain.at(1).url, inlineUrl);

        // The wrapper's Impression and Error URIs come first in the merged ad.
        const VastParseResult wrapper = VastParser::parse(text.toUtf8());
        QVERIFY(wrapper.ok());
        const Ad &w = wrapper.document.ads.constFirst();
        QCOMPARE(r.ad.impressions.size(), w.impressions.size() + 1);
        for (int i = 0; i < w.impressions.size(); ++i)
            QCOMPARE(r.ad.impressions.at(i).url, w.impressions.at(i).url);
        QCOMPARE(r.ad.impressions.constLast().url, u"https://example.com/track/impression"_s);
        QCOMPARE(r.ad.errors, w.errors + QStringList{u"https://example.com/error"_s});
        QCOMPARE(server.requestsFor(u"/corpus/iab/VAST 4.1 Samples/Inline_Linear_Tag-test.xml"_s).size(), 1);
    }

    // A VAST 3 Wrapper carries its verification in <Extension type="AdVerifications">, the
    // InLine in the 4.1 <AdVerifications> element: the resolved ad has both, the Wrapper's
    // first, as Wrapper verifications always merge. The Wrapper's protocol-relative
    // Impression takes the scheme of the Wrapper's URL (http).
    void extensionVerificationsAndProtocolRelativeUrisOfAWrapper()
    {
        server.setBody(u"/ext/inline"_s,
                       "<VAST version=\"4.1\"><Ad id=\"in\"><InLine><AdSystem>s</AdSystem><AdTitle>t</AdTitle>"
                       "<Impression>http://127.0.0.1/inline-imp</Impression><AdVerifications>"
                       "<Verification vendor=\"inline.example-omid\"><JavaScriptResource apiFramework=\"omid\" "
                       "browserOptional=\"true\">http://127.0.0.1/inline.js</JavaScriptResource></Verification>"
                       "</AdVerifications><Creatives><Creative><Linear><Duration>00:00:05</Duration><MediaFiles>"
                       "<MediaFile delivery=\"progressive\" type=\"video/mp4\">http://127.0.0.1/m.mp4</MediaFile>"
                       "</MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>");
        server.setBody(u"/ext/wrapper"_s,
                       u"<VAST version=\"3.0\"><Ad id=\"w\"><Wrapper><AdSystem>s</AdSystem>"
                       u"<VASTAdTagURI>%1</VASTAdTagURI><Impression>//127.0.0.1/wrapper-imp</Impression>"
                       u"<Extensions><Extension type=\"AdVerifications\"><AdVerifications>"
                       u"<Verification vendor=\"wrapper.example-omid\"><JavaScriptResource apiFramework=\"omid\" "
                       u"browserOptional=\"true\">//127.0.0.1/wrapper.js</JavaScriptResource></Verification>"
                       u"</AdVerifications></Extension></Extensions></Wrapper></Ad></VAST>"_s
                           .arg(server.url(u"/ext/inline"_s).toString())
                           .toUtf8());
        ErrorCode error;
        const QList<ResolvedAd> results = resolve(server.url(u"/ext/wrapper"_s), &error);
        QCOMPARE(error, ErrorCode::NoError);
        const Ad &ad = results.constFirst().ad;
        QCOMPARE(ad.adVerifications.size(), 2);
        QCOMPARE(ad.adVerifications.at(0).vendor, u"wrapper.example-omid"_s);
        QCOMPARE(ad.adVerifications.at(0).javaScriptResources.constFirst().url, u"http://127.0.0.1/wrapper.js"_s);
        QCOMPARE(ad.adVerifications.at(1).vendor, u"inline.example-omid"_s);
        QCOMPARE(ad.impressions.constFirst().url, u"http://127.0.0.1/wrapper-imp"_s);
    }

    void threeHopChainMergesInOrder()
    {
        server.setBody(u"/c3/inline"_s, inlineXml());
        server.setBody(u"/c3/w2"_s, wrapperXml(u"3.0"_s, server.url(u"/c3/inline"_s), server.url(u"/track/e2"_s), {},
                                               u"http://127.0.0.1/w2-imp"_s));
        server.setBody(u"/c3/w1"_s, wrapperXml(u"4.2"_s, server.url(u"/c3/w2"_s), server.url(u"/track/e1"_s), {},
                                               u"http://127.0.0.1/w1-imp"_s));
        ErrorCode error;
        QList<WrapperHop> chain;
        const QList<ResolvedAd> results = resolve(server.url(u"/c3/w1"_s), &error, &chain);
        QCOMPARE(error, ErrorCode::NoError);
        QCOMPARE(chain.size(), 3);
        QCOMPARE(chain.at(0).vastVersion, u"4.2"_s);
        QCOMPARE(chain.at(1).vastVersion, u"3.0"_s);
        QCOMPARE(chain.at(2).vastVersion, u"4.1"_s);
        QCOMPARE(chain.at(0).adSystem, u"Test Wrapper 4.2"_s);
        const Ad &ad = results.constFirst().ad;
        QStringList impressions;
        for (const VastUri &u : ad.impressions)
            impressions.append(u.url);
        QCOMPARE(impressions, (QStringList{u"http://127.0.0.1/w1-imp"_s, u"http://127.0.0.1/w2-imp"_s,
                                           u"http://127.0.0.1/inline-imp"_s}));
        QCOMPARE(ad.errors.size(), 3);
        const Linear &linear = ad.creatives.constFirst().linear;
        QStringList starts;
        for (const TrackingEvent &t : linear.trackingEvents) {
            if (t.event == "start"_L1)
                starts.append(t.url);
        }
        QCOMPARE(starts, (QStringList{u"http://127.0.0.1/w1-imp/start"_s, u"http://127.0.0.1/w2-imp/start"_s,
                                      u"http://127.0.0.1/inline-start"_s}));
        QCOMPARE(linear.videoClicks.clickTracking.size(), 2);
    }

    void depthLimit_data()
    {
        QTest::addColumn<int>("wrappers");
        QTest::addColumn<int>("maxDepth");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addRow("5 of 5") << 5 << 5 << ErrorCode::NoError;
        QTest::addRow("6 of 5") << 6 << 5 << ErrorCode::WrapperLimitReached;
        QTest::addRow("2 of 1") << 2 << 1 << ErrorCode::WrapperLimitReached;
        QTest::addRow("1 of 1") << 1 << 1 << ErrorCode::NoError;
    }

    void depthLimit()
    {
        QFETCH(int, wrappers);
        QFETCH(int, maxDepth);
        QFETCH(ErrorCode, expected);
        const QString prefix = u"/depth/%1-%2/"_s.arg(wrappers).arg(maxDepth);
        server.setBody(prefix + u"inline"_s, inlineXml());
        for (int i = 1; i <= wrappers; ++i) {
            const QString next = i == wrappers ? prefix + u"inline"_s : prefix + QString::number(i + 1);
            server.setBody(prefix + QString::number(i),
                           wrapperXml(u"4.0"_s, server.url(next), server.url(u"/track/depth-error?code=[ERRORCODE]"_s)));
        }
        ErrorCode error;
        const QList<ResolvedAd> results = resolve(server.url(prefix + u"1"_s), &error, nullptr, maxDepth);
        QCOMPARE(error, expected);
        if (expected != ErrorCode::NoError) {
            // Nothing past the limit was fetched, and every wrapper's Error URI is reported.
            QCOMPARE(server.requestsWithPrefix(prefix).size(), maxDepth + 1); // the one too many is read, not followed
            QCOMPARE(results.constFirst().errorUrls.size(), 1); // the same URI, deduplicated
        }
    }

    void loopIsDetected()
    {
        server.setBody(u"/loop/a"_s, wrapperXml(u"4.0"_s, server.url(u"/loop/b"_s), server.url(u"/track/loop-a"_s)));
        server.setBody(u"/loop/b"_s, wrapperXml(u"4.0"_s, server.url(u"/loop/a"_s), server.url(u"/track/loop-b"_s)));
        ErrorCode error;
        const QList<ResolvedAd> results = resolve(server.url(u"/loop/a"_s), &error);
        QCOMPARE(error, ErrorCode::WrapperLimitReached);
        QVERIFY(results.constFirst().errorString.contains(u"loop"_s));
        // a → b → a: the repetition is seen before a is fetched again.
        QCOMPARE(server.requestsFor(u"/loop/a"_s).size(), 1);
        QCOMPARE(server.requestsFor(u"/loop/b"_s).size(), 1);
        QCOMPARE(results.constFirst().errorUrls.size(), 2);
    }

    void fetchFailures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addRow("404") << u"404"_s << ErrorCode::WrapperTimeout;
        QTest::addRow("500") << u"500"_s << ErrorCode::WrapperTimeout;
        QTest::addRow("timeout") << u"timeout"_s << ErrorCode::WrapperTimeout;
        QTest::addRow("dead server") << u"dead"_s << ErrorCode::WrapperTimeout;
        QTest::addRow("non-http scheme") << u"file"_s << ErrorCode::WrapperTimeout;
        QTest::addRow("malformed xml") << u"malformed"_s << ErrorCode::XmlParsingError;
        QTest::addRow("vast 1.0") << u"vast1"_s << ErrorCode::VersionNotSupported;
        QTest::addRow("empty vast") << u"empty"_s << ErrorCode::NoAdAfterWrapper;
        QTest::addRow("empty body") << u"emptybody"_s << ErrorCode::NoAdAfterWrapper;
    }

    void fetchFailures()
    {
        QFETCH(QString, kind);
        QFETCH(ErrorCode, expected);
        const QString target = u"/fail/%1/target"_s.arg(kind);
        QUrl next = server.url(target);
        if (kind == "404"_L1)
            server.setResponse(target, {404, "not here", "text/plain", 0, {}});
        else if (kind == "500"_L1)
            server.setResponse(target, {500, "boom", "text/plain", 0, {}});
        else if (kind == "timeout"_L1)
            server.setResponse(target, {200, inlineXml(), "application/xml", 3000, {}});
        else if (kind == "dead"_L1)
            next = QUrl(u"http://127.0.0.1:%1/vast.xml"_s.arg(TestServer::unusedPort()));
        else if (kind == "file"_L1)
            next = QUrl::fromLocalFile(QStringLiteral(VASTQT_CORPUS_DIR "/iab/VAST 4.1 Samples/Inline_Simple.xml"));
        else if (kind == "malformed"_L1)
            server.setBody(target, "<VAST version=\"4.0\"><Ad><InLine><AdSystem>x</Ad></VAST>");
        else if (kind == "vast1"_L1) {
            VASTQT_REQUIRE_CORPUS("iab");
            server.setBody(target, readCorpus(u"VAST 1-2.0 Samples/vast1RegularLinear.xml"_s));
        }
        else if (kind == "empty"_L1)
            server.setBody(target, "<VAST version=\"4.2\"><Error><![CDATA[http://127.0.0.1/no-ad]]></Error></VAST>");
        else if (kind == "emptybody"_L1)
            server.setBody(target, "   ");
        const QString root = u"/fail/%1/root"_s.arg(kind);
        server.setBody(root, wrapperXml(u"4.2"_s, next, server.url(u"/track/fail?code=[ERRORCODE]"_s)));

        ErrorCode error;
        QList<WrapperHop> chain;
        const QList<ResolvedAd> results = resolve(server.url(root), &error, &chain, 5, 500);
        QCOMPARE(error, expected);
        QCOMPARE(results.size(), 1);
        QVERIFY(!results.constFirst().errorString.isEmpty());
        QVERIFY(results.constFirst().errorUrls.contains(server.url(u"/track/fail?code=[ERRORCODE]"_s).toString(QUrl::FullyEncoded))
                || results.constFirst().errorUrls.contains(server.url(u"/track/fail?code=[ERRORCODE]"_s).toString()));
        if (kind == "file"_L1) {
            QCOMPARE(chain.size(), 1); // refused before any fetch
        } else {
            QCOMPARE(chain.size(), 2);
            QCOMPARE(chain.at(1).error, expected);
        }
        if (kind == "404"_L1)
            QCOMPARE(chain.at(1).httpStatus, 404);
        if (kind == "empty"_L1)
            QVERIFY(results.constFirst().errorUrls.contains(u"http://127.0.0.1/no-ad"_s));
        if (kind == "malformed"_L1)
            QVERIFY(chain.at(1).errorString.contains(u"line"_s));
    }

    // Each hop keeps the transport's typed error and HTTP status beside its code, and equal
    // faults get equal codes: a body over the size cap is 100 whether the transport counted
    // it (plain or gzip) or Qt stopped inflating it (a gzip bomb; it was 301 before).
    void hopKeepsTransportError_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<TransportReply::Error>("transportError");
        QTest::addColumn<int>("httpStatus");
        QTest::addRow("404") << u"404"_s << ErrorCode::WrapperTimeout << TransportReply::Error::HttpError << 404;
        QTest::addRow("timeout") << u"timeout"_s << ErrorCode::WrapperTimeout << TransportReply::Error::Timeout << 0;
        QTest::addRow("dead server") << u"dead"_s << ErrorCode::WrapperTimeout << TransportReply::Error::ConnectionRefused
                                     << 0;
        QTest::addRow("plain over cap") << u"plain"_s << ErrorCode::XmlParsingError << TransportReply::Error::TooLarge
                                        << 200;
        QTest::addRow("gzip counted over cap") << u"gzip"_s << ErrorCode::XmlParsingError
                                               << TransportReply::Error::TooLarge << 200;
        QTest::addRow("gzip bomb") << u"bomb"_s << ErrorCode::XmlParsingError << TransportReply::Error::TooLarge << 200;
        QTest::addRow("ok") << u"ok"_s << ErrorCode::NoError << TransportReply::Error::NoError << 200;
    }

    void hopKeepsTransportError()
    {
        QFETCH(QString, kind);
        QFETCH(ErrorCode, code);
        QFETCH(TransportReply::Error, transportError);
        QFETCH(int, httpStatus);
        const qint64 cap = 64 * 1024;
        const QString target = u"/typed/%1"_s.arg(kind);
        QUrl next = server.url(target);
        QByteArray big = inlineXml();
        big.insert(big.indexOf("</InLine>"),
                   "<Extensions><Extension><![CDATA[" + QByteArray(3 * cap, 'x') + "]]></Extension></Extensions>");
        TestServer::Response gz;
        gz.headers = {{"Content-Encoding", "gzip"}};
        if (kind == "404"_L1) {
            server.setResponse(target, {404, "not here", "text/plain", 0, {}});
        } else if (kind == "timeout"_L1) {
            server.setResponse(target, {200, inlineXml(), "application/xml", 3000, {}});
        } else if (kind == "dead"_L1) {
            next = QUrl(u"http://127.0.0.1:%1/vast.xml"_s.arg(TestServer::unusedPort()));
        } else if (kind == "plain"_L1) {
            server.setBody(target, big);
        } else if (kind == "gzip"_L1) {
            QByteArray text;
            for (int i = 0; text.size() < 3 * cap; ++i)
                text += "<!-- " + QByteArray::number(i * 7919 % 104729) + " -->";
            QByteArray body = inlineXml();
            body.insert(body.indexOf("</InLine>"), text); // low ratio: the transport counts it
            gz.body = TestServer::gzip(body);
            server.setResponse(target, gz);
        } else if (kind == "bomb"_L1) {
            gz.body = TestServer::gzip(big); // ~1000x: Qt stops the inflation
            server.setResponse(target, gz);
        } else {
            server.setBody(target, inlineXml());
        }
        const QString root = u"/typed/%1/root"_s.arg(kind);
        server.setBody(root, wrapperXml(u"4.2"_s, next, server.url(u"/track/fail?code=[ERRORCODE]"_s)));

        WrapperResolver resolver(&transport);
        resolver.setHopTimeout(500);
        resolver.setMaxResponseBytes(cap);
        std::unique_ptr<ResolveReply> reply(resolver.resolve(server.url(root)));
        QSignalSpy finished(reply.get(), &ResolveReply::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(reply->error(), code);
        const QList<WrapperHop> chain = reply->chain();
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain.at(0).transportError, TransportReply::Error::NoError);
        QCOMPARE(chain.at(1).error, code);
        QCOMPARE(chain.at(1).transportError, transportError);
        QCOMPARE(chain.at(1).httpStatus, httpStatus);
        QCOMPARE(WrapperResolver::errorPhase(code), code == ErrorCode::XmlParsingError ? Phase::Parse
                                                    : code == ErrorCode::NoError     ? Phase::Resolve
                                                                                     : Phase::Fetch);
    }

    void rootDocumentFailures_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addRow("broken") << QByteArray("<VAST version=\"4.0\"><Ad>") << ErrorCode::XmlParsingError;
        // Without the corpus the row skips (rootDocumentFailures()).
        QTest::addRow("vast 1.0") << (VastQtTest::hasCorpus("iab") ? readCorpus(u"VAST 1-2.0 Samples/vast1Nonlinear.xml"_s)
                                                                   : QByteArray())
                                  << ErrorCode::VersionNotSupported;
        QTest::addRow("no ad") << QByteArray("<VAST version=\"3.0\"/>") << ErrorCode::NoAdAfterWrapper;
        QTest::addRow("not vast") << QByteArray("<html><body>hi</body></html>") << ErrorCode::SchemaValidationError;
    }

    void rootDocumentFailures()
    {
        QFETCH(QByteArray, body);
        QFETCH(ErrorCode, expected);
        if (qstrcmp(QTest::currentDataTag(), "vast 1.0") == 0)
            VASTQT_REQUIRE_CORPUS("iab");
        const QString path = u"/root/"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        server.setBody(path, body);
        ErrorCode error;
        QList<WrapperHop> chain;
        resolve(server.url(path), &error, &chain);
        QCOMPARE(error, expected);
        QCOMPARE(chain.size(), 1);
        QCOMPARE(chain.constFirst().httpStatus, 200);
    }

    void followAdditionalWrappersFalseIgnoresWrappers()
    {
        server.setBody(u"/faw/inline"_s, inlineXml());
        server.setBody(u"/faw/w2"_s, wrapperXml(u"4.0"_s, server.url(u"/faw/inline"_s), server.url(u"/track/faw2"_s)));
        server.setBody(u"/faw/w1"_s, wrapperXml(u"4.0"_s, server.url(u"/faw/w2"_s), server.url(u"/track/faw1"_s),
                                                u"followAdditionalWrappers=\"false\""_s));
        ErrorCode error;
        resolve(server.url(u"/faw/w1"_s), &error);
        QCOMPARE(error, ErrorCode::NoAdAfterWrapper);
        QCOMPARE(server.requestsFor(u"/faw/inline"_s).size(), 0);

        // The same chain with the default (true) resolves.
        server.setBody(u"/faw/w1b"_s, wrapperXml(u"4.0"_s, server.url(u"/faw/w2"_s), server.url(u"/track/faw1"_s)));
        resolve(server.url(u"/faw/w1b"_s), &error);
        QCOMPARE(error, ErrorCode::NoError);
    }

    void allowMultipleAds()
    {
        // A child response with a pod of two ads.
        QByteArray pod = "<VAST version=\"4.1\">";
        for (int i = 1; i <= 2; ++i) {
            QByteArray one = inlineXml(u"pod%1"_s.arg(i), i);
            one = one.mid(one.indexOf("<Ad "), one.lastIndexOf("</Ad>") + 5 - one.indexOf("<Ad "));
            pod += one;
        }
        pod += "</VAST>";
        server.setBody(u"/ama/pod"_s, pod);
        server.setBody(u"/ama/single"_s, wrapperXml(u"4.1"_s, server.url(u"/ama/pod"_s), server.url(u"/track/ama"_s)));
        server.setBody(u"/ama/multi"_s, wrapperXml(u"4.1"_s, server.url(u"/ama/pod"_s), server.url(u"/track/ama"_s),
                                                   u"allowMultipleAds=\"true\""_s));
        ErrorCode error;
        QList<ResolvedAd> results = resolve(server.url(u"/ama/single"_s), &error);
        QCOMPARE(error, ErrorCode::NoError);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.constFirst().ad.id, u"pod1"_s);
        results = resolve(server.url(u"/ama/multi"_s), &error);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).ad.id, u"pod1"_s);
        QCOMPARE(results.at(1).ad.id, u"pod2"_s);
    }

    void fallbackOnNoAdUsesBuffet()
    {
        server.setBody(u"/fb/empty"_s, "<VAST version=\"4.1\"/>");
        auto wrapperAd = [this](const QString &id, int seq, bool fallback) {
            QByteArray w = wrapperXml(u"4.1"_s, server.url(u"/fb/empty"_s), server.url(u"/track/fb"_s),
                                      fallback ? u"fallbackOnNoAd=\"true\""_s : QString());
            w = w.mid(w.indexOf("<Ad "), w.lastIndexOf("</Ad>") + 5 - w.indexOf("<Ad "));
            return w.replace("<Ad id=\"w\">", u"<Ad id=\"%1\" sequence=\"%2\">"_s.arg(id).arg(seq).toUtf8());
        };
        QByteArray standalone = inlineXml(u"buffet"_s);
        standalone = standalone.mid(standalone.indexOf("<Ad "),
                                    standalone.lastIndexOf("</Ad>") + 5 - standalone.indexOf("<Ad "));
        QByteArray podSecond = inlineXml(u"second"_s, 2);
        podSecond = podSecond.mid(podSecond.indexOf("<Ad "), podSecond.lastIndexOf("</Ad>") + 5 - podSecond.indexOf("<Ad "));

        server.setBody(u"/fb/with"_s, "<VAST version=\"4.1\">" + wrapperAd(u"first"_s, 1, true) + podSecond
                           + standalone + "</VAST>");
        ErrorCode error;
        QList<ResolvedAd> results = resolve(server.url(u"/fb/with"_s), &error);
        QCOMPARE(error, ErrorCode::NoError);
        QStringList ids;
        for (const ResolvedAd &r : results)
            ids.append(r.ok() ? r.ad.id : u"!"_s + r.ad.id);
        QCOMPARE(ids, (QStringList{u"!first"_s, u"buffet"_s, u"second"_s}));

        server.setBody(u"/fb/without"_s, "<VAST version=\"4.1\">" + wrapperAd(u"first"_s, 1, false) + podSecond
                           + standalone + "</VAST>");
        results = resolve(server.url(u"/fb/without"_s), &error);
        ids.clear();
        for (const ResolvedAd &r : results)
            ids.append(r.ok() ? r.ad.id : u"!"_s + r.ad.id);
        QCOMPARE(ids, (QStringList{u"!first"_s, u"second"_s}));
    }

    // The resolver returns the pod's buffet typed: the unused stand-alone InLine ads of the
    // pod's document, with the Wrappers above it merged in (no XML parsed above it).
    void podBuffetIsTyped()
    {
        auto adOf = [](QByteArray doc) {
            return doc.mid(doc.indexOf("<Ad "), doc.lastIndexOf("</Ad>") + 5 - doc.indexOf("<Ad "));
        };
        server.setBody(u"/buffet/pod"_s, "<VAST version=\"4.1\">" + adOf(inlineXml(u"pod1"_s, 1)) + adOf(inlineXml(u"spare-a"_s))
                           + adOf(inlineXml(u"pod2"_s, 2)) + adOf(inlineXml(u"spare-b"_s)) + "</VAST>");
        server.setBody(u"/buffet/tag"_s, wrapperXml(u"4.1"_s, server.url(u"/buffet/pod"_s), server.url(u"/track/w"_s),
                                                    u"allowMultipleAds=\"true\""_s, u"http://127.0.0.1/wrapper-imp"_s));
        WrapperResolver resolver(&transport);
        std::unique_ptr<ResolveReply> reply(resolver.resolve(server.url(u"/buffet/tag"_s)));
        QSignalSpy finished(reply.get(), &ResolveReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->ads().size(), 2);
        const QList<Ad> buffet = reply->buffet();
        QCOMPARE(buffet.size(), 2);
        QCOMPARE(buffet.at(0).id, u"spare-a"_s);
        QCOMPARE(buffet.at(1).id, u"spare-b"_s);
        // The Wrapper's Impression comes first, as in the resolved ads.
        QCOMPARE(buffet.at(0).impressions.size(), 2);
        QCOMPARE(buffet.at(0).impressions.at(0).url, u"http://127.0.0.1/wrapper-imp"_s);

        // No pod: no buffet.
        server.setBody(u"/buffet/single"_s, inlineXml());
        std::unique_ptr<ResolveReply> single(resolver.resolve(server.url(u"/buffet/single"_s)));
        QSignalSpy singleFinished(single.get(), &ResolveReply::finished);
        QVERIFY(singleFinished.wait(5000));
        QVERIFY(single->buffet().isEmpty());
    }

    void resolvesXmlGivenAsBytes()
    {
        server.setBody(u"/bytes/inline"_s, inlineXml());
        WrapperResolver resolver(&transport);
        std::unique_ptr<ResolveReply> reply(
            resolver.resolve(wrapperXml(u"4.0"_s, server.url(u"/bytes/inline"_s), server.url(u"/track/x"_s)),
                             QUrl(u"stdin:"_s)));
        QSignalSpy finished(reply.get(), &ResolveReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error(), ErrorCode::NoError);
        QCOMPARE(reply->chain().size(), 2);
        QCOMPARE(reply->chain().constFirst().url, QUrl(u"stdin:"_s));
    }

    // VAST 4.3 §3.19: a pod Wrapper's sequence is the place of the one ad it resolves to.
    void wrapperSequenceCarriesToItsAd()
    {
        server.setBody(u"/seq/a"_s, adXml(inlineBody(linearXml({}, true))).replace("id=\"a\"", "id=\"first\""));
        server.setBody(u"/seq/b"_s, adXml(inlineBody(linearXml({}, true)), u"sequence=\"7\""_s)
                                        .replace("id=\"a\"", "id=\"second\""));
        server.setBody(u"/seq/tag"_s,
                       u"<VAST version=\"4.2\"><Ad id=\"w2\" sequence=\"2\">%1</Ad><Ad id=\"w1\" sequence=\"1\">%2</Ad></VAST>"_s
                           .arg(wrapperBody(server.url(u"/seq/b"_s), {}), wrapperBody(server.url(u"/seq/a"_s), {}))
                           .toUtf8());
        ErrorCode error;
        const QList<ResolvedAd> results = resolve(server.url(u"/seq/tag"_s), &error);
        QCOMPARE(error, ErrorCode::NoError);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).ad.id, u"first"_s);
        QCOMPARE(results.at(0).ad.sequence, 1);
        QCOMPARE(results.at(1).ad.id, u"second"_s);
        QCOMPARE(results.at(1).ad.sequence, 2); // the Wrapper's, not the 7 of the InLine
    }

    // §2.3.5: the Wrappers' Extensions and CreativeExtensions stay with the ad, in chain order.
    void wrapperExtensionsKeptInChainOrder()
    {
        server.setBody(u"/ext/inline"_s,
                       adXml(inlineBody(linearXml({}, true), u"<Extensions><Extension type=\"c\">C</Extension></Extensions>"_s)));
        server.setBody(u"/ext/w2"_s, adXml(wrapperBody(server.url(u"/ext/inline"_s), {},
                                                       u"<Extensions><Extension type=\"b\">B</Extension></Extensions>"_s)));
        server.setBody(u"/ext/w1"_s,
                       adXml(wrapperBody(server.url(u"/ext/w2"_s),
                                         u"<Creative id=\"wc\"><CreativeExtensions><CreativeExtension type=\"x\">X"
                                         u"</CreativeExtension></CreativeExtensions><Linear/></Creative>"_s,
                                         u"<Extensions><Extension type=\"a\">A</Extension></Extensions>"_s)));
        ErrorCode error;
        const QList<ResolvedAd> results = resolve(server.url(u"/ext/w1"_s), &error);
        QCOMPARE(error, ErrorCode::NoError);
        const Ad &ad = results.constFirst().ad;
        QVERIFY(ad.extensions.contains(u">C<"_s));
        QCOMPARE(ad.wrapperExtensions.size(), 3);
        QCOMPARE(ad.wrapperExtensions.at(0).hop, 0);
        QCOMPARE(ad.wrapperExtensions.at(0).element, u"Extensions"_s);
        QCOMPARE(ad.wrapperExtensions.at(0).url, server.url(u"/ext/w1"_s).toString());
        QVERIFY(ad.wrapperExtensions.at(0).xml.contains(u">A<"_s));
        QCOMPARE(ad.wrapperExtensions.at(1).hop, 0);
        QCOMPARE(ad.wrapperExtensions.at(1).element, u"CreativeExtensions"_s);
        QCOMPARE(ad.wrapperExtensions.at(1).creativeId, u"wc"_s);
        QVERIFY(ad.wrapperExtensions.at(1).xml.contains(u">X<"_s));
        QCOMPARE(ad.wrapperExtensions.at(2).hop, 1);
        QCOMPARE(ad.wrapperExtensions.at(2).url, server.url(u"/ext/w2"_s).toString());
        QVERIFY(ad.wrapperExtensions.at(2).xml.contains(u">B<"_s));
        const QJsonArray json = VastJson::toJson(ad).value(u"wrapperExtensions"_s).toArray();
        QCOMPARE(json.size(), 3);
        QCOMPARE(json.at(1).toObject().value(u"creativeId"_s).toString(), u"wc"_s);
        QCOMPARE(json.at(2).toObject().value(u"hop"_s).toInt(), 1);
    }

    // The trackers a Wrapper adds keep the ids the Wrapper gave them (VAST 4.3 §3.4.4, §3.5,
    // §3.10, §3.11.5, §3.12.3, §3.13.4): Impression, ViewableImpression (each URI with its
    // own ViewableImpression's id), ClickTracking, CustomClick, ClickThrough, IconClickTracking,
    // NonLinearClickTracking and CompanionClickTracking, in the model and the JSON.
    void mergedTrackersKeepTheirIds()
    {
        server.setBody(u"/ids/inline"_s, adXml(
            u"<InLine><AdSystem>I</AdSystem><AdTitle>t</AdTitle><Impression id=\"i-imp\">http://127.0.0.1/i-imp</Impression>"
            u"<ViewableImpression id=\"i-vi\"><Viewable>http://127.0.0.1/i-viewable</Viewable></ViewableImpression>"
            u"<Creatives>"_s
            + linearXml(u"<VideoClicks><ClickTracking id=\"i-ct\">http://127.0.0.1/i-ct</ClickTracking></VideoClicks>"_s, true)
            + u"<Creative><NonLinearAds><NonLinear width=\"300\" height=\"50\"><StaticResource creativeType=\"image/png\">"
              u"http://127.0.0.1/nl.png</StaticResource><NonLinearClickTracking id=\"i-nl\">http://127.0.0.1/i-nl"
              u"</NonLinearClickTracking></NonLinear></NonLinearAds></Creative>"
              u"<Creative><CompanionAds><Companion width=\"300\" height=\"250\"><StaticResource creativeType=\"image/png\">"
              u"http://127.0.0.1/c.png</StaticResource><CompanionClickTracking id=\"i-cc\">http://127.0.0.1/i-cc"
              u"</CompanionClickTracking></Companion></CompanionAds></Creative>"
              u"</Creatives></InLine>"_s));
        server.setBody(u"/ids/w1"_s, adXml(
            u"<Wrapper><AdSystem>W</AdSystem><VASTAdTagURI>%1</VASTAdTagURI>"
            u"<Impression id=\"w-imp\">http://127.0.0.1/w-imp</Impression>"
            u"<ViewableImpression id=\"w-vi\"><Viewable>http://127.0.0.1/w-viewable</Viewable>"
            u"<NotViewable>http://127.0.0.1/w-not-viewable</NotViewable></ViewableImpression><Creatives>"
            u"<Creative><Linear><VideoClicks><ClickThrough id=\"w-through\">http://127.0.0.1/w-landing</ClickThrough>"
            u"<ClickTracking id=\"w-ct\">http://127.0.0.1/w-ct</ClickTracking><CustomClick id=\"w-cu\">"
            u"http://127.0.0.1/w-cu</CustomClick></VideoClicks><Icons><Icon program=\"AdChoices\"><StaticResource "
            u"creativeType=\"image/png\">http://127.0.0.1/adchoices.png</StaticResource><IconClicks><IconClickTracking "
            u"id=\"w-icon\">http://127.0.0.1/w-icon</IconClickTracking></IconClicks></Icon></Icons></Linear></Creative>"
            u"<Creative><NonLinearAds><NonLinear><NonLinearClickTracking id=\"w-nl\">http://127.0.0.1/w-nl"
            u"</NonLinearClickTracking></NonLinear></NonLinearAds></Creative>"
            u"<Creative><CompanionAds><Companion><CompanionClickTracking id=\"w-cc\">http://127.0.0.1/w-cc"
            u"</CompanionClickTracking></Companion></CompanionAds></Creative>"
            u"</Creatives></Wrapper>"_s.arg(server.url(u"/ids/inline"_s).toString(QUrl::FullyEncoded))));
        ErrorCode error;
        const QList<ResolvedAd> results = resolve(server.url(u"/ids/w1"_s), &error);
        QCOMPARE(error, ErrorCode::NoError);
        const Ad &ad = results.constFirst().ad;
        QCOMPARE(ad.impressions, (QList<VastUri>{{u"w-imp"_s, u"http://127.0.0.1/w-imp"_s}, {u"i-imp"_s, u"http://127.0.0.1/i-imp"_s}}));
        QCOMPARE(ad.viewableImpression.id, u"i-vi"_s); // the ad's own
        QCOMPARE(ad.viewableImpression.viewable,
                 (QList<VastUri>{{u"w-vi"_s, u"http://127.0.0.1/w-viewable"_s}, {u"i-vi"_s, u"http://127.0.0.1/i-viewable"_s}}));
        QCOMPARE(ad.viewableImpression.notViewable, (QList<VastUri>{{u"w-vi"_s, u"http://127.0.0.1/w-not-viewable"_s}}));
        const Linear &linear = ad.creatives.at(0).linear;
        QCOMPARE(linear.videoClicks.clickThrough, (VastUri{u"w-through"_s, u"http://127.0.0.1/w-landing"_s}));
        QCOMPARE(linear.videoClicks.clickTracking,
                 (QList<VastUri>{{u"w-ct"_s, u"http://127.0.0.1/w-ct"_s}, {u"i-ct"_s, u"http://127.0.0.1/i-ct"_s}}));
        QCOMPARE(linear.videoClicks.customClick, (QList<VastUri>{{u"w-cu"_s, u"http://127.0.0.1/w-cu"_s}}));
        QCOMPARE(linear.icons.size(), 1);
        QCOMPARE(linear.icons.constFirst().clickTracking, (QList<VastUri>{{u"w-icon"_s, u"http://127.0.0.1/w-icon"_s}}));
        QCOMPARE(ad.creatives.at(1).nonLinearAds.nonLinears.constFirst().clickTracking,
                 (QList<VastUri>{{u"w-nl"_s, u"http://127.0.0.1/w-nl"_s}, {u"i-nl"_s, u"http://127.0.0.1/i-nl"_s}}));
        QCOMPARE(ad.creatives.at(2).companionAds.companions.constFirst().companionClickTracking,
                 (QList<VastUri>{{u"w-cc"_s, u"http://127.0.0.1/w-cc"_s}, {u"i-cc"_s, u"http://127.0.0.1/i-cc"_s}}));

        const QJsonObject json = VastJson::toJson(ad);
        QCOMPARE(json.value(u"impressionIds"_s).toArray(), (QJsonArray{u"w-imp"_s, u"i-imp"_s}));
        QCOMPARE(json.value(u"viewableImpression"_s).toObject().value(u"viewableIds"_s).toArray(),
                 (QJsonArray{u"w-vi"_s, u"i-vi"_s}));
        const QJsonArray creatives = json.value(u"creatives"_s).toArray();
        const QJsonObject linearJson = creatives.at(0).toObject().value(u"linear"_s).toObject();
        QCOMPARE(linearJson.value(u"clickThroughId"_s).toString(), u"w-through"_s);
        QCOMPARE(linearJson.value(u"clickTrackingIds"_s).toArray(), (QJsonArray{u"w-ct"_s, u"i-ct"_s}));
        QCOMPARE(linearJson.value(u"customClickIds"_s).toArray(), QJsonArray{u"w-cu"_s});
        QCOMPARE(linearJson.value(u"icons"_s).toArray().first().toObject().value(u"clickTrackingIds"_s).toArray(),
                 QJsonArray{u"w-icon"_s});
    }

    // Each hop keeps its document's parse warnings: a tolerance says what, where and on
    // which line, in the hop it happened in.
    void hopsKeepTheirParseWarnings()
    {
        server.setBody(u"/warn/inline"_s,
                       adXml(inlineBody(u"<Creative><Linear><Duration>15</Duration><MediaFiles><MediaFile delivery=\"progressive\" "
                                        u"type=\"video/mp4\" width=\"640\" height=\"360\">http://127.0.0.1/m.mp4</MediaFile>"
                                        u"</MediaFiles></Linear></Creative>"_s)));
        server.setBody(u"/warn/w1"_s,
                       u"<VAST version=\"2.0\"><Ad id=\"w\"><Wrapper><AdSystem>W</AdSystem>"
                       u"<Impression>http://127.0.0.1/imp</Impression>\n<VASTAdTagURL><URL>%1</URL></VASTAdTagURL>"
                       u"</Wrapper></Ad></VAST>"_s.arg(server.url(u"/warn/inline"_s).toString(QUrl::FullyEncoded)).toUtf8());
        ErrorCode error;
        QList<WrapperHop> chain;
        resolve(server.url(u"/warn/w1"_s), &error, &chain);
        QCOMPARE(error, ErrorCode::NoError);
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain.at(0).warnings,
                 QStringList{u"line 2: <VASTAdTagURL> is the VAST 2 legacy form of <VASTAdTagURI>; \"%1\" read as VASTAdTagURI "
                             u"(at VAST/Ad/Wrapper/VASTAdTagURL)"_s.arg(server.url(u"/warn/inline"_s).toString(QUrl::FullyEncoded))});
        QCOMPARE(chain.at(1).warnings,
                 QStringList{u"line 1: <Duration> \"15\" is in plain seconds, not HH:MM:SS[.mmm]; read as 00:00:15.000 "
                             u"(at VAST/Ad/InLine/Creatives/Creative/Linear/Duration)"_s});
    }

    // §3.19 and §2.3.5.2: Wrapper companions with a resource and icons are kept; the
    // tracking of a tracking-only companion goes to the InLine's companions.
    void wrapperCompanionsAndIconsKept()
    {
        const QString inlineCreatives = linearXml(u"<Icons><Icon program=\"own\"><StaticResource creativeType=\"image/png\">"
                                                  u"http://127.0.0.1/own.png</StaticResource></Icon></Icons>"_s, true)
            + u"<Creative><CompanionAds><Companion id=\"ic\" width=\"300\" height=\"250\"><StaticResource "
              u"creativeType=\"image/png\">http://127.0.0.1/ic.png</StaticResource><TrackingEvents><Tracking "
              u"event=\"creativeView\">http://127.0.0.1/ic-view</Tracking></TrackingEvents></Companion></CompanionAds></Creative>"_s;
        server.setBody(u"/comp/inline"_s, adXml(inlineBody(inlineCreatives)));
        const QString wrapperCreatives =
            u"<Creative><Linear><Icons><Icon program=\"AdChoices\"><StaticResource creativeType=\"image/png\">"
            u"http://127.0.0.1/adchoices.png</StaticResource></Icon><Icon program=\"own\"><StaticResource "
            u"creativeType=\"image/png\">http://127.0.0.1/other.png</StaticResource></Icon></Icons></Linear></Creative>"
            u"<Creative><CompanionAds><Companion id=\"wshown\" width=\"728\" height=\"90\"><StaticResource "
            u"creativeType=\"image/png\">http://127.0.0.1/w.png</StaticResource></Companion>"
            u"<Companion><TrackingEvents><Tracking event=\"creativeView\">http://127.0.0.1/w-view</Tracking>"
            u"</TrackingEvents></Companion></CompanionAds></Creative>"_s;
        server.setBody(u"/comp/w1"_s, adXml(wrapperBody(server.url(u"/comp/inline"_s), wrapperCreatives)));
        ErrorCode error;
        const QList<ResolvedAd> results = resolve(server.url(u"/comp/w1"_s), &error);
        QCOMPARE(error, ErrorCode::NoError);
        const Ad &ad = results.constFirst().ad;
        QCOMPARE(ad.creatives.size(), 3);
        const QList<Icon> &icons = ad.creatives.at(0).linear.icons;
        QCOMPARE(icons.size(), 2); // the InLine's "own" wins over the Wrapper's
        QCOMPARE(icons.at(0).program, u"own"_s);
        QCOMPARE(icons.at(0).resources.constFirst().content, u"http://127.0.0.1/own.png"_s);
        QCOMPARE(icons.at(1).program, u"AdChoices"_s);
        const Companion &own = ad.creatives.at(1).companionAds.companions.constFirst();
        QCOMPARE(own.id, u"ic"_s);
        QCOMPARE(own.trackingEvents.size(), 2);
        QCOMPARE(own.trackingEvents.at(0).url, u"http://127.0.0.1/w-view"_s);
        QCOMPARE(ad.creatives.at(2).kind, Creative::Kind::Companion);
        QCOMPARE(ad.creatives.at(2).companionAds.companions.size(), 1);
        QCOMPARE(ad.creatives.at(2).companionAds.companions.constFirst().id, u"wshown"_s);
    }

    // The Wrappers' NonLinear tracking merges like the Linear's.
    void wrapperNonLinearTrackingMerged()
    {
        server.setBody(u"/nl/inline"_s,
                       adXml(inlineBody(u"<Creative><NonLinearAds><NonLinear width=\"300\" height=\"50\"><StaticResource "
                                        u"creativeType=\"image/png\">http://127.0.0.1/nl.png</StaticResource>"
                                        u"<NonLinearClickTracking>http://127.0.0.1/i-click</NonLinearClickTracking></NonLinear>"
                                        u"<TrackingEvents><Tracking event=\"creativeView\">http://127.0.0.1/i-view</Tracking>"
                                        u"</TrackingEvents></NonLinearAds></Creative>"_s)));
        server.setBody(u"/nl/w1"_s,
                       adXml(wrapperBody(server.url(u"/nl/inline"_s),
                                         u"<Creative><NonLinearAds><TrackingEvents><Tracking event=\"creativeView\">"
                                         u"http://127.0.0.1/w-view</Tracking></TrackingEvents><NonLinear><NonLinearClickTracking>"
                                         u"http://127.0.0.1/w-click</NonLinearClickTracking></NonLinear></NonLinearAds></Creative>"_s)));
        ErrorCode error;
        const QList<ResolvedAd> results = resolve(server.url(u"/nl/w1"_s), &error);
        QCOMPARE(error, ErrorCode::NoError);
        const NonLinearAds &nl = results.constFirst().ad.creatives.constFirst().nonLinearAds;
        QCOMPARE(nl.trackingEvents.size(), 2);
        QCOMPARE(nl.trackingEvents.at(0).url, u"http://127.0.0.1/w-view"_s);
        QCOMPARE(nl.trackingEvents.at(1).url, u"http://127.0.0.1/i-view"_s);
        const QList<VastUri> &clicks = nl.nonLinears.constFirst().clickTracking;
        QCOMPARE(clicks.size(), 2);
        QCOMPARE(clicks.at(0).url, u"http://127.0.0.1/w-click"_s);
    }

    // §2.3.5.2: the InLine's ClickThrough, else the one of the Wrapper closest to it.
    void wrapperClickThroughClosestWins_data()
    {
        QTest::addColumn<QString>("inlineClick");
        QTest::addColumn<QString>("expected");
        QTest::addRow("inline-has-none") << QString() << u"http://127.0.0.1/w2-click"_s;
        QTest::addRow("inline-has-one") << u"http://127.0.0.1/i-click"_s << u"http://127.0.0.1/i-click"_s;
    }
    void wrapperClickThroughClosestWins()
    {
        QFETCH(QString, inlineClick);
        QFETCH(QString, expected);
        const auto clicks = [](const QString &url) {
            return url.isEmpty() ? QString() : u"<VideoClicks><ClickThrough>%1</ClickThrough></VideoClicks>"_s.arg(url);
        };
        server.setBody(u"/ct/inline"_s, adXml(inlineBody(linearXml(clicks(inlineClick), true))));
        server.setBody(u"/ct/w2"_s, adXml(wrapperBody(server.url(u"/ct/inline"_s),
                                                      linearXml(clicks(u"http://127.0.0.1/w2-click"_s), false))));
        server.setBody(u"/ct/w1"_s, adXml(wrapperBody(server.url(u"/ct/w2"_s),
                                                      linearXml(clicks(u"http://127.0.0.1/w1-click"_s), false))));
        ErrorCode error;
        const QList<ResolvedAd> results = resolve(server.url(u"/ct/w1"_s), &error);
        QCOMPARE(error, ErrorCode::NoError);
        QCOMPARE(results.constFirst().ad.creatives.constFirst().linear.videoClicks.clickThrough.url, expected);
    }

    // §2.3.6.4: an InLine with empty <Creatives> after Wrappers is 303, with the Error URIs
    // of the whole chain; a failed chain keeps what its servers said in <Extensions>.
    void emptyInLineAfterWrappersIs303()
    {
        server.setBody(u"/empty/inline"_s,
                       adXml(inlineBody({}, u"<Error>http://127.0.0.1/i-err</Error><Extensions><Extension>I</Extension></Extensions>"_s)));
        server.setBody(u"/empty/w2"_s, adXml(wrapperBody(server.url(u"/empty/inline"_s), {},
                                                         u"<Error>http://127.0.0.1/w2-err</Error>"
                                                         u"<Extensions><Extension>B</Extension></Extensions>"_s)));
        server.setBody(u"/empty/w1"_s, adXml(wrapperBody(server.url(u"/empty/w2"_s), {},
                                                         u"<Error>http://127.0.0.1/w1-err</Error>"
                                                         u"<Extensions><Extension>A</Extension></Extensions>"_s)));
        ErrorCode error;
        QList<WrapperHop> chain;
        const QList<ResolvedAd> results = resolve(server.url(u"/empty/w1"_s), &error, &chain);
        QCOMPARE(error, ErrorCode::NoAdAfterWrapper);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.constFirst().errorUrls,
                 (QStringList{u"http://127.0.0.1/w1-err"_s, u"http://127.0.0.1/w2-err"_s, u"http://127.0.0.1/i-err"_s}));
        const QList<ChainExtension> &ext = results.constFirst().extensions;
        QCOMPARE(ext.size(), 3);
        QCOMPARE(ext.at(0).hop, 0);
        QVERIFY(ext.at(0).xml.contains(u">A<"_s));
        QCOMPARE(ext.at(1).hop, 1);
        QVERIFY(ext.at(1).xml.contains(u">B<"_s));
        QCOMPARE(ext.at(2).hop, 2);
        QVERIFY(ext.at(2).xml.contains(u">I<"_s));
        QCOMPARE(chain.size(), 3);
        QVERIFY(chain.at(2).extensions.constFirst().contains(u">I<"_s));
    }

    // A chain failing on a fetch keeps the Extensions of the documents that arrived.
    void failedChainKeepsExtensions()
    {
        server.setResponse(u"/fail/gone"_s, {404, "gone", "text/plain", 0, {}});
        server.setBody(u"/fail/w1"_s, adXml(wrapperBody(server.url(u"/fail/gone"_s), {},
                                                        u"<Extensions><Extension>A</Extension></Extensions>"_s)));
        ErrorCode error;
        QList<WrapperHop> chain;
        const QList<ResolvedAd> results = resolve(server.url(u"/fail/w1"_s), &error, &chain);
        QCOMPARE(error, ErrorCode::WrapperTimeout);
        QCOMPARE(results.constFirst().extensions.size(), 1);
        QVERIFY(results.constFirst().extensions.constFirst().xml.contains(u">A<"_s));
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain.at(0).extensions.size(), 1);
        QVERIFY(chain.at(1).extensions.isEmpty());
    }

    void abortFinishesOnce()
    {
        server.setResponse(u"/slow"_s, {200, inlineXml(), "application/xml", 2000, {}});
        WrapperResolver resolver(&transport);
        std::unique_ptr<ResolveReply> reply(resolver.resolve(server.url(u"/slow"_s)));
        QSignalSpy finished(reply.get(), &ResolveReply::finished);
        QSignalSpy errors(reply.get(), &ResolveReply::errorOccurred);
        QTRY_COMPARE(server.requestsFor(u"/slow"_s).size(), 1);
        reply->abort();
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(reply->error(), ErrorCode::GeneralWrapperError);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_WrapperResolver)
#include "tst_wrapperresolver.moc"
