// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastjson.h>
#include <VastQt/vastparser.h>
#include "corpus.h"

#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QStringDecoder>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRandomGenerator>
#include <QtCore/QStringEncoder>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

namespace
{

const QString corpusDir = QStringLiteral(VASTQT_CORPUS_DIR "/iab");
const QString goldenDir = QStringLiteral(VASTQT_TEST_DATA_DIR "/golden");
const QString hostileDir = QStringLiteral(VASTQT_TEST_DATA_DIR "/hostile");
const QString toleranceDir = QStringLiteral(VASTQT_TEST_DATA_DIR "/tolerance");
const QString encodingDir = QStringLiteral(VASTQT_TEST_DATA_DIR "/encoding");
const QString specDir = QStringLiteral(VASTQT_TEST_DATA_DIR "/spec");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray corpus(const QString &relativePath)
{
    const QByteArray data = readFile(corpusDir + u'/' + relativePath);
    if (data.isEmpty())
        qWarning("corpus file %s is missing", qPrintable(relativePath));
    return data;
}

bool isVast1(const QByteArray &data)
{
    return data.contains("<VideoAdServingTemplate");
}

QString goldenPath(QString relativePath)
{
    relativePath.replace(u'/', u'_').replace(u' ', u'_');
    return goldenDir + u'/' + relativePath + u".expected"_s;
}

// A minimal VAST 4.1 InLine with \a creativeBody inside <Creative>.
QByteArray inLine(const QByteArray &inLineBody)
{
    return "<VAST version=\"4.1\"><Ad id=\"a1\"><InLine><AdSystem>sys</AdSystem><AdTitle>t</AdTitle>"
           "<Impression>http://i</Impression>"
        + inLineBody + "</InLine></Ad></VAST>";
}

QByteArray linearAd(const QByteArray &linearAttributes, const QByteArray &linearBody)
{
    return inLine("<Creatives><Creative id=\"c1\"><Linear" + linearAttributes + ">" + linearBody
                  + "</Linear></Creative></Creatives>");
}

bool hasWarningContaining(const VastParseResult &r, QLatin1StringView text)
{
    for (const QString &w : r.warnings) {
        if (w.contains(text))
            return true;
    }
    return false;
}

} // namespace

class tst_VastParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // the IAB corpus
    void goldenFiles_data();
    void goldenFiles();
    void corpusIsComplete();
    void vast1SamplesReport102_data();
    void vast1SamplesReport102();

    // chosen samples
    void inlineLinear41();
    void wrapper41Attributes();
    void wrapperDefaults();
    void categories();
    void universalAdId40UsesIdValue();
    void universalAdId41UsesContent();
    void universalAdIdMulti42();
    void viewableImpression();
    void adVerification();
    void closedCaptions();
    void mezzanineAndInteractive();
    void audioDaast();
    void iconClickFallbacks();
    void vast2CompanionAndNonLinear();
    void extensionsAreRawXml();

    // the spec's attribute defaults and ids, in the model and the JSON
    void specAttributes_data();
    void specAttributes();
    void modelDefaults();
    void everySpecIdIsKept();

    // structure and tolerance
    void noAdResponseKeepsRootErrors();
    void namespacePrefixesAreIgnored();
    void cdataAndWhitespaceAreTrimmed();
    void booleanAttributes_data();
    void booleanAttributes();
    void skipoffset_data();
    void skipoffset();
    void nonFatalFindingsAreWarnings();
    void unusableAdsAreDropped();
    void maxAdsLimitsAds();
    void warningsAreCapped();
    void encodingDeclarationIsHonoured();
    void utf16WithBom();
    void rawXmlAfterNonAsciiText();
    void rawXmlInDeclaredEncoding_data();
    void rawXmlInDeclaredEncoding();

    // what real ad servers send: read, with a warning saying what, where and the line
    void toleranceGoldenFiles_data();
    void toleranceGoldenFiles();
    void durationInPlainSeconds_data();
    void durationInPlainSeconds();
    void legacyVastAdTagUrlIsReadAsVastAdTagUri();
    void bareAmpersandIsReadAsEscaped();
    void inLineAndWrapperInAnyCase();
    void creativeWithSeveralKindsIsSplit();
    void vastAdTagUriWinsOverLegacyForm();
    void attributeCaseVariantsAreRead();
    void vast2AdIdSpellingIsNotWarned();
    void protocolRelativeUrisAreWarnedAndResolved();
    void adVerificationsFromExtensions();
    void adVerificationsFromElementAndExtensionBothKept();

    // errors
    void errors_data();
    void errors();
    void hostileFiles_data();
    void hostileFiles();
    void rootErrorsSurviveFailure();
    void deepNesting();
    void startTagLimits();
    void nestingAtTheLimitIsAccepted();
    void deepNestingInsideSkippedElement();
    void oversizedDocument();
    void randomGarbage();
};

void tst_VastParser::initTestCase()
{
    // Without the corpus the functions that need it skip (VASTQT_REQUIRE_CORPUS); the rest run.
    if (VastQtTest::hasCorpus("iab"))
        QVERIFY2(QDir(corpusDir).exists(), qPrintable(corpusDir));
    else
        qInfo("%s", VastQtTest::corpusSkipMessage("iab").constData());
}

// --- the IAB corpus ----------------------------------------------------------------------

void tst_VastParser::goldenFiles_data()
{
    VASTQT_REQUIRE_CORPUS("iab");
    QTest::addColumn<QString>("relativePath");
    QStringList files;
    QDirIterator it(corpusDir, {u"*.xml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(corpusDir).relativeFilePath(it.next()));
    files.sort();
    for (const QString &file : std::as_const(files)) {
        if (!isVast1(readFile(corpusDir + u'/' + file)))
            QTest::newRow(qPrintable(file)) << file;
    }
}

void tst_VastParser::goldenFiles()
{
    QFETCH(QString, relativePath);
    const VastParseResult result = VastParser::parse(readFile(corpusDir + u'/' + relativePath));
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QVERIFY(!result.document.ads.isEmpty());

    const QByteArray actual = QJsonDocument(VastJson::toJson(result.document)).toJson(QJsonDocument::Indented);
    const QString expectedPath = goldenPath(relativePath);
    if (qEnvironmentVariableIntValue("VASTQT_REGENERATE_GOLDEN") == 1) {
        QFile out(expectedPath);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(expectedPath));
        out.write(actual);
        qInfo("regenerated %s", qPrintable(expectedPath));
        return;
    }
    QFile in(expectedPath);
    QVERIFY2(in.open(QIODevice::ReadOnly),
             qPrintable(u"missing %1 (run with VASTQT_REGENERATE_GOLDEN=1 and review it)"_s.arg(expectedPath)));
    const QByteArray expected = in.readAll();
    if (actual == expected)
        return;
    // Compare line by line, so the failure names the first line that differs.
    const QList<QByteArray> actualLines = actual.split('\n');
    const QList<QByteArray> expectedLines = expected.split('\n');
    for (qsizetype i = 0; i < qMin(actualLines.size(), expectedLines.size()); ++i) {
        const QString actualLine = u"line %1: %2"_s.arg(i + 1).arg(QString::fromUtf8(actualLines.at(i)));
        const QString expectedLine = u"line %1: %2"_s.arg(i + 1).arg(QString::fromUtf8(expectedLines.at(i)));
        QCOMPARE(actualLine, expectedLine);
    }
    QCOMPARE(actualLines.size(), expectedLines.size());
}

void tst_VastParser::corpusIsComplete()
{
    VASTQT_REQUIRE_CORPUS("iab");
    // 75 samples, 6 of them VAST 1.0: a corpus that shrank would silently test less.
    int vast1 = 0;
    int total = 0;
    QDirIterator it(corpusDir, {u"*.xml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        ++total;
        if (isVast1(readFile(it.next())))
            ++vast1;
    }
    QCOMPARE(total, 75);
    QCOMPARE(vast1, 6);
    // Every golden file belongs to a sample (no stale expectations).
    const QStringList golden = QDir(goldenDir).entryList({u"*.expected"_s}, QDir::Files);
    QCOMPARE(golden.size(), total - vast1);
}

void tst_VastParser::vast1SamplesReport102_data()
{
    VASTQT_REQUIRE_CORPUS("iab");
    QTest::addColumn<QString>("relativePath");
    QDirIterator it(corpusDir, {u"*.xml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isVast1(readFile(path))) {
            const QString relative = QDir(corpusDir).relativeFilePath(path);
            QTest::newRow(qPrintable(relative)) << relative;
        }
    }
}

void tst_VastParser::vast1SamplesReport102()
{
    QFETCH(QString, relativePath);
    const VastParseResult result = VastParser::parse(corpus(relativePath));
    QCOMPARE(result.error, ErrorCode::VersionNotSupported);
    QVERIFY(!result.ok());
    QVERIFY(result.errorString.contains("VideoAdServingTemplate"_L1));
    QVERIFY(result.document.ads.isEmpty());
}

// --- chosen samples ----------------------------------------------------------------------

void tst_VastParser::inlineLinear41()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const VastParseResult r = VastParser::parse(corpus(u"VAST 4.1 Samples/Inline_Linear_Tag-test.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.warnings, QStringList());
    QCOMPARE(r.document.version, u"4.1"_s);
    QCOMPARE(r.document.errors, QStringList());
    QCOMPARE(r.document.ads.size(), 1);
    const Ad &ad = r.document.ads.first();
    QCOMPARE(ad.id, u"20001"_s);
    QCOMPARE(ad.sequence, 1);
    QCOMPARE(ad.type, Ad::Type::InLine);
    QCOMPARE(ad.adSystem.name, u"iabtechlab"_s);
    QCOMPARE(ad.adSystem.version, u"4.1"_s);
    QCOMPARE(ad.adTitle, u"iabtechlab video ad"_s);
    QCOMPARE(ad.adServingId, u"a532d16d-4d7f-4440-bd29-2ec0e693fc80"_s);
    QCOMPARE(ad.errors, QStringList{u"https://example.com/error"_s});
    QCOMPARE(ad.impressions.size(), 1);
    QCOMPARE(ad.impressions.first().id, u"Impression-ID"_s);
    QCOMPARE(ad.impressions.first().url, u"https://example.com/track/impression"_s);
    QCOMPARE(ad.pricing.model, u"cpm"_s);
    QCOMPARE(ad.pricing.currency, u"USD"_s);
    QCOMPARE(ad.pricing.value, u"25.00"_s);
    QCOMPARE(ad.expires, -1);

    QCOMPARE(ad.creatives.size(), 1);
    const Creative &creative = ad.creatives.first();
    QCOMPARE(creative.kind, Creative::Kind::Linear);
    QCOMPARE(creative.id, u"5480"_s);
    QCOMPARE(creative.adId, u"2447226"_s);
    QCOMPARE(creative.sequence, 1);
    QCOMPARE(creative.universalAdIds.size(), 1);
    QCOMPARE(creative.universalAdIds.first().idRegistry, u"Ad-ID"_s);
    QCOMPARE(creative.universalAdIds.first().value, u"8465"_s);

    const Linear &linear = creative.linear;
    QCOMPARE(linear.durationMs, 16000);
    QVERIFY(linear.skipoffset.isEmpty());
    QCOMPARE(linear.skipoffsetMs(), -1);
    QCOMPARE(linear.trackingEvents.size(), 6);
    QCOMPARE(linear.trackingEvents.at(0).event, u"start"_s);
    QCOMPARE(linear.trackingEvents.at(0).url, u"https://example.com/tracking/start"_s);
    QCOMPARE(linear.trackingEvents.at(1).event, u"progress"_s);
    QCOMPARE(linear.trackingEvents.at(1).offset, u"00:00:10"_s);
    QCOMPARE(linear.trackingEvents.at(1).url, u"http://example.com/tracking/progress-10"_s);
    QCOMPARE(parseVastTime(linear.trackingEvents.at(1).offset, linear.durationMs), 10000);
    QVERIFY(linear.trackingEvents.at(2).offset.isEmpty());

    QCOMPARE(linear.mediaFiles.size(), 3);
    const MediaFile &mf = linear.mediaFiles.first();
    QCOMPARE(mf.id, u"5241"_s);
    QCOMPARE(mf.delivery, u"progressive"_s);
    QCOMPARE(mf.type, u"video/mp4"_s);
    QCOMPARE(mf.bitrate, 2000);
    QCOMPARE(mf.minBitrate, 1500);
    QCOMPARE(mf.maxBitrate, 2500);
    QCOMPARE(mf.width, 1280);
    QCOMPARE(mf.height, 720);
    QCOMPARE(mf.scalable, true);
    QCOMPARE(mf.maintainAspectRatio, true);
    QCOMPARE(mf.codec, u"H.264"_s);
    QCOMPARE(mf.url, u"https://iab-publicfiles.s3.amazonaws.com/vast/VAST-4.0-Short-Intro.mp4"_s);
    QCOMPARE(linear.mediaFiles.at(2).width, 640);
    QCOMPARE(linear.mediaFiles.at(2).url,
             u"https://iab-publicfiles.s3.amazonaws.com/vast/VAST-4.0-Short-Intro-low-resolution.mp4"_s);

    QCOMPARE(linear.videoClicks.clickThrough.id, u"blog"_s);
    QCOMPARE(linear.videoClicks.clickThrough.url, u"https://iabtechlab.com"_s);
    QVERIFY(linear.videoClicks.clickTracking.isEmpty());
}

void tst_VastParser::wrapper41Attributes()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const VastParseResult r = VastParser::parse(corpus(u"VAST 4.1 Samples/Wrapper_Tag-test.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.document.ads.size(), 1);
    const Ad &ad = r.document.ads.first();
    QCOMPARE(ad.type, Ad::Type::Wrapper);
    QVERIFY(ad.isWrapper());
    QCOMPARE(ad.id, u"20011"_s);
    QCOMPARE(ad.vastAdTagUri,
             u"https://raw.githubusercontent.com/InteractiveAdvertisingBureau/VAST_Samples/master/VAST%204.0%20Samples/Inline_Companion_Tag-test.xml"_s);
    QCOMPARE(ad.followAdditionalWrappers, false);
    QCOMPARE(ad.allowMultipleAds, true);
    QCOMPARE(ad.fallbackOnNoAd, false);
    QCOMPARE(ad.adSystem.version, u"4.0"_s);
    QCOMPARE(ad.errors, QStringList{u"https://example.com/error"_s});
    QCOMPARE(ad.creatives.size(), 1);
    const Creative &creative = ad.creatives.first();
    QCOMPARE(creative.kind, Creative::Kind::Companion);
    QCOMPARE(creative.companionAds.companions.size(), 1);
    const Companion &c = creative.companionAds.companions.first();
    QCOMPARE(c.id, u"1232"_s);
    QCOMPARE(c.width, 100);
    QCOMPARE(c.height, 150);
    QCOMPARE(c.assetWidth, 250);
    QCOMPARE(c.assetHeight, 200);
    QCOMPARE(c.expandedWidth, 350);
    QCOMPARE(c.expandedHeight, 250);
    QCOMPARE(c.apiFramework, u"VPAID"_s);
    QCOMPARE(c.adSlotId, u"3214"_s);
    QCOMPARE(c.pxratio, u"1400"_s);
    QCOMPARE(c.resources.size(), 1);
    QCOMPARE(c.resources.first().kind, u"static"_s);
    QCOMPARE(c.resources.first().creativeType, u"image/png"_s);
    QCOMPARE(c.resources.first().content, u"https://www.iab.com/wp-content/uploads/2014/09/iab-tech-lab-6-644x290.png"_s);
    QCOMPARE(c.companionClickThrough, u"https://iabtechlab.com"_s);
}

void tst_VastParser::wrapperDefaults()
{
    VASTQT_REQUIRE_CORPUS("iab");
    // No attributes on <Wrapper>: followAdditionalWrappers defaults to true, the others to false.
    const VastParseResult r = VastParser::parse(corpus(u"VAST 1-2.0 Samples/Tremor-Video-Samples/vast_wrapper_linear_1.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.document.version, u"2.0"_s);
    const Ad &ad = r.document.ads.first();
    QVERIFY(ad.isWrapper());
    QCOMPARE(ad.vastAdTagUri, u"http://demo.tremormedia.com/proddev/vast/vast_inline_linear.xml"_s);
    QCOMPARE(ad.followAdditionalWrappers, true);
    QCOMPARE(ad.allowMultipleAds, false);
    QCOMPARE(ad.fallbackOnNoAd, false);
    QCOMPARE(ad.impressions.first().url, u"http://example.com/trackingurl/wrapper/impression"_s);
    // VAST 2.0 spells the creative's ad id "AdID"; wrapper Linears carry only tracking.
    QCOMPARE(ad.creatives.size(), 3);
    QCOMPARE(ad.creatives.at(0).adId, u"602833"_s);
    QCOMPARE(ad.creatives.at(0).linear.durationMs, -1);
    QCOMPARE(ad.creatives.at(0).linear.trackingEvents.size(), 11);
    QCOMPARE(ad.creatives.at(0).linear.trackingEvents.last().event, u"fullscreen"_s);
    QCOMPARE(ad.creatives.at(1).linear.videoClicks.clickTracking.first().url,
             u"http://example.com/trackingurl/wrapper/click"_s);
    QCOMPARE(ad.creatives.at(2).kind, Creative::Kind::NonLinear);
    QCOMPARE(ad.creatives.at(2).adId, u"602833-NonLinearTracking"_s);
    // Missing Duration/MediaFiles are normal in a Wrapper: no warnings for them.
    QVERIFY(!hasWarningContaining(r, "Duration"_L1));
}

void tst_VastParser::categories()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const VastParseResult r = VastParser::parse(corpus(u"VAST 4.1 Samples/Category-test.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const Ad &ad = r.document.ads.first();
    QCOMPARE(ad.categories.size(), 3);
    QCOMPARE(ad.categories.at(0).authority, u"https://www.iabtechlab.com/categoryauthority"_s);
    QCOMPARE(ad.categories.at(0).code, u"American Cuisine"_s);
    QCOMPARE(ad.categories.at(1).code, u"Guitar"_s);
    QCOMPARE(ad.categories.at(2).code, u"Vegan"_s);
}

void tst_VastParser::universalAdId40UsesIdValue()
{
    VASTQT_REQUIRE_CORPUS("iab");
    // VAST 4.0: idValue is the required attribute. This sample's content disagrees (1234).
    const VastParseResult r = VastParser::parse(corpus(u"VAST 4.0 Samples/SSAI_stitching_mezzanine_file_support-test.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const UniversalAdId id = r.document.ads.first().creatives.first().universalAdIds.first();
    QCOMPARE(id.idRegistry, u"Ad-ID"_s);
    QCOMPARE(id.value, u"8465"_s);
    QVERIFY(hasWarningContaining(r, "idValue \"8465\" differs from its content \"1234\""_L1));

    // The same element in a 4.1 document: the content is the source of truth.
    QByteArray xml = readFile(corpusDir + u"/VAST 4.0 Samples/SSAI_stitching_mezzanine_file_support-test.xml"_s);
    xml.replace("<VAST version=\"4.0\"", "<VAST version=\"4.1\"");
    const VastParseResult r41 = VastParser::parse(xml);
    QVERIFY2(r41.ok(), qPrintable(r41.errorString));
    QCOMPARE(r41.document.ads.first().creatives.first().universalAdIds.first().value, u"1234"_s);

    // 4.0 with only the attribute, empty content.
    const VastParseResult onlyAttr = VastParser::parse(
        "<VAST version=\"4.0\"><Ad><InLine><AdSystem>s</AdSystem><AdTitle>t</AdTitle><Impression>http://i</Impression>"
        "<Creatives><Creative><UniversalAdId idRegistry=\"Ad-ID\" idValue=\"X1\"/><Linear><Duration>00:00:01</Duration>"
        "<MediaFiles><MediaFile type=\"video/mp4\">http://m</MediaFile></MediaFiles></Linear></Creative></Creatives>"
        "</InLine></Ad></VAST>");
    QVERIFY2(onlyAttr.ok(), qPrintable(onlyAttr.errorString));
    QCOMPARE(onlyAttr.document.ads.first().creatives.first().universalAdIds.first().value, u"X1"_s);
}

void tst_VastParser::universalAdId41UsesContent()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const VastParseResult r = VastParser::parse(corpus(u"VAST 4.1 Samples/Universal_Ad_ID-test.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const Creative &creative = r.document.ads.first().creatives.first();
    QCOMPARE(creative.universalAdIds.size(), 1);
    QCOMPARE(creative.universalAdIds.first().idRegistry, u"Ad-ID"_s);
    QCOMPARE(creative.universalAdIds.first().value, u"8465"_s);
}

void tst_VastParser::universalAdIdMulti42()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const VastParseResult r = VastParser::parse(corpus(u"VAST 4.2 Samples/Universal_Ad_ID-multi-test.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const Creative &creative = r.document.ads.first().creatives.first();
    QCOMPARE(creative.universalAdIds.size(), 3);
    QCOMPARE(creative.universalAdIds.at(1).idRegistry, u"FooId"_s);
    QCOMPARE(creative.universalAdIds.at(1).value, u"9999"_s);
    QCOMPARE(creative.universalAdIds.at(2).idRegistry, u"BarId"_s);
    QCOMPARE(creative.universalAdIds.at(2).value, u"ADSe9999"_s);
}

void tst_VastParser::viewableImpression()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const VastParseResult r = VastParser::parse(corpus(u"VAST 4.1 Samples/Viewable_Impression-test.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const Ad &ad = r.document.ads.first();
    QVERIFY(ad.isWrapper());
    const QString url = u"https://search.iabtechlab.com/error?errcode=102&imprid=s5-ea2f7f298e28c0c98374491aec3dfeb1&ts=1243"_s;
    QCOMPARE(ad.viewableImpression.id, u"1543"_s);
    // Each URI carries its ViewableImpression's id.
    QCOMPARE(ad.viewableImpression.viewable, (QList<VastUri>{{u"1543"_s, url}}));
    QCOMPARE(ad.viewableImpression.notViewable, (QList<VastUri>{{u"1543"_s, url}}));
    QCOMPARE(ad.viewableImpression.viewUndetermined, (QList<VastUri>{{u"1543"_s, url}}));
    QVERIFY(!ad.viewableImpression.isEmpty());
}

void tst_VastParser::adVerification()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const VastParseResult r = VastParser::parse(corpus(u"VAST 4.1 Samples/Ad_Verification-test.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const Ad &ad = r.document.ads.first();
    QCOMPARE(ad.adVerifications.size(), 2);
    QCOMPARE(ad.adVerifications.at(0).javaScriptResources.size(), 1);
    QCOMPARE(ad.adVerifications.at(0).javaScriptResources.first().url,
             u"https://verificationcompany1.com/verification_script1.js"_s);
    QCOMPARE(ad.adVerifications.at(1).javaScriptResources.first().url, u"https://verificationcompany.com/untrusted.js"_s);
    // The samples leave out the required vendor: kept, with a warning.
    QVERIFY(ad.adVerifications.at(0).vendor.isEmpty());
    QVERIFY(hasWarningContaining(r, "<Verification> has no vendor"_L1));
    QCOMPARE(ad.advertiser.name, u"IAB Sample Company"_s);
    // <Category authority="foo" /> has no code.
    QCOMPARE(ad.categories.size(), 1);
    QCOMPARE(ad.categories.first().authority, u"foo"_s);
    QVERIFY(hasWarningContaining(r, "<Category authority=\"foo\"> has no code"_L1));

    // The full 4.3 form.
    const VastParseResult full = VastParser::parse(inLine(
        "<AdVerifications><Verification vendor=\"company.com-omid\">"
        "<JavaScriptResource apiFramework=\"omid\" browserOptional=\"true\"><![CDATA[ https://company.com/omid.js ]]></JavaScriptResource>"
        "<ExecutableResource apiFramework=\"custom\" type=\"application/x-native\">native://verify</ExecutableResource>"
        "<TrackingEvents><Tracking event=\"verificationNotExecuted\"><![CDATA[https://company.com/pixel.jpg?error=[REASON]]]></Tracking></TrackingEvents>"
        "<VerificationParameters><![CDATA[ parameter1=value1&parameter2=value2 ]]></VerificationParameters>"
        "</Verification></AdVerifications><Creatives/>"));
    QVERIFY2(full.ok(), qPrintable(full.errorString));
    const Verification &v = full.document.ads.first().adVerifications.first();
    QCOMPARE(v.vendor, u"company.com-omid"_s);
    QCOMPARE(v.javaScriptResources.first().apiFramework, u"omid"_s);
    QCOMPARE(v.javaScriptResources.first().browserOptional, true);
    QCOMPARE(v.javaScriptResources.first().url, u"https://company.com/omid.js"_s);
    QCOMPARE(v.executableResources.size(), 1);
    QCOMPARE(v.executableResources.first().type, u"application/x-native"_s);
    QCOMPARE(v.executableResources.first().url, u"native://verify"_s);
    QCOMPARE(v.trackingEvents.size(), 1);
    QCOMPARE(v.trackingEvents.first().event, u"verificationNotExecuted"_s);
    QCOMPARE(v.trackingEvents.first().url, u"https://company.com/pixel.jpg?error=[REASON]"_s);
    QCOMPARE(v.verificationParameters, u"parameter1=value1&parameter2=value2"_s);
}

void tst_VastParser::closedCaptions()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const VastParseResult r = VastParser::parse(corpus(u"VAST 4.2 Samples/Closed_Caption_Test.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const Linear &linear = r.document.ads.first().creatives.first().linear;
    QCOMPARE(linear.closedCaptionFiles.size(), 4);
    QCOMPARE(linear.closedCaptionFiles.at(0).type, u"text/srt"_s);
    QCOMPARE(linear.closedCaptionFiles.at(0).language, u"en"_s);
    QCOMPARE(linear.closedCaptionFiles.at(0).url, u"https://mycdn.example.com/creatives/creative001.srt"_s);
    QCOMPARE(linear.closedCaptionFiles.at(2).type, u"text/vtt"_s);
    QCOMPARE(linear.closedCaptionFiles.at(2).language, u"zh-TW"_s);
    QCOMPARE(linear.closedCaptionFiles.at(3).type, u"application/ttml+xml"_s);
    QCOMPARE(linear.closedCaptionFiles.at(3).url, u"https://mycdn.example.com/creatives/creative001.ttml"_s);
    // The captions do not displace the media files.
    QCOMPARE(linear.mediaFiles.size(), 3);
    // UniversalAdId after <Linear> is still read.
    QCOMPARE(r.document.ads.first().creatives.first().universalAdIds.first().value, u"8465"_s);
}

void tst_VastParser::mezzanineAndInteractive()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const VastParseResult r = VastParser::parse(corpus(u"VAST 4.1 Samples/SSAI_stitching_mezzanine_file_support-test.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const Linear &linear = r.document.ads.first().creatives.first().linear;
    QCOMPARE(linear.mediaFiles.size(), 3);
    QCOMPARE(linear.mezzanines.size(), 1);
    const Mezzanine &m = linear.mezzanines.first();
    QCOMPARE(m.delivery, u"streaming"_s);
    QCOMPARE(m.width, 1280);
    QCOMPARE(m.height, 120);
    QCOMPARE(m.type, u"video/mp4"_s);
    QCOMPARE(m.url, u"rtsp://pilot.iabtechlab.com/rawvideo?type=complete&imprid=s5-ea2f7f298e28c0c98374491aec3dfeb1&ts=4235"_s);

    const VastParseResult vpaid = VastParser::parse(corpus(u"VAST 4.0 Samples/SSAI_stitching _VPAID_separation-test.xml"_s));
    QVERIFY2(vpaid.ok(), qPrintable(vpaid.errorString));
    const Linear &l2 = vpaid.document.ads.first().creatives.first().linear;
    QCOMPARE(l2.mediaFiles.size(), 1);
    QCOMPARE(l2.mezzanines.size(), 1);
    QCOMPARE(l2.interactiveCreativeFiles.size(), 1);
    QCOMPARE(l2.interactiveCreativeFiles.first().url,
             u"http://pilot.iabtechlab.com/beacon?type=complete&imprid=s5-ea2f7f298e28c0c98374491aec3dfeb1&ts=4235"_s);
    QCOMPARE(l2.interactiveCreativeFiles.first().variableDuration, false);
}

void tst_VastParser::audioDaast()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const VastParseResult r = VastParser::parse(corpus(u"VAST 4.1 Samples/Audio_DAAST_Sample.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const Ad &ad = r.document.ads.first();
    QCOMPARE(ad.adType, u"audio"_s);
    QCOMPARE(ad.id, u"20007"_s);
    QCOMPARE(ad.conditionalAd, false);
    QCOMPARE(ad.adTitle, u"iabtechlab audio ad"_s);
    const Linear &linear = ad.creatives.first().linear;
    QCOMPARE(linear.durationMs, 16000);
    QCOMPARE(linear.mediaFiles.first().codec, u"FLAC"_s);
}

void tst_VastParser::iconClickFallbacks()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const VastParseResult r = VastParser::parse(corpus(u"VAST 4.2 Samples/IconClickFallbacks.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const Linear &linear = r.document.ads.first().creatives.first().linear;
    QCOMPARE(linear.icons.size(), 1);
    const Icon &icon = linear.icons.first();
    QCOMPARE(icon.resources.size(), 1);
    QCOMPARE(icon.resources.first().kind, u"static"_s);
    QCOMPARE(icon.resources.first().creativeType, u"image/png"_s);
    QCOMPARE(icon.resources.first().content, u"https://example.org/images/ad_icon_img.png"_s);
    QCOMPARE(icon.durationMs, -1);
    QCOMPARE(icon.offsetMs, -1);
    QCOMPARE(icon.clickFallbackImages.size(), 1);
    QCOMPARE(icon.clickFallbackImages.first().altText, u"The live click interaction"_s);
    QCOMPARE(icon.clickFallbackImages.first().url, u"https://example.org/images/ad_icon_clicked.png"_s);
    QVERIFY(icon.clickThrough.isEmpty());

    // The remaining Icon attributes and children.
    const VastParseResult full = VastParser::parse(linearAd(
        "", "<Duration>00:00:30</Duration><MediaFiles><MediaFile type=\"video/mp4\">http://m</MediaFile></MediaFiles>"
            "<Icons><Icon program=\"AdChoices\" width=\"20\" height=\"15\" xPosition=\"right\" yPosition=\"10\" "
            "duration=\"00:00:05.500\" offset=\"00:00:02\" apiFramework=\"none\" pxratio=\"2\" altText=\"alt\" hoverText=\"hover\">"
            "<IFrameResource>http://icon/frame.html</IFrameResource><HTMLResource><![CDATA[<b>i</b>]]></HTMLResource>"
            "<IconClicks><IconClickThrough>http://choices</IconClickThrough><IconClickTracking id=\"t\">http://ct1</IconClickTracking>"
            "<IconClickTracking>http://ct2</IconClickTracking></IconClicks>"
            "<IconViewTracking>http://view</IconViewTracking></Icon></Icons>"));
    QVERIFY2(full.ok(), qPrintable(full.errorString));
    const Icon &i = full.document.ads.first().creatives.first().linear.icons.first();
    QCOMPARE(i.program, u"AdChoices"_s);
    QCOMPARE(i.width, 20);
    QCOMPARE(i.height, 15);
    QCOMPARE(i.xPosition, u"right"_s);
    QCOMPARE(i.yPosition, u"10"_s);
    QCOMPARE(i.durationMs, 5500);
    QCOMPARE(i.offsetMs, 2000);
    QCOMPARE(i.pxratio, u"2"_s);
    QCOMPARE(i.altText, u"alt"_s);
    QCOMPARE(i.hoverText, u"hover"_s);
    QCOMPARE(i.resources.size(), 2);
    QCOMPARE(i.resources.at(0).kind, u"iframe"_s);
    QCOMPARE(i.resources.at(1).kind, u"html"_s);
    QCOMPARE(i.resources.at(1).content, u"<b>i</b>"_s);
    QCOMPARE(i.clickThrough, u"http://choices"_s);
    QCOMPARE(i.clickTracking, (QList<VastUri>{{u"t"_s, u"http://ct1"_s}, {QString(), u"http://ct2"_s}}));
    QCOMPARE(i.viewTracking, QStringList{u"http://view"_s});
}

void tst_VastParser::vast2CompanionAndNonLinear()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const VastParseResult r = VastParser::parse(corpus(u"VAST 1-2.0 Samples/Tremor-Video-Samples/vast_inline_nonlinear.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const Ad &ad = r.document.ads.first();
    QCOMPARE(ad.description, u"NonLinear Test Campaign 1"_s);
    QCOMPARE(ad.surveys.size(), 1);
    QCOMPARE(ad.surveys.first().url, u"http://mySurveyURL/survey"_s);
    QCOMPARE(ad.creatives.size(), 2);
    const NonLinearAds &nl = ad.creatives.at(0).nonLinearAds;
    QCOMPARE(nl.trackingEvents.size(), 5);
    QCOMPARE(nl.trackingEvents.at(1).event, u"expand"_s);
    QCOMPARE(nl.nonLinears.size(), 2);
    QCOMPARE(nl.nonLinears.at(0).width, 300);
    QCOMPARE(nl.nonLinears.at(0).height, 50);
    QCOMPARE(nl.nonLinears.at(0).minSuggestedDurationMs, 15000);
    QCOMPARE(nl.nonLinears.at(1).minSuggestedDurationMs, 20000);
    QCOMPARE(nl.nonLinears.at(0).resources.first().content, u"http://demo.tremormedia.com/proddev/vast/50x300_static.jpg"_s);
    QCOMPARE(nl.nonLinears.at(0).resources.first().creativeType, u"image/jpeg"_s);
    QCOMPARE(nl.nonLinears.at(0).clickThrough, u"http://www.tremormedia.com"_s);
    const CompanionAds &ca = ad.creatives.at(1).companionAds;
    QCOMPARE(ca.companions.size(), 2);
    QCOMPARE(ca.companions.at(1).width, 728);
    QCOMPARE(ca.companions.at(1).trackingEvents.size(), 1);
    QCOMPARE(ca.companions.at(1).trackingEvents.first().event, u"creativeView"_s);
    QCOMPARE(ca.companions.at(1).companionClickThrough, u"http://www.tremormedia.com"_s);

    // HTMLResource in CDATA, trimmed, markup intact.
    const VastParseResult html = VastParser::parse(corpus(u"VAST 1-2.0 Samples/Inline_LinearRegular_VAST2.0.xml"_s));
    QVERIFY2(html.ok(), qPrintable(html.errorString));
    const CreativeResource &res = html.document.ads.first().creatives.at(1).companionAds.companions.first().resources.first();
    QCOMPARE(res.kind, u"html"_s);
    QVERIFY(res.content.startsWith("<A onClick=\"var i= new Image(1,1);"_L1));
    QVERIFY(res.content.endsWith("height=\"1\" width=\"1\">"_L1));
    QCOMPARE(html.document.ads.first().creatives.first().linear.videoClicks.clickThrough.url, u"http://www.target.com"_s);
}

void tst_VastParser::extensionsAreRawXml()
{
    VASTQT_REQUIRE_CORPUS("iab");
    const VastParseResult r = VastParser::parse(corpus(u"VAST 4.1 Samples/Inline_Linear_Tag-test.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.document.ads.first().extensions,
             u"<Extensions>\n"
             "        <Extension type=\"iab-Count\">\n"
             "          <total_available>\n"
             "            <![CDATA[ 2 ]]>\n"
             "          </total_available>\n"
             "        </Extension>\n"
             "      </Extensions>"_s);

    const VastParseResult ce = VastParser::parse(linearAd(
        "", "<Duration>00:00:01</Duration><MediaFiles><MediaFile type=\"video/mp4\">http://m</MediaFile></MediaFiles>"));
    QVERIFY(ce.document.ads.first().creatives.first().creativeExtensions.isEmpty());
    const VastParseResult ce2 = VastParser::parse(inLine(
        "<Creatives><Creative><CreativeExtensions><CreativeExtension type=\"application/json\" xmlns:x=\"urn:x\">"
        "<x:a b='1'>{\"k\": 1}</x:a></CreativeExtension></CreativeExtensions><CompanionAds/>"
        "</Creative></Creatives><Extensions/>"));
    QVERIFY2(ce2.ok(), qPrintable(ce2.errorString));
    QCOMPARE(ce2.document.ads.first().creatives.first().creativeExtensions,
             u"<CreativeExtensions><CreativeExtension type=\"application/json\" xmlns:x=\"urn:x\">"
             "<x:a b='1'>{\"k\": 1}</x:a></CreativeExtension></CreativeExtensions>"_s);
    QCOMPARE(ce2.document.ads.first().extensions, u"<Extensions/>"_s);
}

// --- the spec's defaults and ids ---------------------------------------------------------------

// VAST 4.3's attribute tables give these defaults: Ad@adType "video" (§3.3),
// UniversalAdId content and idRegistry "unknown" (§3.7.1), MediaFile@mediaType and
// Mezzanine@mediaType "2D" (§3.9.1, §3.9.2), Icon@pxratio "1" (§3.11.1), Companion@pxratio
// "1" and @renderingMode "default" (§3.13.1), Wrapper@followAdditionalWrappers true and
// @allowMultipleAds false (§3.19). The booleans without a spec default (scalable,
// maintainAspectRatio, AdParameters@xmlEncoded, fallbackOnNoAd) are false. Row "absent"
// leaves every one out, row "present" sends each with another value, which wins.
void tst_VastParser::specAttributes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("adType");
    QTest::addColumn<QStringList>("universalAdId"); // idRegistry, value
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QString>("mezzanineMediaType");
    QTest::addColumn<QString>("iconPxratio");
    QTest::addColumn<QString>("companionPxratio");
    QTest::addColumn<QString>("renderingMode");
    QTest::addColumn<bool>("scalable"); // and maintainAspectRatio, of the MediaFile and the NonLinear
    QTest::addColumn<bool>("xmlEncoded"); // of the Linear's, the NonLinear's, the Companion's AdParameters
    QTest::addColumn<QString>("wrapperAdType");
    QTest::addColumn<QList<bool>>("wrapperFlags"); // followAdditionalWrappers, allowMultipleAds, fallbackOnNoAd
    QTest::addRow("absent") << u"defaults-absent.xml"_s << u"video"_s << QStringList{u"unknown"_s, u"unknown"_s} << u"2D"_s
                            << u"2D"_s << u"1"_s << u"1"_s << u"default"_s << false << false << u"video"_s
                            << QList<bool>{true, false, false};
    QTest::addRow("present") << u"defaults-present.xml"_s << u"audio"_s << QStringList{u"ad-id.org"_s, u"DEFS0001000H"_s}
                             << u"360"_s << u"3D"_s << u"2"_s << u"3"_s << u"end-card"_s << true << true << u"hybrid"_s
                             << QList<bool>{false, true, true};
}

void tst_VastParser::specAttributes()
{
    QFETCH(QString, file);
    QFETCH(QString, adType);
    QFETCH(QStringList, universalAdId);
    QFETCH(QString, mediaType);
    QFETCH(QString, mezzanineMediaType);
    QFETCH(QString, iconPxratio);
    QFETCH(QString, companionPxratio);
    QFETCH(QString, renderingMode);
    QFETCH(bool, scalable);
    QFETCH(bool, xmlEncoded);
    QFETCH(QString, wrapperAdType);
    QFETCH(QList<bool>, wrapperFlags);

    const VastParseResult r = VastParser::parse(readFile(specDir + u'/' + file));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
    QCOMPARE(r.document.ads.size(), 2);
    const Ad &ad = r.document.ads.at(0);
    QCOMPARE(ad.adType, adType);
    QCOMPARE(ad.creatives.size(), 3);
    const Creative &creative = ad.creatives.at(0);
    QCOMPARE(creative.universalAdIds.size(), 1);
    QCOMPARE((QStringList{creative.universalAdIds.first().idRegistry, creative.universalAdIds.first().value}), universalAdId);
    const Linear &linear = creative.linear;
    QVERIFY(!linear.adParameters.isEmpty()); // kept as sent: decoding is the creative's business
    QCOMPARE(linear.adParametersXmlEncoded, xmlEncoded);
    QCOMPARE(linear.mediaFiles.first().mediaType, mediaType);
    QCOMPARE(linear.mediaFiles.first().scalable, scalable);
    QCOMPARE(linear.mediaFiles.first().maintainAspectRatio, scalable);
    QCOMPARE(linear.mezzanines.first().mediaType, mezzanineMediaType);
    QCOMPARE(linear.icons.first().pxratio, iconPxratio);
    const NonLinear &nonLinear = ad.creatives.at(1).nonLinearAds.nonLinears.first();
    QCOMPARE(nonLinear.scalable, scalable);
    QCOMPARE(nonLinear.maintainAspectRatio, scalable);
    QCOMPARE(nonLinear.adParametersXmlEncoded, xmlEncoded);
    const Companion &companion = ad.creatives.at(2).companionAds.companions.first();
    QCOMPARE(companion.pxratio, companionPxratio);
    QCOMPARE(companion.renderingMode, renderingMode);
    QCOMPARE(companion.adParametersXmlEncoded, xmlEncoded); // "present" sends "1" here: an XML Schema boolean
    const Ad &wrapper = r.document.ads.at(1);
    QVERIFY(wrapper.isWrapper());
    QCOMPARE(wrapper.adType, wrapperAdType);
    QCOMPARE((QList<bool>{wrapper.followAdditionalWrappers, wrapper.allowMultipleAds, wrapper.fallbackOnNoAd}), wrapperFlags);

    // The JSON says the same.
    const QJsonArray ads = VastJson::toJson(r.document).value("ads"_L1).toArray();
    const QJsonObject adJson = ads.at(0).toObject();
    QCOMPARE(adJson.value("adType"_L1).toString(), adType);
    const QJsonArray creatives = adJson.value("creatives"_L1).toArray();
    QCOMPARE(creatives.at(0).toObject().value("universalAdIds"_L1).toArray(),
             (QJsonArray{QJsonObject{{u"idRegistry"_s, universalAdId.at(0)}, {u"value"_s, universalAdId.at(1)}}}));
    const QJsonObject linearJson = creatives.at(0).toObject().value("linear"_L1).toObject();
    QCOMPARE(linearJson.value("adParametersXmlEncoded"_L1), QJsonValue(xmlEncoded));
    const QJsonObject mediaFileJson = linearJson.value("mediaFiles"_L1).toArray().first().toObject();
    QCOMPARE(mediaFileJson.value("mediaType"_L1).toString(), mediaType);
    QCOMPARE(mediaFileJson.value("scalable"_L1), QJsonValue(scalable));
    QCOMPARE(mediaFileJson.value("maintainAspectRatio"_L1), QJsonValue(scalable));
    QCOMPARE(linearJson.value("mezzanines"_L1).toArray().first().toObject().value("mediaType"_L1).toString(), mezzanineMediaType);
    QCOMPARE(linearJson.value("icons"_L1).toArray().first().toObject().value("pxratio"_L1).toString(), iconPxratio);
    const QJsonObject nonLinearJson =
        creatives.at(1).toObject().value("nonLinearAds"_L1).toObject().value("nonLinears"_L1).toArray().first().toObject();
    QCOMPARE(nonLinearJson.value("scalable"_L1), QJsonValue(scalable));
    QCOMPARE(nonLinearJson.value("maintainAspectRatio"_L1), QJsonValue(scalable));
    QCOMPARE(nonLinearJson.value("adParametersXmlEncoded"_L1), QJsonValue(xmlEncoded));
    const QJsonObject companionJson =
        creatives.at(2).toObject().value("companionAds"_L1).toObject().value("companions"_L1).toArray().first().toObject();
    QCOMPARE(companionJson.value("pxratio"_L1).toString(), companionPxratio);
    QCOMPARE(companionJson.value("renderingMode"_L1).toString(), renderingMode);
    QCOMPARE(companionJson.value("adParametersXmlEncoded"_L1), QJsonValue(xmlEncoded));
    const QJsonObject wrapperJson = ads.at(1).toObject();
    QCOMPARE(wrapperJson.value("adType"_L1).toString(), wrapperAdType);
    QCOMPARE((QList<bool>{wrapperJson.value("followAdditionalWrappers"_L1).toBool(), wrapperJson.value("allowMultipleAds"_L1).toBool(),
                          wrapperJson.value("fallbackOnNoAd"_L1).toBool()}),
             wrapperFlags);
}

// A model built in code starts from the spec's defaults too.
void tst_VastParser::modelDefaults()
{
    QCOMPARE(Ad().adType, u"video"_s);
    QCOMPARE(Ad().followAdditionalWrappers, true);
    QCOMPARE(Ad().allowMultipleAds, false);
    QCOMPARE(MediaFile().mediaType, u"2D"_s);
    QCOMPARE(Mezzanine().mediaType, u"2D"_s);
    QCOMPARE(Icon().pxratio, u"1"_s);
    QCOMPARE(Companion().pxratio, u"1"_s);
    QCOMPARE(Companion().renderingMode, u"default"_s);
}

// Every id the spec defines (§3.4.4 Impression, §3.4.7 Advertiser, §3.5 ViewableImpression,
// §3.10 ClickThrough/ClickTracking/CustomClick, §3.11.5 IconClickTracking, §3.12.3
// NonLinearClickTracking, §3.13.4 CompanionClickTracking) is in the model and the JSON, where
// the "...Ids" arrays run parallel to the URL arrays ("" for a URI without id).
void tst_VastParser::everySpecIdIsKept()
{
    const VastParseResult r = VastParser::parse(readFile(specDir + u"/ids.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
    const Ad &ad = r.document.ads.first();
    QCOMPARE(ad.advertiser, (Advertiser{u"advertiser-7"_s, u"advertiser.example"_s}));
    QCOMPARE(ad.impressions, (QList<VastUri>{{u"impression-1"_s, u"http://127.0.0.1/impression/1"_s},
                                            {QString(), u"http://127.0.0.1/impression/2"_s}}));
    QCOMPARE(ad.viewableImpression.id, u"viewable-9"_s);
    QCOMPARE(ad.viewableImpression.viewable, (QList<VastUri>{{u"viewable-9"_s, u"http://127.0.0.1/viewable"_s}}));
    QCOMPARE(ad.viewableImpression.notViewable, (QList<VastUri>{{u"viewable-9"_s, u"http://127.0.0.1/not-viewable"_s}}));
    QCOMPARE(ad.viewableImpression.viewUndetermined, (QList<VastUri>{{u"viewable-9"_s, u"http://127.0.0.1/undetermined"_s}}));
    const VideoClicks &clicks = ad.creatives.at(0).linear.videoClicks;
    QCOMPARE(clicks.clickThrough, (VastUri{u"through-1"_s, u"http://127.0.0.1/landing"_s}));
    QCOMPARE(clicks.clickTracking, (QList<VastUri>{{u"tracking-1"_s, u"http://127.0.0.1/click/1"_s},
                                                  {QString(), u"http://127.0.0.1/click/2"_s}}));
    QCOMPARE(clicks.customClick, (QList<VastUri>{{u"custom-1"_s, u"http://127.0.0.1/custom/1"_s},
                                                {QString(), u"http://127.0.0.1/custom/2"_s}}));
    QCOMPARE(ad.creatives.at(0).linear.icons.first().clickTracking,
             (QList<VastUri>{{u"icon-click-1"_s, u"http://127.0.0.1/icon-click/1"_s},
                             {QString(), u"http://127.0.0.1/icon-click/2"_s}}));
    QCOMPARE(ad.creatives.at(1).nonLinearAds.nonLinears.first().clickTracking,
             (QList<VastUri>{{u"nonlinear-click-1"_s, u"http://127.0.0.1/nonlinear-click/1"_s},
                             {QString(), u"http://127.0.0.1/nonlinear-click/2"_s}}));
    QCOMPARE(ad.creatives.at(2).companionAds.companions.first().companionClickTracking,
             (QList<VastUri>{{u"companion-click-1"_s, u"http://127.0.0.1/companion-click/1"_s},
                             {QString(), u"http://127.0.0.1/companion-click/2"_s}}));

    const QJsonObject json = VastJson::toJson(ad);
    QCOMPARE(json.value("advertiser"_L1).toString(), u"advertiser.example"_s);
    QCOMPARE(json.value("advertiserId"_L1).toString(), u"advertiser-7"_s);
    QCOMPARE(json.value("impressions"_L1).toArray(),
             (QJsonArray{u"http://127.0.0.1/impression/1"_s, u"http://127.0.0.1/impression/2"_s}));
    QCOMPARE(json.value("impressionIds"_L1).toArray(), (QJsonArray{u"impression-1"_s, u""_s}));
    const QJsonObject viewable = json.value("viewableImpression"_L1).toObject();
    QCOMPARE(viewable.value("id"_L1).toString(), u"viewable-9"_s);
    QCOMPARE(viewable.value("viewable"_L1).toArray(), QJsonArray{u"http://127.0.0.1/viewable"_s});
    QCOMPARE(viewable.value("viewableIds"_L1).toArray(), QJsonArray{u"viewable-9"_s});
    QCOMPARE(viewable.value("notViewableIds"_L1).toArray(), QJsonArray{u"viewable-9"_s});
    QCOMPARE(viewable.value("viewUndeterminedIds"_L1).toArray(), QJsonArray{u"viewable-9"_s});
    const QJsonArray creatives = json.value("creatives"_L1).toArray();
    const QJsonObject linear = creatives.at(0).toObject().value("linear"_L1).toObject();
    QCOMPARE(linear.value("clickThrough"_L1).toString(), u"http://127.0.0.1/landing"_s);
    QCOMPARE(linear.value("clickThroughId"_L1).toString(), u"through-1"_s);
    QCOMPARE(linear.value("clickTracking"_L1).toArray(), (QJsonArray{u"http://127.0.0.1/click/1"_s, u"http://127.0.0.1/click/2"_s}));
    QCOMPARE(linear.value("clickTrackingIds"_L1).toArray(), (QJsonArray{u"tracking-1"_s, u""_s}));
    QCOMPARE(linear.value("customClickIds"_L1).toArray(), (QJsonArray{u"custom-1"_s, u""_s}));
    const QJsonObject icon = linear.value("icons"_L1).toArray().first().toObject();
    QCOMPARE(icon.value("clickTracking"_L1).toArray(),
             (QJsonArray{u"http://127.0.0.1/icon-click/1"_s, u"http://127.0.0.1/icon-click/2"_s}));
    QCOMPARE(icon.value("clickTrackingIds"_L1).toArray(), (QJsonArray{u"icon-click-1"_s, u""_s}));
    const QJsonObject nonLinear =
        creatives.at(1).toObject().value("nonLinearAds"_L1).toObject().value("nonLinears"_L1).toArray().first().toObject();
    QCOMPARE(nonLinear.value("clickTrackingIds"_L1).toArray(), (QJsonArray{u"nonlinear-click-1"_s, u""_s}));
    const QJsonObject companion =
        creatives.at(2).toObject().value("companionAds"_L1).toObject().value("companions"_L1).toArray().first().toObject();
    QCOMPARE(companion.value("clickTrackingIds"_L1).toArray(), (QJsonArray{u"companion-click-1"_s, u""_s}));
}

// --- structure and tolerance ---------------------------------------------------------------

void tst_VastParser::noAdResponseKeepsRootErrors()
{
    const VastParseResult r = VastParser::parse(
        "<VAST version=\"4.1\">\n  <Error><![CDATA[ http://adserver.com/noad.gif?e=[ERRORCODE] ]]></Error>\n"
        "  <Error>http://other.example/noad</Error>\n</VAST>");
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QVERIFY(r.document.isEmpty());
    QCOMPARE(r.document.errors,
             (QStringList{u"http://adserver.com/noad.gif?e=[ERRORCODE]"_s, u"http://other.example/noad"_s}));

    const VastParseResult empty = VastParser::parse("<VAST version=\"3.0\"/>");
    QVERIFY(empty.ok());
    QCOMPARE(empty.document.version, u"3.0"_s);
    QVERIFY(empty.document.isEmpty());
}

void tst_VastParser::namespacePrefixesAreIgnored()
{
    const VastParseResult r = VastParser::parse(
        "<v:VAST xmlns:v=\"http://www.iab.com/VAST\" version=\"4.2\"><v:Ad id=\"p\"><v:InLine>"
        "<v:AdSystem>s</v:AdSystem><v:AdTitle>prefixed</v:AdTitle><v:Impression>http://i</v:Impression>"
        "<v:Creatives><v:Creative><v:Linear><v:Duration>00:01:00</v:Duration><v:MediaFiles>"
        "<v:MediaFile type=\"video/mp4\" width=\"640\" height=\"360\">http://m.mp4</v:MediaFile>"
        "</v:MediaFiles></v:Linear></v:Creative></v:Creatives></v:InLine></v:Ad></v:VAST>");
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.document.ads.size(), 1);
    QCOMPARE(r.document.ads.first().adTitle, u"prefixed"_s);
    QCOMPARE(r.document.ads.first().creatives.first().linear.durationMs, 60000);
    QCOMPARE(r.document.ads.first().creatives.first().linear.mediaFiles.first().url, u"http://m.mp4"_s);
}

void tst_VastParser::cdataAndWhitespaceAreTrimmed()
{
    const VastParseResult r = VastParser::parse(inLine(
        "<Error>\n   <![CDATA[\n  http://e/?a=1&b=2  \n]]>\n </Error>"
        "<Description>  two <!-- comment --> parts  </Description>"
        "<Pricing model=\" CPM \" currency=\"EUR\"> <![CDATA[ 1.5 ]]> </Pricing>"
        "<Expires> 3600 </Expires>"
        "<Creatives/>"));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const Ad &ad = r.document.ads.first();
    QCOMPARE(ad.errors, QStringList{u"http://e/?a=1&b=2"_s});
    QCOMPARE(ad.description, u"two  parts"_s);
    QCOMPARE(ad.pricing.model, u"CPM"_s);
    QCOMPARE(ad.pricing.value, u"1.5"_s);
    QCOMPARE(ad.expires, 3600);
}

void tst_VastParser::booleanAttributes_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<bool>("warns");
    QTest::newRow("true") << QByteArray("true") << true << false;
    QTest::newRow("1") << QByteArray("1") << true << false;
    QTest::newRow("TRUE") << QByteArray("TRUE") << true << false;
    QTest::newRow("false") << QByteArray("false") << false << false;
    QTest::newRow("0") << QByteArray("0") << false << false;
    QTest::newRow("garbage-keeps-default") << QByteArray("yes") << true << true;
}

void tst_VastParser::booleanAttributes()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, expected);
    QFETCH(bool, warns);
    const VastParseResult r = VastParser::parse(
        "<VAST version=\"4.1\"><Ad><Wrapper followAdditionalWrappers=\"" + value + "\"><AdSystem>s</AdSystem>"
        "<Impression>http://i</Impression><VASTAdTagURI>http://next</VASTAdTagURI></Wrapper></Ad></VAST>");
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.document.ads.first().followAdditionalWrappers, expected);
    QCOMPARE(hasWarningContaining(r, "is not a boolean"_L1), warns);
}

void tst_VastParser::skipoffset_data()
{
    QTest::addColumn<QByteArray>("attribute");
    QTest::addColumn<QString>("skipoffset");
    QTest::addColumn<qint64>("skipoffsetMs");
    QTest::addColumn<bool>("warns");
    QTest::newRow("absent") << QByteArray() << QString() << qint64(-1) << false;
    QTest::newRow("time") << QByteArray(" skipoffset=\"00:00:05\"") << u"00:00:05"_s << qint64(5000) << false;
    QTest::newRow("time-ms") << QByteArray(" skipoffset=\"00:00:05.250\"") << u"00:00:05.250"_s << qint64(5250) << false;
    QTest::newRow("percent") << QByteArray(" skipoffset=\"25%\"") << u"25%"_s << qint64(4000) << false;
    QTest::newRow("invalid") << QByteArray(" skipoffset=\"soon\"") << QString() << qint64(-1) << true;
    QTest::newRow("over-100-percent") << QByteArray(" skipoffset=\"120%\"") << QString() << qint64(-1) << true;
}

void tst_VastParser::skipoffset()
{
    QFETCH(QByteArray, attribute);
    QFETCH(QString, skipoffset);
    QFETCH(qint64, skipoffsetMs);
    QFETCH(bool, warns);
    const VastParseResult r = VastParser::parse(linearAd(
        attribute, "<Duration>00:00:16</Duration><MediaFiles><MediaFile type=\"video/mp4\">http://m</MediaFile></MediaFiles>"));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const Linear &linear = r.document.ads.first().creatives.first().linear;
    QCOMPARE(linear.skipoffset, skipoffset);
    QCOMPARE(linear.skipoffsetMs(), skipoffsetMs);
    QCOMPARE(hasWarningContaining(r, "skipoffset"_L1), warns);
}

void tst_VastParser::nonFatalFindingsAreWarnings()
{
    const VastParseResult r = VastParser::parse(
        "<VAST version=\"4.2\">\n"
        "<Ad id=\"w\">\n"
        "<InLine>\n"
        "<AdTitle>no system</AdTitle>\n"
        "<Creatives><Creative id=\"c\"><Linear>\n"
        "<Duration>00:00:10</Duration>\n"
        "<TrackingEvents>\n"
        "<Tracking>http://no-event</Tracking>\n"
        "<Tracking event=\"start\"></Tracking>\n"
        "<Tracking event=\"progress\">http://no-offset</Tracking>\n"
        "<Tracking event=\"progress\" offset=\"3\">http://bad-offset</Tracking>\n"
        "<Tracking event=\"complete\">http://complete</Tracking>\n"
        "</TrackingEvents>\n"
        "<MediaFiles>\n"
        "<MediaFile id=\"empty\" type=\"video/mp4\">  </MediaFile>\n"
        "<MediaFile id=\"ok\" type=\"video/mp4\" width=\"wide\" bitrate=\"-5\">http://m.mp4</MediaFile>\n"
        "</MediaFiles>\n"
        "</Linear></Creative></Creatives>\n"
        "</InLine>\n"
        "</Ad>\n"
        "</VAST>");
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.document.ads.size(), 1); // still usable
    const Linear &linear = r.document.ads.first().creatives.first().linear;
    QCOMPARE(linear.mediaFiles.size(), 1);
    QCOMPARE(linear.mediaFiles.first().id, u"ok"_s);
    QCOMPARE(linear.mediaFiles.first().width, 0);
    QCOMPARE(linear.mediaFiles.first().bitrate, 0);
    QCOMPARE(linear.trackingEvents.size(), 2); // the bad progress offset is kept raw, complete
    QCOMPARE(linear.trackingEvents.at(0).offset, u"3"_s);
    QCOMPARE(linear.trackingEvents.at(1).event, u"complete"_s);

    const QStringList expected{
        u"line 8: <Tracking> without event, skipped"_s,
        u"line 9: <Tracking event=\"start\"> has no URI, skipped"_s,
        u"line 10: <Tracking event=\"progress\"> has no offset, skipped"_s,
        u"line 11: <Tracking event=\"progress\"> offset=\"3\" is neither HH:MM:SS[.mmm] nor n%"_s,
        u"line 15: <MediaFile id=\"empty\"> has no URI, skipped"_s,
        u"line 16: <MediaFile> attribute width=\"wide\" is not a non-negative integer, ignored"_s,
        u"line 16: <MediaFile> attribute bitrate=\"-5\" is not a non-negative integer, ignored"_s,
        u"line 19: <InLine> of <Ad id=\"w\"> has no <AdSystem>"_s,
        u"line 19: <InLine> of <Ad id=\"w\"> has no <Impression>"_s,
    };
    QCOMPARE(r.warnings, expected);
}

void tst_VastParser::unusableAdsAreDropped()
{
    const VastParseResult r = VastParser::parse(
        "<VAST version=\"4.1\">"
        "<Ad id=\"empty\"></Ad>"
        "<Ad id=\"no-uri\"><Wrapper><AdSystem>s</AdSystem><Impression>http://i</Impression></Wrapper></Ad>"
        "<Ad id=\"two\"><InLine><AdSystem>s</AdSystem><AdTitle>t</AdTitle><Impression>http://i</Impression><Creatives/></InLine>"
        "<Wrapper><VASTAdTagURI>http://x</VASTAdTagURI></Wrapper></Ad>"
        "<Ad id=\"ok\"><Wrapper><AdSystem>s</AdSystem><Impression>http://i</Impression><VASTAdTagURI>http://x</VASTAdTagURI>"
        "<Creatives><Creative id=\"nothing\"/></Creatives></Wrapper></Ad>"
        "</VAST>");
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.document.ads.size(), 2);
    QCOMPARE(r.document.ads.at(0).id, u"two"_s);
    QCOMPARE(r.document.ads.at(0).type, Ad::Type::InLine);
    QCOMPARE(r.document.ads.at(1).id, u"ok"_s);
    QVERIFY(r.document.ads.at(1).creatives.isEmpty());
    QVERIFY(hasWarningContaining(r, "<Ad id=\"empty\"> has neither <InLine> nor <Wrapper>, skipped"_L1));
    QVERIFY(hasWarningContaining(r, "<Wrapper> of <Ad id=\"no-uri\"> has no <VASTAdTagURI>, the ad is skipped"_L1));
    QVERIFY(hasWarningContaining(r, "the extra <Wrapper> is skipped"_L1));
    QVERIFY(hasWarningContaining(r, "<Creative id=\"nothing\"> has no <Linear>, <NonLinearAds> or <CompanionAds>, skipped"_L1));
}

void tst_VastParser::maxAdsLimitsAds()
{
    QByteArray xml = "<VAST version=\"4.1\">";
    for (int i = 0; i < 5; ++i) {
        xml += "<Ad id=\"" + QByteArray::number(i) + "\" sequence=\"" + QByteArray::number(i + 1)
            + "\"><Wrapper><AdSystem>s</AdSystem><Impression>http://i</Impression><VASTAdTagURI>http://x</VASTAdTagURI></Wrapper></Ad>";
    }
    xml += "</VAST>";
    VastParserOptions options;
    options.maxAds = 2;
    const VastParseResult r = VastParser::parse(xml, options);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.document.ads.size(), 2);
    QCOMPARE(r.document.ads.at(1).sequence, 2);
    QVERIFY(hasWarningContaining(r, "more than 2 <Ad> elements"_L1));
    QCOMPARE(VastParser::parse(xml).document.ads.size(), 5);
}

void tst_VastParser::warningsAreCapped()
{
    QByteArray body = "<Duration>00:00:01</Duration><MediaFiles><MediaFile type=\"video/mp4\">http://m</MediaFile>";
    for (int i = 0; i < 500; ++i)
        body += "<MediaFile/>";
    body += "</MediaFiles>";
    VastParserOptions options;
    options.maxWarnings = 10;
    const VastParseResult r = VastParser::parse(linearAd("", body), options);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.warnings.size(), 11);
    QCOMPARE(r.warnings.last(), u"490 more warnings not shown"_s);
}

void tst_VastParser::encodingDeclarationIsHonoured()
{
    // "Café" in ISO-8859-1: é is the single byte 0xE9, invalid as UTF-8.
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
        + inLine("<Description>Caf\xe9</Description><Creatives/>"
                 "<Extensions><Extension type=\"t\">\xe9t\xe9</Extension></Extensions>");
    const VastParseResult r = VastParser::parse(xml);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.document.ads.first().description, u"Caf\u00e9"_s);
    QCOMPARE(r.document.ads.first().extensions, u"<Extensions><Extension type=\"t\">\u00e9t\u00e9</Extension></Extensions>"_s);
}

void tst_VastParser::utf16WithBom()
{
    const QString text = u"<VAST version=\"4.1\"><Ad id=\"\u00fc\"><Wrapper><AdSystem>s</AdSystem><Impression>http://i</Impression>"
                         "<VASTAdTagURI>http://next/\u65e5\u672c</VASTAdTagURI><Extensions><E a=\"\u00fc\"/></Extensions></Wrapper></Ad></VAST>"_s;
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QByteArray xml = encoder.encode(text);
    const VastParseResult r = VastParser::parse(xml);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.document.ads.first().id, u"\u00fc"_s);
    QCOMPARE(r.document.ads.first().vastAdTagUri, u"http://next/\u65e5\u672c"_s);
    QCOMPARE(r.document.ads.first().extensions, u"<Extensions><E a=\"\u00fc\"/></Extensions>"_s);
}

void tst_VastParser::rawXmlAfterNonAsciiText()
{
    // Multi-byte UTF-8 and a surrogate pair before the extension, a UTF-8 BOM, CRLF line ends.
    const QByteArray xml = "\xef\xbb\xbf<VAST version=\"4.1\">\r\n<Ad><InLine><AdSystem>\xe6\x97\xa5\xf0\x9f\x98\x80</AdSystem>"
                           "<AdTitle>t</AdTitle><Impression>http://i</Impression><Creatives/>\r\n"
                           "<Extensions>\r\n<Extension>\xc3\xa9</Extension>\r\n</Extensions></InLine></Ad></VAST>";
    const VastParseResult r = VastParser::parse(xml);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.document.ads.first().adSystem.name, u"\u65e5\U0001F600"_s);
    QCOMPARE(r.document.ads.first().extensions, u"<Extensions>\r\n<Extension>\u00e9</Extension>\r\n</Extensions>"_s);
}

// Documents in a single-byte or multi-byte legacy encoding, written by
// tests/data/encoding/generate.py: the raw <Extensions> and <CreativeExtensions> are decoded
// like the rest of the document, with no U+FFFD and nothing dropped.
void tst_VastParser::rawXmlInDeclaredEncoding_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("extension");
    // Beyond Latin-1: the euro sign, typographic quotes and dashes, Œ, Š, Ÿ (0x80-0x9F bytes).
    QTest::newRow("windows-1252") << u"windows-1252.xml"_s << u"Caf\u00e9 \u20ac5 \u2013 \u201cOffre\u201d \u0152uvre"_s
                                  << u"\u00e0 \u20ac \u2018\u0160\u2019 \u2026 \u0178"_s;
    QTest::newRow("KOI8-R") << u"koi8-r.xml"_s << u"\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440"_s
                            << u"\u0420\u0435\u043a\u043b\u0430\u043c\u0430 \u0451\u0436 \u042f"_s;
    // 0xA4 is the euro sign here, not the Latin-1 currency sign.
    QTest::newRow("ISO-8859-15") << u"iso-8859-15.xml"_s << u"\u20ac \u0152\u0153 \u0160\u0161 \u017d\u017e \u0178"_s
                                 << u"Pr\u00eat \u00e0 \u20ac \u0153uf"_s;
    // Two-byte characters; those of 表 and ソ end in 0x5C, an ASCII byte.
    QTest::newRow("Shift_JIS") << u"shift_jis.xml"_s << u"\u65e5\u672c\u8a9e\u306e\u5e83\u544a"_s
                               << u"\u8868\u793a \u30bd\u30d5\u30c8 \u80fd\u529b"_s;
}

void tst_VastParser::rawXmlInDeclaredEncoding()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, extension);
    // The reader takes these encodings from Qt's ICU codecs; a Qt built without ICU refuses them.
    const QByteArray encoding = QFileInfo(file).completeBaseName().toLatin1();
    if (!QStringDecoder(encoding.constData()).isValid())
        QSKIP(qPrintable(u"this Qt has no decoder for %1 (built without ICU)"_s.arg(QString::fromLatin1(encoding))));
    const QByteArray xml = readFile(encodingDir + u'/' + file);
    QVERIFY2(!xml.isEmpty(), qPrintable(file));
    const VastParseResult r = VastParser::parse(xml);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
    QCOMPARE(r.document.ads.size(), 1);
    const Ad &ad = r.document.ads.first();
    QCOMPARE(ad.adTitle, title);
    QCOMPARE(ad.extensions,
        u"<Extensions><Extension type=\"t\" label=\"%1\">%2</Extension></Extensions>"_s.arg(title, extension));
    QCOMPARE(ad.creatives.size(), 1);
    QCOMPARE(ad.creatives.first().creativeExtensions,
        u"<CreativeExtensions><CreativeExtension type=\"text/plain\" label=\"%1\">%2</CreativeExtension>"
        "</CreativeExtensions>"_s.arg(extension, title));
    for (const QString &raw : { ad.extensions, ad.creatives.first().creativeExtensions })
        QVERIFY(!raw.contains(QChar::ReplacementCharacter));
}

// --- what real ad servers send ---------------------------------------------------------

void tst_VastParser::toleranceGoldenFiles_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = QDir(toleranceDir).entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 6);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file;
}

// The model and the warnings of each tolerance document, compared with
// golden/tolerance/<name>.expected (regenerated with VASTQT_REGENERATE_GOLDEN=1).
void tst_VastParser::toleranceGoldenFiles()
{
    QFETCH(QString, name);
    const VastParseResult result = VastParser::parse(readFile(toleranceDir + u'/' + name));
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QJsonObject dump = VastJson::toJson(result.document);
    dump.insert(u"warnings"_s, QJsonArray::fromStringList(result.warnings));
    const QByteArray actual = QJsonDocument(dump).toJson(QJsonDocument::Indented);
    const QString expectedPath = goldenDir + u"/tolerance/"_s + name + u".expected"_s;
    if (qEnvironmentVariableIntValue("VASTQT_REGENERATE_GOLDEN") == 1) {
        QDir().mkpath(goldenDir + u"/tolerance"_s);
        QFile out(expectedPath);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(expectedPath));
        out.write(actual);
        return;
    }
    const QByteArray expected = readFile(expectedPath);
    QVERIFY2(!expected.isEmpty(), qPrintable(u"missing %1"_s.arg(expectedPath)));
    const QList<QByteArray> actualLines = actual.split('\n');
    const QList<QByteArray> expectedLines = expected.split('\n');
    for (qsizetype i = 0; i < qMin(actualLines.size(), expectedLines.size()); ++i)
        QCOMPARE(u"line %1: %2"_s.arg(i + 1).arg(QString::fromUtf8(actualLines.at(i))),
                 u"line %1: %2"_s.arg(i + 1).arg(QString::fromUtf8(expectedLines.at(i))));
    QCOMPARE(actualLines.size(), expectedLines.size());
}

void tst_VastParser::durationInPlainSeconds_data()
{
    QTest::addColumn<QByteArray>("duration");
    QTest::addColumn<qint64>("expectedMs");
    QTest::addColumn<QString>("warning");
    QTest::addRow("timecode") << QByteArray("00:00:15") << qint64(15000) << QString();
    QTest::addRow("seconds") << QByteArray("15") << qint64(15000)
                             << u"line 1: <Duration> \"15\" is in plain seconds, not HH:MM:SS[.mmm]; read as 00:00:15.000 "
                                "(at VAST/Ad/InLine/Creatives/Creative/Linear/Duration)"_s;
    QTest::addRow("fraction") << QByteArray(" 30.5 ") << qint64(30500)
                              << u"line 1: <Duration> \"30.5\" is in plain seconds, not HH:MM:SS[.mmm]; read as 00:00:30.500 "
                                 "(at VAST/Ad/InLine/Creatives/Creative/Linear/Duration)"_s;
    QTest::addRow("fraction-truncated") << QByteArray("7.2549") << qint64(7254)
                                        << u"line 1: <Duration> \"7.2549\" is in plain seconds, not HH:MM:SS[.mmm]; read as "
                                           "00:00:07.254 (at VAST/Ad/InLine/Creatives/Creative/Linear/Duration)"_s;
    QTest::addRow("zero") << QByteArray("0") << qint64(0)
                          << u"line 1: <Duration> \"0\" is in plain seconds, not HH:MM:SS[.mmm]; read as 00:00:00.000 "
                             "(at VAST/Ad/InLine/Creatives/Creative/Linear/Duration)"_s;
    QTest::addRow("exponent-refused") << QByteArray("1e3") << qint64(-1)
                                      << u"line 1: <Duration> \"1e3\" is not HH:MM:SS[.mmm]"_s;
    QTest::addRow("negative-refused") << QByteArray("-5") << qint64(-1)
                                      << u"line 1: <Duration> \"-5\" is not HH:MM:SS[.mmm]"_s;
    QTest::addRow("trailing-dot-refused") << QByteArray("5.") << qint64(-1)
                                          << u"line 1: <Duration> \"5.\" is not HH:MM:SS[.mmm]"_s;
}

// Many servers send <Duration>15</Duration>; the ad plays, so it is read (with a warning)
// instead of being left without a duration and refused with 400 at selection.
void tst_VastParser::durationInPlainSeconds()
{
    QFETCH(QByteArray, duration);
    QFETCH(qint64, expectedMs);
    QFETCH(QString, warning);
    const VastParseResult r = VastParser::parse(
        linearAd("", "<Duration>" + duration + "</Duration><MediaFiles><MediaFile type=\"video/mp4\">http://m</MediaFile></MediaFiles>"));
    QVERIFY(r.ok());
    QCOMPARE(r.document.ads.first().creatives.first().linear.durationMs, expectedMs);
    if (warning.isEmpty())
        QVERIFY2(!hasWarningContaining(r, "<Duration>"_L1), qPrintable(r.warnings.join(u'\n')));
    else
        QVERIFY2(r.warnings.contains(warning), qPrintable(r.warnings.join(u'\n')));

    const VastParseResult file = VastParser::parse(readFile(toleranceDir + u"/duration-plain-seconds.xml"_s));
    QCOMPARE(file.document.ads.first().creatives.first().linear.durationMs, 30500);
    QVERIFY(hasWarningContaining(file, "line 13: <Duration> \"30.5\" is in plain seconds"_L1));
}

void tst_VastParser::legacyVastAdTagUrlIsReadAsVastAdTagUri()
{
    const VastParseResult r = VastParser::parse(readFile(toleranceDir + u"/legacy-vastadtagurl.xml"_s));
    QVERIFY(r.ok());
    QCOMPARE(r.document.ads.size(), 1);
    const Ad &ad = r.document.ads.first();
    QVERIFY(ad.isWrapper());
    QCOMPARE(ad.vastAdTagUri, u"http://127.0.0.1/next.xml"_s);
    QCOMPARE(ad.impressions.first().url, u"http://127.0.0.1/wrapper-impression"_s);
    QCOMPARE(r.warnings,
             QStringList{u"line 8: <VASTAdTagURL> is the VAST 2 legacy form of <VASTAdTagURI>; \"http://127.0.0.1/next.xml\" "
                         "read as VASTAdTagURI (at VAST/Ad/Wrapper/VASTAdTagURL)"_s});

    // The URL as the element's own text.
    const VastParseResult text = VastParser::parse(
        "<VAST version=\"2.0\"><Ad id=\"w\"><Wrapper><AdSystem>s</AdSystem><Impression>http://i</Impression>"
        "<VASTAdTagURL> http://next </VASTAdTagURL></Wrapper></Ad></VAST>");
    QCOMPARE(text.document.ads.first().vastAdTagUri, u"http://next"_s);
}

// Ad servers write query strings with a bare '&' outside CDATA: not well-formed XML, but the
// intent is clear. The document is read with each such '&' as "&amp;", with one warning;
// references and CDATA are read as before.
void tst_VastParser::bareAmpersandIsReadAsEscaped()
{
    const VastParseResult r = VastParser::parse(readFile(toleranceDir + u"/bare-ampersand.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const Ad &ad = r.document.ads.first();
    QCOMPARE(ad.adSystem.name, u"Tolerance & Co"_s);
    QCOMPARE(ad.adTitle, u"Query strings written with a bare &"_s);
    QCOMPARE(ad.impressions.first().url, u"http://127.0.0.1/impression?a=1&b=2&c=3&d=4"_s);
    const Linear &linear = ad.creatives.first().linear;
    QCOMPARE(linear.trackingEvents.first().url, u"http://127.0.0.1/start?x=1&y=[CACHEBUSTING]"_s);
    // Inside CDATA "&amp;" is text: left as the server wrote it.
    QCOMPARE(linear.mediaFiles.first().url, u"http://127.0.0.1/ad.mp4?q=1&amp;r=2"_s);
    QCOMPARE(r.warnings.first(), u"line 9: a bare '&' is not well-formed XML; read as \"&amp;\" (lines 9, 10, 16)"_s);

    // A document that is broken for another reason as well keeps the error of what the
    // server sent: 100 at the bare '&' (line 1), not at the later fault, and no repair warning.
    const VastParseResult broken = VastParser::parse("<VAST version=\"3.0\"><Ad id=\"a\">&x=1</Ad>\n<Oops></VAST>");
    QCOMPARE(broken.error, ErrorCode::XmlParsingError);
    QCOMPARE(broken.line, 1);
    QVERIFY(!hasWarningContaining(broken, "bare '&'"_L1));
    // A bare '&' alone in UTF-16 is not repaired (the bytes are not ASCII): error 100.
    const QString utf16Text = u"<VAST version=\"3.0\"><Error>http://e?a=1&b=2</Error></VAST>"_s;
    QByteArray utf16("\xff\xfe");
    utf16.append(reinterpret_cast<const char *>(utf16Text.utf16()), utf16Text.size() * 2);
    QCOMPARE(VastParser::parse(utf16).error, ErrorCode::XmlParsingError);
}

// <inLine> and <WRAPPER> are read as <InLine> and <Wrapper>, each with a warning.
void tst_VastParser::inLineAndWrapperInAnyCase()
{
    const VastParseResult r = VastParser::parse(readFile(toleranceDir + u"/element-case.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.document.ads.size(), 2);
    QCOMPARE(r.document.ads.at(0).type, Ad::Type::InLine);
    QCOMPARE(r.document.ads.at(0).creatives.first().linear.mediaFiles.size(), 1);
    QCOMPARE(r.document.ads.at(1).type, Ad::Type::Wrapper);
    QCOMPARE(r.document.ads.at(1).vastAdTagUri, u"http://127.0.0.1/next.xml"_s);
    QCOMPARE(r.warnings,
             (QStringList{u"line 6: <inLine> read as <InLine> (at VAST/Ad/inLine)"_s,
                          u"line 23: <WRAPPER> read as <Wrapper> (at VAST/Ad/WRAPPER)"_s}));
}

// A <Creative> holding a Linear, CompanionAds and NonLinearAds (the XSD allows one) is read
// as three creatives with the same attributes, none lost.
void tst_VastParser::creativeWithSeveralKindsIsSplit()
{
    const VastParseResult r = VastParser::parse(readFile(toleranceDir + u"/creative-several-kinds.xml"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const QList<Creative> &creatives = r.document.ads.first().creatives;
    QCOMPARE(creatives.size(), 3);
    QCOMPARE(creatives.at(0).kind, Creative::Kind::Linear);
    QCOMPARE(creatives.at(0).linear.durationMs, 15000);
    QCOMPARE(creatives.at(1).kind, Creative::Kind::Companion);
    QCOMPARE(creatives.at(1).companionAds.companions.size(), 1);
    QCOMPARE(creatives.at(1).companionAds.companions.first().companionClickThrough, u"http://127.0.0.1/landing"_s);
    QCOMPARE(creatives.at(2).kind, Creative::Kind::NonLinear);
    QCOMPARE(creatives.at(2).nonLinearAds.nonLinears.first().width, 300);
    for (const Creative &c : creatives) {
        QCOMPARE(c.id, u"c1"_s);
        QCOMPARE(c.adId, u"ad-7"_s);
        QCOMPARE(c.sequence, 1);
    }
    // The split creatives carry nothing of the Linear.
    QVERIFY(creatives.at(1).linear.mediaFiles.isEmpty());
    QCOMPARE(r.warnings.size(), 2);
    QVERIFY(hasWarningContaining(r, "line 18: <Creative id=\"c1\"> holds more than one kind of creative; <CompanionAds>"_L1));
    QVERIFY(hasWarningContaining(r, "line 27: <Creative id=\"c1\"> holds more than one kind of creative; <NonLinearAds>"_L1));
}

void tst_VastParser::vastAdTagUriWinsOverLegacyForm()
{
    for (const QByteArray &order : {QByteArray("<VASTAdTagURL><URL>http://legacy</URL></VASTAdTagURL><VASTAdTagURI>http://uri</VASTAdTagURI>"),
                                    QByteArray("<VASTAdTagURI>http://uri</VASTAdTagURI><VASTAdTagURL><URL>http://legacy</URL></VASTAdTagURL>")}) {
        const VastParseResult r = VastParser::parse("<VAST version=\"3.0\"><Ad id=\"w\"><Wrapper><AdSystem>s</AdSystem>"
                                                    "<Impression>http://i</Impression>"
                                                    + order + "</Wrapper></Ad></VAST>");
        QCOMPARE(r.document.ads.first().vastAdTagUri, u"http://uri"_s);
    }
}

void tst_VastParser::attributeCaseVariantsAreRead()
{
    const VastParseResult r = VastParser::parse(readFile(toleranceDir + u"/attribute-case.xml"_s));
    QVERIFY(r.ok());
    const Creative &creative = r.document.ads.first().creatives.first();
    QCOMPARE(creative.adId, u"ad-42"_s);
    QCOMPARE(creative.linear.skipoffset, u"00:00:05"_s);
    QCOMPARE(creative.linear.mediaFiles.first().maintainAspectRatio, true);
    const QStringList expected{
        u"line 12: <Creative> attribute adID read as adId (at VAST/Ad/InLine/Creatives/Creative)"_s,
        u"line 14: <Linear> attribute skipOffset read as skipoffset (at VAST/Ad/InLine/Creatives/Creative/Linear)"_s,
        u"line 17: <MediaFile> attribute maintainaspectratio read as maintainAspectRatio "
        "(at VAST/Ad/InLine/Creatives/Creative/Linear/MediaFiles/MediaFile)"_s,
    };
    QCOMPARE(r.warnings, expected);

    // The exact spelling wins over a variant.
    const VastParseResult both = VastParser::parse(
        linearAd(" skipoffset=\"00:00:03\" SKIPOFFSET=\"00:00:09\"", "<Duration>00:00:10</Duration>"));
    QCOMPARE(both.document.ads.first().creatives.first().linear.skipoffset, u"00:00:03"_s);
    QVERIFY(!hasWarningContaining(both, "SKIPOFFSET"_L1));
}

// VAST 2.0 and 3.0 spell the Creative attribute AdID: that is their spec, not a variant.
void tst_VastParser::vast2AdIdSpellingIsNotWarned()
{
    const VastParseResult r = VastParser::parse(
        "<VAST version=\"3.0\"><Ad id=\"a\"><InLine><AdSystem>s</AdSystem><AdTitle>t</AdTitle><Impression>http://i</Impression>"
        "<Creatives><Creative AdID=\"legacy-7\"><Linear><Duration>00:00:05</Duration><MediaFiles>"
        "<MediaFile type=\"video/mp4\">http://m</MediaFile></MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>");
    QCOMPARE(r.document.ads.first().creatives.first().adId, u"legacy-7"_s);
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
}

// The parser knows no document URL: it keeps "//host/path" and warns with the line; the
// model walk gives every URI field the scheme of the document's URL.
void tst_VastParser::protocolRelativeUrisAreWarnedAndResolved()
{
    VastParseResult r = VastParser::parse(readFile(toleranceDir + u"/protocol-relative.xml"_s));
    QVERIFY(r.ok());
    const QStringList expected{
        u"line 9: <Impression> \"//127.0.0.1/impression\" is a protocol-relative URI, resolved against the scheme of the "
        "document's URL (at VAST/Ad/InLine/Impression)"_s,
        u"line 15: <Tracking> \"//127.0.0.1/track/start\" is a protocol-relative URI, resolved against the scheme of the "
        "document's URL (at VAST/Ad/InLine/Creatives/Creative/Linear/TrackingEvents/Tracking)"_s,
        u"line 18: <MediaFile> \"//127.0.0.1/ad.mp4\" is a protocol-relative URI, resolved against the scheme of the "
        "document's URL (at VAST/Ad/InLine/Creatives/Creative/Linear/MediaFiles/MediaFile)"_s,
    };
    QCOMPARE(r.warnings, expected);
    QCOMPARE(r.document.ads.first().impressions.first().url, u"//127.0.0.1/impression"_s);

    VastDocument http = r.document;
    QCOMPARE(resolveProtocolRelativeUris(http, u"http"), 3);
    const Linear &linear = http.ads.first().creatives.first().linear;
    QCOMPARE(http.ads.first().impressions.first().url, u"http://127.0.0.1/impression"_s);
    QCOMPARE(http.ads.first().impressions.first().id, u"imp"_s);
    QCOMPARE(linear.trackingEvents.first().url, u"http://127.0.0.1/track/start"_s);
    QCOMPARE(linear.mediaFiles.first().url, u"http://127.0.0.1/ad.mp4"_s);
    QCOMPARE(resolveProtocolRelativeUris(http, u"http"), 0); // nothing left to resolve

    VastDocument file = r.document;
    QCOMPARE(resolveProtocolRelativeUris(file, u"file"), 3);
    QCOMPARE(file.ads.first().impressions.first().url, u"https://127.0.0.1/impression"_s);
}

// Before VAST 4.1 verification travels in <Extension type="AdVerifications"> (VAST 4.3 §1.8).
void tst_VastParser::adVerificationsFromExtensions()
{
    const VastParseResult r = VastParser::parse(readFile(toleranceDir + u"/extension-adverifications.xml"_s));
    QVERIFY(r.ok());
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n'))); // the 3.0 form: no tolerance
    const Ad &ad = r.document.ads.first();
    QCOMPARE(ad.adVerifications.size(), 1);
    const Verification &v = ad.adVerifications.first();
    QCOMPARE(v.vendor, u"verifier.example-omid"_s);
    QCOMPARE(v.javaScriptResources.size(), 1);
    QCOMPARE(v.javaScriptResources.first().url, u"http://127.0.0.1/omid.js"_s);
    QCOMPARE(v.javaScriptResources.first().apiFramework, u"omid"_s);
    QCOMPARE(v.javaScriptResources.first().browserOptional, true);
    QCOMPARE(v.trackingEvents.size(), 1);
    QCOMPARE(v.trackingEvents.first().event, u"verificationNotExecuted"_s);
    QCOMPARE(v.verificationParameters, u"campaign=7"_s);
    // The raw <Extensions> is still kept whole.
    QVERIFY(ad.extensions.startsWith(u"<Extensions>"_s));
    QVERIFY(ad.extensions.endsWith(u"</Extensions>"_s));
    QVERIFY(ad.extensions.contains(u"<Extension type=\"waterfall\"><Tier>2</Tier></Extension>"_s));
    QVERIFY(ad.extensions.contains(u"verifier.example-omid"_s));
}

void tst_VastParser::adVerificationsFromElementAndExtensionBothKept()
{
    const VastParseResult r = VastParser::parse(readFile(toleranceDir + u"/both-adverifications.xml"_s));
    QVERIFY(r.ok());
    const Ad &ad = r.document.ads.first();
    QCOMPARE(ad.adVerifications.size(), 2);
    QCOMPARE(ad.adVerifications.at(0).vendor, u"element.example-omid"_s);
    QCOMPARE(ad.adVerifications.at(1).vendor, u"extension.example-omid"_s);
    QCOMPARE(ad.adVerifications.at(1).javaScriptResources.first().url, u"http://127.0.0.1/extension.js"_s);
    QCOMPARE(r.warnings,
             QStringList{u"line 28: VAST 4.1 carries 1 <Verification> in <Extension type=\"AdVerifications\">, the pre-4.1 form; "
                         "read as <AdVerifications> (at VAST/Ad/InLine/Extensions/Extension/AdVerifications)"_s});
}

// --- errors -----------------------------------------------------------------------------------

void tst_VastParser::errors_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<ErrorCode>("error");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");

    QTest::newRow("vast-1.0-root") << QByteArray("<VideoAdServingTemplate><Ad id=\"1\"/></VideoAdServingTemplate>")
                                   << ErrorCode::VersionNotSupported << u"VideoAdServingTemplate"_s << qint64(1) << qint64(24);
    QTest::newRow("version-5.0") << QByteArray("<VAST version=\"5.0\"><Ad/></VAST>") << ErrorCode::VersionNotSupported
                                 << u"VAST version \"5.0\" is not supported"_s << qint64(1) << qint64(20);
    QTest::newRow("version-1.0") << QByteArray("<VAST version=\"1.0\"/>") << ErrorCode::VersionNotSupported
                                 << u"VAST version \"1.0\" is not supported"_s << qint64(1) << qint64(21);
    QTest::newRow("version-garbage") << QByteArray("<VAST version=\"four\"/>") << ErrorCode::VersionNotSupported
                                     << u"\"four\""_s << qint64(1) << qint64(22);
    QTest::newRow("not-vast-root") << QByteArray("<html>\n<body/></html>") << ErrorCode::SchemaValidationError
                                   << u"the root element is <html>, not <VAST>"_s << qint64(1) << qint64(6);
    QTest::newRow("vmap-root") << QByteArray("<vmap:VMAP xmlns:vmap=\"http://www.iab.net/videosuite/vmap\" version=\"1.0\"/>")
                               << ErrorCode::SchemaValidationError << u"<vmap:VMAP>"_s << qint64(1) << qint64(74);
    QTest::newRow("truncated") << QByteArray("<VAST version=\"4.1\">\n  <Ad id=\"1\">\n    <InLine>\n      <AdTi")
                               << ErrorCode::XmlParsingError << u"Premature end of document"_s << qint64(4) << qint64(11);
    QTest::newRow("truncated-in-text") << QByteArray("<VAST version=\"4.1\">\n<Ad><InLine><AdTitle>Half a ti")
                                       << ErrorCode::XmlParsingError << u"Premature end of document"_s << qint64(2) << qint64(30);
    QTest::newRow("bad-attribute") << QByteArray("<VAST version=\"4.1\">\n  <Ad id=\"1\" x=>\n")
                                   << ErrorCode::XmlParsingError << u"Expected"_s << qint64(2) << qint64(16);
    QTest::newRow("empty") << QByteArray() << ErrorCode::XmlParsingError << u"empty document"_s << qint64(1) << qint64(0);
    QTest::newRow("whitespace") << QByteArray("  \n\t \n") << ErrorCode::XmlParsingError << u"empty document"_s
                                << qint64(3) << qint64(0);
    QTest::newRow("only-declaration") << QByteArray("<?xml version=\"1.0\"?>") << ErrorCode::XmlParsingError
                                      << u"empty document"_s << qint64(1) << qint64(21);
    QTest::newRow("truncated-root-start-tag")
        << QByteArray("<VAST version=\"4.2\"") << ErrorCode::XmlParsingError
        << u"the document ended early, inside the start tag of its root element"_s << qint64(1) << qint64(19);
    QTest::newRow("declaration-then-truncated-root")
        << QByteArray("<?xml version=\"1.0\"?>\n<VAST") << ErrorCode::XmlParsingError
        << u"inside the start tag of its root element"_s << qint64(2) << qint64(-1);
    QTest::newRow("text-not-xml") << QByteArray("this is not XML") << ErrorCode::XmlParsingError << u"line 1"_s
                                  << qint64(1) << qint64(1);
    QTest::newRow("json") << QByteArray("{\"VAST\": \"4.1\"}") << ErrorCode::XmlParsingError << u"line 1"_s
                          << qint64(1) << qint64(1);
    QTest::newRow("trailing-garbage") << QByteArray("<VAST version=\"4.1\"/>\ngarbage") << ErrorCode::XmlParsingError
                                      << u"Extra content at end of document"_s << qint64(2) << qint64(1);
    // The reader decodes ahead of its position: a decoding error has no useful column (-1: not checked).
    QTest::newRow("invalid-utf8") << QByteArray("<VAST version=\"4.1\"><Error>http://\xff\xfe</Error></VAST>")
                                  << ErrorCode::XmlParsingError << u"incorrectly encoded"_s << qint64(1) << qint64(-1);
}

void tst_VastParser::errors()
{
    QFETCH(QByteArray, xml);
    QFETCH(ErrorCode, error);
    QFETCH(QString, message);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    const VastParseResult r = VastParser::parse(xml);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, error);
    QVERIFY2(r.errorString.contains(message), qPrintable(r.errorString));
    QCOMPARE(r.line, line);
    if (column >= 0) {
        QCOMPARE(r.column, column);
        QVERIFY2(r.errorString.startsWith(u"line %1, column %2: "_s.arg(line).arg(column)), qPrintable(r.errorString));
    }
    QVERIFY(r.document.ads.isEmpty());
}

void tst_VastParser::hostileFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::newRow("billion-laughs") << u"billion_laughs.xml"_s << u"DTD/entity declarations are not allowed"_s << qint64(13) << qint64(2);
    QTest::newRow("external-entity") << u"external_entity.xml"_s << u"DTD/entity declarations are not allowed"_s << qint64(4) << qint64(2);
    QTest::newRow("doctype-only") << u"doctype_only.xml"_s << u"DTD/entity declarations are not allowed"_s << qint64(2) << qint64(52);
    QTest::newRow("undeclared-entity") << u"undeclared_entity.xml"_s << u"Entity 'undeclared' not declared"_s << qint64(2) << qint64(48);
    QTest::newRow("truncated") << u"truncated.xml"_s << u"Premature end of document"_s << qint64(5) << qint64(11);
    QTest::newRow("mismatched-tags") << u"mismatched_tags.xml"_s << u"Opening and ending tag mismatch"_s << qint64(3) << qint64(19);
    QTest::newRow("two-roots") << u"two_roots.xml"_s << u"Extra content at end of document"_s << qint64(4) << qint64(21);
}

void tst_VastParser::hostileFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    const QByteArray xml = readFile(hostileDir + u'/' + file);
    QVERIFY(!xml.isEmpty());
    const VastParseResult r = VastParser::parse(xml);
    QCOMPARE(r.error, ErrorCode::XmlParsingError);
    QVERIFY2(r.errorString.contains(message), qPrintable(r.errorString));
    QCOMPARE(r.line, line);
    QCOMPARE(r.column, column);
    QVERIFY(r.document.ads.isEmpty());
    // Nothing was expanded into the model.
    QVERIFY(!QJsonDocument(VastJson::toJson(r.document)).toJson().contains("lol"));
}

void tst_VastParser::rootErrorsSurviveFailure()
{
    const VastParseResult r = VastParser::parse(
        "<VAST version=\"4.1\"><Error>http://e/[ERRORCODE]</Error><Ad id=\"1\"><InLine><AdSystem>s</AdSystem><AdTitle>t");
    QCOMPARE(r.error, ErrorCode::XmlParsingError);
    QCOMPARE(r.document.version, u"4.1"_s);
    QCOMPARE(r.document.errors, QStringList{u"http://e/[ERRORCODE]"_s});
    QVERIFY(r.document.ads.isEmpty());
}

// A start tag with more than 256 attributes or 64 KiB is refused with 100 at its line and
// column before QXmlStreamReader reads it (its duplicate check is quadratic: 350,000
// attributes took minutes). What precedes the tag is read: the root <Error> URI survives.
void tst_VastParser::startTagLimits()
{
    const auto withAttributes = [](int count, QByteArrayView value) {
        QByteArray xml = "<VAST version=\"4.1\">\n<Error>http://127.0.0.1/error/[ERRORCODE]</Error>\n  <Ad id=\"a\"";
        xml.reserve(count * (12 + value.size()));
        for (int i = 0; i < count; ++i)
            xml += " a" + QByteArray::number(i) + "=\"" + value.toByteArray() + '"';
        xml += "><InLine><AdSystem>s</AdSystem><AdTitle>t</AdTitle><Impression>http://i</Impression>"
               "<Creatives><Creative><Linear><Duration>00:00:05</Duration><MediaFiles><MediaFile delivery=\"progressive\" "
               "type=\"video/mp4\" width=\"1\" height=\"1\">http://m.mp4</MediaFile></MediaFiles></Linear></Creative>"
               "</Creatives></InLine></Ad></VAST>";
        return xml;
    };
    // 255 attributes (plus id) is within the limit; an '=' or '>' inside quotes is a value.
    const VastParseResult within = VastParser::parse(withAttributes(255, "x=>y"));
    QVERIFY2(within.ok(), qPrintable(within.errorString));
    QCOMPARE(within.document.ads.size(), 1);

    const QByteArray huge = withAttributes(350000, "1");
    QVERIFY(huge.size() < VastParserOptions().maxBytes);
    for (const QByteArray &xml : {withAttributes(256, "1"), huge}) {
        const VastParseResult r = VastParser::parse(xml);
        QCOMPARE(r.error, ErrorCode::XmlParsingError);
        QVERIFY2(r.errorString.contains("a start tag with more than 256 attributes"_L1), qPrintable(r.errorString));
        QCOMPARE(r.line, 3);
        QCOMPARE(r.column, 3);
        QCOMPARE(r.document.errors, QStringList{u"http://127.0.0.1/error/[ERRORCODE]"_s});
        QVERIFY(r.document.ads.isEmpty());
    }

    // One attribute value of 64 KiB.
    const VastParseResult longTag = VastParser::parse(withAttributes(1, QByteArray(64 * 1024, 'v')));
    QCOMPARE(longTag.error, ErrorCode::XmlParsingError);
    QVERIFY2(longTag.errorString.contains("a start tag of more than 65536 bytes"_L1), qPrintable(longTag.errorString));
    QCOMPARE(longTag.line, 3);

    // Comments and CDATA are not tags: a '<' with many '=' inside them is text.
    QByteArray cdata = "<VAST version=\"4.1\"><Error><![CDATA[<x " + QByteArray(300, '=') + ">]]></Error><!-- <y "
        + QByteArray(300, '=') + " --></VAST>";
    const VastParseResult text = VastParser::parse(cdata);
    QVERIFY2(text.ok(), qPrintable(text.errorString));
}

void tst_VastParser::deepNesting()
{
    // 100000 nested elements: refused at the limit, without recursion.
    QByteArray xml = "<VAST version=\"4.1\">";
    xml.reserve(100000 * 8);
    for (int i = 0; i < 100000; ++i)
        xml += "<a>";
    for (int i = 0; i < 100000; ++i)
        xml += "</a>";
    xml += "</VAST>";
    const VastParseResult r = VastParser::parse(xml);
    QCOMPARE(r.error, ErrorCode::XmlParsingError);
    QVERIFY2(r.errorString.contains("nested deeper than 64 levels"_L1), qPrintable(r.errorString));
    QCOMPARE(r.line, 1);
    QCOMPARE(r.column, 20 + 64 * 3); // the 65th start tag

    // Unclosed deep nesting, too.
    const VastParseResult open = VastParser::parse(QByteArray("<VAST version=\"4.1\">") + QByteArray(100000 * 3, 'x').replace("xxx", "<a>"));
    QCOMPARE(open.error, ErrorCode::XmlParsingError);
    QVERIFY(open.errorString.contains("nested deeper"_L1));
}

void tst_VastParser::nestingAtTheLimitIsAccepted()
{
    VastParserOptions options;
    options.maxDepth = 10;
    // <VAST>(1) <Ad>(2) <Wrapper>(3) <Extensions>(4) then 6 more levels = 10.
    const QByteArray head = "<VAST version=\"4.1\"><Ad><Wrapper><AdSystem>s</AdSystem><Impression>http://i</Impression>"
                            "<VASTAdTagURI>http://x</VASTAdTagURI><Extensions>";
    const QByteArray tail = "</Extensions></Wrapper></Ad></VAST>";
    const QByteArray six = "<a><b><c><d><e><f/></e></d></c></b></a>";
    const QByteArray seven = "<a><b><c><d><e><f><g/></f></e></d></c></b></a>";
    const VastParseResult ok = VastParser::parse(head + six + tail, options);
    QVERIFY2(ok.ok(), qPrintable(ok.errorString));
    QCOMPARE(ok.document.ads.first().extensions, QString::fromLatin1("<Extensions>" + six + "</Extensions>"));
    const VastParseResult deep = VastParser::parse(head + seven + tail, options);
    QCOMPARE(deep.error, ErrorCode::XmlParsingError);
    QVERIFY(deep.errorString.contains("nested deeper than 10 levels"_L1));
}

void tst_VastParser::deepNestingInsideSkippedElement()
{
    // Unknown elements and text elements are skipped, but the limit still holds there.
    QByteArray nested;
    for (int i = 0; i < 1000; ++i)
        nested += "<x>";
    for (int i = 0; i < 1000; ++i)
        nested += "</x>";
    for (const QByteArray &where : {QByteArray("<Unknown>%</Unknown><Creatives/>"), QByteArray("<Description>%</Description><Creatives/>"),
                                    QByteArray("<Creatives/><Extensions>%</Extensions>")}) {
        QByteArray body = where;
        body.replace("%", nested);
        const VastParseResult r = VastParser::parse(inLine(body));
        QCOMPARE(r.error, ErrorCode::XmlParsingError);
        QVERIFY2(r.errorString.contains("nested deeper than 64 levels"_L1), qPrintable(r.errorString));
    }
}

void tst_VastParser::oversizedDocument()
{
    // A valid 10 MiB document (its bulk in a comment) is refused before parsing...
    QByteArray xml = linearAd("", "<Duration>00:00:01</Duration><MediaFiles><MediaFile type=\"video/mp4\">http://m</MediaFile></MediaFiles>");
    xml.insert(xml.indexOf("</VAST>"), "<!--" + QByteArray(10 * 1024 * 1024, 'x') + "-->");
    const VastParseResult r = VastParser::parse(xml);
    QCOMPARE(r.error, ErrorCode::XmlParsingError);
    QVERIFY2(r.errorString.contains("more than the limit of 4194304 bytes"_L1), qPrintable(r.errorString));
    QCOMPARE(r.line, 0);
    QVERIFY(r.document.ads.isEmpty());
    // ...and accepted when the limit allows it.
    VastParserOptions options;
    options.maxBytes = 16 * 1024 * 1024;
    const VastParseResult allowed = VastParser::parse(xml, options);
    QVERIFY2(allowed.ok(), qPrintable(allowed.errorString));
    QCOMPARE(allowed.document.ads.size(), 1);
}

void tst_VastParser::randomGarbage()
{
    QRandomGenerator rng(20260101);
    for (int round = 0; round < 50; ++round) {
        QByteArray garbage(int(rng.bounded(1, 4096)), Qt::Uninitialized);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        if (round % 2)
            garbage.prepend("<VAST version=\"4.1\">"); // garbage after a valid start
        const VastParseResult r = VastParser::parse(garbage);
        QCOMPARE(r.error, ErrorCode::XmlParsingError);
        QVERIFY(r.document.ads.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_VastParser)
#include "tst_vastparser.moc"
