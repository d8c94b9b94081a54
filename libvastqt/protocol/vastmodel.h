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
    QString name;
    QString version;
    bool operator!=(const AdSystem &o) const { return !(*this == o); }
    bool operator==(const AdSystem &o) const { return name == o.name && version == o.version; }
};

/*! \brief A URI with an optional id: <Impression>, <ClickTracking>, <CustomClick>,
    <ClickThrough>, <Error> (VAST 4.3 §3.4.2, §3.9.2). */
struct VASTQT_EXPORT VastUri {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString url MEMBER url)
public:
    QString id;
    QString url;
    bool operator!=(const VastUri &o) const { return !(*this == o); }
    bool operator==(const VastUri &o) const { return id == o.id && url == o.url; }
};

/*! \brief <Pricing> (VAST 4.3 §3.4.7): model (CPM, CPC, CPE, CPV), ISO 4217 currency, value. */
struct VASTQT_EXPORT Pricing {
    Q_GADGET
    Q_PROPERTY(QString model MEMBER model)
    Q_PROPERTY(QString currency MEMBER currency)
    Q_PROPERTY(QString value MEMBER value)
public:
    QString model;
    QString currency;
    QString value;
    bool operator!=(const Pricing &o) const { return !(*this == o); }
    bool operator==(const Pricing &o) const { return model == o.model && currency == o.currency && value == o.value; }
};

/*! \brief <Category> and <BlockedAdCategories> (VAST 4.3 §3.4.5, §3.19.2). */
struct VASTQT_EXPORT Category {
    Q_GADGET
    Q_PROPERTY(QString authority MEMBER authority)
    Q_PROPERTY(QString code MEMBER code)
public:
    QString authority;
    QString code;
    bool operator!=(const Category &o) const { return !(*this == o); }
    bool operator==(const Category &o) const { return authority == o.authority && code == o.code; }
};

/*! \brief <Advertiser> (VAST 4.3 §3.4.4): name and optional id. */
struct VASTQT_EXPORT Advertiser {
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
public:
    QString id;
    QString name;
    bool operator!=(const Advertiser &o) const { return !(*this == o); }
    bool operator==(const Advertiser &o) const { return id == o.id && name == o.name; }
};

/*! \brief <Survey> (VAST 4.3 §3.4.9, deprecated in 4.1): a research URI and its MIME type. */
struct VASTQT_EXPORT Survey {
    Q_GADGET
    Q_PROPERTY(QString type MEMBER type)
    Q_PROPERTY(QString url MEMBER url)
public:
    QString type;
    QString url;
    bool operator!=(const Survey &o) const { return !(*this == o); }
    bool operator==(const Survey &o) const { return type == o.type && url == o.url; }
};

/*! \brief <UniversalAdId> (VAST 4.3 §3.7.1): registry and id of the creative. In VAST 4.0
    the id is the idValue attribute; from 4.1 it is the element's text. */
struct VASTQT_EXPORT UniversalAdId {
    Q_GADGET
    Q_PROPERTY(QString idRegistry MEMBER idRegistry)
    Q_PROPERTY(QString value MEMBER value)
public:
    QString idRegistry;
    QString value;
    bool operator!=(const UniversalAdId &o) const { return !(*this == o); }
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
    QString event;
    QString offset;
    QString url;
    bool operator!=(const TrackingEvent &o) const { return !(*this == o); }
    bool operator==(const TrackingEvent &o) const { return event == o.event && offset == o.offset && url == o.url; }
};

/*! \brief <VideoClicks> (VAST 4.3 §3.9.2): ClickThrough, ClickTracking, CustomClick. */
struct VASTQT_EXPORT VideoClicks {
    Q_GADGET
    Q_PROPERTY(VastQt::VastUri clickThrough MEMBER clickThrough)
    Q_PROPERTY(QList<VastQt::VastUri> clickTracking MEMBER clickTracking)
    Q_PROPERTY(QList<VastQt::VastUri> customClick MEMBER customClick)
public:
    VastUri clickThrough;
    QList<VastUri> clickTracking;
    QList<VastUri> customClick;
    bool operator!=(const VideoClicks &o) const { return !(*this == o); }
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
    QString id;
    QString url;
    QString delivery; //!< "progressive" or "streaming"
    QString type; //!< MIME type, e.g. "video/mp4"
    int width = 0;
    int height = 0;
    QString codec;
    int bitrate = 0;
    int minBitrate = 0;
    int maxBitrate = 0;
    bool scalable = false;
    bool maintainAspectRatio = false;
    QString apiFramework; //!< "VPAID" marks an interactive file we do not play
    qint64 fileSize = 0;
    QString mediaType = QStringLiteral("2D"); //!< 4.1+: "2D" (the default), "3D", "360"
    bool operator!=(const MediaFile &o) const { return !(*this == o); }
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
    QString id;
    QString url;
    QString delivery;
    QString type;
    int width = 0;
    int height = 0;
    QString codec;
    qint64 fileSize = 0;
    QString mediaType = QStringLiteral("2D");
    bool operator!=(const Mezzanine &o) const { return !(*this == o); }
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
    QString url;
    QString type;
    QString apiFramework;
    bool variableDuration = false;
    bool operator!=(const InteractiveCreativeFile &o) const { return !(*this == o); }
    bool operator==(const InteractiveCreativeFile &o) const;
};

/*! \brief <ClosedCaptionFile> (VAST 4.3 §3.9.1.4): type (MIME) and language (RFC 5646). */
struct VASTQT_EXPORT ClosedCaptionFile {
    Q_GADGET
    Q_PROPERTY(QString url MEMBER url)
    Q_PROPERTY(QString type MEMBER type)
    Q_PROPERTY(QString language MEMBER language)
public:
    QString url;
    QString type;
    QString language;
    bool operator!=(const ClosedCaptionFile &o) const { return !(*this == o); }
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
    QString kind;
    QString creativeType;
    QString content; //!< a URI for static/iframe, HTML markup for html
    bool operator!=(const CreativeResource &o) const { return !(*this == o); }
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
    int width = 0;
    int height = 0;
    QString altText;
    QString url;
    QString creativeType;
    bool operator!=(const IconClickFallbackImage &o) const { return !(*this == o); }
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
    QString program;
    int width = 0;
    int height = 0;
    QString xPosition;
    QString yPosition;
    qint64 durationMs = -1;
    qint64 offsetMs = -1;
    QString apiFramework;
    QString pxratio = QStringLiteral("1");
    QList<CreativeResource> resources;
    QString clickThrough;
    QList<VastUri> clickTracking;
    QStringList viewTracking;
    QList<IconClickFallbackImage> clickFallbackImages; //!< 4.2+: <IconClickFallbackImages>
    QString altText; //!< 4.3: the altText attribute
    QString hoverText; //!< 4.3: the hoverText attribute
    bool operator!=(const Icon &o) const { return !(*this == o); }
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
    qint64 durationMs = -1;
    QString skipoffset;
    QList<TrackingEvent> trackingEvents;
    VideoClicks videoClicks;
    QList<MediaFile> mediaFiles;
    QList<Mezzanine> mezzanines;
    QList<InteractiveCreativeFile> interactiveCreativeFiles;
    QList<ClosedCaptionFile> closedCaptionFiles;
    QList<Icon> icons;
    QString adParameters;
    bool adParametersXmlEncoded = false; //!< <AdParameters xmlEncoded> (§3.8.2), false when absent

    /*! The skip offset in milliseconds, resolving a percentage against durationMs;
        -1 when the ad is not skippable. */
    Q_INVOKABLE qint64 skipoffsetMs() const;
    bool operator!=(const Linear &o) const { return !(*this == o); }
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
    QString id;
    int width = 0;
    int height = 0;
    int expandedWidth = 0;
    int expandedHeight = 0;
    bool scalable = false;
    bool maintainAspectRatio = false;
    qint64 minSuggestedDurationMs = -1;
    QString apiFramework;
    QList<CreativeResource> resources;
    QString adParameters;
    bool adParametersXmlEncoded = false; //!< <AdParameters xmlEncoded> (§3.8.2)
    QString clickThrough;
    QList<VastUri> clickTracking; //!< <NonLinearClickTracking>, each with its id
    bool operator!=(const NonLinear &o) const { return !(*this == o); }
    bool operator==(const NonLinear &o) const;
};

/*! \brief <NonLinearAds> (VAST 4.3 §3.10). */
struct VASTQT_EXPORT NonLinearAds {
    Q_GADGET
    Q_PROPERTY(QList<VastQt::NonLinear> nonLinears MEMBER nonLinears)
    Q_PROPERTY(QList<VastQt::TrackingEvent> trackingEvents MEMBER trackingEvents)
public:
    QList<NonLinear> nonLinears;
    QList<TrackingEvent> trackingEvents;
    bool operator!=(const NonLinearAds &o) const { return !(*this == o); }
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
    QString id;
    int width = 0;
    int height = 0;
    int assetWidth = 0;
    int assetHeight = 0;
    int expandedWidth = 0;
    int expandedHeight = 0;
    QString apiFramework;
    QString adSlotId;
    QString pxratio = QStringLiteral("1");
    QString renderingMode = QStringLiteral("default"); //!< 4.1+: "default", "end-card", "concurrent"
    QList<CreativeResource> resources;
    QString altText;
    QString adParameters;
    bool adParametersXmlEncoded = false; //!< <AdParameters xmlEncoded> (§3.8.2)
    QString companionClickThrough;
    QList<VastUri> companionClickTracking; //!< <CompanionClickTracking>, each with its id
    QList<TrackingEvent> trackingEvents;
    bool operator!=(const Companion &o) const { return !(*this == o); }
    bool operator==(const Companion &o) const;
};

/*! \brief <CompanionAds> (VAST 4.3 §3.11): required is "all", "any", "none" or empty. */
struct VASTQT_EXPORT CompanionAds {
    Q_GADGET
    Q_PROPERTY(QString required MEMBER required)
    Q_PROPERTY(QList<VastQt::Companion> companions MEMBER companions)
public:
    QString required;
    QList<Companion> companions;
    bool operator!=(const CompanionAds &o) const { return !(*this == o); }
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
    enum class Kind { None, Linear, NonLinear, Companion };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    QString id;
    QString adId;
    int sequence = 0;
    QString apiFramework;
    QList<UniversalAdId> universalAdIds;
    Linear linear;
    NonLinearAds nonLinearAds;
    CompanionAds companionAds;
    QString creativeExtensions;
    bool operator!=(const Creative &o) const { return !(*this == o); }
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
    QString url;
    QString apiFramework;
    QString type; //!< the ExecutableResource type attribute
    bool browserOptional = false;
    bool operator!=(const VerificationResource &o) const { return !(*this == o); }
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
    QString vendor;
    QList<VerificationResource> javaScriptResources;
    QList<VerificationResource> executableResources;
    QList<TrackingEvent> trackingEvents;
    QString verificationParameters;
    bool operator!=(const Verification &o) const { return !(*this == o); }
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
    QString id;
    QList<VastUri> viewable;
    QList<VastUri> notViewable;
    QList<VastUri> viewUndetermined;
    bool isEmpty() const { return viewable.isEmpty() && notViewable.isEmpty() && viewUndetermined.isEmpty(); }
    bool operator!=(const ViewableImpression &o) const { return !(*this == o); }
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
    int hop = -1;
    QString url;
    QString element;
    QString creativeId;
    QString xml;
    bool operator!=(const ChainExtension &o) const { return !(*this == o); }
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
    enum class Type { InLine, Wrapper };
    Q_ENUM(Type)

    Type type = Type::InLine;
    QString id;
    int sequence = 0;
    bool conditionalAd = false;
    QString adType = QStringLiteral("video"); //!< 4.1+: "video" (the default), "audio" or "hybrid"
    AdSystem adSystem;
    QString adTitle;
    QString description;
    Advertiser advertiser;
    Pricing pricing;
    QList<Survey> surveys;
    int expires = -1;
    QList<Category> categories;
    QString adServingId;
    QList<VastUri> impressions;
    QStringList errors;
    QList<Creative> creatives;
    QList<Verification> adVerifications;
    ViewableImpression viewableImpression;
    QString extensions;
    QList<ChainExtension> wrapperExtensions;

    // <Wrapper> only
    QString vastAdTagUri;
    bool followAdditionalWrappers = true;
    bool allowMultipleAds = false;
    bool fallbackOnNoAd = false;
    QList<Category> blockedAdCategories;

    bool isWrapper() const { return type == Type::Wrapper; }
    /*! The index in creatives of the first Linear creative, or -1. */
    Q_INVOKABLE int firstLinearCreative() const;
    bool operator!=(const Ad &o) const { return !(*this == o); }
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
    QString version;
    QList<Ad> ads;
    QStringList errors;
    bool isEmpty() const { return ads.isEmpty(); }
    bool operator!=(const VastDocument &o) const { return !(*this == o); }
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
