// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/compliancevalidator.h>

#include <VastQt/vastmodel.h>
#include <VastQt/wrapperresolver.h>
#include "protocol/guardedxmlreader_p.h"

#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QMutex>
#include <QtCore/QRegularExpression>

#include <algorithm>

#ifdef VASTQT_HAVE_LIBXML2
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#endif

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{

constexpr auto kVast4Ns = "http://www.iab.com/VAST"_L1;
constexpr auto kVmapVastNs = "http://www.iab.net/videosuite/vast"_L1;
constexpr auto kVmapNs = "http://www.iab.net/videosuite/vmap"_L1;

// The limits of the parsers (VastParserOptions): a document they refuse is refused here too.
constexpr int kMaxDepth = 64;
constexpr qint64 kMaxBytes = 4 * 1024 * 1024;

// One element of the checked document, with where its start tag begins (1-based).
struct Element {
    QString name; // local name
    QString namespaceUri;
    QXmlStreamAttributes attributes;
    QString text; // the element's own character data, trimmed
    qint64 line = 0;
    qint64 column = 0;
    int parent = -1;
    QList<int> children;
};

// Elements whose content is free XML or opaque text: kept as one element, their content skipped.
bool isOpaque(QStringView name)
{
    return name == "Extensions"_L1 || name == "CreativeExtensions"_L1 || name == "CustomAdData"_L1
        || name == "AdParameters"_L1 || name == "VerificationParameters"_L1 || name == "HTMLResource"_L1;
}

// Reads the whole document into Elements, through the parsers' guarded reader (no DTD, the
// same size and depth limits).
class ElementReader : public GuardedXmlReader
{
public:
    explicit ElementReader(const QByteArray &xml)
        : GuardedXmlReader(xml, kMaxDepth, kMaxBytes, 0)
    {
    }

    QList<Element> elements;
    ErrorCode error = ErrorCode::NoError;
    QString errorString;
    qint64 errorLine = 0;
    qint64 errorColumn = 0;

    bool read()
    {
        if (readToRootElement()) {
            QList<int> open;
            startElement(open);
            while (!open.isEmpty() && !failed()) {
                const Token token = next();
                if (token == Token::StartElement) {
                    startElement(open);
                } else if (token == Token::EndElement) {
                    Element &e = elements[open.takeLast()];
                    e.text = e.text.trimmed();
                } else if (token == Token::Characters) {
                    elements[open.constLast()].text += m_xml.text();
                } else if (token == Token::Invalid || token == Token::EndDocument) {
                    break;
                }
            }
            // Anything after the root element (a second root, garbage) is an error too.
            while (!failed() && next() != Token::EndDocument) { }
        }
        qint64 line = 0;
        qint64 column = 0;
        if (takeError(error, errorString, line, column)) {
            errorLine = line;
            errorColumn = column;
            return false;
        }
        return true;
    }

private:
    void startElement(QList<int> &open)
    {
        Element e;
        e.name = m_xml.name().toString();
        e.namespaceUri = m_xml.namespaceUri().toString();
        e.attributes = m_xml.attributes();
        e.parent = open.isEmpty() ? -1 : open.constLast();
        locate(m_xml.qualifiedName().toString(), m_xml.characterOffset(), e);
        const int index = int(elements.size());
        if (e.parent >= 0)
            elements[e.parent].children.append(index);
        elements.append(std::move(e));
        if (isOpaque(elements.constLast().name)) {
            skipCurrentElement();
            return;
        }
        open.append(index);
    }

    // The line and column where the start tag of \a qualifiedName that ended at
    // \a afterStartTag begins: the '<' before it in the decoded input (attribute values
    // hold no '<').
    void locate(const QString &qualifiedName, qint64 afterStartTag, Element &e)
    {
        decodeSource();
        if (m_lineStarts.isEmpty()) {
            m_lineStarts.append(0);
            for (qsizetype i = 0; i < m_source.size(); ++i) {
                const QChar c = m_source.at(i);
                if (c == u'\n' || (c == u'\r' && (i + 1 >= m_source.size() || m_source.at(i + 1) != u'\n')))
                    m_lineStarts.append(i + 1);
            }
        }
        const qsizetype from = qMin<qint64>(afterStartTag, m_source.size()) - qualifiedName.size() - 2;
        const qsizetype begin = from >= 0 ? m_source.lastIndexOf(QChar(u'<') + qualifiedName, from) : -1;
        if (begin < 0)
            return;
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), begin);
        const qsizetype lineIndex = (it - m_lineStarts.cbegin()) - 1;
        e.line = lineIndex + 1;
        e.column = begin - m_lineStarts.at(lineIndex) + 1;
    }

    QList<qsizetype> m_lineStarts;
};

// The elements whose text is a URI (VAST 4.3 §2.3.3, and VMAP's AdTagURI and Tracking).
bool isUriElement(QStringView name)
{
    static const QLatin1StringView names[] = {
        "Impression"_L1, "Error"_L1, "Tracking"_L1, "ClickThrough"_L1, "ClickTracking"_L1, "CustomClick"_L1,
        "MediaFile"_L1, "Mezzanine"_L1, "InteractiveCreativeFile"_L1, "ClosedCaptionFile"_L1, "VASTAdTagURI"_L1,
        "StaticResource"_L1, "IFrameResource"_L1, "CompanionClickThrough"_L1, "CompanionClickTracking"_L1,
        "NonLinearClickThrough"_L1, "NonLinearClickTracking"_L1, "IconClickThrough"_L1, "IconClickTracking"_L1,
        "IconViewTracking"_L1, "JavaScriptResource"_L1, "ExecutableResource"_L1, "Viewable"_L1, "NotViewable"_L1,
        "ViewUndetermined"_L1, "AdTagURI"_L1};
    return std::any_of(std::begin(names), std::end(names), [name](QLatin1StringView n) { return name == n; });
}

// Major and minor of a version attribute ("4.2", "2.0.1"); -1 when unreadable.
std::pair<int, int> versionNumbers(const QString &version)
{
    const QStringList parts = version.trimmed().split(u'.');
    bool okMajor = false;
    bool okMinor = true;
    const int major = parts.value(0).toInt(&okMajor);
    const int minor = parts.size() > 1 ? parts.at(1).toInt(&okMinor) : 0;
    if (!okMajor || !okMinor)
        return {-1, -1};
    return {major, minor};
}

// The target namespace of a schema file, empty for none.
QString schemaNamespace(const QString &schema)
{
    if (schema == "vmap.xsd"_L1)
        return kVmapNs;
    if (schema.startsWith("vast4"_L1) || schema.startsWith("vast_4"_L1))
        return kVast4Ns;
    return {};
}

// The rules that a schema cannot express, over the Elements of one document.
class RuleChecker
{
public:
    RuleChecker(const QList<Element> &elements, int hop, QList<ComplianceFinding> &findings)
        : m_e(elements)
        , m_hop(hop)
        , m_findings(findings)
    {
    }

    void add(ComplianceFinding::Severity severity, int element, const QString &rule, const QString &message,
             const QString &section)
    {
        ComplianceFinding f;
        f.severity = severity;
        f.hop = m_hop;
        if (element >= 0) {
            f.line = m_e.at(element).line;
            f.column = m_e.at(element).column;
        }
        f.rule = rule;
        f.message = message;
        f.specSection = section;
        m_findings.append(f);
    }
    void error(int element, const QString &rule, const QString &message, const QString &section)
    {
        add(ComplianceFinding::Severity::Error, element, rule, message, section);
    }
    void warning(int element, const QString &rule, const QString &message, const QString &section)
    {
        add(ComplianceFinding::Severity::Warning, element, rule, message, section);
    }

    int child(int parent, QLatin1StringView name) const
    {
        for (int c : m_e.at(parent).children) {
            if (m_e.at(c).name == name)
                return c;
        }
        return -1;
    }
    QList<int> childrenNamed(int parent, QLatin1StringView name) const
    {
        QList<int> out;
        for (int c : m_e.at(parent).children) {
            if (m_e.at(c).name == name)
                out.append(c);
        }
        return out;
    }
    bool hasText(int element) const { return element >= 0 && !m_e.at(element).text.isEmpty(); }

    // One <VAST> element (the root, or inline in a VMAP document) and everything in it.
    void checkVast(int vast)
    {
        const auto [major, minor] = versionNumbers(m_e.at(vast).attributes.value("version"_L1).toString());
        const bool v41 = major > 4 || (major == 4 && minor >= 1);
        for (int ad : childrenNamed(vast, "Ad"_L1)) {
            if (const int inLine = child(ad, "InLine"_L1); inLine >= 0)
                checkInLine(inLine, v41);
            if (const int wrapper = child(ad, "Wrapper"_L1); wrapper >= 0)
                checkWrapper(wrapper);
        }
        checkUris(vast);
    }

    // Every VAST document inside <vmap:VASTAdData>.
    void checkVmap(int root, bool inlineVast)
    {
        checkUris(root, /*skipInlineVast=*/true);
        if (!inlineVast)
            return;
        for (int i = 0; i < m_e.size(); ++i) {
            if (m_e.at(i).name == "VAST"_L1 && m_e.at(i).parent >= 0 && m_e.at(m_e.at(i).parent).name == "VASTAdData"_L1)
                checkVast(i);
        }
    }

private:
    void checkInLine(int inLine, bool v41)
    {
        if (!hasText(child(inLine, "AdSystem"_L1)))
            error(inLine, u"inline.adSystem"_s, ComplianceValidator::tr("<InLine> has no <AdSystem>"), u"VAST 4.3 §3.4.1"_s);
        if (!hasText(child(inLine, "AdTitle"_L1)))
            error(inLine, u"inline.adTitle"_s, ComplianceValidator::tr("<InLine> has no <AdTitle>"), u"VAST 4.3 §3.4.2"_s);
        if (child(inLine, "Impression"_L1) < 0)
            error(inLine, u"inline.impression"_s, ComplianceValidator::tr("<InLine> has no <Impression>"), u"VAST 4.3 §3.4.4"_s);
        if (v41 && !hasText(child(inLine, "AdServingId"_L1)))
            error(inLine, u"inline.adServingId"_s, ComplianceValidator::tr("a VAST 4.1+ <InLine> has no <AdServingId>"), u"VAST 4.3 §3.4.3"_s);
        const int creatives = child(inLine, "Creatives"_L1);
        const QList<int> list = creatives >= 0 ? childrenNamed(creatives, "Creative"_L1) : QList<int>();
        if (list.isEmpty())
            error(creatives >= 0 ? creatives : inLine, u"inline.creatives"_s, ComplianceValidator::tr("<InLine> has no <Creative>"),
                  u"VAST 4.3 §3.6"_s);
        for (int creative : list) {
            if (v41 && child(creative, "UniversalAdId"_L1) < 0)
                error(creative, u"creative.universalAdId"_s, ComplianceValidator::tr("a VAST 4.1+ InLine <Creative> has no <UniversalAdId>"),
                      u"VAST 4.3 §3.7.1"_s);
            if (const int linear = child(creative, "Linear"_L1); linear >= 0)
                checkLinear(linear, true);
        }
    }

    void checkWrapper(int wrapper)
    {
        if (!hasText(child(wrapper, "AdSystem"_L1)))
            error(wrapper, u"wrapper.adSystem"_s, ComplianceValidator::tr("<Wrapper> has no <AdSystem>"), u"VAST 4.3 §3.4.1"_s);
        if (!hasText(child(wrapper, "VASTAdTagURI"_L1)))
            error(wrapper, u"wrapper.vastAdTagUri"_s, ComplianceValidator::tr("<Wrapper> has no <VASTAdTagURI>"), u"VAST 4.3 §3.19.1"_s);
        if (const int creatives = child(wrapper, "Creatives"_L1); creatives >= 0) {
            for (int creative : childrenNamed(creatives, "Creative"_L1)) {
                if (const int linear = child(creative, "Linear"_L1); linear >= 0)
                    checkLinear(linear, false);
            }
        }
    }

    // A Linear: Duration and MediaFiles (InLine), then skipoffset and the offsets against
    // the duration when there is one.
    void checkLinear(int linear, bool inLine)
    {
        qint64 durationMs = -1;
        const int duration = child(linear, "Duration"_L1);
        if (duration < 0) {
            if (inLine)
                error(linear, u"linear.duration"_s, ComplianceValidator::tr("InLine <Linear> has no <Duration>"), u"VAST 4.3 §3.8.1"_s);
        } else {
            durationMs = parseVastTime(m_e.at(duration).text);
            if (durationMs < 0)
                error(duration, u"linear.duration"_s,
                      ComplianceValidator::tr("<Duration> \"%1\" is not HH:MM:SS or HH:MM:SS.mmm").arg(m_e.at(duration).text), u"VAST 4.3 §3.8.1"_s);
        }
        if (inLine) {
            const int mediaFiles = child(linear, "MediaFiles"_L1);
            if (mediaFiles < 0 || child(mediaFiles, "MediaFile"_L1) < 0)
                error(mediaFiles >= 0 ? mediaFiles : linear, u"linear.mediaFiles"_s, ComplianceValidator::tr("InLine <Linear> has no <MediaFile>"),
                      u"VAST 4.3 §3.9"_s);
        }

        const QXmlStreamAttributes &attrs = m_e.at(linear).attributes;
        if (attrs.hasAttribute("skipoffset"_L1)) {
            const QString skipoffset = attrs.value("skipoffset"_L1).trimmed().toString();
            const qint64 ms = parseVastTime(skipoffset, qMax<qint64>(durationMs, 0));
            if (ms < 0)
                error(linear, u"skipoffset.invalid"_s,
                      ComplianceValidator::tr("skipoffset \"%1\" is not HH:MM:SS[.mmm] or n%").arg(skipoffset), u"VAST 4.3 §3.8"_s);
            else if (durationMs >= 0 && ms > durationMs)
                warning(linear, u"skipoffset.beyondDuration"_s,
                        ComplianceValidator::tr("skipoffset \"%1\" is after the end of the %2 ad: it cannot be skipped").arg(skipoffset,
                                                                                                      formatVastTime(durationMs)),
                        u"VAST 4.3 §3.8"_s);
        }
        if (const int events = child(linear, "TrackingEvents"_L1); events >= 0) {
            for (int tracking : childrenNamed(events, "Tracking"_L1))
                checkOffset(tracking, durationMs, u"VAST 4.3 §3.14.1"_s);
        }
        if (const int icons = child(linear, "Icons"_L1); icons >= 0) {
            for (int icon : childrenNamed(icons, "Icon"_L1))
                checkOffset(icon, durationMs, u"VAST 4.3 §3.11.1"_s);
        }
    }

    void checkOffset(int element, qint64 durationMs, const QString &section)
    {
        const QXmlStreamAttributes &attrs = m_e.at(element).attributes;
        if (!attrs.hasAttribute("offset"_L1))
            return;
        const QString offset = attrs.value("offset"_L1).trimmed().toString();
        const qint64 ms = parseVastTime(offset, qMax<qint64>(durationMs, 0));
        const QString name = m_e.at(element).name;
        if (ms < 0)
            error(element, u"offset.invalid"_s,
                  ComplianceValidator::tr("<%1> offset \"%2\" is not HH:MM:SS[.mmm] or n%").arg(name, offset), section);
        else if (durationMs >= 0 && ms > durationMs)
            warning(element, u"offset.beyondDuration"_s,
                    ComplianceValidator::tr("<%1> offset \"%2\" is after the end of the %3 ad: it is never reached")
                        .arg(name, offset, formatVastTime(durationMs)),
                    section);
    }

    // Every URI element under \a top (the inline VAST of a VMAP document left out when
    // \a skipInlineVast: checkVast() does it).
    void checkUris(int top, bool skipInlineVast = false)
    {
        static const QRegularExpression macro(u"\\[[A-Za-z0-9_.:-]+\\]"_s);
        QList<int> stack{top};
        while (!stack.isEmpty()) {
            const int i = stack.takeLast();
            const Element &e = m_e.at(i);
            if (skipInlineVast && e.name == "VASTAdData"_L1)
                continue;
            for (auto it = e.children.crbegin(); it != e.children.crend(); ++it)
                stack.append(*it);
            if (!isUriElement(e.name))
                continue;
            if (e.text.isEmpty()) {
                warning(i, u"uri.empty"_s, ComplianceValidator::tr("<%1> has no URI").arg(e.name), u"VAST 4.3 §2.3.3"_s);
                continue;
            }
            QString uri = e.text;
            uri.replace(macro, u"0"_s);
            if (uri.startsWith("//"_L1)) {
                warning(i, u"uri.protocolRelative"_s,
                        ComplianceValidator::tr("<%1> \"%2\" has no scheme (protocol-relative)").arg(e.name, e.text), u"VAST 4.3 §2.3.3"_s);
                continue;
            }
            const QUrl url(uri, QUrl::StrictMode);
            if (!url.isValid() || url.isRelative() || url.scheme().size() < 2)
                error(i, u"uri.invalid"_s, ComplianceValidator::tr("<%1> \"%2\" is not an absolute URI").arg(e.name, e.text.left(200)),
                      u"VAST 4.3 §2.3.3"_s);
        }
    }

    const QList<Element> &m_e;
    const int m_hop;
    QList<ComplianceFinding> &m_findings;
};

#ifdef VASTQT_HAVE_LIBXML2

/*
    libxml2's schema validation, fed from memory only. vmap.xsd imports the namespace
    http://www.iab.net/videosuite/vast from vast3_draft.xsd, which declares no target
    namespace, so libxml2 cannot compile the import as IAB publishes it. The import is
    answered with a schema of that namespace whose VAST element takes any content: the
    VMAP document is checked by vmap.xsd up to <VAST>, and each inline VAST by the schema
    of its own version. Every other external load is refused: nothing is read from a file
    or the network.
*/
const char kVmapVastImport[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.iab.net/videosuite/vast"
           elementFormDefault="qualified">
  <xs:element name="VAST">
    <xs:complexType>
      <xs:sequence><xs:any namespace="##any" processContents="skip" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
      <xs:anyAttribute namespace="##any" processContents="skip"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
)";

xmlParserInputPtr memoryOnlyLoader(const char *url, const char *, xmlParserCtxtPtr context)
{
    const QString name = QString::fromUtf8(url ? url : "").section(u'/', -1);
    if (name == "vast3_draft.xsd"_L1)
        return xmlNewStringInputStream(context, reinterpret_cast<const xmlChar *>(kVmapVastImport));
    return nullptr;
}

// Installs memoryOnlyLoader for its lifetime.
class LoaderScope
{
public:
    LoaderScope()
        : m_previous(xmlGetExternalEntityLoader())
    {
        xmlSetExternalEntityLoader(memoryOnlyLoader);
    }
    ~LoaderScope() { xmlSetExternalEntityLoader(m_previous); }
    Q_DISABLE_COPY_MOVE(LoaderScope)

private:
    xmlExternalEntityLoader m_previous;
};

void ignoreError(void *, xmlErrorPtr) { }

QMutex &libxmlMutex()
{
    static QMutex mutex;
    return mutex;
}

// The compiled schema \a file of the resources, compiled once; nullptr when it cannot be.
// Call with libxmlMutex() held.
xmlSchemaPtr compiledSchema(const QString &file)
{
    static QHash<QString, xmlSchemaPtr> cache;
    if (const auto it = cache.constFind(file); it != cache.cend())
        return *it;
    xmlInitParser();
    xmlSchemaPtr schema = nullptr;
    QFile resource(u":/vastqt/xsd/"_s + file);
    if (resource.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = resource.readAll();
        LoaderScope loader;
        const QByteArray base = "vastqt-xsd:/" + file.toUtf8();
        // Kept for the process's life with the schema compiled from it.
        xmlDocPtr doc = xmlReadMemory(bytes.constData(), int(bytes.size()), base.constData(), nullptr,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        if (doc) {
            xmlSchemaParserCtxtPtr parser = xmlSchemaNewDocParserCtxt(doc);
            xmlSchemaSetParserStructuredErrors(parser, ignoreError, nullptr);
            schema = xmlSchemaParse(parser);
            xmlSchemaFreeParserCtxt(parser);
        }
    }
    cache.insert(file, schema);
    return schema;
}

// Moves every element under \a top (itself included) in namespace \a from (null: none) to
// namespace \a to (empty: none).
void moveToNamespace(xmlNodePtr top, const xmlChar *from, const QString &to)
{
    xmlNsPtr target = nullptr;
    if (!to.isEmpty()) {
        const QByteArray href = to.toUtf8();
        target = xmlSearchNsByHref(top->doc, top, reinterpret_cast<const xmlChar *>(href.constData()));
        if (!target)
            target = xmlNewNs(top, reinterpret_cast<const xmlChar *>(href.constData()),
                              reinterpret_cast<const xmlChar *>("vastqt"));
    }
    const QByteArray fromHref = from ? QByteArray(reinterpret_cast<const char *>(from)) : QByteArray();
    QList<xmlNodePtr> stack{top};
    while (!stack.isEmpty()) {
        xmlNodePtr n = stack.takeLast();
        const QByteArray href = n->ns ? QByteArray(reinterpret_cast<const char *>(n->ns->href)) : QByteArray();
        if (href == fromHref)
            n->ns = target;
        for (xmlNodePtr c = n->children; c; c = c->next) {
            if (c->type == XML_ELEMENT_NODE)
                stack.append(c);
        }
    }
}

// Writes the VAST macros of every text as their percent-encoded form ("[ERRORCODE]" →
// "%5BERRORCODE%5D"): a URI template with macros is what the spec asks servers to send
// (VAST 4.3 §2.3.3, §4), but libxml2's xs:anyURI has no room for '['. Line numbers stay.
void encodeMacros(xmlNodePtr top)
{
    static const QRegularExpression macro(u"\\[([A-Za-z0-9_]+)\\]"_s);
    QList<xmlNodePtr> stack{top};
    while (!stack.isEmpty()) {
        xmlNodePtr n = stack.takeLast();
        for (xmlNodePtr c = n->children; c; c = c->next) {
            if (c->type == XML_ELEMENT_NODE) {
                stack.append(c);
            } else if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content
                       && xmlStrchr(c->content, '[')) {
                QString text = QString::fromUtf8(reinterpret_cast<const char *>(c->content));
                text.replace(macro, u"%5B\\1%5D"_s);
                const QByteArray utf8 = text.toUtf8();
                xmlNodeSetContent(c, reinterpret_cast<const xmlChar *>(utf8.constData()));
            }
        }
    }
}

// Collects libxml2's validation errors as findings.
struct ErrorSink {
    int hop = 0;
    const QList<Element> *elements = nullptr;
    QList<ComplianceFinding> *findings = nullptr;
};

void collectError(void *data, xmlErrorPtr error)
{
    auto *sink = static_cast<ErrorSink *>(data);
    if (!error || !error->message)
        return;
    static const QRegularExpression namespaces(u"\\{[^}]*\\}"_s);
    ComplianceFinding f;
    f.severity = error->level == XML_ERR_WARNING ? ComplianceFinding::Severity::Warning : ComplianceFinding::Severity::Error;
    f.hop = sink->hop;
    f.line = error->line;
    f.rule = u"xsd"_s;
    f.message = QString::fromUtf8(error->message).trimmed().replace(namespaces, QString());
    // The column of the element the error is about: where its start tag begins.
    if (auto *node = static_cast<xmlNodePtr>(error->node); node && node->type == XML_ELEMENT_NODE) {
        const QString name = QString::fromUtf8(reinterpret_cast<const char *>(node->name));
        const long line = xmlGetLineNo(node);
        if (line > 0)
            f.line = line;
        for (const Element &e : *sink->elements) {
            if (e.line == f.line && e.name == name) {
                f.column = e.column;
                break;
            }
        }
    }
    sink->findings->append(f);
}

// Validates \a element (the whole document when it is the root) against \a schemaFile,
// moved first into the schema's namespace.
void validateElement(xmlDocPtr doc, xmlNodePtr element, const QString &schemaFile, ErrorSink &sink)
{
    xmlSchemaPtr schema = compiledSchema(schemaFile);
    if (!schema) {
        ComplianceFinding f;
        f.severity = ComplianceFinding::Severity::Warning;
        f.hop = sink.hop;
        f.rule = u"xsd.unavailable"_s;
        f.message = ComplianceValidator::tr("the schema %1 could not be compiled").arg(schemaFile);
        sink.findings->append(f);
        return;
    }
    moveToNamespace(element, element->ns ? element->ns->href : nullptr, schemaNamespace(schemaFile));
    xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(schema);
    xmlSchemaSetValidStructuredErrors(context, collectError, &sink);
    if (element == xmlDocGetRootElement(doc))
        xmlSchemaValidateDoc(context, doc);
    else
        xmlSchemaValidateOneElement(context, element);
    xmlSchemaFreeValidCtxt(context);
}

#endif // VASTQT_HAVE_LIBXML2

// The namespace finding of a VAST or VMAP element in namespace \a actual checked against
// \a schemaFile; none when it matches.
std::optional<QString> namespaceProblem(const QString &kind, const QString &actual, const QString &schemaFile)
{
    const QString expected = schemaNamespace(schemaFile);
    if (actual == expected)
        return std::nullopt;
    // VAST 2/3 inside VMAP takes the namespace vmap.xsd imports.
    if (kind == "VAST"_L1 && expected.isEmpty() && actual == kVmapVastNs)
        return std::nullopt;
    const QString wanted = expected.isEmpty() ? ComplianceValidator::tr("no namespace") : u"xmlns=\"%1\""_s.arg(expected);
    const QString has = actual.isEmpty() ? ComplianceValidator::tr("no namespace") : u"\"%1\""_s.arg(actual);
    return ComplianceValidator::tr("<%1> has %2; %3 asks for %4 (validated as if it had it)").arg(kind, has, schemaFile, wanted);
}

} // namespace

QString ComplianceFinding::severityName() const
{
    return severity == Severity::Error ? u"error"_s : u"warning"_s;
}

int DocumentCompliance::errorCount() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const ComplianceFinding &f) { return f.isError(); }));
}

int DocumentCompliance::warningCount() const
{
    return int(findings.size()) - errorCount();
}

bool ComplianceValidator::hasSchemaValidation()
{
#ifdef VASTQT_HAVE_LIBXML2
    return true;
#else
    return false;
#endif
}

QString ComplianceValidator::schemaFor(const QString &kind, const QString &version)
{
    const auto [major, minor] = versionNumbers(version);
    if (kind == "VMAP"_L1)
        return major == 1 ? u"vmap.xsd"_s : QString();
    if (kind != "VAST"_L1)
        return {};
    switch (major) {
    case 2:
        return u"vast_2.0.1.xsd"_s;
    case 3:
        return u"vast3_draft.xsd"_s;
    case 4:
        return minor == 0 ? u"vast4.xsd"_s : minor == 1 ? u"vast_4.1.xsd"_s : u"vast_4.2.xsd"_s;
    default:
        return {};
    }
}

DocumentCompliance ComplianceValidator::validate(const WrapperHop &hop, int index, bool inlineVast)
{
    // An HTTP error's body (a 404 page) is not the ad server's document.
    if (!hop.rawXml.isEmpty() && hop.transportError == TransportReply::Error::NoError)
        return validate(hop.rawXml, index, hop.url, inlineVast);
    DocumentCompliance result;
    result.hop = index;
    result.url = hop.url;
    const QString why = hop.errorString.isEmpty() ? ComplianceValidator::tr("no document") : hop.errorString;
    result.findings.append({ComplianceFinding::Severity::Error, index, 0, 0, u"document.unavailable"_s,
                            ComplianceValidator::tr("no document to check: %1").arg(why), QString()});
    return result;
}

DocumentCompliance ComplianceValidator::validate(const QByteArray &xml, int hop, const QUrl &url, bool inlineVast)
{
    DocumentCompliance result;
    result.hop = hop;
    result.url = url;
    QList<ComplianceFinding> &findings = result.findings;
    const auto finding = [&findings, hop](ComplianceFinding::Severity severity, qint64 line, qint64 column,
                                          const QString &rule, const QString &message, const QString &section) {
        findings.append({severity, hop, line, column, rule, message, section});
    };

    ElementReader reader(xml);
    if (!reader.read()) {
        finding(ComplianceFinding::Severity::Error, reader.errorLine, reader.errorColumn, u"xml"_s, reader.errorString,
                QString());
        return result;
    }
    const QList<Element> &elements = reader.elements;
    const Element &root = elements.constFirst();
    result.kind = root.name;
    result.version = root.attributes.value("version"_L1).toString();
    if (root.name == "VideoAdServingTemplate"_L1) { // VAST 1.0: no schema, refused by VastParser (102)
        result.kind = u"VAST"_s;
        result.version = u"1.0"_s;
        finding(ComplianceFinding::Severity::Error, root.line, root.column, u"version.unknown"_s,
                ComplianceValidator::tr("VAST 1.0 (<VideoAdServingTemplate>) is not supported: no IAB schema"), QString());
        return result;
    }
    if (root.name != "VAST"_L1 && root.name != "VMAP"_L1) {
        result.kind.clear();
        finding(ComplianceFinding::Severity::Error, root.line, root.column, u"document.root"_s,
                ComplianceValidator::tr("the root element <%1> is neither <VAST> nor <vmap:VMAP>").arg(root.name), QString());
        return result;
    }
    result.schema = schemaFor(result.kind, result.version);
    if (result.schema.isEmpty()) {
        finding(ComplianceFinding::Severity::Warning, root.line, root.column, u"version.unknown"_s,
                ComplianceValidator::tr("no IAB schema for %1 version \"%2\": not validated against a schema").arg(result.kind, result.version),
                QString());
    } else if (const auto problem = namespaceProblem(root.name, root.namespaceUri, result.schema)) {
        finding(ComplianceFinding::Severity::Warning, root.line, root.column,
                root.name == "VMAP"_L1 ? u"vmap.namespace"_s : u"vast.namespace"_s, *problem, QString());
    }
    // The inline VAST documents of a VMAP document: their namespace against their own schema.
    QList<int> inlineVasts;
    if (root.name == "VMAP"_L1 && inlineVast) {
        for (int i = 1; i < elements.size(); ++i) {
            const Element &e = elements.at(i);
            if (e.name != "VAST"_L1 || e.parent < 0 || elements.at(e.parent).name != "VASTAdData"_L1)
                continue;
            inlineVasts.append(i);
            const QString schema = schemaFor(e.name, e.attributes.value("version"_L1).toString());
            if (schema.isEmpty())
                finding(ComplianceFinding::Severity::Warning, e.line, e.column, u"version.unknown"_s,
                        ComplianceValidator::tr("no IAB schema for inline VAST version \"%1\"").arg(e.attributes.value("version"_L1)), QString());
            else if (const auto problem = namespaceProblem(e.name, e.namespaceUri, schema))
                finding(ComplianceFinding::Severity::Warning, e.line, e.column, u"vast.namespace"_s, *problem, QString());
        }
    }

#ifdef VASTQT_HAVE_LIBXML2
    if (!result.schema.isEmpty() || !inlineVasts.isEmpty()) {
        QMutexLocker locker(&libxmlMutex());
        LoaderScope loader;
        xmlDocPtr doc = xmlReadMemory(xml.constData(), int(xml.size()), nullptr, nullptr,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES);
        if (doc) {
            ErrorSink sink{hop, &elements, &findings};
            xmlNodePtr rootNode = xmlDocGetRootElement(doc);
            encodeMacros(rootNode);
            // Each <vmap:VASTAdData>'s <VAST>, in document order.
            QList<xmlNodePtr> inlineNodes;
            QList<xmlNodePtr> stack{rootNode};
            while (root.name == "VMAP"_L1 && !stack.isEmpty()) {
                xmlNodePtr n = stack.takeFirst();
                for (xmlNodePtr c = n->children; c; c = c->next) {
                    if (c->type != XML_ELEMENT_NODE)
                        continue;
                    if (xmlStrEqual(c->name, reinterpret_cast<const xmlChar *>("VAST"))
                        && xmlStrEqual(n->name, reinterpret_cast<const xmlChar *>("VASTAdData")))
                        inlineNodes.append(c);
                    else
                        stack.append(c);
                }
            }
            if (!result.schema.isEmpty()) {
                // vmap.xsd wants <VAST> in the namespace it imports; a VAST 2/3 without one and
                // a VAST 4 in http://www.iab.com/VAST are checked by their own schema below
                // (and their namespace by namespaceProblem()), so for vmap.xsd each inline
                // <VAST> is put in that namespace, then given its own back.
                QList<xmlNsPtr> ownNamespaces;
                for (xmlNodePtr c : std::as_const(inlineNodes)) {
                    ownNamespaces.append(c->ns);
                    const QByteArray href = QString(kVmapVastNs).toUtf8();
                    xmlNsPtr vmapVast = xmlSearchNsByHref(doc, c, reinterpret_cast<const xmlChar *>(href.constData()));
                    if (!vmapVast)
                        vmapVast = xmlNewNs(c, reinterpret_cast<const xmlChar *>(href.constData()),
                                            reinterpret_cast<const xmlChar *>("vastqtvmapvast"));
                    xmlSetNs(c, vmapVast);
                }
                validateElement(doc, rootNode, result.schema, sink);
                for (qsizetype i = 0; i < inlineNodes.size(); ++i)
                    xmlSetNs(inlineNodes.at(i), ownNamespaces.at(i));
                result.schemaValidated = true;
            }
            // Each inline VAST against its own version's schema (unless it is checked as a hop
            // of its own: inlineVast false).
            for (xmlNodePtr c : std::as_const(inlineNodes)) {
                if (inlineVasts.isEmpty())
                    break;
                xmlChar *version = xmlGetProp(c, reinterpret_cast<const xmlChar *>("version"));
                const QString schema = schemaFor(u"VAST"_s, QString::fromUtf8(reinterpret_cast<const char *>(version)));
                xmlFree(version);
                if (!schema.isEmpty())
                    validateElement(doc, c, schema, sink);
            }
            xmlFreeDoc(doc);
        }
    }
#else
    if (!result.schema.isEmpty())
        finding(ComplianceFinding::Severity::Warning, 0, 0, u"xsd.unavailable"_s,
                ComplianceValidator::tr("VastQt was built without libxml2: %1 not checked").arg(result.schema), QString());
#endif

    RuleChecker rules(elements, hop, findings);
    if (root.name == "VAST"_L1)
        rules.checkVast(0);
    else
        rules.checkVmap(0, inlineVast);

    // Document order; a schema finding before a rule's on the same element.
    std::stable_sort(findings.begin(), findings.end(), [](const ComplianceFinding &a, const ComplianceFinding &b) {
        return std::make_pair(a.line, a.column) < std::make_pair(b.line, b.column);
    });
    return result;
}

} // namespace VastQt
