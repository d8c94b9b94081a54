// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastjson.h>

#include <QtCore/QJsonArray>

using namespace Qt::StringLiterals;

namespace VastQt
{
namespace VastJson
{

namespace
{

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray urls(const QList<VastUri> &uris)
{
    QJsonArray array;
    for (const VastUri &uri : uris)
        array.append(uri.url);
    return array;
}

// The ids of \a uris, in the same order as urls(uris): "" where a URI has none.
QJsonArray ids(const QList<VastUri> &uris)
{
    QJsonArray array;
    for (const VastUri &uri : uris)
        array.append(uri.id);
    return array;
}

// \a key: [url] and \a idsKey: [id], the ids parallel to the URLs, into \a o.
void insertUris(QJsonObject &o, const QString &key, const QString &idsKey, const QList<VastUri> &uris)
{
    o.insert(key, urls(uris));
    o.insert(idsKey, ids(uris));
}

QJsonArray categories(const QList<Category> &list)
{
    QJsonArray array;
    for (const Category &c : list)
        array.append(QJsonObject{{u"authority"_s, c.authority}, {u"code"_s, c.code}});
    return array;
}

QJsonArray trackingEvents(const QList<TrackingEvent> &events)
{
    QJsonArray array;
    for (const TrackingEvent &e : events)
        array.append(QJsonObject{{u"event"_s, e.event}, {u"offset"_s, stringOrNull(e.offset)}, {u"url"_s, e.url}});
    return array;
}

QJsonArray resources(const QList<CreativeResource> &list)
{
    QJsonArray array;
    for (const CreativeResource &r : list)
        array.append(QJsonObject{{u"kind"_s, r.kind}, {u"creativeType"_s, r.creativeType}, {u"content"_s, r.content}});
    return array;
}

QJsonObject toJson(const Mezzanine &m)
{
    return QJsonObject{
        {u"url"_s, m.url},
        {u"type"_s, m.type},
        {u"width"_s, m.width},
        {u"height"_s, m.height},
        {u"delivery"_s, m.delivery},
        {u"codec"_s, m.codec},
        {u"id"_s, m.id},
        {u"fileSize"_s, m.fileSize},
        {u"mediaType"_s, m.mediaType},
    };
}

QJsonObject toJson(const InteractiveCreativeFile &f)
{
    return QJsonObject{
        {u"url"_s, f.url},
        {u"type"_s, f.type},
        {u"apiFramework"_s, f.apiFramework},
        {u"variableDuration"_s, f.variableDuration},
    };
}

QJsonObject toJson(const ClosedCaptionFile &f)
{
    return QJsonObject{{u"url"_s, f.url}, {u"type"_s, f.type}, {u"language"_s, f.language}};
}

QJsonObject toJson(const Icon &icon)
{
    QJsonArray fallbackImages;
    for (const IconClickFallbackImage &image : icon.clickFallbackImages) {
        fallbackImages.append(QJsonObject{
            {u"width"_s, image.width},
            {u"height"_s, image.height},
            {u"altText"_s, image.altText},
            {u"url"_s, image.url},
            {u"creativeType"_s, image.creativeType},
        });
    }
    return QJsonObject{
        {u"program"_s, icon.program},
        {u"width"_s, icon.width},
        {u"height"_s, icon.height},
        {u"xPosition"_s, icon.xPosition},
        {u"yPosition"_s, icon.yPosition},
        {u"durationMs"_s, icon.durationMs},
        {u"offsetMs"_s, icon.offsetMs},
        {u"apiFramework"_s, icon.apiFramework},
        {u"pxratio"_s, icon.pxratio},
        {u"altText"_s, icon.altText},
        {u"hoverText"_s, icon.hoverText},
        {u"resources"_s, resources(icon.resources)},
        {u"clickThrough"_s, stringOrNull(icon.clickThrough)},
        {u"clickTracking"_s, urls(icon.clickTracking)},
        {u"clickTrackingIds"_s, ids(icon.clickTracking)},
        {u"viewTracking"_s, strings(icon.viewTracking)},
        {u"clickFallbackImages"_s, fallbackImages},
    };
}

QJsonObject toJson(const Linear &linear)
{
    QJsonArray mediaFiles;
    for (const MediaFile &f : linear.mediaFiles)
        mediaFiles.append(VastJson::toJson(f));
    QJsonArray mezzanines;
    for (const Mezzanine &m : linear.mezzanines)
        mezzanines.append(toJson(m));
    QJsonArray interactive;
    for (const InteractiveCreativeFile &f : linear.interactiveCreativeFiles)
        interactive.append(toJson(f));
    QJsonArray captions;
    for (const ClosedCaptionFile &f : linear.closedCaptionFiles)
        captions.append(toJson(f));
    QJsonArray icons;
    for (const Icon &icon : linear.icons)
        icons.append(toJson(icon));
    const qint64 skipoffsetMs = linear.skipoffsetMs();
    return QJsonObject{
        {u"durationMs"_s, linear.durationMs},
        {u"skipoffset"_s, stringOrNull(linear.skipoffset)},
        {u"skipoffsetMs"_s, skipoffsetMs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(skipoffsetMs)},
        {u"mediaFiles"_s, mediaFiles},
        {u"mezzanines"_s, mezzanines},
        {u"interactiveCreativeFiles"_s, interactive},
        {u"closedCaptionFiles"_s, captions},
        {u"trackingEvents"_s, trackingEvents(linear.trackingEvents)},
        {u"clickThrough"_s, stringOrNull(linear.videoClicks.clickThrough.url)},
        {u"clickThroughId"_s, linear.videoClicks.clickThrough.id},
        {u"clickTracking"_s, urls(linear.videoClicks.clickTracking)},
        {u"clickTrackingIds"_s, ids(linear.videoClicks.clickTracking)},
        {u"customClick"_s, urls(linear.videoClicks.customClick)},
        {u"customClickIds"_s, ids(linear.videoClicks.customClick)},
        {u"icons"_s, icons},
        {u"adParameters"_s, linear.adParameters},
        {u"adParametersXmlEncoded"_s, linear.adParametersXmlEncoded},
    };
}

QJsonObject toJson(const NonLinearAds &ads)
{
    QJsonArray nonLinears;
    for (const NonLinear &n : ads.nonLinears) {
        nonLinears.append(QJsonObject{
            {u"id"_s, n.id},
            {u"width"_s, n.width},
            {u"height"_s, n.height},
            {u"expandedWidth"_s, n.expandedWidth},
            {u"expandedHeight"_s, n.expandedHeight},
            {u"scalable"_s, n.scalable},
            {u"maintainAspectRatio"_s, n.maintainAspectRatio},
            {u"minSuggestedDurationMs"_s, n.minSuggestedDurationMs},
            {u"apiFramework"_s, n.apiFramework},
            {u"resources"_s, resources(n.resources)},
            {u"adParameters"_s, n.adParameters},
            {u"adParametersXmlEncoded"_s, n.adParametersXmlEncoded},
            {u"clickThrough"_s, stringOrNull(n.clickThrough)},
            {u"clickTracking"_s, urls(n.clickTracking)},
            {u"clickTrackingIds"_s, ids(n.clickTracking)},
        });
    }
    return QJsonObject{{u"nonLinears"_s, nonLinears}, {u"trackingEvents"_s, trackingEvents(ads.trackingEvents)}};
}

QJsonObject toJson(const CompanionAds &ads)
{
    QJsonArray companions;
    for (const Companion &c : ads.companions) {
        companions.append(QJsonObject{
            {u"id"_s, c.id},
            {u"width"_s, c.width},
            {u"height"_s, c.height},
            {u"assetWidth"_s, c.assetWidth},
            {u"assetHeight"_s, c.assetHeight},
            {u"expandedWidth"_s, c.expandedWidth},
            {u"expandedHeight"_s, c.expandedHeight},
            {u"apiFramework"_s, c.apiFramework},
            {u"adSlotId"_s, c.adSlotId},
            {u"pxratio"_s, c.pxratio},
            {u"renderingMode"_s, c.renderingMode},
            {u"resources"_s, resources(c.resources)},
            {u"clickThrough"_s, stringOrNull(c.companionClickThrough)},
            {u"clickTracking"_s, urls(c.companionClickTracking)},
            {u"clickTrackingIds"_s, ids(c.companionClickTracking)},
            {u"trackingEvents"_s, trackingEvents(c.trackingEvents)},
            {u"altText"_s, c.altText},
            {u"adParameters"_s, c.adParameters},
            {u"adParametersXmlEncoded"_s, c.adParametersXmlEncoded},
        });
    }
    return QJsonObject{{u"required"_s, ads.required}, {u"companions"_s, companions}};
}

QJsonObject toJson(const Creative &creative)
{
    QJsonArray universalAdIds;
    for (const UniversalAdId &id : creative.universalAdIds)
        universalAdIds.append(QJsonObject{{u"idRegistry"_s, id.idRegistry}, {u"value"_s, id.value}});
    QJsonObject o{
        {u"id"_s, creative.id},
        {u"adId"_s, creative.adId},
        {u"sequence"_s, creative.sequence},
        {u"apiFramework"_s, creative.apiFramework},
        {u"universalAdIds"_s, universalAdIds},
    };
    switch (creative.kind) {
    case Creative::Kind::Linear:
        o.insert(u"linear"_s, toJson(creative.linear));
        break;
    case Creative::Kind::NonLinear:
        o.insert(u"nonLinearAds"_s, toJson(creative.nonLinearAds));
        break;
    case Creative::Kind::Companion:
        o.insert(u"companionAds"_s, toJson(creative.companionAds));
        break;
    case Creative::Kind::None:
        break;
    }
    if (!creative.creativeExtensions.isEmpty())
        o.insert(u"creativeExtensions"_s, creative.creativeExtensions);
    return o;
}

QJsonObject toJson(const Verification &v)
{
    QJsonArray javaScript;
    for (const VerificationResource &r : v.javaScriptResources) {
        javaScript.append(QJsonObject{
            {u"url"_s, r.url},
            {u"apiFramework"_s, r.apiFramework},
            {u"browserOptional"_s, r.browserOptional},
        });
    }
    QJsonArray executable;
    for (const VerificationResource &r : v.executableResources)
        executable.append(QJsonObject{{u"url"_s, r.url}, {u"apiFramework"_s, r.apiFramework}, {u"type"_s, r.type}});
    return QJsonObject{
        {u"vendor"_s, v.vendor},
        {u"javaScriptResources"_s, javaScript},
        {u"executableResources"_s, executable},
        {u"trackingEvents"_s, trackingEvents(v.trackingEvents)},
        {u"verificationParameters"_s, v.verificationParameters},
    };
}

} // namespace

QJsonArray toJson(const QList<ChainExtension> &extensions)
{
    QJsonArray array;
    for (const ChainExtension &e : extensions) {
        QJsonObject o{{u"hop"_s, e.hop}, {u"url"_s, e.url}, {u"element"_s, e.element}, {u"xml"_s, e.xml}};
        if (!e.creativeId.isEmpty())
            o.insert(u"creativeId"_s, e.creativeId);
        array.append(o);
    }
    return array;
}

QJsonObject toJson(const MediaFile &f)
{
    return QJsonObject{
        {u"url"_s, f.url},
        {u"type"_s, f.type},
        {u"width"_s, f.width},
        {u"height"_s, f.height},
        {u"bitrate"_s, f.bitrate},
        {u"minBitrate"_s, f.minBitrate},
        {u"maxBitrate"_s, f.maxBitrate},
        {u"delivery"_s, f.delivery},
        {u"codec"_s, f.codec},
        {u"apiFramework"_s, f.apiFramework},
        {u"id"_s, f.id},
        {u"scalable"_s, f.scalable},
        {u"maintainAspectRatio"_s, f.maintainAspectRatio},
        {u"fileSize"_s, f.fileSize},
        {u"mediaType"_s, f.mediaType},
    };
}

QJsonObject toJson(const Ad &ad)
{
    QJsonArray verifications;
    for (const Verification &v : ad.adVerifications)
        verifications.append(toJson(v));
    QJsonArray creatives;
    for (const Creative &c : ad.creatives)
        creatives.append(toJson(c));

    QJsonObject o{
        {u"id"_s, ad.id},
        {u"sequence"_s, ad.sequence},
        {u"type"_s, ad.isWrapper() ? u"Wrapper"_s : u"InLine"_s},
        {u"adSystem"_s, ad.adSystem.name},
        {u"adSystemVersion"_s, ad.adSystem.version},
        {u"adTitle"_s, ad.adTitle},
        {u"description"_s, ad.description},
        {u"advertiser"_s, ad.advertiser.name},
        {u"advertiserId"_s, ad.advertiser.id},
        {u"adServingId"_s, ad.adServingId},
        {u"adType"_s, ad.adType},
        {u"conditionalAd"_s, ad.conditionalAd},
        {u"categories"_s, categories(ad.categories)},
        {u"impressions"_s, urls(ad.impressions)},
        {u"impressionIds"_s, ids(ad.impressions)},
        {u"errors"_s, strings(ad.errors)},
        {u"adVerifications"_s, verifications},
        {u"creatives"_s, creatives},
    };
    if (!ad.pricing.model.isEmpty() || !ad.pricing.currency.isEmpty() || !ad.pricing.value.isEmpty()) {
        o.insert(u"pricing"_s, QJsonObject{
            {u"model"_s, ad.pricing.model},
            {u"currency"_s, ad.pricing.currency},
            {u"value"_s, ad.pricing.value},
        });
    }
    if (ad.expires != -1)
        o.insert(u"expires"_s, ad.expires);
    if (!ad.viewableImpression.isEmpty()) {
        const ViewableImpression &v = ad.viewableImpression;
        QJsonObject viewable{{u"id"_s, v.id}};
        insertUris(viewable, u"viewable"_s, u"viewableIds"_s, v.viewable);
        insertUris(viewable, u"notViewable"_s, u"notViewableIds"_s, v.notViewable);
        insertUris(viewable, u"viewUndetermined"_s, u"viewUndeterminedIds"_s, v.viewUndetermined);
        o.insert(u"viewableImpression"_s, viewable);
    }
    if (!ad.extensions.isEmpty())
        o.insert(u"extensions"_s, ad.extensions);
    if (!ad.wrapperExtensions.isEmpty())
        o.insert(u"wrapperExtensions"_s, toJson(ad.wrapperExtensions));
    if (!ad.surveys.isEmpty()) {
        QJsonArray surveys;
        for (const Survey &s : ad.surveys)
            surveys.append(QJsonObject{{u"type"_s, s.type}, {u"url"_s, s.url}});
        o.insert(u"surveys"_s, surveys);
    }
    if (ad.isWrapper()) {
        o.insert(u"vastAdTagURI"_s, ad.vastAdTagUri);
        o.insert(u"followAdditionalWrappers"_s, ad.followAdditionalWrappers);
        o.insert(u"allowMultipleAds"_s, ad.allowMultipleAds);
        o.insert(u"fallbackOnNoAd"_s, ad.fallbackOnNoAd);
        o.insert(u"blockedAdCategories"_s, categories(ad.blockedAdCategories));
    }
    return o;
}

QJsonObject toJson(const VastDocument &document)
{
    QJsonArray ads;
    for (const Ad &ad : document.ads)
        ads.append(toJson(ad));
    return QJsonObject{
        {u"version"_s, document.version},
        {u"errors"_s, strings(document.errors)},
        {u"ads"_s, ads},
    };
}

} // namespace VastJson
} // namespace VastQt
