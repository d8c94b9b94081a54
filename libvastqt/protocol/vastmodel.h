// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_VASTMODEL_H
#define VASTQT_VASTMODEL_H

#include <VastQt/vastqt_export.h>

#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/qobjectdefs.h>

/*
    The VAST document model (VAST 2.0 to 4.3, one model with optional fields).

    Every class is a Q_GADGET value type named after the IAB element it holds, so QML reads
    its properties and a parsed Ad copies cheaply: the members are Qt's implicitly shared
    containers, a copy only bumps reference counts. URIs are kept as strings, trimmed of
    whitespace and CDATA, with their macros ([ERRORCODE], ${TIMESTAMP}) untouched; the
    tracker expands them when a beacon fires.

    Times are qint64 milliseconds; -1 means "absent". Sizes are pixels; bitrates are
    kilobits per second, as the spec writes them.
*/

namespace VastQt
{

/*! \brief <AdSystem> (VAST 4.3 §3.4.1): the ad server that returned the ad. */
struct VASTQT_EXPORT AdSystem {
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString version MEMBER version)
public:
    //! The ad server's name (the element's text).
    QString name;
    //! The version attribute: the ad server's version.
    QString version;
    //! Not equal: the opposite of operator==().
    bool operator!=(const AdSystem &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const AdSystem &o) const { return name == o.name && version == o.version; }
};

/*! \brief A URI with an optional id: <Impression>, <ClickTracking>, <CustomClick>,
    <ClickThrough>, <Error> (VAST 4.3 §3.4.2, §3.9.2). */
struct VASTQT_EXPORT VastUri {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString url MEMBER url)
public:
    //! The id attribute, empty when absent.
    QString id;
    //! The URI, with its macros unexpanded.
    QString url;
    //! Not equal: the opposite of operator==().
    bool operator!=(const VastUri &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const VastUri &o) const { return id == o.id && url == o.url; }
};

/*! \brief <Pricing> (VAST 4.3 §3.4.7): model (CPM, CPC, CPE, CPV), ISO 4217 currency, value. */
struct VASTQT_EXPORT Pricing {
    Q_GADGET
    Q_PROPERTY(QString model MEMBER model)
    Q_PROPERTY(QString currency MEMBER currency)
    Q_PROPERTY(QString value MEMBER value)
public:
    //! The model attribute: "CPM", "CPC", "CPE" or "CPV".
    QString model;
    //! The currency attribute: a three-letter ISO 4217 code ("USD").
    QString currency;
    //! The price, as the element's text (kept as text: no rounding).
    QString value;
    //! Not equal: the opposite of operator==().
    bool operator!=(const Pricing &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const Pricing &o) const { return model == o.model && currency == o.currency && value == o.value; }
};

/*! \brief <Category> and <BlockedAdCategories> (VAST 4.3 §3.4.5, §3.19.2). */
struct VASTQT_EXPORT Category {
    Q_GADGET
    Q_PROPERTY(QString authority MEMBER authority)
    Q_PROPERTY(QString code MEMBER code)
public:
    //! The authority attribute: the URL of the taxonomy (e.g. the IAB Content Taxonomy).
    QString authority;
    //! The category code within that taxonomy (the element's text).
    QString code;
    //! Not equal: the opposite of operator==().
    bool operator!=(const Category &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const Category &o) const { return authority == o.authority && code == o.code; }
};

/*! \brief <Advertiser> (VAST 4.3 §3.4.4): name and optional id. */
struct VASTQT_EXPORT Advertiser {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
public:
    //! The id attribute, empty when absent.
    QString id;
    //! The advertiser's name (the element's text).
    QString name;
    //! Not equal: the opposite of operator==().
    bool operator!=(const Advertiser &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const Advertiser &o) const { return id == o.id && name == o.name; }
};

/*! \brief <Survey> (VAST 4.3 §3.4.9, deprecated in 4.1): a research URI and its MIME type. */
struct VASTQT_EXPORT Survey {
    Q_GADGET
    Q_PROPERTY(QString type MEMBER type)
    Q_PROPERTY(QString url MEMBER url)
public:
    //! The type attribute: the MIME type of the survey resource.
    QString type;
    //! The survey URI.
    QString url;
    //! Not equal: the opposite of operator==().
    bool operator!=(const Survey &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const Survey &o) const { return type == o.type && url == o.url; }
};

/*! \brief <UniversalAdId> (VAST 4.3 §3.7.1): registry and id of the creative. In VAST 4.0
    the id is the idValue attribute; from 4.1 it is the element's text. */
struct VASTQT_EXPORT UniversalAdId {
    Q_GADGET
    Q_PROPERTY(QString idRegistry MEMBER idRegistry)
    Q_PROPERTY(QString value MEMBER value)
public:
    //! The idRegistry attribute: the registry the id belongs to (e.g. "ad-id.org"), "unknown" when none.
    QString idRegistry;
    //! The creative's id in that registry.
    QString value;
    //! Not equal: the opposite of operator==().
    bool operator!=(const UniversalAdId &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const UniversalAdId &o) const { return idRegistry == o.idRegistry && value == o.value; }
};

/*! \brief <Tracking> (VAST 4.3 §3.14): one event URI. \c offset is the raw offset attribute
    of a "progress" event (HH:MM:SS[.mmm] or n%), empty otherwise. */
struct VASTQT_EXPORT TrackingEvent {
    Q_GADGET
    Q_PROPERTY(QString event MEMBER event)
    Q_PROPERTY(QString offset MEMBER offset)
    Q_PROPERTY(QString url MEMBER url)
public:
    //! The event attribute in IAB spelling ("start", "firstQuartile", "progress", ...).
    QString event;
    //! The offset attribute of a "progress" event (HH:MM:SS[.mmm] or n%), empty otherwise.
    QString offset;
    //! The beacon URI, with its macros unexpanded.
    QString url;
    //! Not equal: the opposite of operator==().
    bool operator!=(const TrackingEvent &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const TrackingEvent &o) const { return event == o.event && offset == o.offset && url == o.url; }
};

/*! \brief <VideoClicks> (VAST 4.3 §3.9.2): ClickThrough, ClickTracking, CustomClick. */
struct VASTQT_EXPORT VideoClicks {
    Q_GADGET
    Q_PROPERTY(VastQt::VastUri clickThrough MEMBER clickThrough)
    Q_PROPERTY(QList<VastQt::VastUri> clickTracking MEMBER clickTracking)
    Q_PROPERTY(QList<VastQt::VastUri> customClick MEMBER customClick)
public:
    //! The <ClickThrough>: the landing page opened on a click (at most one).
    VastUri clickThrough;
    //! The <ClickTracking> URIs fired on a click.
    QList<VastUri> clickTracking;
    //! The <CustomClick> URIs, for clicks on player controls other than the video.
    QList<VastUri> customClick;
    //! Not equal: the opposite of operator==().
    bool operator!=(const VideoClicks &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const VideoClicks &o) const
    {
        return clickThrough == o.clickThrough && clickTracking == o.clickTracking && customClick == o.customClick;
    }
};

/*! \brief <MediaFile> (VAST 4.3 §3.9.1.1). width/height in pixels, bitrates in kbit/s,
    0 when absent. fileSize in bytes, 0 when absent. mediaType is "2D" when absent, the
    spec's default. */
struct VASTQT_EXPORT MediaFile {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString url MEMBER url)
    Q_PROPERTY(QString delivery MEMBER delivery)
    Q_PROPERTY(QString type MEMBER type)
    Q_PROPERTY(int width MEMBER width)
    Q_PROPERTY(int height MEMBER height)
    Q_PROPERTY(QString codec MEMBER codec)
    Q_PROPERTY(int bitrate MEMBER bitrate)
    Q_PROPERTY(int minBitrate MEMBER minBitrate)
    Q_PROPERTY(int maxBitrate MEMBER maxBitrate)
    Q_PROPERTY(bool scalable MEMBER scalable)
    Q_PROPERTY(bool maintainAspectRatio MEMBER maintainAspectRatio)
    Q_PROPERTY(QString apiFramework MEMBER apiFramework)
    Q_PROPERTY(qint64 fileSize MEMBER fileSize)
    Q_PROPERTY(QString mediaType MEMBER mediaType)
public:
    //! The id attribute, empty when absent.
    QString id;
    //! The media URI.
    QString url;
    QString delivery; //!< "progressive" or "streaming"
    QString type; //!< MIME type, e.g. "video/mp4"
    //! The width attribute, in pixels; 0 when absent.
    int width = 0;
    //! The height attribute, in pixels; 0 when absent.
    int height = 0;
    //! The codec attribute (RFC 6381, e.g. "avc1.42E01E"), empty when absent.
    QString codec;
    //! The bitrate attribute, in kbit/s; 0 when absent.
    int bitrate = 0;
    //! The minBitrate attribute of an adaptive stream, in kbit/s; 0 when absent.
    int minBitrate = 0;
    //! The maxBitrate attribute of an adaptive stream, in kbit/s; 0 when absent.
    int maxBitrate = 0;
    //! The scalable attribute: the file may be scaled to another size.
    bool scalable = false;
    //! The maintainAspectRatio attribute: scaling must keep the aspect ratio.
    bool maintainAspectRatio = false;
    QString apiFramework; //!< "VPAID" marks an interactive file we do not play
    //! The fileSize attribute (VAST 4.1+), in bytes; 0 when absent.
    qint64 fileSize = 0;
    QString mediaType = QStringLiteral("2D"); //!< 4.1+: "2D" (the default), "3D", "360"
    //! Not equal: the opposite of operator==().
    bool operator!=(const MediaFile &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const MediaFile &o) const;
};

/*! \brief <Mezzanine> (VAST 4.3 §3.9.1.2): the raw high-quality file for SSAI transcoding.
    mediaType is "2D" when absent, the spec's default. */
struct VASTQT_EXPORT Mezzanine {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString url MEMBER url)
    Q_PROPERTY(QString delivery MEMBER delivery)
    Q_PROPERTY(QString type MEMBER type)
    Q_PROPERTY(int width MEMBER width)
    Q_PROPERTY(int height MEMBER height)
    Q_PROPERTY(QString codec MEMBER codec)
    Q_PROPERTY(qint64 fileSize MEMBER fileSize)
    Q_PROPERTY(QString mediaType MEMBER mediaType)
public:
    //! The id attribute, empty when absent.
    QString id;
    //! The Mezzanine file's URI.
    QString url;
    //! The delivery attribute: "progressive" or "streaming".
    QString delivery;
    //! The type attribute: the MIME type.
    QString type;
    //! The width attribute, in pixels.
    int width = 0;
    //! The height attribute, in pixels.
    int height = 0;
    //! The codec attribute, empty when absent.
    QString codec;
    //! The fileSize attribute, in bytes; 0 when absent.
    qint64 fileSize = 0;
    //! The mediaType attribute (4.1+): "2D" (the default), "3D" or "360".
    QString mediaType = QStringLiteral("2D");
    //! Not equal: the opposite of operator==().
    bool operator!=(const Mezzanine &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const Mezzanine &o) const;
};

/*! \brief <InteractiveCreativeFile> (VAST 4.3 §3.9.1.3). */
struct VASTQT_EXPORT InteractiveCreativeFile {
    Q_GADGET
    Q_PROPERTY(QString url MEMBER url)
    Q_PROPERTY(QString type MEMBER type)
    Q_PROPERTY(QString apiFramework MEMBER apiFramework)
    Q_PROPERTY(bool variableDuration MEMBER variableDuration)
public:
    //! The URI of the interactive file.
    QString url;
    //! The type attribute: the MIME type.
    QString type;
    //! The apiFramework attribute (e.g. "SIMID").
    QString apiFramework;
    //! The variableDuration attribute: the interactive creative may extend the ad's duration.
    bool variableDuration = false;
    //! Not equal: the opposite of operator==().
    bool operator!=(const InteractiveCreativeFile &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const InteractiveCreativeFile &o) const;
};

/*! \brief <ClosedCaptionFile> (VAST 4.3 §3.9.1.4): type (MIME) and language (RFC 5646). */
struct VASTQT_EXPORT ClosedCaptionFile {
    Q_GADGET
    Q_PROPERTY(QString url MEMBER url)
    Q_PROPERTY(QString type MEMBER type)
    Q_PROPERTY(QString language MEMBER language)
public:
    //! The caption file's URI.
    QString url;
    //! The type attribute: the MIME type (e.g. "text/vtt").
    QString type;
    //! The language attribute: an RFC 5646 language tag ("en", "de-DE").
    QString language;
    //! Not equal: the opposite of operator==().
    bool operator!=(const ClosedCaptionFile &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const ClosedCaptionFile &o) const { return url == o.url && type == o.type && language == o.language; }
};

/*! \brief A creative resource: <StaticResource> (with creativeType), <IFrameResource> or
    <HTMLResource> (VAST 4.3 §3.15). \c kind is "static", "iframe" or "html". */
struct VASTQT_EXPORT CreativeResource {
    Q_GADGET
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString creativeType MEMBER creativeType)
    Q_PROPERTY(QString content MEMBER content)
public:
    //! "static", "iframe" or "html": which resource element this is.
    QString kind;
    //! The creativeType attribute of a <StaticResource> (a MIME type), empty for the others.
    QString creativeType;
    QString content; //!< a URI for static/iframe, HTML markup for html
    //! Not equal: the opposite of operator==().
    bool operator!=(const CreativeResource &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const CreativeResource &o) const { return kind == o.kind && creativeType == o.creativeType && content == o.content; }
};

/*! \brief <IconClickFallbackImage> (VAST 4.3 §3.11.6.1): an image shown when an icon is
    clicked on a platform that cannot render HTML. width/height in pixels, 0 when absent;
    url is the <StaticResource> URI, creativeType its MIME type. */
struct VASTQT_EXPORT IconClickFallbackImage {
    Q_GADGET
    Q_PROPERTY(int width MEMBER width)
    Q_PROPERTY(int height MEMBER height)
    Q_PROPERTY(QString altText MEMBER altText)
    Q_PROPERTY(QString url MEMBER url)
    Q_PROPERTY(QString creativeType MEMBER creativeType)
public:
    //! The width attribute, in pixels; 0 when absent.
    int width = 0;
    //! The height attribute, in pixels; 0 when absent.
    int height = 0;
    //! The <AltText> of the image, empty when absent.
    QString altText;
    //! The image's URI (its <StaticResource>).
    QString url;
    //! The image's MIME type (the creativeType attribute of its <StaticResource>).
    QString creativeType;
    //! Not equal: the opposite of operator==().
    bool operator!=(const IconClickFallbackImage &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const IconClickFallbackImage &o) const
    {
        return width == o.width && height == o.height && altText == o.altText && url == o.url
            && creativeType == o.creativeType;
    }
};

/*! \brief <Icon> (VAST 4.3 §3.11.1). duration and offset in milliseconds, -1 when absent.
    xPosition/yPosition keep the raw attribute ("left", "right", "top", "bottom" or pixels).
    pxratio is "1" when absent, the spec's default. clickTracking keeps the id of each
    <IconClickTracking> (§3.11.5). */
struct VASTQT_EXPORT Icon {
    Q_GADGET
    Q_PROPERTY(QString program MEMBER program)
    Q_PROPERTY(int width MEMBER width)
    Q_PROPERTY(int height MEMBER height)
    Q_PROPERTY(QString xPosition MEMBER xPosition)
    Q_PROPERTY(QString yPosition MEMBER yPosition)
    Q_PROPERTY(qint64 durationMs MEMBER durationMs)
    Q_PROPERTY(qint64 offsetMs MEMBER offsetMs)
    Q_PROPERTY(QString apiFramework MEMBER apiFramework)
    Q_PROPERTY(QString pxratio MEMBER pxratio)
    Q_PROPERTY(QList<VastQt::CreativeResource> resources MEMBER resources)
    Q_PROPERTY(QString clickThrough MEMBER clickThrough)
    Q_PROPERTY(QList<VastQt::VastUri> clickTracking MEMBER clickTracking)
    Q_PROPERTY(QStringList viewTracking MEMBER viewTracking)
    Q_PROPERTY(QList<VastQt::IconClickFallbackImage> clickFallbackImages MEMBER clickFallbackImages)
    Q_PROPERTY(QString altText MEMBER altText)
    Q_PROPERTY(QString hoverText MEMBER hoverText)
public:
    //! The program attribute: the icon's initiative (e.g. "AdChoices").
    QString program;
    //! The width attribute, in pixels; 0 when absent.
    int width = 0;
    //! The height attribute, in pixels; 0 when absent.
    int height = 0;
    //! The xPosition attribute as written: "left", "right" or a pixel offset.
    QString xPosition;
    //! The yPosition attribute as written: "top", "bottom" or a pixel offset.
    QString yPosition;
    //! The duration attribute, in ms; -1 when absent (shown as long as the ad).
    qint64 durationMs = -1;
    //! The offset attribute, in ms from the start of the ad; -1 when absent.
    qint64 offsetMs = -1;
    //! The apiFramework attribute, empty when absent.
    QString apiFramework;
    //! The pxratio attribute: the device pixel ratio the icon is made for; "1" when absent.
    QString pxratio = QStringLiteral("1");
    //! The icon's <StaticResource>, <IFrameResource> and <HTMLResource> elements, in document order.
    QList<CreativeResource> resources;
    //! The <IconClickThrough> URI, empty when absent.
    QString clickThrough;
    //! The <IconClickTracking> URIs, each with its id, fired when the icon is clicked.
    QList<VastUri> clickTracking;
    //! The <IconViewTracking> URIs, fired when the icon is shown.
    QStringList viewTracking;
    QList<IconClickFallbackImage> clickFallbackImages; //!< 4.2+: <IconClickFallbackImages>
    QString altText; //!< 4.3: the altText attribute
    QString hoverText; //!< 4.3: the hoverText attribute
    //! Not equal: the opposite of operator==().
    bool operator!=(const Icon &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const Icon &o) const;
};

/*! \brief <Linear> (VAST 4.3 §3.8). durationMs is -1 when <Duration> is absent or
    unreadable. skipoffset keeps the raw attribute (HH:MM:SS[.mmm] or n%), empty when
    the ad is not skippable; resolve it against the duration with skipoffsetMs(). */
struct VASTQT_EXPORT Linear {
    Q_GADGET
    Q_PROPERTY(qint64 durationMs MEMBER durationMs)
    Q_PROPERTY(QString skipoffset MEMBER skipoffset)
    Q_PROPERTY(QList<VastQt::TrackingEvent> trackingEvents MEMBER trackingEvents)
    Q_PROPERTY(VastQt::VideoClicks videoClicks MEMBER videoClicks)
    Q_PROPERTY(QList<VastQt::MediaFile> mediaFiles MEMBER mediaFiles)
    Q_PROPERTY(QList<VastQt::Mezzanine> mezzanines MEMBER mezzanines)
    Q_PROPERTY(QList<VastQt::InteractiveCreativeFile> interactiveCreativeFiles MEMBER interactiveCreativeFiles)
    Q_PROPERTY(QList<VastQt::ClosedCaptionFile> closedCaptionFiles MEMBER closedCaptionFiles)
    Q_PROPERTY(QList<VastQt::Icon> icons MEMBER icons)
    Q_PROPERTY(QString adParameters MEMBER adParameters)
    Q_PROPERTY(bool adParametersXmlEncoded MEMBER adParametersXmlEncoded)
public:
    //! The <Duration> in ms; -1 when absent or unreadable.
    qint64 durationMs = -1;
    //! The skipoffset attribute as written (HH:MM:SS[.mmm] or n%), empty when the ad is not skippable.
    QString skipoffset;
    //! The Linear's <TrackingEvents>, in document order.
    QList<TrackingEvent> trackingEvents;
    //! The Linear's <VideoClicks>.
    VideoClicks videoClicks;
    //! The <MediaFile> elements, in document order (MediaFileSelector picks one).
    QList<MediaFile> mediaFiles;
    //! The <Mezzanine> elements (4.0+).
    QList<Mezzanine> mezzanines;
    //! The <InteractiveCreativeFile> elements (4.0+).
    QList<InteractiveCreativeFile> interactiveCreativeFiles;
    //! The <ClosedCaptionFile> elements (4.1+).
    QList<ClosedCaptionFile> closedCaptionFiles;
    //! The <Icon> elements of <Icons>.
    QList<Icon> icons;
    //! The <AdParameters> text, passed as is to an interactive creative; empty when absent.
    QString adParameters;
    bool adParametersXmlEncoded = false; //!< <AdParameters xmlEncoded> (§3.8.2), false when absent

    /*! The skip offset in milliseconds, resolving a percentage against durationMs;
        -1 when the ad is not skippable. */
    Q_INVOKABLE qint64 skipoffsetMs() const;
    //! Not equal: the opposite of operator==().
    bool operator!=(const Linear &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const Linear &o) const;
};

/*! \brief <NonLinear> (VAST 4.3 §3.10.1). Sizes in pixels; minSuggestedDuration in ms (-1). */
struct VASTQT_EXPORT NonLinear {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(int width MEMBER width)
    Q_PROPERTY(int height MEMBER height)
    Q_PROPERTY(int expandedWidth MEMBER expandedWidth)
    Q_PROPERTY(int expandedHeight MEMBER expandedHeight)
    Q_PROPERTY(bool scalable MEMBER scalable)
    Q_PROPERTY(bool maintainAspectRatio MEMBER maintainAspectRatio)
    Q_PROPERTY(qint64 minSuggestedDurationMs MEMBER minSuggestedDurationMs)
    Q_PROPERTY(QString apiFramework MEMBER apiFramework)
    Q_PROPERTY(QList<VastQt::CreativeResource> resources MEMBER resources)
    Q_PROPERTY(QString adParameters MEMBER adParameters)
    Q_PROPERTY(bool adParametersXmlEncoded MEMBER adParametersXmlEncoded)
    Q_PROPERTY(QString clickThrough MEMBER clickThrough)
    Q_PROPERTY(QList<VastQt::VastUri> clickTracking MEMBER clickTracking)
public:
    //! The id attribute, empty when absent.
    QString id;
    //! The width attribute, in pixels.
    int width = 0;
    //! The height attribute, in pixels.
    int height = 0;
    //! The expandedWidth attribute, in pixels; 0 when absent.
    int expandedWidth = 0;
    //! The expandedHeight attribute, in pixels; 0 when absent.
    int expandedHeight = 0;
    //! The scalable attribute.
    bool scalable = false;
    //! The maintainAspectRatio attribute.
    bool maintainAspectRatio = false;
    //! The minSuggestedDuration attribute, in ms; -1 when absent.
    qint64 minSuggestedDurationMs = -1;
    //! The apiFramework attribute, empty when absent.
    QString apiFramework;
    //! The NonLinear's resources (static, iframe, html), in document order.
    QList<CreativeResource> resources;
    //! The <AdParameters> text, empty when absent.
    QString adParameters;
    bool adParametersXmlEncoded = false; //!< <AdParameters xmlEncoded> (§3.8.2)
    //! The <NonLinearClickThrough> URI, empty when absent.
    QString clickThrough;
    QList<VastUri> clickTracking; //!< <NonLinearClickTracking>, each with its id
    //! Not equal: the opposite of operator==().
    bool operator!=(const NonLinear &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const NonLinear &o) const;
};

/*! \brief <NonLinearAds> (VAST 4.3 §3.10). */
struct VASTQT_EXPORT NonLinearAds {
    Q_GADGET
    Q_PROPERTY(QList<VastQt::NonLinear> nonLinears MEMBER nonLinears)
    Q_PROPERTY(QList<VastQt::TrackingEvent> trackingEvents MEMBER trackingEvents)
public:
    //! The <NonLinear> elements.
    QList<NonLinear> nonLinears;
    //! The <TrackingEvents> shared by the NonLinear elements.
    QList<TrackingEvent> trackingEvents;
    //! Not equal: the opposite of operator==().
    bool operator!=(const NonLinearAds &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const NonLinearAds &o) const { return nonLinears == o.nonLinears && trackingEvents == o.trackingEvents; }
};

/*! \brief <Companion> (VAST 4.3 §3.13.1). Sizes in pixels. pxratio is "1" and
    renderingMode "default" when absent, the spec's defaults. */
struct VASTQT_EXPORT Companion {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(int width MEMBER width)
    Q_PROPERTY(int height MEMBER height)
    Q_PROPERTY(int assetWidth MEMBER assetWidth)
    Q_PROPERTY(int assetHeight MEMBER assetHeight)
    Q_PROPERTY(int expandedWidth MEMBER expandedWidth)
    Q_PROPERTY(int expandedHeight MEMBER expandedHeight)
    Q_PROPERTY(QString apiFramework MEMBER apiFramework)
    Q_PROPERTY(QString adSlotId MEMBER adSlotId)
    Q_PROPERTY(QString pxratio MEMBER pxratio)
    Q_PROPERTY(QString renderingMode MEMBER renderingMode)
    Q_PROPERTY(QList<VastQt::CreativeResource> resources MEMBER resources)
    Q_PROPERTY(QString altText MEMBER altText)
    Q_PROPERTY(QString adParameters MEMBER adParameters)
    Q_PROPERTY(bool adParametersXmlEncoded MEMBER adParametersXmlEncoded)
    Q_PROPERTY(QString companionClickThrough MEMBER companionClickThrough)
    Q_PROPERTY(QList<VastQt::VastUri> companionClickTracking MEMBER companionClickTracking)
    Q_PROPERTY(QList<VastQt::TrackingEvent> trackingEvents MEMBER trackingEvents)
public:
    //! The id attribute, empty when absent.
    QString id;
    //! The width attribute: the slot's width, in pixels.
    int width = 0;
    //! The height attribute: the slot's height, in pixels.
    int height = 0;
    //! The assetWidth attribute: the creative's width, in pixels; 0 when absent.
    int assetWidth = 0;
    //! The assetHeight attribute: the creative's height, in pixels; 0 when absent.
    int assetHeight = 0;
    //! The expandedWidth attribute, in pixels; 0 when absent.
    int expandedWidth = 0;
    //! The expandedHeight attribute, in pixels; 0 when absent.
    int expandedHeight = 0;
    //! The apiFramework attribute, empty when absent.
    QString apiFramework;
    //! The adSlotId attribute: the publisher's slot the Companion goes in.
    QString adSlotId;
    //! The pxratio attribute: the device pixel ratio the creative is made for; "1" when absent.
    QString pxratio = QStringLiteral("1");
    QString renderingMode = QStringLiteral("default"); //!< 4.1+: "default", "end-card", "concurrent"
    //! The Companion's resources (static, iframe, html), in document order.
    QList<CreativeResource> resources;
    //! The <AltText>, empty when absent.
    QString altText;
    //! The <AdParameters> text, empty when absent.
    QString adParameters;
    bool adParametersXmlEncoded = false; //!< <AdParameters xmlEncoded> (§3.8.2)
    //! The <CompanionClickThrough> URI, empty when absent.
    QString companionClickThrough;
    QList<VastUri> companionClickTracking; //!< <CompanionClickTracking>, each with its id
    //! The Companion's <TrackingEvents> (creativeView).
    QList<TrackingEvent> trackingEvents;
    //! Not equal: the opposite of operator==().
    bool operator!=(const Companion &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const Companion &o) const;
};

/*! \brief <CompanionAds> (VAST 4.3 §3.11): required is "all", "any", "none" or empty. */
struct VASTQT_EXPORT CompanionAds {
    Q_GADGET
    Q_PROPERTY(QString required MEMBER required)
    Q_PROPERTY(QList<VastQt::Companion> companions MEMBER companions)
public:
    //! The required attribute: "all", "any", "none" or empty.
    QString required;
    //! The <Companion> elements.
    QList<Companion> companions;
    //! Not equal: the opposite of operator==().
    bool operator!=(const CompanionAds &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const CompanionAds &o) const { return required == o.required && companions == o.companions; }
};

/*! \brief <Creative> (VAST 4.3 §3.7): exactly one of linear, nonLinearAds or companionAds,
    as kind says. sequence is 0 when absent. creativeExtensions is the raw XML of
    <CreativeExtensions>, empty when absent. */
struct VASTQT_EXPORT Creative {
    Q_GADGET
    Q_PROPERTY(Kind kind MEMBER kind)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString adId MEMBER adId)
    Q_PROPERTY(int sequence MEMBER sequence)
    Q_PROPERTY(QString apiFramework MEMBER apiFramework)
    Q_PROPERTY(QList<VastQt::UniversalAdId> universalAdIds MEMBER universalAdIds)
    Q_PROPERTY(VastQt::Linear linear MEMBER linear)
    Q_PROPERTY(VastQt::NonLinearAds nonLinearAds MEMBER nonLinearAds)
    Q_PROPERTY(VastQt::CompanionAds companionAds MEMBER companionAds)
    Q_PROPERTY(QString creativeExtensions MEMBER creativeExtensions)
public:
    //! Which of linear, nonLinearAds and companionAds the Creative holds; None when it holds none of them.
    enum class Kind { None, Linear, NonLinear, Companion };
    Q_ENUM(Kind)

    //! Which of the three the Creative holds.
    Kind kind = Kind::None;
    //! The id attribute, empty when absent.
    QString id;
    //! The adId attribute (deprecated in 4.0 for <UniversalAdId>), empty when absent.
    QString adId;
    //! The sequence attribute; 0 when absent.
    int sequence = 0;
    //! The apiFramework attribute, empty when absent.
    QString apiFramework;
    //! The <UniversalAdId> elements (4.0+; 4.1 allows several).
    QList<UniversalAdId> universalAdIds;
    //! The <Linear>, when kind is Linear.
    Linear linear;
    //! The <NonLinearAds>, when kind is NonLinear.
    NonLinearAds nonLinearAds;
    //! The <CompanionAds>, when kind is Companion.
    CompanionAds companionAds;
    //! The raw XML of <CreativeExtensions>, empty when absent.
    QString creativeExtensions;
    //! Not equal: the opposite of operator==().
    bool operator!=(const Creative &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const Creative &o) const;
};

/*! \brief A <JavaScriptResource> or <ExecutableResource> of a <Verification>. */
struct VASTQT_EXPORT VerificationResource {
    Q_GADGET
    Q_PROPERTY(QString url MEMBER url)
    Q_PROPERTY(QString apiFramework MEMBER apiFramework)
    Q_PROPERTY(QString type MEMBER type)
    Q_PROPERTY(bool browserOptional MEMBER browserOptional)
public:
    //! The resource's URI.
    QString url;
    //! The apiFramework attribute (e.g. "omid").
    QString apiFramework;
    QString type; //!< the ExecutableResource type attribute
    //! The browserOptional attribute of a <JavaScriptResource>: the script can run outside a browser.
    bool browserOptional = false;
    //! Not equal: the opposite of operator==().
    bool operator!=(const VerificationResource &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const VerificationResource &o) const;
};

/*! \brief <Verification> of <AdVerifications> (VAST 4.3 §3.17). */
struct VASTQT_EXPORT Verification {
    Q_GADGET
    Q_PROPERTY(QString vendor MEMBER vendor)
    Q_PROPERTY(QList<VastQt::VerificationResource> javaScriptResources MEMBER javaScriptResources)
    Q_PROPERTY(QList<VastQt::VerificationResource> executableResources MEMBER executableResources)
    Q_PROPERTY(QList<VastQt::TrackingEvent> trackingEvents MEMBER trackingEvents)
    Q_PROPERTY(QString verificationParameters MEMBER verificationParameters)
public:
    //! The vendor attribute: who verifies (e.g. "company.com-omid").
    QString vendor;
    //! The <JavaScriptResource> elements.
    QList<VerificationResource> javaScriptResources;
    //! The <ExecutableResource> elements.
    QList<VerificationResource> executableResources;
    //! The Verification's <TrackingEvents> (verificationNotExecuted).
    QList<TrackingEvent> trackingEvents;
    //! The <VerificationParameters> text, passed as is to the script; empty when absent.
    QString verificationParameters;
    //! Not equal: the opposite of operator==().
    bool operator!=(const Verification &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const Verification &o) const;
};

/*! \brief <ViewableImpression> (VAST 4.3 §3.5): Viewable, NotViewable, ViewUndetermined URIs.

    id is the ad's own <ViewableImpression id>. Each URI carries the id of the
    <ViewableImpression> it was read from, so the URIs a WrapperResolver merges in from the
    Wrappers keep their Wrapper's id (resources of the same id are requested together). */
struct VASTQT_EXPORT ViewableImpression {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QList<VastQt::VastUri> viewable MEMBER viewable)
    Q_PROPERTY(QList<VastQt::VastUri> notViewable MEMBER notViewable)
    Q_PROPERTY(QList<VastQt::VastUri> viewUndetermined MEMBER viewUndetermined)
public:
    //! The id attribute, empty when absent.
    QString id;
    //! The <Viewable> URIs, each with its id.
    QList<VastUri> viewable;
    //! The <NotViewable> URIs, each with its id.
    QList<VastUri> notViewable;
    //! The <ViewUndetermined> URIs, each with its id.
    QList<VastUri> viewUndetermined;
    //! True when the element has no URI at all.
    bool isEmpty() const { return viewable.isEmpty() && notViewable.isEmpty() && viewUndetermined.isEmpty(); }
    //! Not equal: the opposite of operator==().
    bool operator!=(const ViewableImpression &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const ViewableImpression &o) const;
};

/*! \brief The raw <Extensions> or <CreativeExtensions> XML of one document of a Wrapper
    chain, marked with the hop it came from (VAST 4.3 §2.3.5: the Wrappers' extensions are
    kept with the ad the chain resolves to, and with a chain that failed).

    hop is the index of the document in the chain (0 is the tag's own document), url the
    address it was fetched from (empty for a document given as bytes). element is
    "Extensions" or "CreativeExtensions"; creativeId is the id of the Creative a
    <CreativeExtensions> belongs to (empty when it has none). xml is the element as sent. */
struct VASTQT_EXPORT ChainExtension {
    Q_GADGET
    Q_PROPERTY(int hop MEMBER hop)
    Q_PROPERTY(QString url MEMBER url)
    Q_PROPERTY(QString element MEMBER element)
    Q_PROPERTY(QString creativeId MEMBER creativeId)
    Q_PROPERTY(QString xml MEMBER xml)
public:
    //! The document's index in the chain: 0 is the tag's own document; -1 when not set.
    int hop = -1;
    //! The URL the document was fetched from, empty for a document given as bytes.
    QString url;
    //! "Extensions" or "CreativeExtensions".
    QString element;
    //! The id of the Creative a <CreativeExtensions> belongs to, empty when it has none.
    QString creativeId;
    //! The element's XML, as sent.
    QString xml;
    //! Not equal: the opposite of operator==().
    bool operator!=(const ChainExtension &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const ChainExtension &o) const
    {
        return hop == o.hop && url == o.url && element == o.element && creativeId == o.creativeId && xml == o.xml;
    }
};

/*! \brief <Ad> with its <InLine> or <Wrapper> (VAST 4.3 §3.3–3.5, §3.19).

    One struct for both: type says which. The wrapper-only members (vastAdTagUri, the three
    Wrapper attributes, blockedAdCategories) are empty for an InLine. sequence is 0 when
    absent (a stand-alone ad); expires is in seconds, -1 when absent. extensions is the raw
    XML of <Extensions>, empty when absent. adType is "video" when absent, the spec's
    default (§3.3); followAdditionalWrappers is true and allowMultipleAds false when absent
    (§3.19); fallbackOnNoAd, which the spec gives no default, is false when absent.

    wrapperExtensions is filled by WrapperResolver only: the <Extensions> and
    <CreativeExtensions> of the Wrappers above this ad, in chain order (outermost first),
    each marked with its hop; the ad's own stay in extensions and creativeExtensions.
*/
struct VASTQT_EXPORT Ad {
    Q_GADGET
    Q_PROPERTY(Type type MEMBER type)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(int sequence MEMBER sequence)
    Q_PROPERTY(bool conditionalAd MEMBER conditionalAd)
    Q_PROPERTY(QString adType MEMBER adType)
    Q_PROPERTY(VastQt::AdSystem adSystem MEMBER adSystem)
    Q_PROPERTY(QString adTitle MEMBER adTitle)
    Q_PROPERTY(QString description MEMBER description)
    Q_PROPERTY(VastQt::Advertiser advertiser MEMBER advertiser)
    Q_PROPERTY(VastQt::Pricing pricing MEMBER pricing)
    Q_PROPERTY(QList<VastQt::Survey> surveys MEMBER surveys)
    Q_PROPERTY(int expires MEMBER expires)
    Q_PROPERTY(QList<VastQt::Category> categories MEMBER categories)
    Q_PROPERTY(QString adServingId MEMBER adServingId)
    Q_PROPERTY(QList<VastQt::VastUri> impressions MEMBER impressions)
    Q_PROPERTY(QStringList errors MEMBER errors)
    Q_PROPERTY(QList<VastQt::Creative> creatives MEMBER creatives)
    Q_PROPERTY(QList<VastQt::Verification> adVerifications MEMBER adVerifications)
    Q_PROPERTY(VastQt::ViewableImpression viewableImpression MEMBER viewableImpression)
    Q_PROPERTY(QString extensions MEMBER extensions)
    Q_PROPERTY(QList<VastQt::ChainExtension> wrapperExtensions MEMBER wrapperExtensions)
    Q_PROPERTY(QString vastAdTagUri MEMBER vastAdTagUri)
    Q_PROPERTY(bool followAdditionalWrappers MEMBER followAdditionalWrappers)
    Q_PROPERTY(bool allowMultipleAds MEMBER allowMultipleAds)
    Q_PROPERTY(bool fallbackOnNoAd MEMBER fallbackOnNoAd)
    Q_PROPERTY(QList<VastQt::Category> blockedAdCategories MEMBER blockedAdCategories)
public:
    //! Whether the <Ad> holds an <InLine> or a <Wrapper>.
    enum class Type { InLine, Wrapper };
    Q_ENUM(Type)

    //! InLine or Wrapper.
    Type type = Type::InLine;
    //! The Ad's id attribute, empty when absent.
    QString id;
    //! The sequence attribute: the ad's position in a pod (VAST 4.3 §3.3.1); 0 for a stand-alone ad.
    int sequence = 0;
    //! The conditionalAd attribute (deprecated in 4.1).
    bool conditionalAd = false;
    QString adType = QStringLiteral("video"); //!< 4.1+: "video" (the default), "audio" or "hybrid"
    //! The <AdSystem>.
    AdSystem adSystem;
    //! The <AdTitle> (InLine).
    QString adTitle;
    //! The <Description> (InLine), empty when absent.
    QString description;
    //! The <Advertiser> (InLine).
    Advertiser advertiser;
    //! The <Pricing>.
    Pricing pricing;
    //! The <Survey> elements (deprecated in 4.1).
    QList<Survey> surveys;
    //! The <Expires> value, in seconds; -1 when absent.
    int expires = -1;
    //! The <Category> elements (InLine).
    QList<Category> categories;
    //! The <AdServingId> (4.1+), empty when absent.
    QString adServingId;
    //! The <Impression> URIs, fired once the ad's first frame shows.
    QList<VastUri> impressions;
    //! The <Error> URIs, fired with [ERRORCODE] when the ad fails.
    QStringList errors;
    //! The <Creative> elements, in document order.
    QList<Creative> creatives;
    //! The <Verification> elements of <AdVerifications>.
    QList<Verification> adVerifications;
    //! The <ViewableImpression>.
    ViewableImpression viewableImpression;
    //! The raw XML of <Extensions>, empty when absent.
    QString extensions;
    //! The Wrappers' extensions above this ad, in chain order (filled by WrapperResolver).
    QList<ChainExtension> wrapperExtensions;

    // <Wrapper> only
    //! The <VASTAdTagURI> of a Wrapper: where the next document of the chain is.
    QString vastAdTagUri;
    //! The followAdditionalWrappers attribute: false drops the Wrappers of the next document, so only its InLine ads
    //! count.
    bool followAdditionalWrappers = true;
    //! The allowMultipleAds attribute: the next document may answer with a pod; false takes one ad of it.
    bool allowMultipleAds = false;
    //! The fallbackOnNoAd attribute: when this pod ad resolves to no ad, the next stand-alone ad of the document
    //! replaces it.
    bool fallbackOnNoAd = false;
    //! The Wrapper's <BlockedAdCategories> (4.1+).
    QList<Category> blockedAdCategories;

    //! True for a Wrapper.
    bool isWrapper() const { return type == Type::Wrapper; }
    /*! The index in creatives of the first Linear creative, or -1. */
    Q_INVOKABLE int firstLinearCreative() const;
    //! Not equal: the opposite of operator==().
    bool operator!=(const Ad &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const Ad &o) const;
};

/*! \brief A parsed <VAST> document (VAST 4.3 §3.1): version attribute, ads in document
    order, and the root-level <Error> URIs a server sends with an empty (no-ad) response. */
struct VASTQT_EXPORT VastDocument {
    Q_GADGET
    Q_PROPERTY(QString version MEMBER version)
    Q_PROPERTY(QList<VastQt::Ad> ads MEMBER ads)
    Q_PROPERTY(QStringList errors MEMBER errors)
public:
    //! The version attribute ("2.0" to "4.3").
    QString version;
    //! The <Ad> elements, in document order.
    QList<Ad> ads;
    //! The root-level <Error> URIs (sent with a no-ad response).
    QStringList errors;
    //! True when the document has no ad (a no-ad response).
    bool isEmpty() const { return ads.isEmpty(); }
    //! Not equal: the opposite of operator==().
    bool operator!=(const VastDocument &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const VastDocument &o) const { return version == o.version && ads == o.ads && errors == o.errors; }
};

/*!
    \brief Parses a VAST time offset (VAST 4.3 §3.8.1.1 Duration, §3.14.1 offset,
    skipoffset): "HH:MM:SS", "HH:MM:SS.mmm" or, when \a durationMs >= 0, "n%".
    Returns milliseconds, or -1 when \a text is not a valid offset.
*/
VASTQT_EXPORT qint64 parseVastTime(QStringView text, qint64 durationMs = -1);

/*! \brief Formats \a ms as HH:MM:SS.mmm, the timecode form of VAST macros and offsets. */
VASTQT_EXPORT QString formatVastTime(qint64 ms);

/*!
    \brief Resolves every protocol-relative URI ("//host/path") of \a ad against \a scheme,
    the scheme of the URL its document came from, so it can be fetched and fired.

    Walks every URI field of the model: Impression, Error, VASTAdTagURI, Survey, the
    ViewableImpression URIs, every Tracking, the click URIs, MediaFile, Mezzanine,
    InteractiveCreativeFile, ClosedCaptionFile, the static and iframe resources, the Icon
    URIs and the Verification resources. When \a scheme is neither http nor https (a file,
    a document handed over without a URL) https is used. VastParser warns about each such
    URI, with its line; WrapperResolver calls this for each hop's document. Returns how
    many URIs were resolved.
*/
VASTQT_EXPORT int resolveProtocolRelativeUris(Ad &ad, QStringView scheme);

/*! \brief resolveProtocolRelativeUris() over every ad of \a document and its root-level
    Error URIs. Returns how many URIs were resolved. */
VASTQT_EXPORT int resolveProtocolRelativeUris(VastDocument &document, QStringView scheme);

} // namespace VastQt

#endif // VASTQT_VASTMODEL_H
