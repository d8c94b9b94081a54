// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastjson.h>
#include <VastQt/vastparser.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

namespace
{

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

MediaFile sampleMediaFile()
{
    MediaFile f;
    f.id = u"m1"_s;
    f.url = u"https://cdn/a.mp4"_s;
    f.delivery = u"progressive"_s;
    f.type = u"video/mp4"_s;
    f.width = 1280;
    f.height = 720;
    f.codec = u"H.264"_s;
    f.bitrate = 2000;
    f.minBitrate = 1500;
    f.maxBitrate = 2500;
    f.scalable = true;
    f.maintainAspectRatio = false;
    f.apiFramework = u"VPAID"_s;
    f.fileSize = 5000000000LL; // beyond 32 bits
    f.mediaType = u"2D"_s;
    return f;
}

Ad sampleInLine()
{
    Ad ad;
    ad.type = Ad::Type::InLine;
    ad.id = u"ad1"_s;
    ad.sequence = 2;
    ad.conditionalAd = true;
    ad.adType = u"video"_s;
    ad.adSystem = {u"sys"_s, u"1.0"_s};
    ad.adTitle = u"title"_s;
    ad.description = u"desc"_s;
    ad.advertiser = {u"adv-id"_s, u"Advertiser Inc"_s};
    ad.adServingId = u"serving-1"_s;
    ad.categories = {{u"https://auth"_s, u"IAB1"_s}};
    ad.impressions = {{u"i1"_s, u"https://imp/1"_s}, {QString(), u"https://imp/2"_s}};
    ad.errors = {u"https://err/[ERRORCODE]"_s};

    Creative linear;
    linear.kind = Creative::Kind::Linear;
    linear.id = u"c1"_s;
    linear.adId = u"a1"_s;
    linear.sequence = 1;
    linear.universalAdIds = {{u"Ad-ID"_s, u"8465"_s}};
    linear.linear.durationMs = 20000;
    linear.linear.skipoffset = u"25%"_s;
    linear.linear.mediaFiles = {sampleMediaFile()};
    linear.linear.trackingEvents = {{u"start"_s, QString(), u"https://t/start"_s},
                                    {u"progress"_s, u"00:00:05"_s, u"https://t/p5"_s}};
    linear.linear.videoClicks.clickTracking = {{u"ct"_s, u"https://click/track"_s}};
    linear.linear.videoClicks.customClick = {{QString(), u"https://click/custom"_s}};
    linear.linear.adParameters = u"{\"a\":1}"_s;
    linear.creativeExtensions = u"<CreativeExtensions/>"_s;

    Creative companion;
    companion.kind = Creative::Kind::Companion;
    Companion c;
    c.id = u"comp"_s;
    c.width = 300;
    c.height = 250;
    c.resources = {{u"static"_s, u"image/png"_s, u"https://img"_s}};
    c.companionClickThrough = u"https://landing"_s;
    c.companionClickTracking = {{QString(), u"https://cct"_s}};
    c.trackingEvents = {{u"creativeView"_s, QString(), u"https://cv"_s}};
    c.altText = u"alt"_s;
    companion.companionAds.required = u"any"_s;
    companion.companionAds.companions = {c};

    Creative nonLinear;
    nonLinear.kind = Creative::Kind::NonLinear;
    NonLinear n;
    n.width = 480;
    n.height = 70;
    n.minSuggestedDurationMs = 15000;
    n.clickThrough = u"https://nl"_s;
    nonLinear.nonLinearAds.nonLinears = {n};
    nonLinear.nonLinearAds.trackingEvents = {{u"close"_s, QString(), u"https://close"_s}};

    ad.creatives = {linear, companion, nonLinear};
    return ad;
}

} // namespace

class tst_VastJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentSchema();
    void inLineAdSchema();
    void optionalAdKeys();
    void wrapperKeys();
    void linearSchema();
    void nullsForAbsentValues();
    void companionAndNonLinear();
    void mediaFileSchema();
    void parsedDocumentMatchesModel();
};

void tst_VastJson::documentSchema()
{
    VastDocument doc;
    doc.version = u"4.1"_s;
    doc.errors = {u"https://noad"_s};
    const QJsonObject empty = VastJson::toJson(doc);
    QCOMPARE(keys(empty), (QStringList{u"ads"_s, u"errors"_s, u"version"_s}));
    QCOMPARE(empty.value("version"_L1).toString(), u"4.1"_s);
    QCOMPARE(empty.value("errors"_L1).toArray(), QJsonArray{u"https://noad"_s});
    QCOMPARE(empty.value("ads"_L1).toArray().size(), 0);

    doc.ads = {sampleInLine(), sampleInLine()};
    doc.ads[1].id = u"ad2"_s;
    const QJsonArray ads = VastJson::toJson(doc).value("ads"_L1).toArray();
    QCOMPARE(ads.size(), 2);
    QCOMPARE(ads.at(0).toObject(), VastJson::toJson(doc.ads.at(0)));
    QCOMPARE(ads.at(1).toObject().value("id"_L1).toString(), u"ad2"_s);
}

void tst_VastJson::inLineAdSchema()
{
    const QJsonObject o = VastJson::toJson(sampleInLine());
    QCOMPARE(keys(o), sorted({u"id"_s, u"sequence"_s, u"type"_s, u"adSystem"_s, u"adSystemVersion"_s, u"adTitle"_s,
                              u"description"_s, u"advertiser"_s, u"adServingId"_s, u"adType"_s, u"conditionalAd"_s,
                              u"categories"_s, u"impressions"_s, u"errors"_s, u"adVerifications"_s, u"creatives"_s,
                              u"advertiserId"_s, u"impressionIds"_s}));
    QCOMPARE(o.value("id"_L1).toString(), u"ad1"_s);
    QVERIFY(o.value("sequence"_L1).isDouble());
    QCOMPARE(o.value("sequence"_L1).toInt(), 2);
    QCOMPARE(o.value("type"_L1).toString(), u"InLine"_s);
    QCOMPARE(o.value("adSystem"_L1).toString(), u"sys"_s);
    QCOMPARE(o.value("adSystemVersion"_L1).toString(), u"1.0"_s);
    QCOMPARE(o.value("advertiser"_L1).toString(), u"Advertiser Inc"_s);
    QCOMPARE(o.value("adType"_L1).toString(), u"video"_s);
    QCOMPARE(o.value("conditionalAd"_L1).toBool(), true);
    QCOMPARE(o.value("categories"_L1).toArray(),
             (QJsonArray{QJsonObject{{u"authority"_s, u"https://auth"_s}, {u"code"_s, u"IAB1"_s}}}));
    QCOMPARE(o.value("impressions"_L1).toArray(), (QJsonArray{u"https://imp/1"_s, u"https://imp/2"_s}));
    QCOMPARE(o.value("impressionIds"_L1).toArray(), (QJsonArray{u"i1"_s, u""_s}));
    QCOMPARE(o.value("advertiserId"_L1).toString(), u"adv-id"_s);
    QCOMPARE(o.value("errors"_L1).toArray(), QJsonArray{u"https://err/[ERRORCODE]"_s});
    QCOMPARE(o.value("creatives"_L1).toArray().size(), 3);
}

void tst_VastJson::optionalAdKeys()
{
    Ad ad = sampleInLine();
    ad.pricing = {u"CPM"_s, u"USD"_s, u"25.00"_s};
    ad.expires = 0; // present, zero seconds
    ad.viewableImpression.id = u"vi"_s;
    ad.viewableImpression.viewable = {{u"vi"_s, u"https://v"_s}};
    ad.extensions = u"<Extensions><Extension/></Extensions>"_s;
    ad.surveys = {{u"text/javascript"_s, u"https://survey"_s}};
    Verification v;
    v.vendor = u"vendor.com-omid"_s;
    v.javaScriptResources = {{u"https://v.js"_s, u"omid"_s, QString(), true}};
    v.executableResources = {{u"native://x"_s, u"custom"_s, u"application/x"_s, false}};
    v.trackingEvents = {{u"verificationNotExecuted"_s, QString(), u"https://vne?r=[REASON]"_s}};
    v.verificationParameters = u"p=1"_s;
    ad.adVerifications = {v};

    const QJsonObject o = VastJson::toJson(ad);
    QCOMPARE(o.value("pricing"_L1).toObject(),
             (QJsonObject{{u"model"_s, u"CPM"_s}, {u"currency"_s, u"USD"_s}, {u"value"_s, u"25.00"_s}}));
    QVERIFY(o.contains("expires"_L1));
    QCOMPARE(o.value("expires"_L1).toInt(-1), 0);
    QCOMPARE(o.value("viewableImpression"_L1).toObject(),
             (QJsonObject{{u"viewable"_s, QJsonArray{u"https://v"_s}}, {u"notViewable"_s, QJsonArray()},
                          {u"viewUndetermined"_s, QJsonArray()}, {u"id"_s, u"vi"_s},
                          {u"viewableIds"_s, QJsonArray{u"vi"_s}}, {u"notViewableIds"_s, QJsonArray()},
                          {u"viewUndeterminedIds"_s, QJsonArray()}}));
    QCOMPARE(o.value("extensions"_L1).toString(), u"<Extensions><Extension/></Extensions>"_s);
    QCOMPARE(o.value("surveys"_L1).toArray(),
             (QJsonArray{QJsonObject{{u"type"_s, u"text/javascript"_s}, {u"url"_s, u"https://survey"_s}}}));
    const QJsonObject vo = o.value("adVerifications"_L1).toArray().first().toObject();
    QCOMPARE(keys(vo), sorted({u"vendor"_s, u"javaScriptResources"_s, u"executableResources"_s, u"trackingEvents"_s,
                               u"verificationParameters"_s}));
    QCOMPARE(vo.value("javaScriptResources"_L1).toArray(),
             (QJsonArray{QJsonObject{{u"url"_s, u"https://v.js"_s}, {u"apiFramework"_s, u"omid"_s}, {u"browserOptional"_s, true}}}));
    QCOMPARE(vo.value("executableResources"_L1).toArray(),
             (QJsonArray{QJsonObject{{u"url"_s, u"native://x"_s}, {u"apiFramework"_s, u"custom"_s}, {u"type"_s, u"application/x"_s}}}));
    QCOMPARE(vo.value("trackingEvents"_L1).toArray().first().toObject().value("event"_L1).toString(),
             u"verificationNotExecuted"_s);
    QCOMPARE(vo.value("verificationParameters"_L1).toString(), u"p=1"_s);

    // Each optional key disappears when its value is empty.
    ad.pricing = {};
    ad.expires = -1;
    ad.viewableImpression = {};
    ad.extensions.clear();
    ad.surveys.clear();
    const QJsonObject bare = VastJson::toJson(ad);
    for (const char *key : {"pricing", "expires", "viewableImpression", "extensions", "surveys", "vastAdTagURI",
                            "followAdditionalWrappers", "allowMultipleAds", "fallbackOnNoAd", "blockedAdCategories"})
        QVERIFY2(!bare.contains(QLatin1StringView(key)), key);
}

void tst_VastJson::wrapperKeys()
{
    Ad ad;
    ad.type = Ad::Type::Wrapper;
    ad.vastAdTagUri = u"https://next/vast?cb=[CACHEBUSTING]"_s;
    ad.followAdditionalWrappers = false;
    ad.allowMultipleAds = true;
    ad.fallbackOnNoAd = true;
    ad.blockedAdCategories = {{u"https://auth"_s, u"IAB25,IAB26"_s}};
    const QJsonObject o = VastJson::toJson(ad);
    QCOMPARE(o.value("type"_L1).toString(), u"Wrapper"_s);
    QCOMPARE(o.value("vastAdTagURI"_L1).toString(), u"https://next/vast?cb=[CACHEBUSTING]"_s);
    QCOMPARE(o.value("followAdditionalWrappers"_L1), QJsonValue(false));
    QCOMPARE(o.value("allowMultipleAds"_L1), QJsonValue(true));
    QCOMPARE(o.value("fallbackOnNoAd"_L1), QJsonValue(true));
    QCOMPARE(o.value("blockedAdCategories"_L1).toArray().first().toObject().value("code"_L1).toString(), u"IAB25,IAB26"_s);
    QCOMPARE(o.value("sequence"_L1).toInt(-1), 0);
}

void tst_VastJson::linearSchema()
{
    const QJsonObject creative = VastJson::toJson(sampleInLine()).value("creatives"_L1).toArray().at(0).toObject();
    QCOMPARE(keys(creative), sorted({u"id"_s, u"adId"_s, u"sequence"_s, u"apiFramework"_s, u"universalAdIds"_s, u"linear"_s,
                                     u"creativeExtensions"_s}));
    QCOMPARE(creative.value("adId"_L1).toString(), u"a1"_s);
    QCOMPARE(creative.value("sequence"_L1).toInt(), 1);
    QCOMPARE(creative.value("universalAdIds"_L1).toArray(),
             (QJsonArray{QJsonObject{{u"idRegistry"_s, u"Ad-ID"_s}, {u"value"_s, u"8465"_s}}}));
    QCOMPARE(creative.value("creativeExtensions"_L1).toString(), u"<CreativeExtensions/>"_s);

    const QJsonObject linear = creative.value("linear"_L1).toObject();
    QCOMPARE(keys(linear), sorted({u"durationMs"_s, u"skipoffset"_s, u"skipoffsetMs"_s, u"mediaFiles"_s, u"mezzanines"_s,
                                   u"interactiveCreativeFiles"_s, u"closedCaptionFiles"_s, u"trackingEvents"_s,
                                   u"clickThrough"_s, u"clickTracking"_s, u"customClick"_s, u"icons"_s, u"adParameters"_s,
                                   u"clickThroughId"_s, u"clickTrackingIds"_s, u"customClickIds"_s,
                                   u"adParametersXmlEncoded"_s}));
    QCOMPARE(linear.value("durationMs"_L1).toInteger(), 20000);
    QCOMPARE(linear.value("skipoffset"_L1).toString(), u"25%"_s);
    QCOMPARE(linear.value("skipoffsetMs"_L1).toInteger(), 5000); // 25% of 20 s
    QCOMPARE(linear.value("mediaFiles"_L1).toArray().first().toObject(), VastJson::toJson(sampleMediaFile()));
    QCOMPARE(linear.value("trackingEvents"_L1).toArray(),
             (QJsonArray{QJsonObject{{u"event"_s, u"start"_s}, {u"offset"_s, QJsonValue::Null}, {u"url"_s, u"https://t/start"_s}},
                         QJsonObject{{u"event"_s, u"progress"_s}, {u"offset"_s, u"00:00:05"_s}, {u"url"_s, u"https://t/p5"_s}}}));
    QCOMPARE(linear.value("clickTracking"_L1).toArray(), QJsonArray{u"https://click/track"_s});
    QCOMPARE(linear.value("customClick"_L1).toArray(), QJsonArray{u"https://click/custom"_s});
    QCOMPARE(linear.value("clickTrackingIds"_L1).toArray(), QJsonArray{u"ct"_s});
    QCOMPARE(linear.value("customClickIds"_L1).toArray(), QJsonArray{u""_s});
    QCOMPARE(linear.value("adParametersXmlEncoded"_L1), QJsonValue(false));
    QCOMPARE(linear.value("adParameters"_L1).toString(), u"{\"a\":1}"_s);
}

void tst_VastJson::nullsForAbsentValues()
{
    Linear linear;
    Creative creative;
    creative.kind = Creative::Kind::Linear;
    creative.linear = linear;
    Ad ad;
    ad.creatives = {creative};
    const QJsonObject c = VastJson::toJson(ad).value("creatives"_L1).toArray().first().toObject();
    QVERIFY(!c.contains("creativeExtensions"_L1));
    const QJsonObject l = c.value("linear"_L1).toObject();
    QVERIFY(l.value("skipoffset"_L1).isNull());
    QVERIFY(l.value("skipoffsetMs"_L1).isNull());
    QVERIFY(l.value("clickThrough"_L1).isNull());
    QCOMPARE(l.value("durationMs"_L1).toInteger(), -1);

    creative.linear.skipoffset = u"00:00:05"_s;
    creative.linear.videoClicks.clickThrough.url = u"https://landing"_s;
    ad.creatives = {creative};
    const QJsonObject l2 = VastJson::toJson(ad).value("creatives"_L1).toArray().first().toObject().value("linear"_L1).toObject();
    QCOMPARE(l2.value("skipoffset"_L1).toString(), u"00:00:05"_s);
    QCOMPARE(l2.value("skipoffsetMs"_L1).toInteger(), 5000);
    QCOMPARE(l2.value("clickThrough"_L1).toString(), u"https://landing"_s);

    // A percentage cannot be resolved without a duration.
    creative.linear.skipoffset = u"50%"_s;
    ad.creatives = {creative};
    const QJsonObject l3 = VastJson::toJson(ad).value("creatives"_L1).toArray().first().toObject().value("linear"_L1).toObject();
    QCOMPARE(l3.value("skipoffset"_L1).toString(), u"50%"_s);
    QVERIFY(l3.value("skipoffsetMs"_L1).isNull());
}

void tst_VastJson::companionAndNonLinear()
{
    const QJsonArray creatives = VastJson::toJson(sampleInLine()).value("creatives"_L1).toArray();
    const QJsonObject companion = creatives.at(1).toObject();
    QVERIFY(!companion.contains("linear"_L1));
    QVERIFY(!companion.contains("nonLinearAds"_L1));
    const QJsonObject ca = companion.value("companionAds"_L1).toObject();
    QCOMPARE(ca.value("required"_L1).toString(), u"any"_s);
    const QJsonObject c = ca.value("companions"_L1).toArray().first().toObject();
    QCOMPARE(c.value("id"_L1).toString(), u"comp"_s);
    QCOMPARE(c.value("width"_L1).toInt(), 300);
    QCOMPARE(c.value("height"_L1).toInt(), 250);
    QCOMPARE(c.value("resources"_L1).toArray(),
             (QJsonArray{QJsonObject{{u"kind"_s, u"static"_s}, {u"creativeType"_s, u"image/png"_s}, {u"content"_s, u"https://img"_s}}}));
    QCOMPARE(c.value("clickThrough"_L1).toString(), u"https://landing"_s);
    QCOMPARE(c.value("clickTracking"_L1).toArray(), QJsonArray{u"https://cct"_s});
    QCOMPARE(c.value("trackingEvents"_L1).toArray().first().toObject().value("event"_L1).toString(), u"creativeView"_s);
    QCOMPARE(c.value("altText"_L1).toString(), u"alt"_s);

    const QJsonObject nonLinear = creatives.at(2).toObject();
    QVERIFY(!nonLinear.contains("linear"_L1));
    const QJsonObject nla = nonLinear.value("nonLinearAds"_L1).toObject();
    QCOMPARE(keys(nla), (QStringList{u"nonLinears"_s, u"trackingEvents"_s}));
    const QJsonObject n = nla.value("nonLinears"_L1).toArray().first().toObject();
    QCOMPARE(n.value("width"_L1).toInt(), 480);
    QCOMPARE(n.value("minSuggestedDurationMs"_L1).toInteger(), 15000);
    QCOMPARE(n.value("clickThrough"_L1).toString(), u"https://nl"_s);
    QCOMPARE(nla.value("trackingEvents"_L1).toArray().first().toObject().value("event"_L1).toString(), u"close"_s);
}

void tst_VastJson::mediaFileSchema()
{
    const QJsonObject o = VastJson::toJson(sampleMediaFile());
    QCOMPARE(keys(o), sorted({u"url"_s, u"type"_s, u"width"_s, u"height"_s, u"bitrate"_s, u"minBitrate"_s, u"maxBitrate"_s,
                              u"delivery"_s, u"codec"_s, u"apiFramework"_s, u"id"_s, u"scalable"_s,
                              u"maintainAspectRatio"_s, u"fileSize"_s, u"mediaType"_s}));
    QCOMPARE(o.value("url"_L1).toString(), u"https://cdn/a.mp4"_s);
    QCOMPARE(o.value("type"_L1).toString(), u"video/mp4"_s);
    QCOMPARE(o.value("width"_L1).toInt(), 1280);
    QCOMPARE(o.value("height"_L1).toInt(), 720);
    QCOMPARE(o.value("bitrate"_L1).toInt(), 2000);
    QCOMPARE(o.value("minBitrate"_L1).toInt(), 1500);
    QCOMPARE(o.value("maxBitrate"_L1).toInt(), 2500);
    QCOMPARE(o.value("delivery"_L1).toString(), u"progressive"_s);
    QCOMPARE(o.value("codec"_L1).toString(), u"H.264"_s);
    QCOMPARE(o.value("apiFramework"_L1).toString(), u"VPAID"_s);
    QCOMPARE(o.value("id"_L1).toString(), u"m1"_s);
    QCOMPARE(o.value("scalable"_L1), QJsonValue(true));
    QCOMPARE(o.value("maintainAspectRatio"_L1), QJsonValue(false));
    QCOMPARE(o.value("fileSize"_L1).toInteger(), 5000000000LL);
    QCOMPARE(o.value("mediaType"_L1).toString(), u"2D"_s);
}

void tst_VastJson::parsedDocumentMatchesModel()
{
    // The dump of a parsed document survives a text round trip and keeps the model's values.
    const VastParseResult r = VastParser::parse(
        "<VAST version=\"4.2\"><Ad id=\"x\" sequence=\"3\"><InLine><AdSystem version=\"2\">s</AdSystem><AdTitle>t</AdTitle>"
        "<Impression id=\"i\">https://imp</Impression><Expires>60</Expires><Creatives><Creative><Linear skipoffset=\"00:00:02\">"
        "<Duration>00:00:08.5</Duration><MediaFiles><MediaFile type=\"video/mp4\" width=\"1\" height=\"2\">https://m</MediaFile>"
        "</MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>");
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const QByteArray text = QJsonDocument(VastJson::toJson(r.document)).toJson(QJsonDocument::Indented);
    const QJsonObject back = QJsonDocument::fromJson(text).object();
    QCOMPARE(back, VastJson::toJson(r.document));
    const QJsonObject ad = back.value("ads"_L1).toArray().first().toObject();
    QCOMPARE(ad.value("sequence"_L1).toInt(), 3);
    QCOMPARE(ad.value("expires"_L1).toInt(), 60);
    QCOMPARE(ad.value("adSystemVersion"_L1).toString(), u"2"_s);
    const QJsonObject linear = ad.value("creatives"_L1).toArray().first().toObject().value("linear"_L1).toObject();
    QCOMPARE(linear.value("durationMs"_L1).toInteger(), 8500);
    QCOMPARE(linear.value("skipoffsetMs"_L1).toInteger(), 2000);
}

QTEST_GUILESS_MAIN(tst_VastJson)
#include "tst_vastjson.moc"
