// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vmapparser.h>

#include "protocol/guardedxmlreader_p.h"
#include <VastQt/vastparser.h>
#include "vastqt_logging_p.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace VastQt
{

// --- model -------------------------------------------------------------------------------

QString VmapAdSource::kindName() const
{
    switch (kind) {
    case Kind::VastAdData:
        return u"vastAdData"_s;
    case Kind::AdTagUri:
        return u"adTagUri"_s;
    case Kind::CustomAdData:
        return u"customAdData"_s;
    case Kind::None:
        break;
    }
    return u"none"_s;
}

QString ScheduledBreak::positionName() const
{
    switch (position) {
    case Position::PreRoll:
        return u"preroll"_s;
    case Position::MidRoll:
        return u"midroll"_s;
    case Position::PostRoll:
        return u"postroll"_s;
    case Position::Standalone:
        return u"standalone"_s;
    case Position::Other:
        break;
    }
    return u"other"_s;
}

bool VmapAdSource::operator==(const VmapAdSource &o) const
{
    return id == o.id && allowMultipleAds == o.allowMultipleAds && followRedirects == o.followRedirects
        && kind == o.kind && vastData == o.vastData && vastDataXml == o.vastDataXml && vastDataError == o.vastDataError
        && adTagUri == o.adTagUri && templateType == o.templateType && customData == o.customData;
}

QStringList VmapAdBreak::trackingUrls(const QString &event) const
{
    QStringList urls;
    for (const TrackingEvent &tracking : trackingEvents) {
        if (tracking.event == event)
            urls.append(tracking.url);
    }
    return urls;
}

bool VmapAdBreak::operator==(const VmapAdBreak &o) const
{
    return timeOffset == o.timeOffset && breakTypes == o.breakTypes && breakId == o.breakId
        && repeatAfter == o.repeatAfter && adSource == o.adSource && trackingEvents == o.trackingEvents
        && extensions == o.extensions;
}

bool ScheduledBreak::operator==(const ScheduledBreak &o) const
{
    return timeMs == o.timeMs && position == o.position && breakIndex == o.breakIndex && repetition == o.repetition
        && opportunity == o.opportunity && adBreak == o.adBreak;
}

namespace
{

// "#m" with m >= 1, or 0.
int opportunityOf(QStringView offset)
{
    if (!offset.startsWith(u'#'))
        return 0;
    bool ok = false;
    const int m = offset.sliced(1).toInt(&ok);
    return ok && m >= 1 ? m : 0;
}

bool isPercent(QStringView offset)
{
    if (!offset.endsWith(u'%'))
        return false;
    bool ok = false;
    const double percent = offset.chopped(1).trimmed().toDouble(&ok);
    return ok && percent >= 0 && percent <= 100;
}

// Whether the parser can make sense of a timeOffset (independent of the content).
bool isValidTimeOffset(QStringView offset)
{
    return offset.compare("start"_L1, Qt::CaseInsensitive) == 0 || offset.compare("end"_L1, Qt::CaseInsensitive) == 0
        || parseVastTime(offset) >= 0 || isPercent(offset) || opportunityOf(offset) > 0;
}

} // namespace

QList<ScheduledBreak> VmapDocument::schedule(qint64 contentDurationMs, const QList<qint64> &cuePointsMs) const
{
    const bool durationKnown = contentDurationMs >= 0;
    // Sort groups: 0 placed in time (not post-roll), 1 unplaced mid-rolls, 2 post-rolls.
    struct Entry
    {
        int group;
        qint64 key;
        ScheduledBreak scheduled;
    };
    QList<Entry> entries;

    const auto placeAt = [&](ScheduledBreak &scheduled, qint64 timeMs) -> bool {
        if (durationKnown && timeMs > contentDurationMs)
            return false;
        scheduled.timeMs = timeMs;
        if (timeMs == 0)
            scheduled.position = ScheduledBreak::Position::PreRoll;
        else if (durationKnown && timeMs == contentDurationMs)
            scheduled.position = ScheduledBreak::Position::PostRoll;
        else
            scheduled.position = ScheduledBreak::Position::MidRoll;
        return true;
    };
    const auto add = [&](const ScheduledBreak &scheduled) {
        if (scheduled.position == ScheduledBreak::Position::PostRoll)
            entries.append({ 2, scheduled.timeMs, scheduled });
        else if (scheduled.timeMs < 0)
            entries.append({ 1, scheduled.opportunity, scheduled });
        else
            entries.append({ 0, scheduled.timeMs, scheduled });
    };

    for (qsizetype i = 0; i < adBreaks.size(); ++i) {
        const VmapAdBreak &adBreak = adBreaks.at(i);
        const QStringView offset = QStringView(adBreak.timeOffset).trimmed();
        ScheduledBreak scheduled;
        scheduled.breakIndex = int(i);
        scheduled.adBreak = adBreak;

        bool placedInTime = false;
        if (offset.compare("start"_L1, Qt::CaseInsensitive) == 0) {
            placedInTime = placeAt(scheduled, 0);
        } else if (offset.compare("end"_L1, Qt::CaseInsensitive) == 0) {
            scheduled.timeMs = durationKnown ? contentDurationMs : -1;
            scheduled.position = ScheduledBreak::Position::PostRoll;
        } else if (const int m = opportunityOf(offset); m > 0) {
            scheduled.opportunity = m;
            if (m <= cuePointsMs.size()) {
                if (!placeAt(scheduled, qMax<qint64>(0, cuePointsMs.at(m - 1))))
                    continue;
                placedInTime = true;
            } else {
                scheduled.position = ScheduledBreak::Position::MidRoll;
            }
        } else if (offset.endsWith(u'%')) {
            if (!isPercent(offset))
                continue;
            if (durationKnown || (parseVastTime(offset, 0) == 0 && offset.chopped(1).trimmed().toDouble() == 0)) {
                // "0%" is the start of any content.
                if (!placeAt(scheduled, durationKnown ? parseVastTime(offset, contentDurationMs) : 0))
                    continue;
                placedInTime = true;
            } else {
                scheduled.position = ScheduledBreak::Position::MidRoll;
            }
        } else {
            const qint64 timeMs = parseVastTime(offset);
            if (timeMs < 0 || !placeAt(scheduled, timeMs))
                continue;
            placedInTime = true;
        }
        add(scheduled);

        if (!placedInTime || !durationKnown || adBreak.repeatAfter.isEmpty())
            continue;
        const qint64 every = parseVastTime(adBreak.repeatAfter);
        if (every <= 0)
            continue;
        const qint64 first = scheduled.timeMs;
        for (int k = 1; k <= MaxRepetitions; ++k) {
            const qint64 timeMs = first + k * every;
            if (timeMs >= contentDurationMs)
                break;
            ScheduledBreak repeated = scheduled;
            repeated.repetition = k;
            placeAt(repeated, timeMs);
            add(repeated);
        }
    }

    std::stable_sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return a.group != b.group ? a.group < b.group : a.key < b.key; });
    QList<ScheduledBreak> result;
    result.reserve(entries.size());
    for (Entry &entry : entries)
        result.append(std::move(entry.scheduled));
    return result;
}

// --- parser ------------------------------------------------------------------------------

namespace
{

using Token = QXmlStreamReader::TokenType;

/*
    One VMAP document being read. As in VastParser, every token goes through
    GuardedXmlReader::next(), which keeps the element depth, refuses DTDs and, through the
    onStartElement()/onEndElement() hooks, here keeps the namespace declarations in scope
    so an inline <VAST> can be cut out as a document of its own.
*/
class VmapReader : public GuardedXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(VastQt::VmapParser)

public:
    VmapReader(const QByteArray &data, const VmapParserOptions &options)
        : GuardedXmlReader(data, options.maxDepth, options.maxBytes, options.maxWarnings)
        , m_options(options)
    { }

    VmapParseResult run();

private:
    void onStartElement() override { m_namespaces.append(m_xml.namespaceDeclarations()); }
    void onEndElement() override
    {
        if (!m_namespaces.isEmpty())
            m_namespaces.removeLast();
    }
    QString readContent();

    void parseVmap();
    VmapAdBreak parseAdBreak();
    void parseAdSource(VmapAdSource &source);
    void parseVastAdData(VmapAdSource &source);
    void parseTrackingEvents(QList<TrackingEvent> &events);

    const VmapParserOptions &m_options;
    VmapDocument m_document;
    QList<QXmlStreamNamespaceDeclarations> m_namespaces; // per open element
};

// The content of the current element: its text (CDATA unwrapped) when it has no child
// elements, else the raw XML between its start and end tags. Trimmed.
QString VmapReader::readContent()
{
    const qint64 afterStartTag = m_xml.characterOffset();
    QString text;
    bool hasElements = false;
    int depth = 1;
    while (depth > 0 && !failed()) {
        switch (next()) {
        case Token::StartElement:
            hasElements = true;
            ++depth;
            break;
        case Token::EndElement:
            --depth;
            break;
        case Token::Characters:
            if (depth == 1)
                text += m_xml.text();
            break;
        case Token::EndDocument:
        case Token::Invalid:
            depth = 0;
            break;
        default:
            break;
        }
    }
    if (failed() || !hasElements)
        return std::move(text).trimmed();
    decodeSource();
    // The start tag ends at afterStartTag, or one before it when the reader looked ahead.
    qsizetype begin = -1;
    if (afterStartTag >= 1 && afterStartTag <= m_source.size() && m_source.at(afterStartTag - 1) == u'>')
        begin = afterStartTag;
    else if (afterStartTag >= 2 && afterStartTag - 1 <= m_source.size() && m_source.at(afterStartTag - 2) == u'>')
        begin = afterStartTag - 1;
    const qsizetype endTag = m_source.lastIndexOf("</"_L1, qMin<qint64>(m_xml.characterOffset(), m_source.size()) - 1);
    if (begin < 0 || endTag < begin) {
        warn(tr("could not copy the raw XML of <%1>").arg(m_xml.qualifiedName()));
        return std::move(text).trimmed();
    }
    return m_source.mid(begin, endTag - begin).trimmed();
}

VmapParseResult VmapReader::run()
{
    VmapParseResult result;
    if (readToRootElement()) {
        if (isElement("VMAP"_L1)) {
            parseVmap();
            while (!failed() && !m_xml.atEnd())
                next();
        } else {
            fail(ErrorCode::SchemaValidationError,
                tr("the root element is <%1>, not <VMAP>").arg(m_xml.qualifiedName()));
        }
    }

    if (takeError(result.error, result.errorString, result.line, result.column)) {
        m_document.adBreaks.clear();
        m_document.extensions.clear();
        qCDebug(lcVastParser) << "VMAP parse failed:" << int(result.error) << result.errorString;
    }
    result.document = std::move(m_document);
    result.warnings = takeWarnings();
    return result;
}

// <vmap:VMAP version="1.0">: <vmap:AdBreak>*, <vmap:Extensions>?
void VmapReader::parseVmap()
{
    const QStringView version = m_xml.attributes().value("version"_L1).trimmed();
    m_document.version = version.toString();
    if (version.isEmpty()) {
        warn(tr("<VMAP> has no version attribute, read as VMAP 1.0"));
    } else {
        const qsizetype dot = version.indexOf(u'.');
        bool majorOk = false;
        const int major = version.first(dot < 0 ? version.size() : dot).toInt(&majorOk);
        if (!majorOk || major != 1) {
            fail(ErrorCode::VersionNotSupported, tr("VMAP version \"%1\" is not supported (1.0 is)").arg(version));
            return;
        }
    }

    while (readNextStartElement()) {
        if (isElement("AdBreak"_L1)) {
            if (m_document.adBreaks.size() >= m_options.maxAdBreaks) {
                warn(tr("more than %1 <AdBreak> elements, the rest is skipped").arg(m_options.maxAdBreaks));
                skipCurrentElement();
                continue;
            }
            VmapAdBreak adBreak = parseAdBreak();
            if (!failed())
                m_document.adBreaks.append(std::move(adBreak));
        } else if (isElement("Extensions"_L1)) {
            m_document.extensions = readRawElement();
        } else {
            skipCurrentElement();
        }
    }
}

// <vmap:AdBreak timeOffset breakType breakId? repeatAfter?>: AdSource?, TrackingEvents?,
// Extensions?
VmapAdBreak VmapReader::parseAdBreak()
{
    VmapAdBreak adBreak;
    const QXmlStreamAttributes attrs = m_xml.attributes();
    adBreak.timeOffset = attrs.value("timeOffset"_L1).trimmed().toString();
    adBreak.breakId = attrs.value("breakId"_L1).trimmed().toString();
    adBreak.repeatAfter = attrs.value("repeatAfter"_L1).trimmed().toString();
    if (adBreak.timeOffset.isEmpty())
        warn(tr("<AdBreak> has no timeOffset, it cannot be scheduled"));
    else if (!isValidTimeOffset(adBreak.timeOffset))
        warn(tr("<AdBreak> timeOffset=\"%1\" is not start, end, HH:MM:SS[.mmm], n% or #m").arg(adBreak.timeOffset));
    if (!adBreak.repeatAfter.isEmpty() && parseVastTime(adBreak.repeatAfter) <= 0)
        warn(tr("<AdBreak> repeatAfter=\"%1\" is not a positive time (HH:MM:SS[.mmm]), ignored").arg(
            adBreak.repeatAfter));

    const QStringView breakType = attrs.value("breakType"_L1);
    for (QStringView part : breakType.split(u',', Qt::SkipEmptyParts)) {
        const QString type = part.trimmed().toString();
        if (type.isEmpty())
            continue;
        if (type != "linear"_L1 && type != "nonlinear"_L1 && type != "display"_L1)
            warn(tr("<AdBreak> breakType \"%1\" is not linear, nonlinear or display").arg(type));
        adBreak.breakTypes.append(type);
    }
    if (adBreak.breakTypes.isEmpty())
        warn(tr("<AdBreak> has no breakType"));

    while (readNextStartElement()) {
        if (isElement("AdSource"_L1))
            parseAdSource(adBreak.adSource);
        else if (isElement("TrackingEvents"_L1))
            parseTrackingEvents(adBreak.trackingEvents);
        else if (isElement("Extensions"_L1))
            adBreak.extensions = readRawElement();
        else
            skipCurrentElement();
    }
    return adBreak;
}

// <vmap:AdSource id? allowMultipleAds? followRedirects?>: one of VASTAdData (VASTData in
// some VMAP 1.0 texts), AdTagURI, CustomAdData.
void VmapReader::parseAdSource(VmapAdSource &source)
{
    const QXmlStreamAttributes attrs = m_xml.attributes();
    source.id = attrs.value("id"_L1).trimmed().toString();
    source.allowMultipleAds = boolAttr(attrs, "allowMultipleAds"_L1, true);
    source.followRedirects = boolAttr(attrs, "followRedirects"_L1, true);

    while (readNextStartElement()) {
        if (source.kind != VmapAdSource::Kind::None) {
            warn(tr("<AdSource> has more than one ad data element, <%1> ignored").arg(m_xml.name()));
            skipCurrentElement();
        } else if (isElement("VASTAdData"_L1) || isElement("VASTData"_L1)) {
            source.kind = VmapAdSource::Kind::VastAdData;
            parseVastAdData(source);
        } else if (isElement("AdTagURI"_L1)) {
            source.kind = VmapAdSource::Kind::AdTagUri;
            source.templateType = m_xml.attributes().value("templateType"_L1).trimmed().toString();
            source.adTagUri = readText();
            if (source.adTagUri.isEmpty())
                warn(tr("<AdTagURI> is empty"));
        } else if (isElement("CustomAdData"_L1)) {
            source.kind = VmapAdSource::Kind::CustomAdData;
            source.templateType = m_xml.attributes().value("templateType"_L1).trimmed().toString();
            source.customData = readContent();
        } else {
            skipCurrentElement();
        }
    }
    if (source.kind == VmapAdSource::Kind::None && !failed())
        warn(tr("<AdSource> holds no VASTAdData, AdTagURI or CustomAdData"));
}

// <vmap:VASTAdData><VAST .../></vmap:VASTAdData>: the <VAST> element is cut out of the
// input, given the namespace declarations in scope and parsed by VastParser.
void VmapReader::parseVastAdData(VmapAdSource &source)
{
    bool seenVast = false;
    while (readNextStartElement()) {
        if (seenVast || !isElement("VAST"_L1)) {
            warn(tr("<VASTAdData> holds <%1>, not one <VAST>, ignored").arg(m_xml.qualifiedName()));
            skipCurrentElement();
            continue;
        }
        seenVast = true;
        const qint64 line = m_xml.lineNumber();
        const QString qualifiedName = m_xml.qualifiedName().toString();
        // The declarations of the ancestors, innermost winning, minus those <VAST> makes.
        QList<std::pair<QString, QString>> inherited;
        const QXmlStreamNamespaceDeclarations own
            = m_namespaces.isEmpty() ? QXmlStreamNamespaceDeclarations() : m_namespaces.last();
        for (qsizetype i = m_namespaces.size() - 2; i >= 0; --i) {
            for (const QXmlStreamNamespaceDeclaration &decl : m_namespaces.at(i)) {
                const QString prefix = decl.prefix().toString();
                const auto samePrefix = [&](const auto &other) { return other.first == prefix; };
                const bool declaredOnVast = std::any_of(own.cbegin(), own.cend(),
                    [&](const QXmlStreamNamespaceDeclaration &d) { return d.prefix() == prefix; });
                if (!declaredOnVast && std::none_of(inherited.cbegin(), inherited.cend(), samePrefix))
                    inherited.append({ prefix, decl.namespaceUri().toString() });
            }
        }
        const qint64 afterStartTag = m_xml.characterOffset();
        skipCurrentElement();
        if (failed())
            return;
        const auto span = currentElementSpan(qualifiedName, afterStartTag);
        if (!span) {
            warnAt(line, tr("could not copy the inline <VAST>"));
            source.vastDataError = ErrorCode::XmlParsingError;
            continue;
        }
        QString vast = m_source.mid(span->first, span->second - span->first);
        QString declarations;
        for (const auto &[prefix, uri] : std::as_const(inherited)) {
            QString escaped = uri;
            escaped.replace(u'&', "&amp;"_L1).replace(u'<', "&lt;"_L1).replace(u'"', "&quot;"_L1);
            declarations
                += prefix.isEmpty() ? u" xmlns=\"%1\""_s.arg(escaped) : u" xmlns:%1=\"%2\""_s.arg(prefix, escaped);
        }
        vast.insert(1 + qualifiedName.size(), declarations);
        source.vastDataXml = vast.toUtf8();

        VastParserOptions vastOptions;
        vastOptions.maxDepth = m_options.maxDepth;
        vastOptions.maxBytes = m_options.maxBytes;
        vastOptions.maxWarnings = m_options.maxWarnings;
        VastParseResult parsed = VastParser::parse(source.vastDataXml, vastOptions);
        source.vastData = std::move(parsed.document);
        source.vastDataError = parsed.error;
        if (!parsed.ok())
            warnAt(line, tr("inline VAST failed to parse (%1): %2").arg(int(parsed.error)).arg(parsed.errorString));
        for (const QString &warning : std::as_const(parsed.warnings))
            warnAt(line, tr("inline VAST: %1").arg(warning));
    }
    if (!seenVast && !failed())
        warn(tr("<VASTAdData> holds no <VAST>"));
}

// <vmap:TrackingEvents>: <vmap:Tracking event="breakStart|breakEnd|error">URI</vmap:Tracking>*
void VmapReader::parseTrackingEvents(QList<TrackingEvent> &events)
{
    readEach("Tracking"_L1, [&] {
        TrackingEvent tracking;
        tracking.event = m_xml.attributes().value("event"_L1).trimmed().toString();
        const qint64 line = m_xml.lineNumber();
        tracking.url = readText();
        if (failed())
            return;
        if (tracking.event.isEmpty() || tracking.url.isEmpty()) {
            warnAt(line, tr("<Tracking> without event or URI, skipped"));
            return;
        }
        if (tracking.event != "breakStart"_L1 && tracking.event != "breakEnd"_L1 && tracking.event != "error"_L1)
            warnAt(line, tr("<Tracking> event \"%1\" is not breakStart, breakEnd or error").arg(tracking.event));
        events.append(std::move(tracking));
    });
}

} // namespace

VmapParseResult VmapParser::parse(const QByteArray &xml, const VmapParserOptions &options)
{
    return GuardedXmlReader::parseRepairingAmpersands(xml, [&](const QByteArray &bytes) {
        return VmapReader(bytes, options).run();
    });
}

} // namespace VastQt
