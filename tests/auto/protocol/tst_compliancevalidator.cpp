// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/compliancevalidator.h>

#include "corpus.h"

#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

class tst_ComplianceValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownFaults();
    void wrapperFaults();
    void notWellFormed();
    void notVast();
    void xsdAccepts_data();
    void xsdAccepts();
    void xsdRejects_data();
    void xsdRejects();
    void namespaceWarnings();
    void macrosAreValidUris();
    void vmapInlineVast();
    void vmapInlineVastSkipped();
    void demoIsCompliant_data();
    void demoIsCompliant();
    void corpusIsCompliant();
};

namespace
{

// The findings of \a c with rule \a rule.
QList<ComplianceFinding> withRule(const DocumentCompliance &c, const QString &rule)
{
    QList<ComplianceFinding> out;
    for (const ComplianceFinding &f : c.findings) {
        if (f.rule == rule)
            out.append(f);
    }
    return out;
}

// \a c without the "xsd.unavailable" warning of a build without libxml2.
DocumentCompliance significant(DocumentCompliance c)
{
    c.findings.removeIf([](const ComplianceFinding &f) { return f.rule == "xsd.unavailable"_L1; });
    return c;
}

QString dump(const DocumentCompliance &c)
{
    QStringList lines;
    for (const ComplianceFinding &f : c.findings)
        lines << u"%1 %2:%3 %4: %5"_s.arg(f.severityName()).arg(f.line).arg(f.column).arg(f.rule, f.message);
    return lines.join(u'\n');
}

QByteArray readDemo(const QString &name)
{
    QFile file(QStringLiteral(VASTQT_TEST_DATA_DIR "/../../resources/demo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().replace("{{BASE}}", "http://127.0.0.1:8080");
}

#define REQUIRE_XSD()                                                                                                \
    if (!ComplianceValidator::hasSchemaValidation())                                                                 \
    QSKIP("VastQt was built without libxml2")

// Valid documents of every schema, written for these tests.
const char kVast2[] = R"(<VAST version="2.0">
  <Ad id="a">
    <InLine>
      <AdSystem>VastQt</AdSystem>
      <AdTitle>Two</AdTitle>
      <Impression><![CDATA[https://t.example/imp]]></Impression>
      <Creatives>
        <Creative>
          <Linear>
            <Duration>00:00:10</Duration>
            <MediaFiles>
              <MediaFile delivery="progressive" type="video/mp4" width="640" height="360"><![CDATA[https://m.example/a.mp4]]></MediaFile>
            </MediaFiles>
          </Linear>
        </Creative>
      </Creatives>
    </InLine>
  </Ad>
</VAST>
)";

const char kVast3[] = R"(<VAST version="3.0">
  <Ad id="a">
    <InLine>
      <AdSystem>VastQt</AdSystem>
      <AdTitle>Three</AdTitle>
      <Impression><![CDATA[https://t.example/imp?cb=[CACHEBUSTING]]]></Impression>
      <Creatives>
        <Creative>
          <Linear skipoffset="00:00:05">
            <Duration>00:00:10.000</Duration>
            <TrackingEvents>
              <Tracking event="progress" offset="00:00:08"><![CDATA[https://t.example/p]]></Tracking>
            </TrackingEvents>
            <MediaFiles>
              <MediaFile delivery="progressive" type="video/mp4" width="640" height="360"><![CDATA[https://m.example/a.mp4]]></MediaFile>
            </MediaFiles>
          </Linear>
        </Creative>
      </Creatives>
    </InLine>
  </Ad>
</VAST>
)";

// VAST 4.x: %1 is the version. Valid for 4.1, 4.2 and 4.3 (UniversalAdId after Linear in 4.2).
const char kVast4x[] = R"(<VAST version="%1" xmlns="http://www.iab.com/VAST">
  <Ad id="a">
    <InLine>
      <AdSystem>VastQt</AdSystem>
      <Impression><![CDATA[https://t.example/imp]]></Impression>
      <AdServingId>vastqt-1</AdServingId>
      <AdTitle>Four</AdTitle>
      <Creatives>
        <Creative>
          %2
          <Linear>
            <Duration>00:00:10</Duration>
            <MediaFiles>
              <MediaFile delivery="progressive" type="video/mp4" width="640" height="360"><![CDATA[https://m.example/a.mp4]]></MediaFile>
            </MediaFiles>
          </Linear>
          %3
        </Creative>
      </Creatives>
    </InLine>
  </Ad>
</VAST>
)";

QByteArray vast4x(const char *version)
{
    const QString uaid = u"<UniversalAdId idRegistry=\"ad-id.org\">UAID-1</UniversalAdId>"_s;
    const bool before = qstrcmp(version, "4.2") < 0; // 4.0 and 4.1: UniversalAdId first
    return QString::fromLatin1(kVast4x)
        .arg(QLatin1StringView(version), before ? uaid : QString(), before ? QString() : uaid)
        .toUtf8();
}

const char kVmap[] = R"(<vmap:VMAP xmlns:vmap="http://www.iab.net/videosuite/vmap" version="1.0">
  <vmap:AdBreak timeOffset="start" breakType="linear" breakId="pre">
    <vmap:AdSource id="1" allowMultipleAds="false" followRedirects="true">
      <vmap:VASTAdData>
        <VAST version="3.0" xmlns="http://www.iab.net/videosuite/vast">
          <Ad id="a">
            <InLine>
              <AdSystem>VastQt</AdSystem>
              <AdTitle>Inline</AdTitle>
              <Impression><![CDATA[https://t.example/imp]]></Impression>
              <Creatives>
                <Creative>
                  <Linear>
                    <Duration>00:00:10</Duration>
                    <MediaFiles>
                      <MediaFile delivery="progressive" type="video/mp4" width="640" height="360"><![CDATA[https://m.example/a.mp4]]></MediaFile>
                    </MediaFiles>
                  </Linear>
                </Creative>
              </Creatives>
            </InLine>
          </Ad>
        </VAST>
      </vmap:VASTAdData>
    </vmap:AdSource>
  </vmap:AdBreak>
  <vmap:AdBreak timeOffset="end" breakType="linear">
    <vmap:AdSource id="2"><vmap:AdTagURI templateType="vast3"><![CDATA[https://ads.example/post.xml]]></vmap:AdTagURI></vmap:AdSource>
  </vmap:AdBreak>
</vmap:VMAP>
)";

} // namespace

// A VAST 4.2 InLine with one fault per rule, each at a known line and column.
void tst_ComplianceValidator::knownFaults()
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<VAST version="4.2" xmlns="http://www.iab.com/VAST">
  <Ad id="faulty">
    <InLine>
      <AdSystem>VastQt</AdSystem>
      <Impression>not a uri</Impression>
      <Impression>//t.example/imp</Impression>
      <Creatives>
        <Creative id="c1">
          <Linear skipoffset="00:00:40">
            <TrackingEvents>
              <Tracking event="progress" offset="00:00:45">https://t.example/late</Tracking>
              <Tracking event="progress" offset="soon">https://t.example/soon</Tracking>
              <Tracking event="progress" offset="50%">https://t.example/half</Tracking>
            </TrackingEvents>
            <Duration>00:00:30</Duration>
            <MediaFiles>
              <MediaFile delivery="progressive" type="video/mp4" width="640" height="360">https://m.example/a.mp4</MediaFile>
            </MediaFiles>
          </Linear>
        </Creative>
      </Creatives>
    </InLine>
  </Ad>
</VAST>
)";
    const DocumentCompliance c = significant(ComplianceValidator::validate(xml, 2, QUrl(u"http://127.0.0.1/x.xml"_s)));
    QCOMPARE(c.kind, u"VAST"_s);
    QCOMPARE(c.version, u"4.2"_s);
    QCOMPARE(c.schema, u"vast_4.2.xsd"_s);
    QCOMPARE(c.hop, 2);
    QCOMPARE(c.url, QUrl(u"http://127.0.0.1/x.xml"_s));

    struct Expected {
        const char *rule;
        ComplianceFinding::Severity severity;
        qint64 line;
        qint64 column;
        const char *section;
    };
    using S = ComplianceFinding::Severity;
    const Expected expected[] = {
        {"inline.adTitle", S::Error, 4, 5, "VAST 4.3 §3.4.2"},
        {"inline.adServingId", S::Error, 4, 5, "VAST 4.3 §3.4.3"},
        {"uri.invalid", S::Error, 6, 7, "VAST 4.3 §2.3.3"},
        {"uri.protocolRelative", S::Warning, 7, 7, "VAST 4.3 §2.3.3"},
        {"creative.universalAdId", S::Error, 9, 9, "VAST 4.3 §3.7.1"},
        {"skipoffset.beyondDuration", S::Warning, 10, 11, "VAST 4.3 §3.8"},
        {"offset.beyondDuration", S::Warning, 12, 15, "VAST 4.3 §3.14.1"},
        {"offset.invalid", S::Error, 13, 15, "VAST 4.3 §3.14.1"},
    };
    for (const Expected &e : expected) {
        const QList<ComplianceFinding> found = withRule(c, QString::fromLatin1(e.rule));
        QVERIFY2(found.size() == 1, qPrintable(QString::fromLatin1(e.rule) + u"\n"_s + dump(c)));
        const ComplianceFinding &f = found.constFirst();
        QCOMPARE(f.severity, e.severity);
        QCOMPARE(f.line, e.line);
        QCOMPARE(f.column, e.column);
        QCOMPARE(f.hop, 2);
        QCOMPARE(f.specSection, QString::fromUtf8(e.section));
        QVERIFY(!f.message.isEmpty());
    }
    // The 50% offset is inside the ad; AdSystem, Impression, Duration, MediaFiles are there.
    for (const char *rule : {"inline.adSystem", "inline.impression", "linear.duration", "linear.mediaFiles", "uri.empty"})
        QVERIFY2(withRule(c, QString::fromLatin1(rule)).isEmpty(), rule);
    QCOMPARE(withRule(c, u"offset.beyondDuration"_s).size(), 1);
    QCOMPARE(c.findings.constFirst().severityName(), u"error"_s);
    QVERIFY(c.errorCount() >= 5);
    QCOMPARE(c.warningCount(), 3);

    if (ComplianceValidator::hasSchemaValidation()) {
        // The schema sees the missing AdTitle too (AdServingId then AdTitle is the 4.2 order).
        const QList<ComplianceFinding> xsd = withRule(c, u"xsd"_s);
        QVERIFY2(!xsd.isEmpty(), qPrintable(dump(c)));
        QVERIFY(c.schemaValidated);
    }
}

void tst_ComplianceValidator::wrapperFaults()
{
    const QByteArray xml = R"(<VAST version="3.0">
  <Ad id="w">
    <Wrapper>
      <Impression>https://t.example/imp</Impression>
    </Wrapper>
  </Ad>
  <Ad id="i">
    <InLine>
      <AdSystem>VastQt</AdSystem>
      <AdTitle>Empty</AdTitle>
      <Impression/>
      <Creatives>
        <Creative><Linear><MediaFiles/></Linear></Creative>
      </Creatives>
    </InLine>
  </Ad>
</VAST>
)";
    const DocumentCompliance c = ComplianceValidator::validate(xml);
    QCOMPARE(c.schema, u"vast3_draft.xsd"_s);
    const QList<ComplianceFinding> tagUri = withRule(c, u"wrapper.vastAdTagUri"_s);
    QCOMPARE(tagUri.size(), 1);
    QCOMPARE(tagUri.constFirst().line, 3);
    QCOMPARE(tagUri.constFirst().column, 5);
    QCOMPARE(tagUri.constFirst().severity, ComplianceFinding::Severity::Error);
    QCOMPARE(withRule(c, u"wrapper.adSystem"_s).size(), 1);
    // VAST 3.0: no AdServingId or UniversalAdId asked for.
    QVERIFY(withRule(c, u"inline.adServingId"_s).isEmpty());
    QVERIFY(withRule(c, u"creative.universalAdId"_s).isEmpty());
    const QList<ComplianceFinding> empty = withRule(c, u"uri.empty"_s);
    QCOMPARE(empty.size(), 1);
    QCOMPARE(empty.constFirst().line, 11);
    QCOMPARE(empty.constFirst().column, 7);
    QCOMPARE(empty.constFirst().severity, ComplianceFinding::Severity::Warning);
    const QList<ComplianceFinding> duration = withRule(c, u"linear.duration"_s);
    QCOMPARE(duration.size(), 1);
    QCOMPARE(duration.constFirst().line, 13);
    QCOMPARE(duration.constFirst().column, 19);
    const QList<ComplianceFinding> media = withRule(c, u"linear.mediaFiles"_s);
    QCOMPARE(media.size(), 1);
    QCOMPARE(media.constFirst().line, 13);
    QCOMPARE(media.constFirst().column, 27);
}

void tst_ComplianceValidator::notWellFormed()
{
    const DocumentCompliance c = ComplianceValidator::validate("<VAST version=\"4.2\">\n  <Ad>\n  </Add>\n</VAST>\n");
    QCOMPARE(c.findings.size(), 1);
    const ComplianceFinding &f = c.findings.constFirst();
    QCOMPARE(f.rule, u"xml"_s);
    QCOMPARE(f.severity, ComplianceFinding::Severity::Error);
    QCOMPARE(f.line, 3);
    QVERIFY(f.column > 0);
    QVERIFY(!c.schemaValidated);

    // A DTD is refused as the parsers refuse it: never handed to libxml2.
    const DocumentCompliance dtd = ComplianceValidator::validate(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE VAST [<!ENTITY a \"aaaa\">]>\n<VAST version=\"4.2\">&a;</VAST>");
    QCOMPARE(dtd.findings.size(), 1);
    QCOMPARE(dtd.findings.constFirst().rule, u"xml"_s);

    const DocumentCompliance empty = ComplianceValidator::validate(QByteArray());
    QCOMPARE(empty.findings.size(), 1);
    QCOMPARE(empty.findings.constFirst().rule, u"xml"_s);
}

void tst_ComplianceValidator::notVast()
{
    DocumentCompliance c = ComplianceValidator::validate("<rss version=\"2.0\"><channel/></rss>");
    QCOMPARE(c.findings.size(), 1);
    QCOMPARE(c.findings.constFirst().rule, u"document.root"_s);
    QVERIFY(c.kind.isEmpty());

    c = ComplianceValidator::validate("<VideoAdServingTemplate><Ad/></VideoAdServingTemplate>");
    QCOMPARE(c.version, u"1.0"_s);
    QCOMPARE(withRule(c, u"version.unknown"_s).size(), 1);
    QVERIFY(c.findings.constFirst().isError());

    c = ComplianceValidator::validate("<VAST version=\"5.0\"/>");
    QVERIFY(c.schema.isEmpty());
    QCOMPARE(withRule(c, u"version.unknown"_s).size(), 1);
    QCOMPARE(withRule(c, u"version.unknown"_s).constFirst().severity, ComplianceFinding::Severity::Warning);

    QCOMPARE(ComplianceValidator::schemaFor(u"VAST"_s, u"2.0"_s), u"vast_2.0.1.xsd"_s);
    QCOMPARE(ComplianceValidator::schemaFor(u"VAST"_s, u"3.0"_s), u"vast3_draft.xsd"_s);
    QCOMPARE(ComplianceValidator::schemaFor(u"VAST"_s, u"4.0"_s), u"vast4.xsd"_s);
    QCOMPARE(ComplianceValidator::schemaFor(u"VAST"_s, u"4.1"_s), u"vast_4.1.xsd"_s);
    QCOMPARE(ComplianceValidator::schemaFor(u"VAST"_s, u"4.2"_s), u"vast_4.2.xsd"_s);
    QCOMPARE(ComplianceValidator::schemaFor(u"VAST"_s, u"4.3"_s), u"vast_4.2.xsd"_s);
    QCOMPARE(ComplianceValidator::schemaFor(u"VMAP"_s, u"1.0"_s), u"vmap.xsd"_s);
    QVERIFY(ComplianceValidator::schemaFor(u"VAST"_s, u"1.0"_s).isEmpty());
}

void tst_ComplianceValidator::xsdAccepts_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("schema");
    QTest::newRow("2.0") << QByteArray(kVast2) << u"vast_2.0.1.xsd"_s;
    QTest::newRow("3.0") << QByteArray(kVast3) << u"vast3_draft.xsd"_s;
    QTest::newRow("4.1") << vast4x("4.1") << u"vast_4.1.xsd"_s;
    QTest::newRow("4.2") << vast4x("4.2") << u"vast_4.2.xsd"_s;
    QTest::newRow("4.3") << vast4x("4.3") << u"vast_4.2.xsd"_s;
    QTest::newRow("vmap") << QByteArray(kVmap) << u"vmap.xsd"_s;
    QTest::newRow("no-ad") << QByteArray("<VAST version=\"4.2\" xmlns=\"http://www.iab.com/VAST\"/>") << u"vast_4.2.xsd"_s;
}

// Documents the schemas accept: no finding at all, schema and rules alike.
void tst_ComplianceValidator::xsdAccepts()
{
    REQUIRE_XSD();
    QFETCH(QByteArray, xml);
    QFETCH(QString, schema);
    const DocumentCompliance c = ComplianceValidator::validate(xml);
    QCOMPARE(c.schema, schema);
    QVERIFY(c.schemaValidated);
    QVERIFY2(c.findings.isEmpty(), qPrintable(dump(c)));
}

void tst_ComplianceValidator::xsdRejects_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("message");
    // An element the schema does not know, in an InLine (line 5 of each document).
    auto bogus = [](QByteArray xml) {
        return xml.replace("<AdTitle>", "<Bogus/><AdTitle>");
    };
    QTest::newRow("2.0 unknown element") << bogus(kVast2) << qint64(5) << qint64(7) << u"Bogus"_s;
    QTest::newRow("3.0 unknown element") << bogus(kVast3) << qint64(5) << qint64(7) << u"Bogus"_s;
    // Advertiser@id came with 4.2: a 4.1 document may not have it.
    QByteArray v41 = vast4x("4.1");
    v41.replace("<AdTitle>Four</AdTitle>", "<AdTitle>Four</AdTitle><Advertiser id=\"x\">Adv</Advertiser>");
    QTest::newRow("4.1 attribute") << v41 << qint64(7) << qint64(30) << u"'id'"_s;
    QByteArray v42 = vast4x("4.2");
    v42.replace("delivery=\"progressive\"", "delivery=\"teleported\"");
    QTest::newRow("4.2 enumeration") << v42 << qint64(14) << qint64(15) << u"teleported"_s;
    QByteArray v43 = vast4x("4.3");
    v43.replace("<Duration>00:00:10</Duration>", "<Duration>ten seconds</Duration>");
    QTest::newRow("4.3 xs:time") << v43 << qint64(12) << qint64(13) << u"ten seconds"_s;
    QByteArray vmap(kVmap);
    vmap.replace("<vmap:AdBreak timeOffset=\"end\" breakType=\"linear\">", "<vmap:AdBreak breakType=\"linear\">");
    QTest::newRow("vmap required attribute") << vmap << qint64(27) << qint64(3) << u"timeOffset"_s;
}

// Documents the schemas reject: an "xsd" error at the line and column of the element.
void tst_ComplianceValidator::xsdRejects()
{
    REQUIRE_XSD();
    QFETCH(QByteArray, xml);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, message);
    const DocumentCompliance c = ComplianceValidator::validate(xml);
    const QList<ComplianceFinding> xsd = withRule(c, u"xsd"_s);
    QVERIFY2(!xsd.isEmpty(), qPrintable(dump(c)));
    const ComplianceFinding &f = xsd.constFirst();
    QCOMPARE(f.severity, ComplianceFinding::Severity::Error);
    QCOMPARE(f.line, line);
    QCOMPARE(f.column, column);
    QVERIFY2(f.message.contains(message), qPrintable(f.message));
    QVERIFY2(!f.message.contains(u'{'), qPrintable(f.message)); // namespaces left out
    QVERIFY(c.errorCount() >= 1);
}

void tst_ComplianceValidator::namespaceWarnings()
{
    QByteArray noNamespace = vast4x("4.2");
    noNamespace.replace(" xmlns=\"http://www.iab.com/VAST\"", "");
    const DocumentCompliance c = ComplianceValidator::validate(noNamespace);
    const QList<ComplianceFinding> ns = withRule(c, u"vast.namespace"_s);
    QCOMPARE(ns.size(), 1);
    QCOMPARE(ns.constFirst().severity, ComplianceFinding::Severity::Warning);
    QCOMPARE(ns.constFirst().line, 1);
    QCOMPARE(ns.constFirst().column, 1);
    // Validated as if it had the namespace: the structure is fine, so nothing else.
    if (ComplianceValidator::hasSchemaValidation())
        QVERIFY2(c.errorCount() == 0, qPrintable(dump(c)));

    QByteArray vmap10(kVmap);
    vmap10.replace("http://www.iab.net/videosuite/vmap", "http://www.iab.net/vmap-1.0");
    const DocumentCompliance v = ComplianceValidator::validate(vmap10);
    QCOMPARE(withRule(v, u"vmap.namespace"_s).size(), 1);
    if (ComplianceValidator::hasSchemaValidation())
        QVERIFY2(v.errorCount() == 0, qPrintable(dump(v)));
}

// Macros in URIs are what the spec asks for: neither the schema nor the URI rule refuses them.
void tst_ComplianceValidator::macrosAreValidUris()
{
    QByteArray xml = vast4x("4.2");
    xml.replace("https://t.example/imp", "https://t.example/imp?cb=[CACHEBUSTING]&e=[ERRORCODE]&t=[TIMESTAMP]");
    DocumentCompliance c = significant(ComplianceValidator::validate(xml));
    QVERIFY2(c.findings.isEmpty(), qPrintable(dump(c)));
    // A URI with a space is not one.
    xml.replace("https://m.example/a.mp4", "https://m.example/a b.mp4");
    c = ComplianceValidator::validate(xml);
    const QList<ComplianceFinding> invalid = withRule(c, u"uri.invalid"_s);
    QCOMPARE(invalid.size(), 1);
    QCOMPARE(invalid.constFirst().line, 14);
}

// A VMAP document against vmap.xsd, each inline VAST against its own version's schema, in
// place: the lines are the VMAP document's.
void tst_ComplianceValidator::vmapInlineVast()
{
    REQUIRE_XSD();
    QByteArray xml(kVmap);
    xml.replace("<AdTitle>Inline</AdTitle>", "<AdTitle>Inline</AdTitle><Bogus/>");
    const DocumentCompliance c = ComplianceValidator::validate(xml, 0);
    QCOMPARE(c.kind, u"VMAP"_s);
    QCOMPARE(c.schema, u"vmap.xsd"_s);
    const QList<ComplianceFinding> xsd = withRule(c, u"xsd"_s);
    QCOMPARE(xsd.size(), 1);
    QCOMPARE(xsd.constFirst().line, 9);
    QCOMPARE(xsd.constFirst().column, 40);
    QVERIFY(xsd.constFirst().message.contains(u"Bogus"_s));

    // A 4.2 inline VAST is checked against vast_4.2.xsd. vmap.xsd names the VAST 3 namespace for
    // <VAST>, but does not judge an inline VAST of another version or namespace: that is its own
    // schema's part, so the VMAP document has no finding at the <VAST> line.
    QByteArray v42(kVmap);
    v42.replace("<VAST version=\"3.0\" xmlns=\"http://www.iab.net/videosuite/vast\">",
                "<VAST version=\"4.2\" xmlns=\"http://www.iab.com/VAST\">");
    const DocumentCompliance c42 = ComplianceValidator::validate(v42);
    // The rules of 4.1+ apply to it: no AdServingId, no UniversalAdId.
    QCOMPARE(withRule(c42, u"inline.adServingId"_s).size(), 1);
    QCOMPARE(withRule(c42, u"inline.adServingId"_s).constFirst().line, 7);
    QCOMPARE(withRule(c42, u"creative.universalAdId"_s).size(), 1);
    for (const ComplianceFinding &f : withRule(c42, u"xsd"_s))
        QVERIFY2(f.line != 5, qPrintable(dump(c42)));
    // The same when the inline VAST is a hop of its own (as --validate and the reports check it).
    const DocumentCompliance vmapOnly = ComplianceValidator::validate(v42, 0, QUrl(), false);
    QVERIFY2(withRule(vmapOnly, u"xsd"_s).isEmpty(), qPrintable(dump(vmapOnly)));
    QVERIFY(withRule(vmapOnly, u"inline.adServingId"_s).isEmpty());

    // A VMAP URI that is not one.
    QByteArray badUri(kVmap);
    badUri.replace("https://ads.example/post.xml", "post xml");
    const DocumentCompliance cu = ComplianceValidator::validate(badUri);
    QCOMPARE(withRule(cu, u"uri.invalid"_s).size(), 1);
    QCOMPARE(withRule(cu, u"uri.invalid"_s).constFirst().line, 28);
}

// With inlineVast false, the inline VAST documents are left to their own hops.
void tst_ComplianceValidator::vmapInlineVastSkipped()
{
    QByteArray xml(kVmap);
    xml.replace("<AdTitle>Inline</AdTitle>", "<Bogus/>");
    const DocumentCompliance skipped = significant(ComplianceValidator::validate(xml, 0, QUrl(), false));
    QVERIFY2(skipped.findings.isEmpty(), qPrintable(dump(skipped)));
    const DocumentCompliance checked = ComplianceValidator::validate(xml, 0, QUrl(), true);
    QCOMPARE(withRule(checked, u"inline.adTitle"_s).size(), 1);
}

void tst_ComplianceValidator::demoIsCompliant_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"tag.xml", "wrapper-2.xml", "inline.xml", "pod.xml", "vmap.xml"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// The demo chain and the VMAP demo are our own content: compliant, without a warning.
void tst_ComplianceValidator::demoIsCompliant()
{
    QFETCH(QString, file);
    const QByteArray xml = readDemo(file);
    QVERIFY(!xml.isEmpty());
    const DocumentCompliance c = significant(ComplianceValidator::validate(xml));
    QVERIFY2(c.findings.isEmpty(), qPrintable(dump(c)));
    QVERIFY(!c.schema.isEmpty());
    QCOMPARE(c.schemaValidated, ComplianceValidator::hasSchemaValidation());
}

// The IAB samples of VAST 3.0 to 4.2 are compliant with their own schemas.
void tst_ComplianceValidator::corpusIsCompliant()
{
    VASTQT_REQUIRE_CORPUS("iab");
    int checked = 0;
    for (const char *folder : {"VAST 3.0 Samples", "VAST 4.0 Samples", "VAST 4.1 Samples", "VAST 4.2 Samples"}) {
        QDirIterator it(VastQtTest::corpusDir() + u"/iab/"_s + QString::fromLatin1(folder), {u"*.xml"_s}, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const DocumentCompliance c = ComplianceValidator::validate(file.readAll());
            QVERIFY2(c.errorCount() == 0, qPrintable(path + u'\n' + dump(c)));
            ++checked;
        }
    }
    QVERIFY(checked >= 50);
}

QTEST_GUILESS_MAIN(tst_ComplianceValidator)
#include "tst_compliancevalidator.moc"
