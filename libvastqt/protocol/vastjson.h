// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_VASTJSON_H
#define VASTQT_VASTJSON_H

#include <VastQt/vastmodel.h>
#include <VastQt/vastqt_export.h>

#include <QtCore/QJsonObject>

namespace VastQt
{

/*!
    \namespace VastQt::VastJson
    \brief The JSON dump of the VAST model: the output of `vastqt-inspector --parse`, a
    user-facing interface, so keys and types are stable.

    The document object:
    \code
    { "version": "4.1", "errors": [url], "ads": [ad] }
    \endcode
    An ad object (toJson(const Ad &)) has "id", "sequence" (int, 0 when absent),
    "type" ("InLine" or "Wrapper"), "adSystem", "adSystemVersion", "adTitle",
    "description", "advertiser", "advertiserId", "adServingId", "adType" ("video" when
    absent, the spec's default), "conditionalAd" (bool),
    "categories" [{"authority","code"}], "impressions" [url], "impressionIds" [id],
    "errors" [url], "adVerifications" [{"vendor", "javaScriptResources" [{"url",
    "apiFramework", "browserOptional"}], "executableResources" [{"url","apiFramework","type"}],
    "trackingEvents" [event], "verificationParameters"}], "creatives" [creative], and
    only when set: "pricing" {"model","currency","value"}, "expires" (seconds),
    "viewableImpression" {"id", "viewable", "notViewable", "viewUndetermined" (url lists),
    "viewableIds", "notViewableIds", "viewUndeterminedIds"}, "extensions" (raw XML),
    "surveys" [{"type","url"}], "wrapperExtensions" (a resolved
    ad only: the Wrappers' extensions, see toJson(const QList<ChainExtension> &)); a Wrapper adds "vastAdTagURI",
    "followAdditionalWrappers", "allowMultipleAds", "fallbackOnNoAd" (bools) and
    "blockedAdCategories" [{"authority","code"}].

    Every "...Ids" array is parallel to the url array of the same name: the id of the
    URI at the same index, "" when it has none (the spec's id attributes, kept also for
    the URIs merged in from Wrappers).

    A creative has "id", "adId", "sequence" (int), "apiFramework", "universalAdIds"
    [{"idRegistry","value"}], "creativeExtensions" (raw XML, only when set) and one of:
    - "linear": {"durationMs" (-1 when absent), "skipoffset" (string or null),
      "skipoffsetMs" (null when not skippable), "mediaFiles" [mediaFile], "mezzanines",
      "interactiveCreativeFiles", "closedCaptionFiles", "trackingEvents" [event],
      "clickThrough" (url or null), "clickThroughId", "clickTracking" [url],
      "clickTrackingIds", "customClick" [url], "customClickIds", "icons" [{...,
      "pxratio" ("1" when absent), "clickTracking" [url], "clickTrackingIds", ...}],
      "adParameters", "adParametersXmlEncoded" (bool)};
    - "nonLinearAds": {"nonLinears" [{..., "adParameters", "adParametersXmlEncoded",
      "clickThrough", "clickTracking", "clickTrackingIds"}], "trackingEvents"};
    - "companionAds": {"required", "companions" [{..., "pxratio" ("1" when absent),
      "renderingMode" ("default" when absent), "clickTracking", "clickTrackingIds",
      "adParameters", "adParametersXmlEncoded"}]}.
    A mezzanine's and a media file's "mediaType" is "2D" when absent.
    A tracking event is {"event", "offset" (string or null), "url"}. Times are in
    milliseconds, sizes in pixels, bitrates in kbit/s. QJsonObject sorts keys.
*/
namespace VastJson
{

/*! The whole document: {"version", "errors", "ads"}. */
VASTQT_EXPORT QJsonObject toJson(const VastDocument &document);

/*! One ad, the same object as one entry of the document's "ads". */
VASTQT_EXPORT QJsonObject toJson(const Ad &ad);

/*! The extensions of a Wrapper chain, in chain order: [{"hop" (int, 0 the tag's
    document), "url", "element" ("Extensions" or "CreativeExtensions"), "creativeId" (only
    when set), "xml" (raw XML)}]. */
VASTQT_EXPORT QJsonArray toJson(const QList<ChainExtension> &extensions);
/*! One media file: "url", "type", "width", "height", "bitrate", "minBitrate",
    "maxBitrate", "delivery", "codec", "apiFramework", "id", "scalable",
    "maintainAspectRatio", "fileSize" (bytes, 0 when absent), "mediaType". */
VASTQT_EXPORT QJsonObject toJson(const MediaFile &mediaFile);

} // namespace VastJson

} // namespace VastQt

#endif // VASTQT_VASTJSON_H
