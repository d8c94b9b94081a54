// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastparser.h>

#include "protocol/guardedxmlreader_p.h"
#include "vastqt_logging_p.h"

#include <optional>

#include <QtCore/QVarLengthArray>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{

using Token = QXmlStreamReader::TokenType;

/*
    One VAST document being read. Every token goes through GuardedXmlReader::next(), which
    keeps the element depth and refuses DTDs, so the limits hold everywhere, also inside
    skipped elements. The parse functions recurse only over the fixed VAST structure;
    skipping and text reading are loops.
*/
class VastReader : public GuardedXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(VastQt::VastParser)

public:
    VastReader(const QByteArray &data, const VastParserOptions &options)
        : GuardedXmlReader(data, options.maxDepth, options.maxBytes, options.maxWarnings)
        , m_options(options)
    {
    }

    VastParseResult run();

private:
    // --- attributes ----------------------------------------------------------------------
    QStringView attr(const QXmlStreamAttributes &attrs, QLatin1StringView name);
    QString str(const QXmlStreamAttributes &attrs, QLatin1StringView name)
    {
        return attr(attrs, name).trimmed().toString();
    }
    // The attribute, or \a fallback (the model's default, VAST 4.3's) when absent or empty.
    QString str(const QXmlStreamAttributes &attrs, QLatin1StringView name, const QString &fallback)
    {
        const QStringView value = attr(attrs, name).trimmed();
        return value.isEmpty() ? fallback : value.toString();
    }
    bool boolAttr(const QXmlStreamAttributes &attrs, QLatin1StringView name, bool fallback);
    int intAttr(const QXmlStreamAttributes &attrs, QLatin1StringView name);
    qint64 int64Attr(const QXmlStreamAttributes &attrs, QLatin1StringView name);
    qint64 timeAttr(const QXmlStreamAttributes &attrs, QLatin1StringView name);

    // --- tolerances -------------------------------------------------------------------------
    // The path of the open elements ("VAST/Ad/InLine"); with \a closed, of the element whose
    // end tag was just read (its parent's path plus its name).
    QString path(QStringView closed = {}) const
    {
        QString out = m_path;
        if (!closed.isEmpty()) {
            if (!out.isEmpty())
                out += u'/';
            out += closed;
        }
        return out;
    }
    void warnTolerated(qint64 line, const QString &message)
    {
        warnAt(line, tr("%1 (at %2)").arg(message, path()));
    }
    QString readUri();
    QString readLegacyAdTagUrl();
    // One buffer holds the path; each open element remembers where its name begins, so
    // no element costs an allocation once the deepest path was reached.
    void onStartElement() override
    {
        m_pathEnds.append(m_path.size());
        if (!m_path.isEmpty())
            m_path += u'/';
        m_path += m_xml.name();
    }
    void onEndElement() override
    {
        if (!m_pathEnds.isEmpty()) {
            m_path.truncate(m_pathEnds.back());
            m_pathEnds.removeLast();
        }
    }

    // --- one function per spec element -------------------------------------------------
    void parseVast();
    std::optional<Ad> parseAd();
    void parseInLine(Ad &ad);
    void parseWrapper(Ad &ad);
    bool parseAdChild(Ad &ad);
    Category parseCategory();
    VastUri parseUri();
    void parseAdParameters(QString &text, bool &xmlEncoded);
    void parseCreatives(QList<Creative> &creatives, bool inWrapper);
    void parseCreative(QList<Creative> &creatives, bool inWrapper);
    UniversalAdId parseUniversalAdId();
    void parseLinear(Linear &linear, bool inWrapper);
    void parseMediaFiles(Linear &linear);
    std::optional<MediaFile> parseMediaFile();
    std::optional<Mezzanine> parseMezzanine();
    std::optional<InteractiveCreativeFile> parseInteractiveCreativeFile();
    void parseClosedCaptionFiles(QList<ClosedCaptionFile> &files);
    void parseTrackingEvents(QList<TrackingEvent> &events, bool linear);
    std::optional<TrackingEvent> parseTracking(bool linear);
    void parseVideoClicks(VideoClicks &clicks);
    void parseIcons(QList<Icon> &icons);
    Icon parseIcon();
    void parseIconClicks(Icon &icon);
    std::optional<IconClickFallbackImage> parseIconClickFallbackImage();
    bool parseCreativeResource(QList<CreativeResource> &resources);
    void parseNonLinearAds(NonLinearAds &nonLinearAds);
    NonLinear parseNonLinear();
    void parseCompanionAds(CompanionAds &companionAds);
    Companion parseCompanion();
    void parseAdVerifications(QList<Verification> &verifications);
    Verification parseVerification();
    QString parseExtensions(QList<Verification> &verifications);
    void parseViewableImpression(ViewableImpression &viewable);

    const VastParserOptions &m_options;
    VastDocument m_document;
    int m_major = 0;
    int m_minor = 0;
    QString m_path; // the local names of the open elements joined by '/', <VAST> first
    QVarLengthArray<qsizetype, 32> m_pathEnds; // m_path's length before each open element
};

// Plain seconds ("15", "30.5"), the <Duration> form many ad servers send instead of
// HH:MM:SS[.mmm]. Milliseconds, fraction digits past the third truncated as in
// parseVastTime(); -1 when \a text is not a plain non-negative decimal number.
qint64 plainSecondsToMs(QStringView text)
{
    const QStringView t = text.trimmed();
    const qsizetype dot = t.indexOf(u'.');
    const QStringView whole = dot < 0 ? t : t.first(dot);
    const QStringView fraction = dot < 0 ? QStringView() : t.sliced(dot + 1);
    const auto allDigits = [](QStringView digits) {
        for (QChar c : digits) {
            if (c < u'0' || c > u'9')
                return false;
        }
        return true;
    };
    if (whole.isEmpty() || whole.size() > 9 || !allDigits(whole) || (dot >= 0 && (fraction.isEmpty() || !allDigits(fraction))))
        return -1;
    qint64 ms = whole.toLongLong() * 1000;
    qint64 scale = 100;
    for (qsizetype i = 0; i < fraction.size() && scale > 0; ++i, scale /= 10)
        ms += (fraction[i].unicode() - u'0') * scale;
    return ms;
}

// --- attributes --------------------------------------------------------------------------

// The value of the attribute \a name, spelled as the spec spells it or, as servers in the
// wild send it, in another letter case ("adID" for "adId"): every attribute is read here.
// A variant spelling is read with a warning.
QStringView VastReader::attr(const QXmlStreamAttributes &attrs, QLatin1StringView name)
{
    for (const QXmlStreamAttribute &a : attrs) {
        if (a.qualifiedName() == name)
            return a.value();
    }
    for (const QXmlStreamAttribute &a : attrs) {
        if (a.name().size() == name.size() && a.name().compare(name, Qt::CaseInsensitive) == 0) {
            warnTolerated(m_xml.lineNumber(),
                          tr("<%1> attribute %2 read as %3").arg(m_xml.name(), a.name(), name));
            return a.value();
        }
    }
    return {};
}

bool VastReader::boolAttr(const QXmlStreamAttributes &attrs, QLatin1StringView name, bool fallback)
{
    return boolValue(attr(attrs, name), name, fallback);
}

int VastReader::intAttr(const QXmlStreamAttributes &attrs, QLatin1StringView name)
{
    const QStringView value = attr(attrs, name).trimmed();
    if (value.isEmpty())
        return 0;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < 0) {
        warn(tr("<%1> attribute %2=\"%3\" is not a non-negative integer, ignored").arg(m_xml.name(), name, value));
        return 0;
    }
    return number;
}

qint64 VastReader::int64Attr(const QXmlStreamAttributes &attrs, QLatin1StringView name)
{
    const QStringView value = attr(attrs, name).trimmed();
    if (value.isEmpty())
        return 0;
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok || number < 0) {
        warn(tr("<%1> attribute %2=\"%3\" is not a non-negative integer, ignored").arg(m_xml.name(), name, value));
        return 0;
    }
    return number;
}

qint64 VastReader::timeAttr(const QXmlStreamAttributes &attrs, QLatin1StringView name)
{
    const QStringView value = attr(attrs, name).trimmed();
    if (value.isEmpty())
        return -1;
    const qint64 ms = parseVastTime(value);
    if (ms < 0)
        warn(tr("<%1> attribute %2=\"%3\" is not a time (HH:MM:SS[.mmm]), ignored").arg(m_xml.name(), name, value));
    return ms;
}

// --- document ------------------------------------------------------------------------------

VastParseResult VastReader::run()
{
    VastParseResult result;
    if (readToRootElement()) {
        if (isElement("VAST"_L1)) {
            parseVast();
            // Read to the end so broken or extra content after </VAST> is reported.
            while (!failed() && !m_xml.atEnd())
                next();
        } else if (isElement("VideoAdServingTemplate"_L1)) {
            fail(ErrorCode::VersionNotSupported,
                 tr("VAST 1.0 (root element <VideoAdServingTemplate>) is not supported"));
        } else {
            fail(ErrorCode::SchemaValidationError,
                 tr("the root element is <%1>, not <VAST>").arg(m_xml.qualifiedName()));
        }
    }

    if (takeError(result.error, result.errorString, result.line, result.column)) {
        m_document.ads.clear();
        qCDebug(lcVastParser) << "parse failed:" << int(result.error) << result.errorString;
    }
    result.document = std::move(m_document);
    result.warnings = takeWarnings();
    return result;
}

// <VAST> (VAST 4.3 §3.2): version, then <Ad>s or, for a no-ad response, <Error>s.
void VastReader::parseVast()
{
    const QXmlStreamAttributes attrs = m_xml.attributes();
    const QStringView version = attr(attrs, "version"_L1).trimmed();
    m_document.version = version.toString();
    if (version.isEmpty()) {
        warn(tr("<VAST> has no version attribute, read as VAST 4"));
        m_major = 4;
    } else {
        qsizetype dot = version.indexOf(u'.');
        bool majorOk = false;
        bool minorOk = true;
        m_major = version.first(dot < 0 ? version.size() : dot).toInt(&majorOk);
        if (dot >= 0) {
            QStringView minor = version.sliced(dot + 1);
            const qsizetype nextDot = minor.indexOf(u'.'); // "2.0.1"
            m_minor = minor.first(nextDot < 0 ? minor.size() : nextDot).toInt(&minorOk);
        }
        if (!majorOk || !minorOk || m_major < 2 || m_major > 4) {
            fail(ErrorCode::VersionNotSupported,
                 tr("VAST version \"%1\" is not supported (2.0 to 4.3 are)").arg(version));
            return;
        }
        if (m_major == 4 && m_minor > 3)
            warn(tr("VAST %1 is newer than 4.3, read as 4.3").arg(version));
    }

    while (readNextStartElement()) {
        if (isElement("Ad"_L1)) {
            if (m_document.ads.size() >= m_options.maxAds) {
                warn(tr("more than %1 <Ad> elements, the rest is skipped").arg(m_options.maxAds));
                skipCurrentElement();
                continue;
            }
            if (std::optional<Ad> ad = parseAd())
                m_document.ads.append(std::move(*ad));
        } else if (isElement("Error"_L1)) {
            const QString url = readUri();
            if (!url.isEmpty())
                m_document.errors.append(url);
        } else {
            skipCurrentElement();
        }
    }
}

// <Ad> (VAST 4.3 §3.3): one <InLine> or one <Wrapper>.
std::optional<Ad> VastReader::parseAd()
{
    Ad ad;
    const QXmlStreamAttributes attrs = m_xml.attributes();
    ad.id = str(attrs, "id"_L1);
    ad.sequence = intAttr(attrs, "sequence"_L1);
    ad.conditionalAd = boolAttr(attrs, "conditionalAd"_L1, false);
    ad.adType = str(attrs, "adType"_L1, ad.adType);
    const qint64 line = m_xml.lineNumber();

    bool found = false;
    bool usable = false;
    while (readNextStartElement()) {
        // Servers in the wild also write <inLine> or <WRAPPER>: read with a warning.
        const QStringView name = m_xml.name();
        const bool inLine = name.compare("InLine"_L1, Qt::CaseInsensitive) == 0;
        if (!inLine && name.compare("Wrapper"_L1, Qt::CaseInsensitive) != 0) {
            skipCurrentElement();
            continue;
        }
        const QLatin1StringView specName = inLine ? "InLine"_L1 : "Wrapper"_L1;
        if (name != specName)
            warnTolerated(m_xml.lineNumber(), tr("<%1> read as <%2>").arg(name, specName));
        if (found) {
            warn(tr("<Ad id=\"%1\"> has more than one <InLine>/<Wrapper>, the extra <%2> is skipped").arg(ad.id, m_xml.name()));
            skipCurrentElement();
            continue;
        }
        found = true;
        if (inLine) {
            ad.type = Ad::Type::InLine;
            parseInLine(ad);
            usable = true;
        } else {
            ad.type = Ad::Type::Wrapper;
            parseWrapper(ad);
            usable = !ad.vastAdTagUri.isEmpty();
            if (!usable)
                warn(tr("<Wrapper> of <Ad id=\"%1\"> has no <VASTAdTagURI>, the ad is skipped").arg(ad.id));
        }
    }
    if (!found)
        warnAt(line, tr("<Ad id=\"%1\"> has neither <InLine> nor <Wrapper>, skipped").arg(ad.id));
    if (!usable || failed())
        return std::nullopt;
    return ad;
}

// Children that <InLine> and <Wrapper> share (VAST 4.3 §3.4, §3.19). Returns false when
// the current element is not one of them.
bool VastReader::parseAdChild(Ad &ad)
{
    if (isElement("AdSystem"_L1)) {
        ad.adSystem.version = str(m_xml.attributes(), "version"_L1);
        ad.adSystem.name = readText();
    } else if (isElement("Impression"_L1)) {
        VastUri impression = parseUri();
        if (impression.url.isEmpty())
            warn(tr("empty <Impression> skipped"));
        else
            ad.impressions.append(std::move(impression));
    } else if (isElement("Error"_L1)) {
        QString url = readUri();
        if (!url.isEmpty())
            ad.errors.append(std::move(url));
    } else if (isElement("Pricing"_L1)) {
        const QXmlStreamAttributes attrs = m_xml.attributes();
        ad.pricing.model = str(attrs, "model"_L1);
        ad.pricing.currency = str(attrs, "currency"_L1);
        ad.pricing.value = readText();
    } else if (isElement("Creatives"_L1)) {
        parseCreatives(ad.creatives, ad.isWrapper());
    } else if (isElement("AdVerifications"_L1)) {
        parseAdVerifications(ad.adVerifications);
    } else if (isElement("ViewableImpression"_L1)) {
        parseViewableImpression(ad.viewableImpression);
    } else if (isElement("Extensions"_L1)) {
        ad.extensions = parseExtensions(ad.adVerifications);
    } else {
        return false;
    }
    return true;
}

// <InLine> (VAST 4.3 §3.4).
void VastReader::parseInLine(Ad &ad)
{
    bool hasAdSystem = false;
    bool hasAdTitle = false;
    bool hasCreatives = false;
    while (readNextStartElement()) {
        if (isElement("AdSystem"_L1))
            hasAdSystem = true;
        else if (isElement("Creatives"_L1))
            hasCreatives = true;
        if (parseAdChild(ad))
            continue;
        if (isElement("AdTitle"_L1)) {
            hasAdTitle = true;
            ad.adTitle = readText();
        } else if (isElement("Description"_L1)) {
            ad.description = readText();
        } else if (isElement("AdServingId"_L1)) {
            ad.adServingId = readText();
        } else if (isElement("Advertiser"_L1)) {
            ad.advertiser.id = str(m_xml.attributes(), "id"_L1);
            ad.advertiser.name = readText();
        } else if (isElement("Category"_L1)) {
            Category category = parseCategory();
            if (category.code.isEmpty())
                warn(tr("<Category authority=\"%1\"> has no code").arg(category.authority));
            ad.categories.append(std::move(category));
        } else if (isElement("Survey"_L1)) {
            Survey survey;
            survey.type = str(m_xml.attributes(), "type"_L1);
            survey.url = readUri();
            if (!survey.url.isEmpty())
                ad.surveys.append(std::move(survey));
        } else if (isElement("Expires"_L1)) {
            const QString text = readText();
            bool ok = false;
            const int seconds = text.toInt(&ok);
            if (ok && seconds >= 0)
                ad.expires = seconds;
            else
                warn(tr("<Expires> \"%1\" is not a number of seconds, ignored").arg(text));
        } else {
            skipCurrentElement();
        }
    }
    if (failed())
        return;
    if (!hasAdSystem)
        warn(tr("<InLine> of <Ad id=\"%1\"> has no <AdSystem>").arg(ad.id));
    if (!hasAdTitle)
        warn(tr("<InLine> of <Ad id=\"%1\"> has no <AdTitle>").arg(ad.id));
    if (ad.impressions.isEmpty())
        warn(tr("<InLine> of <Ad id=\"%1\"> has no <Impression>").arg(ad.id));
    if (!hasCreatives)
        warn(tr("<InLine> of <Ad id=\"%1\"> has no <Creatives>").arg(ad.id));
}

// <Wrapper> (VAST 4.3 §3.19).
void VastReader::parseWrapper(Ad &ad)
{
    const QXmlStreamAttributes attrs = m_xml.attributes();
    ad.followAdditionalWrappers = boolAttr(attrs, "followAdditionalWrappers"_L1, true);
    ad.allowMultipleAds = boolAttr(attrs, "allowMultipleAds"_L1, false);
    ad.fallbackOnNoAd = boolAttr(attrs, "fallbackOnNoAd"_L1, false);
    while (readNextStartElement()) {
        if (parseAdChild(ad))
            continue;
        if (isElement("VASTAdTagURI"_L1)) {
            ad.vastAdTagUri = readUri();
        } else if (isElement("VASTAdTagURL"_L1)) {
            const QString legacy = readLegacyAdTagUrl();
            if (ad.vastAdTagUri.isEmpty()) // <VASTAdTagURI> wins wherever it is
                ad.vastAdTagUri = legacy;
        } else if (isElement("BlockedAdCategories"_L1)) {
            ad.blockedAdCategories.append(parseCategory());
        } else {
            skipCurrentElement();
        }
    }
    if (!failed() && ad.impressions.isEmpty())
        warn(tr("<Wrapper> of <Ad id=\"%1\"> has no <Impression>").arg(ad.id));
}

// <Category> and <BlockedAdCategories> (VAST 4.3 §3.4.5, §3.19.2).
Category VastReader::parseCategory()
{
    Category category;
    category.authority = str(m_xml.attributes(), "authority"_L1);
    category.code = readText();
    return category;
}

// A URI element with an optional id: Impression, ClickThrough, ClickTracking, ...
VastUri VastReader::parseUri()
{
    VastUri uri;
    uri.id = str(m_xml.attributes(), "id"_L1);
    uri.url = readUri();
    return uri;
}

// <AdParameters> (VAST 4.3 §3.8.2) of a Linear, NonLinear or Companion: the text as sent and
// its xmlEncoded attribute (false when absent).
void VastReader::parseAdParameters(QString &text, bool &xmlEncoded)
{
    xmlEncoded = boolAttr(m_xml.attributes(), "xmlEncoded"_L1, false);
    text = readText();
}

// The text of a URI element. A protocol-relative URI ("//host/path") is kept as sent, with a
// warning: the parser knows no document URL, so resolveProtocolRelativeUris() resolves it
// against the scheme of the URL the document came from (WrapperResolver does, per hop).
QString VastReader::readUri()
{
    const qint64 line = m_xml.lineNumber();
    QString uri = readText();
    // At the element's end tag: its name is the reader's, its path the parent's plus it.
    if (uri.startsWith("//"_L1))
        warnAt(line, tr("<%1> \"%2\" is a protocol-relative URI, resolved against the scheme of the document's URL (at %3)")
                         .arg(m_xml.name(), uri, path(m_xml.name())));
    return uri;
}

// <VASTAdTagURL><URL>...</URL></VASTAdTagURL>: the VAST 2 draft form of <VASTAdTagURI> some
// servers still send, read as VASTAdTagURI with a warning. The URL may also be the
// element's own text.
QString VastReader::readLegacyAdTagUrl()
{
    const qint64 line = m_xml.lineNumber();
    const QString elementPath = path();
    QString url;
    QString text;
    for (bool done = false; !done;) {
        switch (next()) {
        case Token::Characters:
            text += m_xml.text();
            break;
        case Token::StartElement:
            if (url.isEmpty() && isElement("URL"_L1))
                url = readUri();
            else
                skipCurrentElement();
            break;
        case Token::EndElement:
        case Token::EndDocument:
        case Token::Invalid:
            done = true;
            break;
        default:
            break;
        }
    }
    if (url.isEmpty())
        url = std::move(text).trimmed();
    if (!url.isEmpty())
        warnAt(line, tr("<VASTAdTagURL> is the VAST 2 legacy form of <VASTAdTagURI>; \"%1\" read as VASTAdTagURI (at %2)")
                         .arg(url, elementPath));
    return url;
}

// <Creatives> (VAST 4.3 §3.6).
void VastReader::parseCreatives(QList<Creative> &creatives, bool inWrapper)
{
    readEach("Creative"_L1, [&] { parseCreative(creatives, inWrapper); });
}

// <Creative> (VAST 4.3 §3.7): UniversalAdId, CreativeExtensions and one of Linear,
// NonLinearAds, CompanionAds, appended to \a creatives. Servers in the wild put a Linear and
// its CompanionAds (or NonLinearAds) in one <Creative>; each kind is then read as a creative
// of its own with the same attributes, UniversalAdIds and CreativeExtensions, and a warning.
void VastReader::parseCreative(QList<Creative> &creatives, bool inWrapper)
{
    Creative creative;
    const QXmlStreamAttributes attrs = m_xml.attributes();
    creative.id = str(attrs, "id"_L1);
    // VAST 2.0 and 3.0 spell it AdID; other spellings are read with a warning.
    creative.adId = m_major < 4 && attrs.hasAttribute("AdID"_L1) ? str(attrs, "AdID"_L1) : str(attrs, "adId"_L1);
    creative.sequence = intAttr(attrs, "sequence"_L1);
    creative.apiFramework = str(attrs, "apiFramework"_L1);
    const Creative attributesOnly = creative;

    // The creatives read from this element after the first, which is \a creative itself.
    QList<Creative> kinds;
    const auto nextKind = [&](Creative::Kind kind) -> Creative & {
        if (creative.kind != Creative::Kind::None) {
            warn(tr("<Creative id=\"%1\"> holds more than one kind of creative; <%2> is read as a creative of its own")
                     .arg(creative.id, m_xml.name()));
            kinds.append(attributesOnly);
            kinds.last().kind = kind;
            return kinds.last();
        }
        creative.kind = kind;
        return creative;
    };
    while (readNextStartElement()) {
        if (isElement("Linear"_L1)) {
            Creative &target = nextKind(Creative::Kind::Linear);
            parseLinear(target.linear, inWrapper);
        } else if (isElement("NonLinearAds"_L1)) {
            Creative &target = nextKind(Creative::Kind::NonLinear);
            parseNonLinearAds(target.nonLinearAds);
        } else if (isElement("CompanionAds"_L1)) {
            Creative &target = nextKind(Creative::Kind::Companion);
            parseCompanionAds(target.companionAds);
        } else if (isElement("UniversalAdId"_L1)) {
            creative.universalAdIds.append(parseUniversalAdId());
        } else if (isElement("CreativeExtensions"_L1)) {
            creative.creativeExtensions = readRawElement();
        } else {
            skipCurrentElement();
        }
    }
    if (failed())
        return;
    if (creative.kind == Creative::Kind::None) {
        warn(tr("<Creative id=\"%1\"> has no <Linear>, <NonLinearAds> or <CompanionAds>, skipped").arg(creative.id));
        return;
    }
    creatives.append(creative);
    for (Creative &extra : kinds) {
        // What follows the kind's element in <Creative> belongs to every kind read from it.
        extra.universalAdIds = creative.universalAdIds;
        extra.creativeExtensions = creative.creativeExtensions;
        creatives.append(std::move(extra));
    }
}

// <UniversalAdId> (VAST 4.3 §3.7.1). VAST 4.0 carries the id in the required idValue
// attribute; from 4.1 the element's content is the source of truth.
UniversalAdId VastReader::parseUniversalAdId()
{
    UniversalAdId id;
    const QXmlStreamAttributes attrs = m_xml.attributes();
    id.idRegistry = str(attrs, "idRegistry"_L1);
    const QString idValue = str(attrs, "idValue"_L1);
    const QString content = readText();
    const bool vast40 = m_major == 4 && m_minor == 0;
    id.value = (vast40 && !idValue.isEmpty()) || content.isEmpty() ? idValue : content;
    if (!idValue.isEmpty() && !content.isEmpty() && idValue != content)
        warn(tr("<UniversalAdId> idValue \"%1\" differs from its content \"%2\", using \"%3\"").arg(idValue, content, id.value));
    if (id.value.isEmpty())
        id.value = u"unknown"_s; // the spec's default
    if (id.idRegistry.isEmpty())
        id.idRegistry = u"unknown"_s;
    return id;
}

// <Linear> (VAST 4.3 §3.8).
void VastReader::parseLinear(Linear &linear, bool inWrapper)
{
    const QXmlStreamAttributes attrs = m_xml.attributes();
    const QStringView skipoffset = attr(attrs, "skipoffset"_L1).trimmed();
    if (!skipoffset.isEmpty()) {
        // A percentage is checked against a nominal duration: the real one may come later.
        if (parseVastTime(skipoffset, 100000) >= 0)
            linear.skipoffset = skipoffset.toString();
        else
            warn(tr("<Linear> skipoffset=\"%1\" is neither HH:MM:SS[.mmm] nor n%, the ad is read as not skippable").arg(skipoffset));
    }
    bool hasDuration = false;
    bool hasMediaFiles = false;
    while (readNextStartElement()) {
        if (isElement("Duration"_L1)) {
            hasDuration = true;
            const qint64 line = m_xml.lineNumber();
            const QString text = readText();
            linear.durationMs = parseVastTime(text);
            if (linear.durationMs < 0) {
                linear.durationMs = plainSecondsToMs(text);
                if (linear.durationMs >= 0)
                    warnAt(line, tr("<Duration> \"%1\" is in plain seconds, not HH:MM:SS[.mmm]; read as %2 (at %3)")
                                     .arg(text, formatVastTime(linear.durationMs), path(u"Duration")));
                else
                    warn(tr("<Duration> \"%1\" is not HH:MM:SS[.mmm]").arg(text));
            }
        } else if (isElement("MediaFiles"_L1)) {
            hasMediaFiles = true;
            parseMediaFiles(linear);
        } else if (isElement("TrackingEvents"_L1)) {
            parseTrackingEvents(linear.trackingEvents, true);
        } else if (isElement("VideoClicks"_L1)) {
            parseVideoClicks(linear.videoClicks);
        } else if (isElement("Icons"_L1)) {
            parseIcons(linear.icons);
        } else if (isElement("AdParameters"_L1)) {
            parseAdParameters(linear.adParameters, linear.adParametersXmlEncoded);
        } else if (isElement("InteractiveCreativeFile"_L1)) { // the 4.x Wrapper form
            appendIf(linear.interactiveCreativeFiles, parseInteractiveCreativeFile());
        } else {
            skipCurrentElement();
        }
    }
    if (failed() || inWrapper)
        return;
    if (!hasDuration)
        warn(tr("<Linear> has no <Duration>"));
    if (!hasMediaFiles || linear.mediaFiles.isEmpty())
        warn(tr("<Linear> has no usable <MediaFile>"));
}

// <MediaFiles> (VAST 4.3 §3.9).
void VastReader::parseMediaFiles(Linear &linear)
{
    while (readNextStartElement()) {
        if (isElement("MediaFile"_L1)) {
            appendIf(linear.mediaFiles, parseMediaFile());
        } else if (isElement("Mezzanine"_L1)) {
            appendIf(linear.mezzanines, parseMezzanine());
        } else if (isElement("InteractiveCreativeFile"_L1)) {
            appendIf(linear.interactiveCreativeFiles, parseInteractiveCreativeFile());
        } else if (isElement("ClosedCaptionFiles"_L1)) {
            parseClosedCaptionFiles(linear.closedCaptionFiles);
        } else {
            skipCurrentElement();
        }
    }
}

// <MediaFile> (VAST 4.3 §3.9.1).
std::optional<MediaFile> VastReader::parseMediaFile()
{
    MediaFile file;
    const QXmlStreamAttributes attrs = m_xml.attributes();
    file.id = str(attrs, "id"_L1);
    file.delivery = str(attrs, "delivery"_L1);
    file.type = str(attrs, "type"_L1);
    file.width = intAttr(attrs, "width"_L1);
    file.height = intAttr(attrs, "height"_L1);
    file.codec = str(attrs, "codec"_L1);
    file.bitrate = intAttr(attrs, "bitrate"_L1);
    file.minBitrate = intAttr(attrs, "minBitrate"_L1);
    file.maxBitrate = intAttr(attrs, "maxBitrate"_L1);
    file.scalable = boolAttr(attrs, "scalable"_L1, false);
    file.maintainAspectRatio = boolAttr(attrs, "maintainAspectRatio"_L1, false);
    file.apiFramework = str(attrs, "apiFramework"_L1);
    file.fileSize = int64Attr(attrs, "fileSize"_L1);
    file.mediaType = str(attrs, "mediaType"_L1, file.mediaType);
    file.url = readUri();
    if (file.url.isEmpty()) {
        warn(tr("<MediaFile id=\"%1\"> has no URI, skipped").arg(file.id));
        return std::nullopt;
    }
    if (file.type.isEmpty())
        warn(tr("<MediaFile id=\"%1\"> has no type").arg(file.id));
    return file;
}

// <Mezzanine> (VAST 4.3 §3.9.2).
std::optional<Mezzanine> VastReader::parseMezzanine()
{
    Mezzanine file;
    const QXmlStreamAttributes attrs = m_xml.attributes();
    file.id = str(attrs, "id"_L1);
    file.delivery = str(attrs, "delivery"_L1);
    file.type = str(attrs, "type"_L1);
    file.width = intAttr(attrs, "width"_L1);
    file.height = intAttr(attrs, "height"_L1);
    file.codec = str(attrs, "codec"_L1);
    file.fileSize = int64Attr(attrs, "fileSize"_L1);
    file.mediaType = str(attrs, "mediaType"_L1, file.mediaType);
    file.url = readUri();
    if (file.url.isEmpty()) {
        warn(tr("<Mezzanine> has no URI, skipped"));
        return std::nullopt;
    }
    return file;
}

// <InteractiveCreativeFile> (VAST 4.3 §3.9.3).
std::optional<InteractiveCreativeFile> VastReader::parseInteractiveCreativeFile()
{
    InteractiveCreativeFile file;
    const QXmlStreamAttributes attrs = m_xml.attributes();
    file.type = str(attrs, "type"_L1);
    file.apiFramework = str(attrs, "apiFramework"_L1);
    file.variableDuration = boolAttr(attrs, "variableDuration"_L1, false);
    file.url = readUri();
    if (file.url.isEmpty()) {
        warn(tr("<InteractiveCreativeFile> has no URI, skipped"));
        return std::nullopt;
    }
    return file;
}

// <ClosedCaptionFiles> (VAST 4.3 §3.9.4, §3.9.5).
void VastReader::parseClosedCaptionFiles(QList<ClosedCaptionFile> &files)
{
    readEach("ClosedCaptionFile"_L1, [&] {
        ClosedCaptionFile file;
        const QXmlStreamAttributes attrs = m_xml.attributes();
        file.type = str(attrs, "type"_L1);
        file.language = str(attrs, "language"_L1);
        file.url = readUri();
        if (file.url.isEmpty())
            warn(tr("<ClosedCaptionFile> has no URI, skipped"));
        else
            files.append(std::move(file));
    });
}

// <TrackingEvents> (VAST 4.3 §3.14.2, §3.17.3).
void VastReader::parseTrackingEvents(QList<TrackingEvent> &events, bool linear)
{
    readEach("Tracking"_L1, [&] { appendIf(events, parseTracking(linear)); });
}

// <Tracking> (VAST 4.3 §3.14.3): the offset attribute counts for "progress" under <Linear>.
std::optional<TrackingEvent> VastReader::parseTracking(bool linear)
{
    TrackingEvent event;
    const QXmlStreamAttributes attrs = m_xml.attributes();
    event.event = str(attrs, "event"_L1);
    const QStringView offset = attr(attrs, "offset"_L1).trimmed();
    const qint64 line = m_xml.lineNumber();
    event.url = readUri();
    if (event.event.isEmpty()) {
        warnAt(line, tr("<Tracking> without event, skipped"));
        return std::nullopt;
    }
    if (event.url.isEmpty()) {
        warnAt(line, tr("<Tracking event=\"%1\"> has no URI, skipped").arg(event.event));
        return std::nullopt;
    }
    if (linear && event.event == "progress"_L1) {
        if (offset.isEmpty()) {
            warnAt(line, tr("<Tracking event=\"progress\"> has no offset, skipped"));
            return std::nullopt;
        }
        if (parseVastTime(offset, 100000) < 0)
            warnAt(line, tr("<Tracking event=\"progress\"> offset=\"%1\" is neither HH:MM:SS[.mmm] nor n%").arg(offset));
        event.offset = offset.toString();
    }
    return event;
}

// <VideoClicks> (VAST 4.3 §3.10).
void VastReader::parseVideoClicks(VideoClicks &clicks)
{
    while (readNextStartElement()) {
        const bool through = isElement("ClickThrough"_L1);
        const bool tracking = !through && isElement("ClickTracking"_L1);
        if (!through && !tracking && !isElement("CustomClick"_L1)) {
            skipCurrentElement();
            continue;
        }
        VastUri uri = parseUri();
        if (uri.url.isEmpty())
            continue;
        if (through)
            clicks.clickThrough = std::move(uri);
        else if (tracking)
            clicks.clickTracking.append(std::move(uri));
        else
            clicks.customClick.append(std::move(uri));
    }
}

// <Icons> (VAST 4.3 §3.11).
void VastReader::parseIcons(QList<Icon> &icons)
{
    while (readNextStartElement()) {
        if (isElement("Icon"_L1))
            icons.append(parseIcon());
        else
            skipCurrentElement();
    }
}

// <Icon> (VAST 4.3 §3.11.1).
Icon VastReader::parseIcon()
{
    Icon icon;
    const QXmlStreamAttributes attrs = m_xml.attributes();
    icon.program = str(attrs, "program"_L1);
    icon.width = intAttr(attrs, "width"_L1);
    icon.height = intAttr(attrs, "height"_L1);
    icon.xPosition = str(attrs, "xPosition"_L1);
    icon.yPosition = str(attrs, "yPosition"_L1);
    icon.durationMs = timeAttr(attrs, "duration"_L1);
    icon.offsetMs = timeAttr(attrs, "offset"_L1);
    icon.apiFramework = str(attrs, "apiFramework"_L1);
    icon.pxratio = str(attrs, "pxratio"_L1, icon.pxratio);
    icon.altText = str(attrs, "altText"_L1);
    icon.hoverText = str(attrs, "hoverText"_L1);
    while (readNextStartElement()) {
        if (parseCreativeResource(icon.resources))
            continue;
        if (isElement("IconClicks"_L1)) {
            parseIconClicks(icon);
        } else if (isElement("IconViewTracking"_L1)) {
            QString url = readUri();
            if (!url.isEmpty())
                icon.viewTracking.append(std::move(url));
        } else {
            skipCurrentElement();
        }
    }
    if (!failed() && icon.resources.isEmpty())
        warn(tr("<Icon program=\"%1\"> has no resource").arg(icon.program));
    return icon;
}

// <IconClicks> (VAST 4.3 §3.11.3 to §3.11.6).
void VastReader::parseIconClicks(Icon &icon)
{
    while (readNextStartElement()) {
        if (isElement("IconClickThrough"_L1)) {
            icon.clickThrough = readUri();
        } else if (isElement("IconClickTracking"_L1)) {
            VastUri uri = parseUri();
            if (!uri.url.isEmpty())
                icon.clickTracking.append(std::move(uri));
        } else if (isElement("IconClickFallbackImages"_L1)) {
            readEach("IconClickFallbackImage"_L1,
                     [&] { appendIf(icon.clickFallbackImages, parseIconClickFallbackImage()); });
        } else {
            skipCurrentElement();
        }
    }
}

// <IconClickFallbackImage> (VAST 4.3 §3.11.6.1): AltText and StaticResource.
std::optional<IconClickFallbackImage> VastReader::parseIconClickFallbackImage()
{
    IconClickFallbackImage image;
    const QXmlStreamAttributes attrs = m_xml.attributes();
    image.width = intAttr(attrs, "width"_L1);
    image.height = intAttr(attrs, "height"_L1);
    while (readNextStartElement()) {
        if (isElement("AltText"_L1)) {
            image.altText = readText();
        } else if (isElement("StaticResource"_L1)) {
            image.creativeType = str(m_xml.attributes(), "creativeType"_L1);
            image.url = readUri();
        } else {
            skipCurrentElement();
        }
    }
    if (image.url.isEmpty()) {
        warn(tr("<IconClickFallbackImage> has no <StaticResource>, skipped"));
        return std::nullopt;
    }
    return image;
}

// <StaticResource>, <IFrameResource>, <HTMLResource> (VAST 4.3 §3.15). Returns false when
// the current element is none of them.
bool VastReader::parseCreativeResource(QList<CreativeResource> &resources)
{
    CreativeResource resource;
    if (isElement("StaticResource"_L1)) {
        resource.kind = u"static"_s;
        resource.creativeType = str(m_xml.attributes(), "creativeType"_L1);
    } else if (isElement("IFrameResource"_L1)) {
        resource.kind = u"iframe"_s;
    } else if (isElement("HTMLResource"_L1)) {
        resource.kind = u"html"_s;
    } else {
        return false;
    }
    const QString element = m_xml.name().toString();
    resource.content = resource.kind == "html"_L1 ? readText() : readUri();
    if (resource.content.isEmpty())
        warn(tr("empty <%1> skipped").arg(element));
    else
        resources.append(std::move(resource));
    return true;
}

// <NonLinearAds> (VAST 4.3 §3.12).
void VastReader::parseNonLinearAds(NonLinearAds &nonLinearAds)
{
    while (readNextStartElement()) {
        if (isElement("NonLinear"_L1))
            nonLinearAds.nonLinears.append(parseNonLinear());
        else if (isElement("TrackingEvents"_L1))
            parseTrackingEvents(nonLinearAds.trackingEvents, false);
        else
            skipCurrentElement();
    }
}

// <NonLinear> (VAST 4.3 §3.12.1).
NonLinear VastReader::parseNonLinear()
{
    NonLinear nonLinear;
    const QXmlStreamAttributes attrs = m_xml.attributes();
    nonLinear.id = str(attrs, "id"_L1);
    nonLinear.width = intAttr(attrs, "width"_L1);
    nonLinear.height = intAttr(attrs, "height"_L1);
    nonLinear.expandedWidth = intAttr(attrs, "expandedWidth"_L1);
    nonLinear.expandedHeight = intAttr(attrs, "expandedHeight"_L1);
    nonLinear.scalable = boolAttr(attrs, "scalable"_L1, false);
    nonLinear.maintainAspectRatio = boolAttr(attrs, "maintainAspectRatio"_L1, false);
    nonLinear.minSuggestedDurationMs = timeAttr(attrs, "minSuggestedDuration"_L1);
    nonLinear.apiFramework = str(attrs, "apiFramework"_L1);
    while (readNextStartElement()) {
        if (parseCreativeResource(nonLinear.resources))
            continue;
        if (isElement("AdParameters"_L1)) {
            parseAdParameters(nonLinear.adParameters, nonLinear.adParametersXmlEncoded);
        } else if (isElement("NonLinearClickThrough"_L1)) {
            nonLinear.clickThrough = readUri();
        } else if (isElement("NonLinearClickTracking"_L1)) {
            VastUri uri = parseUri();
            if (!uri.url.isEmpty())
                nonLinear.clickTracking.append(std::move(uri));
        } else {
            skipCurrentElement();
        }
    }
    return nonLinear;
}

// <CompanionAds> (VAST 4.3 §3.13).
void VastReader::parseCompanionAds(CompanionAds &companionAds)
{
    companionAds.required = str(m_xml.attributes(), "required"_L1);
    readEach("Companion"_L1, [&] { companionAds.companions.append(parseCompanion()); });
}

// <Companion> (VAST 4.3 §3.13.1).
Companion VastReader::parseCompanion()
{
    Companion companion;
    const QXmlStreamAttributes attrs = m_xml.attributes();
    companion.id = str(attrs, "id"_L1);
    companion.width = intAttr(attrs, "width"_L1);
    companion.height = intAttr(attrs, "height"_L1);
    companion.assetWidth = intAttr(attrs, "assetWidth"_L1);
    companion.assetHeight = intAttr(attrs, "assetHeight"_L1);
    companion.expandedWidth = intAttr(attrs, "expandedWidth"_L1);
    companion.expandedHeight = intAttr(attrs, "expandedHeight"_L1);
    companion.apiFramework = str(attrs, "apiFramework"_L1);
    companion.adSlotId = str(attrs, "adSlotId"_L1);
    companion.pxratio = str(attrs, "pxratio"_L1, companion.pxratio);
    companion.renderingMode = str(attrs, "renderingMode"_L1, companion.renderingMode);
    while (readNextStartElement()) {
        if (parseCreativeResource(companion.resources))
            continue;
        if (isElement("AdParameters"_L1)) {
            parseAdParameters(companion.adParameters, companion.adParametersXmlEncoded);
        } else if (isElement("AltText"_L1)) {
            companion.altText = readText();
        } else if (isElement("CompanionClickThrough"_L1)) {
            companion.companionClickThrough = readUri();
        } else if (isElement("CompanionClickTracking"_L1)) {
            VastUri uri = parseUri();
            if (!uri.url.isEmpty())
                companion.companionClickTracking.append(std::move(uri));
        } else if (isElement("TrackingEvents"_L1)) {
            parseTrackingEvents(companion.trackingEvents, false);
        } else {
            skipCurrentElement();
        }
    }
    return companion;
}

// <AdVerifications> (VAST 4.3 §3.16).
void VastReader::parseAdVerifications(QList<Verification> &verifications)
{
    readEach("Verification"_L1, [&] { verifications.append(parseVerification()); });
}

// <Verification> (VAST 4.3 §3.17).
Verification VastReader::parseVerification()
{
    Verification verification;
    verification.vendor = str(m_xml.attributes(), "vendor"_L1);
    if (verification.vendor.isEmpty())
        warn(tr("<Verification> has no vendor"));
    while (readNextStartElement()) {
        const bool javaScript = isElement("JavaScriptResource"_L1);
        if (javaScript || isElement("ExecutableResource"_L1)) {
            VerificationResource resource;
            const QXmlStreamAttributes attrs = m_xml.attributes();
            resource.apiFramework = str(attrs, "apiFramework"_L1);
            if (javaScript) {
                resource.browserOptional = boolAttr(attrs, "browserOptional"_L1, false);
            } else {
                resource.type = str(attrs, "type"_L1);
                if (resource.type.isEmpty()) // the 4.3 schema table calls it language
                    resource.type = str(attrs, "language"_L1);
            }
            resource.url = readUri();
            if (resource.url.isEmpty())
                warn(tr("empty <%1> skipped").arg(javaScript ? "JavaScriptResource"_L1 : "ExecutableResource"_L1));
            else if (javaScript)
                verification.javaScriptResources.append(std::move(resource));
            else
                verification.executableResources.append(std::move(resource));
        } else if (isElement("TrackingEvents"_L1)) {
            parseTrackingEvents(verification.trackingEvents, false);
        } else if (isElement("VerificationParameters"_L1)) {
            verification.verificationParameters = readText();
        } else {
            skipCurrentElement();
        }
    }
    return verification;
}

// <Extensions> (VAST 4.3 §3.18), returned as raw XML. Before VAST 4.1 verification travels
// in <Extension type="AdVerifications"><AdVerifications> (§1.8, §3.16): its <Verification>s
// are read into \a verifications as well, in document order with those of an
// <AdVerifications> element; a 4.1+ document doing so gets a warning.
QString VastReader::parseExtensions(QList<Verification> &verifications)
{
    const QString qualifiedName = m_xml.qualifiedName().toString();
    const qint64 afterStartTag = m_xml.characterOffset();
    readEach("Extension"_L1, [&] {
        if (attr(m_xml.attributes(), "type"_L1).trimmed().compare("AdVerifications"_L1, Qt::CaseInsensitive) != 0) {
            skipCurrentElement();
            return;
        }
        readEach("AdVerifications"_L1, [&] {
            const qint64 line = m_xml.lineNumber();
            const QString elementPath = path();
            const qsizetype before = verifications.size();
            parseAdVerifications(verifications);
            if ((m_major > 4 || (m_major == 4 && m_minor >= 1)) && verifications.size() > before)
                warnAt(line, tr("VAST %1 carries %2 <Verification> in <Extension type=\"AdVerifications\">, the pre-4.1 form; "
                                "read as <AdVerifications> (at %3)")
                                 .arg(m_document.version)
                                 .arg(verifications.size() - before)
                                 .arg(elementPath));
        });
    });
    return rawElementText(qualifiedName, afterStartTag);
}

// <ViewableImpression> (VAST 4.3 §3.5).
void VastReader::parseViewableImpression(ViewableImpression &viewable)
{
    viewable.id = str(m_xml.attributes(), "id"_L1);
    while (readNextStartElement()) {
        QList<VastUri> *list = nullptr;
        if (isElement("Viewable"_L1))
            list = &viewable.viewable;
        else if (isElement("NotViewable"_L1))
            list = &viewable.notViewable;
        else if (isElement("ViewUndetermined"_L1))
            list = &viewable.viewUndetermined;
        if (!list) {
            skipCurrentElement();
            continue;
        }
        // Each URI keeps the id of its <ViewableImpression>, also once merged into an InLine.
        VastUri uri{viewable.id, readUri()};
        if (!uri.url.isEmpty())
            list->append(std::move(uri));
    }
}

} // namespace

VastParseResult VastParser::parse(const QByteArray &xml, const VastParserOptions &options)
{
    return GuardedXmlReader::parseRepairingAmpersands(xml, [&](const QByteArray &bytes) {
        return VastReader(bytes, options).run();
    });
}

} // namespace VastQt
