// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastmodel.h>


namespace VastQt
{

bool MediaFile::operator==(const MediaFile &o) const
{
    return id == o.id && url == o.url && delivery == o.delivery && type == o.type && width == o.width
        && height == o.height && codec == o.codec && bitrate == o.bitrate && minBitrate == o.minBitrate
        && maxBitrate == o.maxBitrate && scalable == o.scalable && maintainAspectRatio == o.maintainAspectRatio
        && apiFramework == o.apiFramework && fileSize == o.fileSize && mediaType == o.mediaType;
}

bool Mezzanine::operator==(const Mezzanine &o) const
{
    return id == o.id && url == o.url && delivery == o.delivery && type == o.type && width == o.width
        && height == o.height && codec == o.codec && fileSize == o.fileSize && mediaType == o.mediaType;
}

bool InteractiveCreativeFile::operator==(const InteractiveCreativeFile &o) const
{
    return url == o.url && type == o.type && apiFramework == o.apiFramework && variableDuration == o.variableDuration;
}

bool Icon::operator==(const Icon &o) const
{
    return program == o.program && width == o.width && height == o.height && xPosition == o.xPosition
        && yPosition == o.yPosition && durationMs == o.durationMs && offsetMs == o.offsetMs
        && apiFramework == o.apiFramework && pxratio == o.pxratio && resources == o.resources
        && clickThrough == o.clickThrough && clickTracking == o.clickTracking && viewTracking == o.viewTracking
        && clickFallbackImages == o.clickFallbackImages && altText == o.altText && hoverText == o.hoverText;
}

qint64 Linear::skipoffsetMs() const
{
    if (skipoffset.isEmpty())
        return -1;
    return parseVastTime(skipoffset, durationMs);
}

bool Linear::operator==(const Linear &o) const
{
    return durationMs == o.durationMs && skipoffset == o.skipoffset && trackingEvents == o.trackingEvents
        && videoClicks == o.videoClicks && mediaFiles == o.mediaFiles && mezzanines == o.mezzanines
        && interactiveCreativeFiles == o.interactiveCreativeFiles && closedCaptionFiles == o.closedCaptionFiles
        && icons == o.icons && adParameters == o.adParameters && adParametersXmlEncoded == o.adParametersXmlEncoded;
}

bool NonLinear::operator==(const NonLinear &o) const
{
    return id == o.id && width == o.width && height == o.height && expandedWidth == o.expandedWidth
        && expandedHeight == o.expandedHeight && scalable == o.scalable && maintainAspectRatio == o.maintainAspectRatio
        && minSuggestedDurationMs == o.minSuggestedDurationMs && apiFramework == o.apiFramework
        && resources == o.resources && adParameters == o.adParameters
        && adParametersXmlEncoded == o.adParametersXmlEncoded && clickThrough == o.clickThrough
        && clickTracking == o.clickTracking;
}

bool Companion::operator==(const Companion &o) const
{
    return id == o.id && width == o.width && height == o.height && assetWidth == o.assetWidth
        && assetHeight == o.assetHeight && expandedWidth == o.expandedWidth && expandedHeight == o.expandedHeight
        && apiFramework == o.apiFramework && adSlotId == o.adSlotId && pxratio == o.pxratio
        && renderingMode == o.renderingMode && resources == o.resources && altText == o.altText
        && adParameters == o.adParameters && adParametersXmlEncoded == o.adParametersXmlEncoded
        && companionClickThrough == o.companionClickThrough
        && companionClickTracking == o.companionClickTracking && trackingEvents == o.trackingEvents;
}

bool Creative::operator==(const Creative &o) const
{
    return kind == o.kind && id == o.id && adId == o.adId && sequence == o.sequence && apiFramework == o.apiFramework
        && universalAdIds == o.universalAdIds && linear == o.linear && nonLinearAds == o.nonLinearAds
        && companionAds == o.companionAds && creativeExtensions == o.creativeExtensions;
}

bool VerificationResource::operator==(const VerificationResource &o) const
{
    return url == o.url && apiFramework == o.apiFramework && type == o.type && browserOptional == o.browserOptional;
}

bool Verification::operator==(const Verification &o) const
{
    return vendor == o.vendor && javaScriptResources == o.javaScriptResources
        && executableResources == o.executableResources && trackingEvents == o.trackingEvents
        && verificationParameters == o.verificationParameters;
}

bool ViewableImpression::operator==(const ViewableImpression &o) const
{
    return id == o.id && viewable == o.viewable && notViewable == o.notViewable && viewUndetermined == o.viewUndetermined;
}

int Ad::firstLinearCreative() const
{
    for (int i = 0; i < creatives.size(); ++i) {
        if (creatives.at(i).kind == Creative::Kind::Linear)
            return i;
    }
    return -1;
}

bool Ad::operator==(const Ad &o) const
{
    return type == o.type && id == o.id && sequence == o.sequence && conditionalAd == o.conditionalAd
        && adType == o.adType && adSystem == o.adSystem && adTitle == o.adTitle && description == o.description
        && advertiser == o.advertiser && pricing == o.pricing && surveys == o.surveys && expires == o.expires
        && categories == o.categories && adServingId == o.adServingId && impressions == o.impressions
        && errors == o.errors && creatives == o.creatives && adVerifications == o.adVerifications
        && viewableImpression == o.viewableImpression && extensions == o.extensions
        && wrapperExtensions == o.wrapperExtensions
        && vastAdTagUri == o.vastAdTagUri && followAdditionalWrappers == o.followAdditionalWrappers
        && allowMultipleAds == o.allowMultipleAds && fallbackOnNoAd == o.fallbackOnNoAd
        && blockedAdCategories == o.blockedAdCategories;
}

namespace
{
// Reads 1..maxDigits ASCII digits from t at pos; -1 when there are none or too many.
qint64 readDigits(QStringView t, qsizetype &pos, int maxDigits)
{
    qint64 value = 0;
    int digits = 0;
    while (pos < t.size() && t[pos] >= u'0' && t[pos] <= u'9') {
        if (++digits > maxDigits)
            return -1;
        value = value * 10 + (t[pos].unicode() - u'0');
        ++pos;
    }
    return digits ? value : -1;
}

// "60", "12.5": up to 15 digits with an optional fraction, read without QLocale. The
// mantissa and the power of ten are exact doubles, so their quotient is the correctly
// rounded value, the same toDouble() gives. Anything else (signs, exponents, more digits):
// false, and the caller falls back to toDouble().
bool readPlainDecimal(QStringView t, double *out)
{
    static constexpr double powersOf10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15 };
    qint64 mantissa = 0;
    int digits = 0;
    int fractionDigits = -1; // -1: no '.' yet
    for (const QChar c : t) {
        if (c >= u'0' && c <= u'9') {
            if (++digits > 15)
                return false;
            mantissa = mantissa * 10 + (c.unicode() - u'0');
            if (fractionDigits >= 0)
                ++fractionDigits;
        } else if (c == u'.' && fractionDigits < 0) {
            fractionDigits = 0;
        } else {
            return false;
        }
    }
    if (digits == 0 || fractionDigits == 0)
        return false;
    *out = double(mantissa) / powersOf10[qMax(0, fractionDigits)];
    return true;
}
} // namespace

qint64 parseVastTime(QStringView text, qint64 durationMs)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return -1;
    if (t.endsWith(u'%')) {
        if (durationMs < 0)
            return -1;
        const QStringView number = t.chopped(1).trimmed();
        double percent = 0;
        bool ok = readPlainDecimal(number, &percent);
        if (!ok)
            percent = number.toDouble(&ok);
        if (!ok || !(percent >= 0) || percent > 100)
            return -1;
        return qRound64(durationMs * percent / 100.0);
    }
    // HH:MM:SS or HH:MM:SS.mmm, parsed by hand: this runs for every Duration and offset.
    // Hours may have more than two digits (capped so the value cannot overflow), minutes
    // and seconds one or two digits below 60; a fraction of more than three digits is
    // truncated to milliseconds.
    qsizetype pos = 0;
    const qint64 h = readDigits(t, pos, 9);
    if (h < 0 || pos >= t.size() || t[pos] != u':')
        return -1;
    ++pos;
    const qint64 m = readDigits(t, pos, 2);
    if (m < 0 || m > 59 || pos >= t.size() || t[pos] != u':')
        return -1;
    ++pos;
    const qint64 s = readDigits(t, pos, 2);
    if (s < 0 || s > 59)
        return -1;
    qint64 ms = ((h * 60 + m) * 60 + s) * 1000;
    if (pos < t.size()) {
        if (t[pos] != u'.')
            return -1;
        ++pos;
        int digits = 0;
        qint64 frac = 0;
        while (pos < t.size() && t[pos] >= u'0' && t[pos] <= u'9') {
            if (digits < 3) {
                frac = frac * 10 + (t[pos].unicode() - u'0');
                ++digits;
            }
            ++pos;
        }
        if (digits == 0 || pos != t.size())
            return -1;
        while (digits++ < 3)
            frac *= 10;
        ms += frac;
    }
    return ms;
}

QString formatVastTime(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    const qint64 h = ms / 3600000;
    const qint64 m = (ms / 60000) % 60;
    const qint64 s = (ms / 1000) % 60;
    const qint64 f = ms % 1000;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(h, 2, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(s, 2, 10, QLatin1Char('0'))
        .arg(f, 3, 10, QLatin1Char('0'));
}

namespace
{
// Prefixes protocol-relative URIs with a scheme; counts what it changed.
struct SchemeResolver {
    QString prefix; // "https:"
    int count = 0;

    void uri(QString &url)
    {
        if (url.startsWith(QLatin1String("//"))) {
            url.prepend(prefix);
            ++count;
        }
    }
    void uris(QStringList &urls)
    {
        for (QString &url : urls)
            uri(url);
    }
    void uris(QList<VastUri> &urls)
    {
        for (VastUri &u : urls)
            uri(u.url);
    }
    void events(QList<TrackingEvent> &events)
    {
        for (TrackingEvent &e : events)
            uri(e.url);
    }
    void resources(QList<CreativeResource> &resources)
    {
        for (CreativeResource &r : resources) {
            if (r.kind != QLatin1String("html"))
                uri(r.content);
        }
    }
    void linear(Linear &l)
    {
        events(l.trackingEvents);
        uri(l.videoClicks.clickThrough.url);
        uris(l.videoClicks.clickTracking);
        uris(l.videoClicks.customClick);
        for (MediaFile &f : l.mediaFiles)
            uri(f.url);
        for (Mezzanine &f : l.mezzanines)
            uri(f.url);
        for (InteractiveCreativeFile &f : l.interactiveCreativeFiles)
            uri(f.url);
        for (ClosedCaptionFile &f : l.closedCaptionFiles)
            uri(f.url);
        for (Icon &icon : l.icons) {
            resources(icon.resources);
            uri(icon.clickThrough);
            uris(icon.clickTracking);
            uris(icon.viewTracking);
            for (IconClickFallbackImage &image : icon.clickFallbackImages)
                uri(image.url);
        }
    }
    void ad(Ad &a)
    {
        uris(a.impressions);
        uris(a.errors);
        uri(a.vastAdTagUri);
        for (Survey &survey : a.surveys)
            uri(survey.url);
        uris(a.viewableImpression.viewable);
        uris(a.viewableImpression.notViewable);
        uris(a.viewableImpression.viewUndetermined);
        for (Verification &v : a.adVerifications) {
            for (VerificationResource &r : v.javaScriptResources)
                uri(r.url);
            for (VerificationResource &r : v.executableResources)
                uri(r.url);
            events(v.trackingEvents);
        }
        for (Creative &c : a.creatives) {
            linear(c.linear);
            events(c.nonLinearAds.trackingEvents);
            for (NonLinear &n : c.nonLinearAds.nonLinears) {
                resources(n.resources);
                uri(n.clickThrough);
                uris(n.clickTracking);
            }
            for (Companion &comp : c.companionAds.companions) {
                resources(comp.resources);
                uri(comp.companionClickThrough);
                uris(comp.companionClickTracking);
                events(comp.trackingEvents);
            }
        }
    }
};

QString schemePrefix(QStringView scheme)
{
    const bool http = scheme.compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
    const bool https = scheme.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    return http || https ? scheme.toString().toLower() + QLatin1Char(':') : QStringLiteral("https:");
}
} // namespace

int resolveProtocolRelativeUris(Ad &ad, QStringView scheme)
{
    SchemeResolver resolver{schemePrefix(scheme)};
    resolver.ad(ad);
    return resolver.count;
}

int resolveProtocolRelativeUris(VastDocument &document, QStringView scheme)
{
    SchemeResolver resolver{schemePrefix(scheme)};
    resolver.uris(document.errors);
    for (Ad &ad : document.ads)
        resolver.ad(ad);
    return resolver.count;
}

} // namespace VastQt
