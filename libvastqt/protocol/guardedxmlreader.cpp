// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

//
//  W A R N I N G
//  -------------
//
// This file is not part of the VastQt API. It may change without notice.
//

#include "protocol/guardedxmlreader_p.h"

#include <VastQt/documentroot.h>

#include <QtCore/QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{
// Limits of one start tag, far above any real VAST or VMAP (a MediaFile has about 15
// attributes). Qt 6.4's QXmlStreamReader checks a tag's attributes for duplicates in quadratic
// time, so a tag of 4 MB with 350,000 attributes would take minutes of CPU before any element
// reaches the parser: such a document is refused first, in one linear pass over the bytes.
constexpr int MaxAttributesPerTag = 256;
constexpr qsizetype MaxStartTagBytes = 64 * 1024;

// At data[at] == '<': one past the end of the comment, CDATA section, processing instruction
// or declaration that begins there (data.size() when it is unterminated), or -1 when a tag
// begins there. Their text may hold '<', '&' and '=' that are no markup.
qsizetype markupSectionEnd(QByteArrayView data, qsizetype at)
{
    const QByteArrayView rest = data.sliced(at);
    const QByteArrayView close = rest.startsWith("<!--") ? QByteArrayView("-->")
        : rest.startsWith("<![CDATA[")                  ? QByteArrayView("]]>")
        : rest.startsWith("<?")                         ? QByteArrayView("?>")
        : rest.startsWith("<!")                         ? QByteArrayView(">")
                                                        : QByteArrayView();
    if (close.isEmpty())
        return -1;
    const qsizetype end = data.indexOf(close, at + 2);
    return end < 0 ? data.size() : end + close.size();
}

// Whether \a data begins an element: a '<' that opens neither a declaration, a processing
// instruction nor an end tag.
bool beginsAnElement(const QByteArray &data)
{
    for (qsizetype i = data.indexOf('<'); i >= 0; i = data.indexOf('<', i + 1)) {
        const char next = i + 1 < data.size() ? data.at(i + 1) : '\0';
        if (next != '?' && next != '!' && next != '/')
            return true;
    }
    return false;
}
} // namespace

GuardedXmlReader::GuardedXmlReader(const QByteArray &data, int maxDepth, qint64 maxBytes, int maxWarnings)
    : m_data(data)
    , m_xml(data)
    , m_maxDepth(maxDepth)
    , m_maxBytes(maxBytes)
    , m_maxWarnings(maxWarnings)
{
    // The reader sees the document only up to a start tag over the limits, so what comes
    // before it (a root <Error> URI) is still read; next() then fails with the guard's error.
    if (data.size() <= maxBytes) {
        if (const qsizetype cut = checkStartTags(); cut >= 0) {
            m_xml.clear();
            m_xml.addData(data.left(cut));
        }
    }
}

GuardedXmlReader::~GuardedXmlReader() = default;

GuardedXmlReader::Token GuardedXmlReader::next()
{
    if (failed())
        return Token::Invalid;
    const Token token = m_xml.readNext();
    if (token == Token::Invalid && m_guardLine > 0 && m_error == ErrorCode::NoError) {
        m_error = ErrorCode::XmlParsingError;
        m_errorMessage = m_guardMessage;
    }
    switch (token) {
    case Token::StartElement:
        if (++m_depth > m_maxDepth) {
            fail(ErrorCode::XmlParsingError, tr("elements are nested deeper than %1 levels").arg(m_maxDepth));
            return Token::Invalid;
        }
        onStartElement();
        break;
    case Token::EndElement:
        --m_depth;
        onEndElement();
        break;
    case Token::StartDocument:
        m_declaredEncoding = m_xml.documentEncoding().toString();
        break;
    case Token::DTD:
    case Token::EntityReference:
        // Refused before any entity is used: no expansion bombs, no external entities.
        fail(ErrorCode::XmlParsingError, tr("DTD/entity declarations are not allowed"));
        return Token::Invalid;
    default:
        break;
    }
    return token;
}

bool GuardedXmlReader::readNextStartElement()
{
    for (;;) {
        switch (next()) {
        case Token::StartElement:
            return true;
        case Token::EndElement:
        case Token::EndDocument:
        case Token::Invalid:
            return false;
        default:
            break;
        }
    }
}

void GuardedXmlReader::skipCurrentElement()
{
    int depth = 1;
    while (depth > 0) {
        switch (next()) {
        case Token::StartElement:
            ++depth;
            break;
        case Token::EndElement:
            --depth;
            break;
        case Token::EndDocument:
        case Token::Invalid:
            return;
        default:
            break;
        }
    }
}

// The text of the current element (CDATA unwrapped, entities resolved), trimmed; child
// elements are skipped. Reads up to and including the element's end tag.
QString GuardedXmlReader::readText()
{
    QString text;
    for (;;) {
        switch (next()) {
        case Token::Characters:
            if (text.isEmpty())
                text = m_xml.text().toString();
            else
                text += m_xml.text();
            break;
        case Token::StartElement:
            skipCurrentElement();
            break;
        case Token::EndElement:
        case Token::EndDocument:
        case Token::Invalid:
            return std::move(text).trimmed();
        default:
            break;
        }
    }
}

// The input decoded once, the way the reader decoded it, into m_source. A byte order mark
// or the UTF-16/UTF-32 form of '<' picks the encoding; otherwise the declared encoding is
// looked up by name, exactly as QXmlStreamReader does, so every encoding the reader accepts
// (windows-1252, KOI8-R, Shift_JIS, ... when Qt has ICU) decodes the same here. A character
// offset of the reader then indexes m_source.
void GuardedXmlReader::decodeSource()
{
    if (m_sourceDecoded)
        return;
    m_sourceDecoded = true;
    if (const auto encoding = QStringConverter::encodingForData(m_data, u'<')) {
        m_source = QStringDecoder(*encoding).decode(m_data);
        return;
    }
    if (!m_declaredEncoding.isEmpty()) {
        QStringDecoder decoder(m_declaredEncoding.toUtf8().constData());
        if (decoder.isValid()) {
            m_source = decoder.decode(m_data);
            return;
        }
    }
    m_source = QStringDecoder(QStringConverter::Utf8).decode(m_data);
}

// Called at the end tag of an element whose start tag ended at afterStartTag: the span
// [begin, end) of the element in the decoded input. characterOffset() counts UTF-16 code
// units of the decoded input; the reader may have looked one character past a tag. A start
// tag is at least "<name>" long and its attribute values cannot hold '<'.
std::optional<std::pair<qsizetype, qsizetype>> GuardedXmlReader::currentElementSpan(const QString &qualifiedName,
                                                                                    qint64 afterStartTag)
{
    const qint64 afterEndTag = m_xml.characterOffset();
    decodeSource();
    const qsizetype searchFrom = afterStartTag - qualifiedName.size() - 2;
    const qsizetype begin = searchFrom >= 0 ? m_source.lastIndexOf(QChar(u'<') + qualifiedName, searchFrom) : -1;
    const qsizetype end = m_source.lastIndexOf(u'>', qMin<qint64>(afterEndTag, m_source.size()) - 1) + 1;
    if (begin < 0 || end <= begin)
        return std::nullopt;
    return std::make_pair(begin, end);
}

// The current element as it appears in the input, from its start tag to its end tag.
QString GuardedXmlReader::readRawElement()
{
    const QString qualifiedName = m_xml.qualifiedName().toString();
    const qint64 afterStartTag = m_xml.characterOffset();
    skipCurrentElement();
    return rawElementText(qualifiedName, afterStartTag);
}

// At the end tag of the element \a qualifiedName whose start tag ended at \a afterStartTag:
// its text as it appears in the input, start and end tags included; empty, with a warning,
// when it cannot be copied.
QString GuardedXmlReader::rawElementText(const QString &qualifiedName, qint64 afterStartTag)
{
    if (failed())
        return {};
    const auto span = currentElementSpan(qualifiedName, afterStartTag);
    if (!span) {
        warn(tr("could not copy the raw XML of <%1>").arg(qualifiedName));
        return {};
    }
    return m_source.mid(span->first, span->second - span->first);
}

void GuardedXmlReader::fail(ErrorCode code, const QString &message)
{
    if (failed())
        return;
    m_error = code;
    m_errorMessage = message;
    m_xml.raiseError(message);
}

void GuardedXmlReader::warnAt(qint64 line, const QString &message)
{
    if (m_warnings.size() >= m_maxWarnings) {
        ++m_suppressedWarnings;
        return;
    }
    m_warnings.append(tr("line %1: %2").arg(line).arg(message));
}

bool GuardedXmlReader::boolAttr(const QXmlStreamAttributes &attrs, QLatin1StringView name, bool fallback)
{
    return boolValue(attrs.value(name), name, fallback);
}

// The boolean \a text of attribute \a name: "1"/"true" or "0"/"false" (any case); \a fallback,
// with a warning when it is something else, when it is empty or absent.
bool GuardedXmlReader::boolValue(QStringView text, QLatin1StringView name, bool fallback)
{
    const QStringView value = text.trimmed();
    if (value.isEmpty())
        return fallback;
    if (value == "1"_L1 || value.compare("true"_L1, Qt::CaseInsensitive) == 0)
        return true;
    if (value == "0"_L1 || value.compare("false"_L1, Qt::CaseInsensitive) == 0)
        return false;
    warn(tr("<%1> attribute %2=\"%3\" is not a boolean, using %4").arg(m_xml.name(), name, value,
                                                                        fallback ? "true"_L1 : "false"_L1));
    return fallback;
}

bool GuardedXmlReader::readToRootElement()
{
    if (m_data.size() > m_maxBytes) {
        fail(ErrorCode::XmlParsingError,
             tr("the document is %1 bytes, more than the limit of %2 bytes").arg(m_data.size()).arg(m_maxBytes));
        return false;
    }
    // Find the root element; a DTD before it fails in next().
    while (!failed()) {
        const Token token = next();
        if (token == Token::StartElement) {
            m_seenContent = true;
            break;
        }
        if (token == Token::Invalid || token == Token::EndDocument)
            break;
        if (token != Token::StartDocument && !(token == Token::Characters && m_xml.isWhitespace()))
            m_seenContent = true;
    }
    return !failed() && m_xml.tokenType() == Token::StartElement;
}

bool GuardedXmlReader::takeError(ErrorCode &error, QString &errorString, qint64 &line, qint64 &column) const
{
    if (!m_xml.hasError())
        return false;
    error = m_error != ErrorCode::NoError ? m_error : ErrorCode::XmlParsingError;
    QString message = m_error != ErrorCode::NoError ? m_errorMessage : m_xml.errorString();
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_seenContent && m_guardLine == 0) {
        message = beginsAnElement(m_data) ? tr("the document ended early, inside the start tag of its root element")
                                          : tr("empty document");
    }
    if (m_data.size() > m_maxBytes) {
        errorString = message;
    } else {
        // columnNumber() counts the characters read on the line, which makes it the
        // 1-based column of the character that raised the error.
        line = m_guardLine > 0 ? m_guardLine : m_xml.lineNumber();
        column = m_guardLine > 0 ? m_guardColumn : m_xml.columnNumber();
        errorString = tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
    }
    return true;
}

QStringList GuardedXmlReader::takeWarnings()
{
    if (m_suppressedWarnings > 0)
        m_warnings.append(tr("%1 more warnings not shown").arg(m_suppressedWarnings));
    return std::move(m_warnings);
}

namespace
{
// Reads up to the root start tag only.
class RootReader : public GuardedXmlReader
{
public:
    RootReader(const QByteArray &xml, qint64 maxBytes)
        : GuardedXmlReader(xml, 1, maxBytes, 0)
    {
    }
    DocumentRoot read()
    {
        DocumentRoot root;
        if (readToRootElement()) {
            root.name = m_xml.name().toString();
            root.namespaceUri = m_xml.namespaceUri().toString();
        }
        return root;
    }
};
} // namespace

DocumentRoot documentRoot(const QByteArray &xml, qint64 maxBytes)
{
    return RootReader(xml, maxBytes).read();
}

// One pass over the bytes before QXmlStreamReader sees them: every start tag has at most
// MaxAttributesPerTag attributes and MaxStartTagBytes bytes. Returns the offset of the first
// tag over a limit, with its line, column and the error message kept for next(); -1 when
// there is none. An attribute is counted by its '=' outside quotes. Comments, CDATA
// sections, processing instructions and declarations are skipped; a UTF-16 or UTF-32
// document (NUL bytes among the first four) is left to the reader's own checks.
qsizetype GuardedXmlReader::checkStartTags()
{
    const QByteArray &data = m_data;
    if (data.left(4).contains('\0'))
        return -1;
    const qsizetype size = data.size();
    for (qsizetype at = data.indexOf('<'); at >= 0 && at + 1 < size; at = data.indexOf('<', at + 1)) {
        if (const qsizetype end = markupSectionEnd(data, at); end >= 0) {
            at = end - 1; // an unterminated one ends the scan: the reader reports it
            continue;
        }
        if (data.at(at + 1) == '/')
            continue;
        int attributes = 0;
        char quote = 0;
        qsizetype i = at + 1;
        for (; i < size && attributes <= MaxAttributesPerTag && i - at < MaxStartTagBytes; ++i) {
            const char c = data.at(i);
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                ++attributes;
            } else if (c == '>') {
                break;
            }
        }
        if (attributes > MaxAttributesPerTag || i - at >= MaxStartTagBytes) {
            const qsizetype lineStart = data.lastIndexOf('\n', at) + 1;
            m_guardLine = 1 + std::count(data.begin(), data.begin() + lineStart, '\n');
            m_guardColumn = at - lineStart + 1;
            m_guardMessage = attributes > MaxAttributesPerTag
                ? tr("a start tag with more than %1 attributes; no VAST element has that many").arg(MaxAttributesPerTag)
                : tr("a start tag of more than %1 bytes; no VAST element is that long").arg(MaxStartTagBytes);
            return at;
        }
        at = i;
    }
    return -1;
}

QByteArray GuardedXmlReader::escapeBareAmpersands(const QByteArray &xml, QList<qint64> *lines)
{
    lines->clear();
    // A UTF-16 or UTF-32 document has NUL bytes around its ASCII characters.
    if (xml.indexOf('&') < 0 || xml.left(4).contains('\0'))
        return xml;
    const auto isNameStart = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || uchar(c) >= 0x80;
    };
    const auto isNameChar = [&](char c) {
        return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
    };
    // Whether xml[at] == '&' begins "&name;", "&#123;" or "&#x1F;".
    const auto isReference = [&](qsizetype at) {
        qsizetype i = at + 1;
        const qsizetype n = xml.size();
        if (i < n && xml[i] == '#') {
            ++i;
            const bool hex = i < n && xml[i] == 'x';
            if (hex)
                ++i;
            const qsizetype digits = i;
            while (i < n && (std::isdigit(uchar(xml[i])) || (hex && std::isxdigit(uchar(xml[i])))))
                ++i;
            return i > digits && i < n && xml[i] == ';';
        }
        if (i >= n || !isNameStart(xml[i]))
            return false;
        while (i < n && isNameChar(xml[i]))
            ++i;
        return i < n && xml[i] == ';';
    };

    QByteArray out;
    qint64 line = 1;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < xml.size(); ++i) {
        const char c = xml[i];
        if (c == '\n') {
            ++line;
        } else if (c == '<') {
            // Sections whose text may hold a bare '&': skip to their end, counting lines.
            if (const qsizetype stop = markupSectionEnd(xml, i); stop >= 0) {
                line += std::count(xml.begin() + i, xml.begin() + stop, '\n');
                i = stop - 1;
            }
        } else if (c == '&' && !isReference(i)) {
            if (out.isEmpty())
                out.reserve(xml.size() + 64);
            out.append(xml.constData() + copied, i - copied);
            out.append("&amp;");
            copied = i + 1;
            if (lines->isEmpty() || lines->last() != line)
                lines->append(line);
        }
    }
    if (lines->isEmpty())
        return xml;
    out.append(xml.constData() + copied, xml.size() - copied);
    return out;
}

QString GuardedXmlReader::bareAmpersandWarning(const QList<qint64> &lines)
{
    QStringList numbers;
    for (qint64 line : lines)
        numbers.append(QString::number(line));
    return tr("line %1: a bare '&' is not well-formed XML; read as \"&amp;\" (lines %2)").arg(
        QString::number(lines.first()), numbers.join(u", "_s));
}

} // namespace VastQt
