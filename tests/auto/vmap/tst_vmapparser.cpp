// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastparser.h>
#include <VastQt/vmapparser.h>
#include "corpus.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

using Position = ScheduledBreak::Position;

namespace
{

QString samplePath(const QString &name)
{
    return QStringLiteral(VASTQT_TEST_DATA_DIR "/vmap/") + name;
}

QByteArray readSample(const QString &name)
{
    QFile file(samplePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

const char kVmapNs[] = "http://www.iab.net/videosuite/vmap";
const char kVmap10Ns[] = "http://www.iab.net/vmap-1.0";

} // namespace

class tst_VmapParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validateSamples_data();
    void validateSamples();
    void validationRejectsInvalid();
    void validateDemo();

    void parsePodMidrollPostroll();
    void parseRepeatingVmap10();
    void parsePrefixedInlineVast();
    void parseExtensionsAndCustomXml();
    void parseWarnings();
    void inlineVastFailureKeepsBreak();
    void noNamespace();
    void bareAmpersandInAdTagUri();

    void scheduleBasic();
    void scheduleRepeatAndOpportunity();
    void scheduleUnknownDuration();
    void scheduleEdges();

    void hostile_data();
    void hostile();
    void sizeAndDepthLimits();

private:
    int xmllint(const QString &schema, const QString &file, QString *output = nullptr);

    QTemporaryDir m_schemaDir;
    QString m_vmapXsd; // vmap.xsd from the corpus, namespace http://www.iab.net/videosuite/vmap
    QString m_vmap10Xsd; // the same schema with the namespace http://www.iab.net/vmap-1.0
};

// moc's tokenizer does not understand multi-line raw string literals; it needs only the
// class declaration above.
#ifndef Q_MOC_RUN

/*
    The corpus's vmap.xsd imports namespace http://www.iab.net/videosuite/vast from
    vast3_draft.xsd, but that schema declares no targetNamespace, so xmllint refuses to
    compile vmap.xsd ("does not resolve to a(n) element declaration"). The test builds a
    schema directory next to it: vmap.xsd copied byte for byte, and vast3_draft.xsd with
    the target namespace vmap.xsd expects (and the same as default namespace, so its own
    type references resolve). Nothing else of either schema changes. vmap-1.0.xsd is
    vmap.xsd with its namespace replaced by the other one seen in the wild.
*/
void tst_VmapParser::initTestCase()
{
    QVERIFY(m_schemaDir.isValid());
    // Without the corpus's schemas the validation functions skip (VASTQT_REQUIRE_CORPUS).
    if (!VastQtTest::hasCorpus("xsd"))
        return;
    const QString corpusXsd = QStringLiteral(VASTQT_CORPUS_DIR "/xsd/");
    const QByteArray vmap = readFile(corpusXsd + u"vmap.xsd"_s);
    QByteArray vast3 = readFile(corpusXsd + u"vast3_draft.xsd"_s);
    QVERIFY(!vmap.isEmpty());
    QVERIFY(!vast3.isEmpty());
    QVERIFY(vmap.contains(R"(schemaLocation="vast3_draft.xsd")"));
    QVERIFY(!vast3.contains("targetNamespace"));
    const qsizetype schemaTag = vast3.indexOf("<xs:schema ");
    QVERIFY(schemaTag >= 0);
    vast3.insert(schemaTag + qsizetype(sizeof("<xs:schema ") - 1),
        R"(targetNamespace="http://www.iab.net/videosuite/vast" xmlns="http://www.iab.net/videosuite/vast" )");

    m_vmapXsd = m_schemaDir.filePath(u"vmap.xsd"_s);
    m_vmap10Xsd = m_schemaDir.filePath(u"vmap-1.0.xsd"_s);
    QVERIFY(writeFile(m_vmapXsd, vmap));
    QVERIFY(writeFile(m_schemaDir.filePath(u"vast3_draft.xsd"_s), vast3));
    QByteArray vmap10 = vmap;
    vmap10.replace(kVmapNs, kVmap10Ns);
    QVERIFY(writeFile(m_vmap10Xsd, vmap10));
}

int tst_VmapParser::xmllint(const QString &schema, const QString &file, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"xmllint"_s, { u"--noout"_s, u"--schema"_s, schema, file });
    if (!process.waitForStarted()) {
        if (output)
            *output = u"xmllint could not be started (install libxml2-utils)"_s;
        return -1;
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return -2;
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
}

void tst_VmapParser::validateSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("vmap10");
    QTest::newRow("pod-midroll-postroll") << u"pod-midroll-postroll.xml"_s << false;
    QTest::newRow("prefixed-inline-vast") << u"prefixed-inline-vast.xml"_s << false;
    QTest::newRow("repeating-vmap10") << u"repeating-vmap10.xml"_s << true;
    QTest::newRow("play-pod-mid-post") << u"play-pod-mid-post.xml"_s << false;
}

void tst_VmapParser::validateSamples()
{
    VASTQT_REQUIRE_CORPUS("xsd");
    QFETCH(QString, file);
    QFETCH(bool, vmap10);
    QString output;
    const int rc = xmllint(vmap10 ? m_vmap10Xsd : m_vmapXsd, samplePath(file), &output);
    QVERIFY2(rc == 0, qPrintable(output));
    // And the sample parses.
    const VmapParseResult result = VmapParser::parse(readSample(file));
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
}

// The VMAP demo that ships (resources/demo/vmap.xml, served by `--demo-vmap`) is valid VMAP
// once its {{BASE}} is filled in, and parses without a warning.
void tst_VmapParser::validateDemo()
{
    VASTQT_REQUIRE_CORPUS("xsd");
    QByteArray xml = readFile(QStringLiteral(VASTQT_TEST_DATA_DIR "/../../resources/demo/vmap.xml"));
    xml.replace("{{BASE}}", "http://127.0.0.1:8080");
    const QString path = m_schemaDir.filePath(u"demo-vmap.xml"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(xml);
    out.close();
    QString output;
    const int rc = xmllint(m_vmapXsd, path, &output);
    QVERIFY2(rc == 0, qPrintable(output));
    const VmapParseResult result = VmapParser::parse(xml);
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    QCOMPARE(result.document.adBreaks.size(), 3);
    QCOMPARE(result.document.adBreaks.at(2).adSource.kind, VmapAdSource::Kind::VastAdData);
}

// The validation is real: a document the schema forbids fails it.
void tst_VmapParser::validationRejectsInvalid()
{
    VASTQT_REQUIRE_CORPUS("xsd");
    const QString path = m_schemaDir.filePath(u"invalid.xml"_s);
    const QByteArray invalid = R"(<vmap:VMAP xmlns:vmap="http://www.iab.net/videosuite/vmap" version="1.0">
  <vmap:AdBreak timeOffset="start"><vmap:AdSource id="x"/></vmap:AdBreak>
</vmap:VMAP>)";
    QVERIFY(writeFile(path, invalid));
    QString output;
    QCOMPARE(xmllint(m_vmapXsd, path, &output), 3);
    QVERIFY2(output.contains(u"breakType"_s), qPrintable(output));
    // The vmap-1.0 namespace is not the one of the IAB schema.
    QCOMPARE(xmllint(m_vmapXsd, samplePath(u"repeating-vmap10.xml"_s)), 3);
}

void tst_VmapParser::parsePodMidrollPostroll()
{
    const QByteArray xml = readSample(u"pod-midroll-postroll.xml"_s);
    const VmapParseResult result = VmapParser::parse(xml);
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.error, ErrorCode::NoError);
    QCOMPARE(result.line, 0);
    QVERIFY(result.warnings.isEmpty());
    const VmapDocument &doc = result.document;
    QCOMPARE(doc.version, u"1.0"_s);
    QVERIFY(doc.extensions.isEmpty());
    QCOMPARE(doc.adBreaks.size(), 3);

    // Pre-roll: inline VAST with a pod of two ads.
    const VmapAdBreak &pre = doc.adBreaks.at(0);
    QCOMPARE(pre.timeOffset, u"start"_s);
    QCOMPARE(pre.breakTypes, QStringList { u"linear"_s });
    QCOMPARE(pre.breakId, u"preroll"_s);
    QVERIFY(pre.repeatAfter.isEmpty());
    QVERIFY(pre.extensions.isEmpty());
    QCOMPARE(pre.adSource.id, u"1"_s);
    QCOMPARE(pre.adSource.allowMultipleAds, true);
    QCOMPARE(pre.adSource.followRedirects, false);
    QCOMPARE(pre.adSource.kind, VmapAdSource::Kind::VastAdData);
    QCOMPARE(pre.adSource.vastDataError, ErrorCode::NoError);
    QVERIFY(pre.adSource.adTagUri.isEmpty());
    QVERIFY(pre.adSource.customData.isEmpty());
    const VastDocument &vast = pre.adSource.vastData;
    QCOMPARE(vast.version, u"3.0"_s);
    QCOMPARE(vast.ads.size(), 2);
    QCOMPARE(vast.ads.at(0).id, u"pod-ad-1"_s);
    QCOMPARE(vast.ads.at(0).sequence, 1);
    QCOMPARE(vast.ads.at(0).adTitle, u"Pod ad one"_s);
    QCOMPARE(vast.ads.at(1).id, u"pod-ad-2"_s);
    QCOMPARE(vast.ads.at(1).sequence, 2);
    QCOMPARE(vast.ads.at(1).creatives.size(), 1);
    QCOMPARE(vast.ads.at(1).creatives.at(0).linear.durationMs, 30500);
    QCOMPARE(vast.ads.at(1).creatives.at(0).linear.mediaFiles.at(0).url, u"http://127.0.0.1/media/ad2.mp4"_s);
    // The raw bytes are the <VAST> element of the input and parse to the same document.
    const QByteArray &raw = pre.adSource.vastDataXml;
    QVERIFY(raw.startsWith(
        R"(<VAST xmlns:vmap="http://www.iab.net/videosuite/vmap" xmlns="http://www.iab.net/videosuite/vast" version="3.0">)"));
    QVERIFY(raw.endsWith("</VAST>"));
    QVERIFY(xml.contains(raw.sliced(raw.indexOf("xmlns=\""))));
    const VastParseResult reparsed = VastParser::parse(raw);
    QVERIFY(reparsed.ok());
    QCOMPARE(reparsed.document, vast);
    QCOMPARE(pre.trackingEvents.size(), 3);
    QCOMPARE(pre.trackingEvents.at(0).event, u"breakStart"_s);
    QCOMPARE(pre.trackingEvents.at(0).url, u"http://127.0.0.1/track/breakStart?b=pre"_s);
    QVERIFY(pre.trackingEvents.at(0).offset.isEmpty());
    QCOMPARE(pre.trackingUrls(u"breakEnd"_s), QStringList { u"http://127.0.0.1/track/breakEnd?b=pre"_s });
    QCOMPARE(pre.trackingUrls(u"error"_s), QStringList { u"http://127.0.0.1/track/error?b=pre"_s });

    // Mid-roll: ad tag at 50%.
    const VmapAdBreak &mid = doc.adBreaks.at(1);
    QCOMPARE(mid.timeOffset, u"50%"_s);
    QCOMPARE(mid.breakTypes, (QStringList { u"linear"_s, u"nonlinear"_s }));
    QCOMPARE(mid.breakId, u"midroll-1"_s);
    QCOMPARE(mid.adSource.id, u"2"_s);
    QCOMPARE(mid.adSource.allowMultipleAds, false);
    QCOMPARE(mid.adSource.followRedirects, true);
    QCOMPARE(mid.adSource.kind, VmapAdSource::Kind::AdTagUri);
    QCOMPARE(mid.adSource.templateType, u"vast3"_s);
    QCOMPARE(mid.adSource.adTagUri, u"http://127.0.0.1/corpus/iab/vast3/Inline_Linear_Tag-test.xml?cb=42"_s);
    QVERIFY(mid.adSource.vastData.isEmpty());
    QVERIFY(mid.adSource.vastDataXml.isEmpty());
    QCOMPARE(mid.trackingUrls(u"breakStart"_s), QStringList { u"http://127.0.0.1/track/breakStart?b=mid"_s });
    QVERIFY(mid.trackingUrls(u"breakEnd"_s).isEmpty());
    QVERIFY(mid.extensions.startsWith(u"<vmap:Extensions>"_s));
    QVERIFY(mid.extensions.endsWith(u"</vmap:Extensions>"_s));
    QVERIFY(mid.extensions.contains(u"<Note xmlns=\"urn:vastqt:test\">mid-roll</Note>"_s));

    // Post-roll: custom data.
    const VmapAdBreak &post = doc.adBreaks.at(2);
    QCOMPARE(post.timeOffset, u"end"_s);
    QCOMPARE(post.breakId, u"postroll"_s);
    QCOMPARE(post.adSource.id, u"3"_s);
    QCOMPARE(post.adSource.kind, VmapAdSource::Kind::CustomAdData);
    QCOMPARE(post.adSource.templateType, u"proprietary"_s);
    QCOMPARE(post.adSource.customData, uR"({"ad":"house","length":10})"_s);
    QVERIFY(post.trackingEvents.isEmpty());

    // Value semantics.
    VmapDocument copy = doc;
    QCOMPARE(copy, doc);
    copy.adBreaks[1].adSource.adTagUri += u"&x=1"_s;
    QVERIFY(copy != doc);
}

void tst_VmapParser::parseRepeatingVmap10()
{
    const VmapParseResult result = VmapParser::parse(readSample(u"repeating-vmap10.xml"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QVERIFY(result.warnings.isEmpty());
    const VmapDocument &doc = result.document;
    QCOMPARE(doc.adBreaks.size(), 4);
    QCOMPARE(doc.adBreaks.at(0).timeOffset, u"00:10:00"_s);
    QCOMPARE(doc.adBreaks.at(0).repeatAfter, u"00:10:00"_s);
    QCOMPARE(doc.adBreaks.at(0).breakId, u"every-10-min"_s);
    QCOMPARE(doc.adBreaks.at(0).adSource.id, u"10"_s);
    QCOMPARE(doc.adBreaks.at(0).adSource.adTagUri, u"http://127.0.0.1/data/repeat.xml"_s);
    QCOMPARE(doc.adBreaks.at(1).timeOffset, u"00:05:00.500"_s);
    QCOMPARE(doc.adBreaks.at(1).breakTypes, QStringList { u"nonlinear"_s });
    QCOMPARE(doc.adBreaks.at(2).timeOffset, u"#2"_s);
    QCOMPARE(doc.adBreaks.at(3).timeOffset, u"start"_s);
    QCOMPARE(doc.adBreaks.at(3).breakTypes, QStringList { u"display"_s });
    QCOMPARE(doc.adBreaks.at(3).adSource.kind, VmapAdSource::Kind::None);
    QCOMPARE(doc.adBreaks.at(3).trackingUrls(u"breakStart"_s),
        QStringList { u"http://127.0.0.1/track/breakStart?b=banner"_s });

    // The same document in the other namespace reads the same.
    QByteArray other = readSample(u"repeating-vmap10.xml"_s);
    other.replace(kVmap10Ns, kVmapNs);
    const VmapParseResult same = VmapParser::parse(other);
    QVERIFY(same.ok());
    QCOMPARE(same.document, doc);
}

void tst_VmapParser::parsePrefixedInlineVast()
{
    const VmapParseResult result = VmapParser::parse(readSample(u"prefixed-inline-vast.xml"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    QCOMPARE(result.document.adBreaks.size(), 1);
    const VmapAdSource &source = result.document.adBreaks.at(0).adSource;
    QVERIFY(source.id.isEmpty());
    QCOMPARE(source.allowMultipleAds, true);
    QCOMPARE(source.kind, VmapAdSource::Kind::VastAdData);
    QCOMPARE(source.vastDataError, ErrorCode::NoError);
    QCOMPARE(source.vastData.ads.size(), 1);
    QCOMPARE(source.vastData.ads.at(0).id, u"prefixed"_s);
    QCOMPARE(source.vastData.ads.at(0).creatives.at(0).linear.durationMs, 5000);
    // The vast: prefix was declared on the root; the cut-out document declares it itself.
    QVERIFY(source.vastDataXml.startsWith("<vast:VAST "));
    QVERIFY(source.vastDataXml.contains(R"(xmlns:vast="http://www.iab.net/videosuite/vast")"));
    QVERIFY(VastParser::parse(source.vastDataXml).ok());
}

void tst_VmapParser::parseExtensionsAndCustomXml()
{
    const QByteArray xml = R"(<?xml version="1.0"?>
<vmap:VMAP xmlns:vmap="http://www.iab.net/videosuite/vmap" version="1.0.1">
  <vmap:AdBreak timeOffset="00:01:00" breakType="linear">
    <vmap:AdSource>
      <vmap:CustomAdData templateType="vast2"><VAST version="2.0"><Ad id="x"/></VAST></vmap:CustomAdData>
    </vmap:AdSource>
  </vmap:AdBreak>
  <vmap:Extensions><vmap:Extension type="t"><Data a="1">é</Data></vmap:Extension></vmap:Extensions>
</vmap:VMAP>)";
    const VmapParseResult result = VmapParser::parse(xml);
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.document.version, u"1.0.1"_s);
    QCOMPARE(result.document.adBreaks.size(), 1);
    const VmapAdSource &source = result.document.adBreaks.at(0).adSource;
    QCOMPARE(source.kind, VmapAdSource::Kind::CustomAdData);
    QCOMPARE(source.templateType, u"vast2"_s);
    QCOMPARE(source.customData, uR"(<VAST version="2.0"><Ad id="x"/></VAST>)"_s);
    QCOMPARE(result.document.extensions,
        uR"(<vmap:Extensions><vmap:Extension type="t"><Data a="1">é</Data></vmap:Extension></vmap:Extensions>)"_s);
}

void tst_VmapParser::parseWarnings()
{
    const QByteArray xml = R"(<vmap:VMAP xmlns:vmap="http://www.iab.net/vmap-1.0" version="1.0">
  <vmap:AdBreak breakType="linear"/>
  <vmap:AdBreak timeOffset="soon" breakType="linear, video" repeatAfter="often">
    <vmap:AdSource allowMultipleAds="maybe"/>
    <vmap:TrackingEvents>
      <vmap:Tracking event="breakStart"></vmap:Tracking>
      <vmap:Tracking event="midpoint">http://127.0.0.1/track/m</vmap:Tracking>
    </vmap:TrackingEvents>
  </vmap:AdBreak>
  <vmap:AdBreak timeOffset="150%"/>
</vmap:VMAP>)";
    const VmapParseResult result = VmapParser::parse(xml);
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.document.adBreaks.size(), 3);
    const QStringList expected = {
        u"line 2: <AdBreak> has no timeOffset, it cannot be scheduled"_s,
        u"line 3: <AdBreak> timeOffset=\"soon\" is not start, end, HH:MM:SS[.mmm], n% or #m"_s,
        u"line 3: <AdBreak> repeatAfter=\"often\" is not a positive time (HH:MM:SS[.mmm]), ignored"_s,
        u"line 3: <AdBreak> breakType \"video\" is not linear, nonlinear or display"_s,
        u"line 4: <AdSource> attribute allowMultipleAds=\"maybe\" is not a boolean, using true"_s,
        u"line 4: <AdSource> holds no VASTAdData, AdTagURI or CustomAdData"_s,
        u"line 6: <Tracking> without event or URI, skipped"_s,
        u"line 7: <Tracking> event \"midpoint\" is not breakStart, breakEnd or error"_s,
        u"line 10: <AdBreak> timeOffset=\"150%\" is not start, end, HH:MM:SS[.mmm], n% or #m"_s,
        u"line 10: <AdBreak> has no breakType"_s,
    };
    QCOMPARE(result.warnings, expected);
    QCOMPARE(result.document.adBreaks.at(1).breakTypes, (QStringList { u"linear"_s, u"video"_s }));
    QCOMPARE(result.document.adBreaks.at(1).trackingEvents.size(), 1);
    QCOMPARE(result.document.adBreaks.at(1).trackingEvents.at(0).event, u"midpoint"_s);
    // None of them can be scheduled.
    QVERIFY(result.document.schedule(600000).isEmpty());
}

void tst_VmapParser::inlineVastFailureKeepsBreak()
{
    const QByteArray xml = R"(<vmap:VMAP xmlns:vmap="http://www.iab.net/videosuite/vmap" version="1.0">
  <vmap:AdBreak timeOffset="start" breakType="linear">
    <vmap:AdSource><vmap:VASTAdData><VAST version="9.0"/></vmap:VASTAdData></vmap:AdSource>
    <vmap:TrackingEvents><vmap:Tracking event="error">http://127.0.0.1/track/e</vmap:Tracking></vmap:TrackingEvents>
  </vmap:AdBreak>
</vmap:VMAP>)";
    const VmapParseResult result = VmapParser::parse(xml);
    QVERIFY(result.ok());
    QCOMPARE(result.document.adBreaks.size(), 1);
    const VmapAdBreak &adBreak = result.document.adBreaks.at(0);
    QCOMPARE(adBreak.adSource.kind, VmapAdSource::Kind::VastAdData);
    QCOMPARE(adBreak.adSource.vastDataError, ErrorCode::VersionNotSupported);
    QCOMPARE(adBreak.adSource.vastDataXml,
        QByteArray(R"(<VAST xmlns:vmap="http://www.iab.net/videosuite/vmap" version="9.0"/>)"));
    QCOMPARE(adBreak.trackingUrls(u"error"_s), QStringList { u"http://127.0.0.1/track/e"_s });
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.at(0).startsWith(u"line 3: inline VAST failed to parse (102): "_s),
        qPrintable(result.warnings.at(0)));
}

void tst_VmapParser::noNamespace()
{
    const VmapParseResult result = VmapParser::parse(
        R"(<VMAP version="1.0"><AdBreak timeOffset="end" breakType="linear"><AdSource><AdTagURI templateType="vast3"> http://127.0.0.1/a </AdTagURI></AdSource></AdBreak></VMAP>)");
    QVERIFY(result.ok());
    QCOMPARE(result.document.adBreaks.size(), 1);
    QCOMPARE(result.document.adBreaks.at(0).adSource.adTagUri, u"http://127.0.0.1/a"_s);
}

// The same repair as for VAST documents (one routine): a bare '&' outside CDATA is read as
// "&amp;" with a warning that names the line.
void tst_VmapParser::bareAmpersandInAdTagUri()
{
    const VmapParseResult result = VmapParser::parse(
        "<VMAP version=\"1.0\">\n<AdBreak timeOffset=\"start\" breakType=\"linear\"><AdSource>"
        "<AdTagURI templateType=\"vast3\">http://127.0.0.1/a?x=1&y=2</AdTagURI></AdSource></AdBreak></VMAP>");
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.document.adBreaks.at(0).adSource.adTagUri, u"http://127.0.0.1/a?x=1&y=2"_s);
    QCOMPARE(result.warnings.first(), u"line 2: a bare '&' is not well-formed XML; read as \"&amp;\" (lines 2)"_s);
}

void tst_VmapParser::scheduleBasic()
{
    const VmapDocument doc = VmapParser::parse(readSample(u"pod-midroll-postroll.xml"_s)).document;
    const QList<ScheduledBreak> breaks = doc.schedule(600000);
    QCOMPARE(breaks.size(), 3);
    QCOMPARE(breaks.at(0).timeMs, 0);
    QCOMPARE(breaks.at(0).position, Position::PreRoll);
    QCOMPARE(breaks.at(0).breakPositionMacroValue(), 1);
    QCOMPARE(breaks.at(0).breakIndex, 0);
    QCOMPARE(breaks.at(0).adBreak, doc.adBreaks.at(0));
    QCOMPARE(breaks.at(1).timeMs, 300000);
    QCOMPARE(breaks.at(1).position, Position::MidRoll);
    QCOMPARE(breaks.at(1).breakPositionMacroValue(), 2);
    QCOMPARE(breaks.at(1).breakIndex, 1);
    QCOMPARE(breaks.at(2).timeMs, 600000);
    QCOMPARE(breaks.at(2).position, Position::PostRoll);
    QCOMPARE(breaks.at(2).breakPositionMacroValue(), 3);
    QCOMPARE(breaks.at(2).breakIndex, 2);
    for (const ScheduledBreak &b : breaks) {
        QCOMPARE(b.repetition, 0);
        QCOMPARE(b.opportunity, 0);
    }
    // 50% follows the duration.
    QCOMPARE(doc.schedule(61001).at(1).timeMs, 30501);
}

void tst_VmapParser::scheduleRepeatAndOpportunity()
{
    const VmapDocument doc = VmapParser::parse(readSample(u"repeating-vmap10.xml"_s)).document;
    struct Expected
    {
        qint64 timeMs;
        Position position;
        int breakIndex;
        int repetition;
        int opportunity;
    };
    const auto check = [](const QList<ScheduledBreak> &actual, const QList<Expected> &expected) {
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(actual.at(i).timeMs, expected.at(i).timeMs);
            QCOMPARE(actual.at(i).position, expected.at(i).position);
            QCOMPARE(actual.at(i).breakIndex, expected.at(i).breakIndex);
            QCOMPARE(actual.at(i).repetition, expected.at(i).repetition);
            QCOMPARE(actual.at(i).opportunity, expected.at(i).opportunity);
        }
    };

    // 30 minutes, no cue points: the 10-minute break repeats at 20 but not at 30 (the end);
    // "#2" cannot be placed and comes after the placed mid-rolls.
    check(doc.schedule(1800000),
        {
            { 0, Position::PreRoll, 3, 0, 0 },
            { 300500, Position::MidRoll, 1, 0, 0 },
            { 600000, Position::MidRoll, 0, 0, 0 },
            { 1200000, Position::MidRoll, 0, 1, 0 },
            { -1, Position::MidRoll, 2, 0, 2 },
        });
    if (QTest::currentTestFailed())
        return;
    // 35 minutes with cue points: "#2" is the second one.
    check(doc.schedule(2100000, { 120000, 900000, 1500000 }),
        {
            { 0, Position::PreRoll, 3, 0, 0 },
            { 300500, Position::MidRoll, 1, 0, 0 },
            { 600000, Position::MidRoll, 0, 0, 0 },
            { 900000, Position::MidRoll, 2, 0, 2 },
            { 1200000, Position::MidRoll, 0, 1, 0 },
            { 1800000, Position::MidRoll, 0, 2, 0 },
        });
    if (QTest::currentTestFailed())
        return;
    // Content shorter than the first mid-roll: only the pre-roll and the unplaced "#2".
    check(doc.schedule(200000),
        {
            { 0, Position::PreRoll, 3, 0, 0 },
            { -1, Position::MidRoll, 2, 0, 2 },
        });
}

void tst_VmapParser::scheduleUnknownDuration()
{
    const VmapDocument doc = VmapParser::parse(readSample(u"pod-midroll-postroll.xml"_s)).document;
    const QList<ScheduledBreak> breaks = doc.schedule(-1);
    QCOMPARE(breaks.size(), 3);
    QCOMPARE(breaks.at(0).timeMs, 0);
    QCOMPARE(breaks.at(0).position, Position::PreRoll);
    QCOMPARE(breaks.at(1).timeMs, -1); // 50% of unknown
    QCOMPARE(breaks.at(1).position, Position::MidRoll);
    QCOMPARE(breaks.at(2).timeMs, -1); // end of unknown
    QCOMPARE(breaks.at(2).position, Position::PostRoll);

    // Timecodes are kept, repeats are not expanded without an end.
    const VmapDocument repeating = VmapParser::parse(readSample(u"repeating-vmap10.xml"_s)).document;
    const QList<ScheduledBreak> live = repeating.schedule(-1);
    QCOMPARE(live.size(), 4);
    QCOMPARE(live.at(2).timeMs, 600000);
    QCOMPARE(live.at(2).repetition, 0);

    // "0%" is the start of any content; "#m" without cue points stays unplaced.
    VmapDocument shares;
    VmapAdBreak zero;
    zero.timeOffset = u" 0% "_s;
    shares.adBreaks.append(zero);
    const QList<ScheduledBreak> zeroBreaks = shares.schedule(-1);
    QCOMPARE(zeroBreaks.size(), 1);
    QCOMPARE(zeroBreaks.at(0).timeMs, 0);
    QCOMPARE(zeroBreaks.at(0).position, Position::PreRoll);
}

void tst_VmapParser::scheduleEdges()
{
    const QByteArray xml = R"(<VMAP version="1.0">
  <AdBreak timeOffset="END" breakType="linear" breakId="a"/>
  <AdBreak timeOffset="100%" breakType="linear" breakId="b"/>
  <AdBreak timeOffset="00:00:30" breakType="linear" breakId="c"/>
  <AdBreak timeOffset="00:02:00" breakType="linear" breakId="d"/>
  <AdBreak timeOffset="0%" breakType="linear" breakId="e" repeatAfter="00:00:20"/>
  <AdBreak timeOffset="00:00:30" breakType="linear" breakId="f"/>
  <AdBreak timeOffset="Start" breakType="linear" breakId="g"/>
  <AdBreak timeOffset="#0" breakType="linear" breakId="h"/>
</VMAP>)";
    const VmapParseResult result = VmapParser::parse(xml);
    QVERIFY(result.ok());
    QCOMPARE(result.warnings.size(), 1); // "#0"
    const QList<ScheduledBreak> breaks = result.document.schedule(60000);
    QStringList order;
    QList<qint64> times;
    QList<int> positions;
    for (const ScheduledBreak &b : breaks) {
        order.append(b.adBreak.breakId + (b.repetition ? u"+%1"_s.arg(b.repetition) : QString()));
        times.append(b.timeMs);
        positions.append(b.breakPositionMacroValue());
    }
    // "d" is after the end, "h" is invalid; same times keep document order.
    QCOMPARE(order, (QStringList { u"e"_s, u"g"_s, u"e+1"_s, u"c"_s, u"f"_s, u"e+2"_s, u"a"_s, u"b"_s }));
    QCOMPARE(times, (QList<qint64> { 0, 0, 20000, 30000, 30000, 40000, 60000, 60000 }));
    QCOMPARE(positions, (QList<int> { 1, 1, 2, 2, 2, 2, 3, 3 }));

    // repeatAfter is capped.
    VmapDocument many;
    VmapAdBreak every;
    every.timeOffset = u"start"_s;
    every.repeatAfter = u"00:00:00.001"_s;
    many.adBreaks.append(every);
    QCOMPARE(many.schedule(3600000).size(), 1 + VmapDocument::MaxRepetitions);
    QVERIFY(VmapDocument().schedule(1000).isEmpty());
}

void tst_VmapParser::hostile_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<ErrorCode>("error");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("broken") << QByteArray(
        "<vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\" version=\"1.0\">\n"
        "  <vmap:AdBreak timeOffset=\"start\" breakType=\"linear\">\n"
        "  </vmap:AdBrake>\n</vmap:VMAP>")
                            << ErrorCode::XmlParsingError << qint64(3) << qint64(17)
                            << u"Opening and ending tag mismatch."_s;
    QTest::newRow("billion-laughs") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
        " <!ENTITY lol \"lol\">\n"
        " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
        "]>\n<VMAP version=\"1.0\"><AdBreak timeOffset=\"&lol3;\" breakType=\"linear\"/></VMAP>")
                                    << ErrorCode::XmlParsingError << qint64(6) << qint64(2)
                                    << u"DTD/entity declarations are not allowed"_s;
    QTest::newRow("external-entity") << QByteArray(
        "<!DOCTYPE VMAP [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<VMAP version=\"1.0\">&x;</VMAP>")
                                     << ErrorCode::XmlParsingError << qint64(1) << qint64(57)
                                     << u"DTD/entity declarations are not allowed"_s;
    QTest::newRow("not-vmap") << QByteArray("<?xml version=\"1.0\"?>\n<VAST version=\"4.0\"/>")
                              << ErrorCode::SchemaValidationError << qint64(2) << qint64(21)
                              << u"the root element is <VAST>, not <VMAP>"_s;
    QTest::newRow("vmap-2") << QByteArray("<VMAP version=\"2.0\"/>") << ErrorCode::VersionNotSupported << qint64(1)
                            << qint64(21) << u"VMAP version \"2.0\" is not supported (1.0 is)"_s;
    QTest::newRow("empty") << QByteArray("  \n") << ErrorCode::XmlParsingError << qint64(1) << qint64(0)
                           << u"empty document"_s;
    QTest::newRow("trailing-garbage") << QByteArray("<VMAP version=\"1.0\"></VMAP><VMAP/>")
                                      << ErrorCode::XmlParsingError << qint64(1) << qint64(34)
                                      << u"Extra content at end of document."_s;
}

void tst_VmapParser::hostile()
{
    QFETCH(QByteArray, xml);
    QFETCH(ErrorCode, error);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, message);
    const VmapParseResult result = VmapParser::parse(xml);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QCOMPARE(result.line, line);
    QCOMPARE(result.column, column);
    QCOMPARE(result.errorString, u"line %1, column %2: %3"_s.arg(line).arg(column).arg(message));
    QVERIFY(result.document.adBreaks.isEmpty());
}

void tst_VmapParser::sizeAndDepthLimits()
{
    QByteArray deep = "<VMAP version=\"1.0\"><AdBreak timeOffset=\"start\" breakType=\"linear\"><Extensions>";
    for (int i = 0; i < 100; ++i)
        deep += "<x>";
    const VmapParseResult tooDeep = VmapParser::parse(deep);
    QCOMPARE(tooDeep.error, ErrorCode::XmlParsingError);
    QVERIFY2(
        tooDeep.errorString.endsWith(u"elements are nested deeper than 64 levels"_s), qPrintable(tooDeep.errorString));

    // The depth limit counts inline VAST too.
    VmapParserOptions shallow;
    shallow.maxDepth = 5;
    const VmapParseResult inlineTooDeep = VmapParser::parse(readSample(u"pod-midroll-postroll.xml"_s), shallow);
    QCOMPARE(inlineTooDeep.error, ErrorCode::XmlParsingError);
    QVERIFY(inlineTooDeep.errorString.endsWith(u"elements are nested deeper than 5 levels"_s));

    VmapParserOptions small;
    small.maxBytes = 1000;
    const VmapParseResult tooLarge = VmapParser::parse(readSample(u"pod-midroll-postroll.xml"_s), small);
    QCOMPARE(tooLarge.error, ErrorCode::XmlParsingError);
    QCOMPARE(tooLarge.line, 0);
    QVERIFY(tooLarge.errorString.contains(u"more than the limit of 1000 bytes"_s));

    VmapParserOptions fewBreaks;
    fewBreaks.maxAdBreaks = 2;
    const VmapParseResult capped = VmapParser::parse(readSample(u"pod-midroll-postroll.xml"_s), fewBreaks);
    QVERIFY(capped.ok());
    QCOMPARE(capped.document.adBreaks.size(), 2);
    QCOMPARE(capped.warnings, QStringList { u"line 68: more than 2 <AdBreak> elements, the rest is skipped"_s });
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(tst_VmapParser)
#include "tst_vmapparser.moc"
