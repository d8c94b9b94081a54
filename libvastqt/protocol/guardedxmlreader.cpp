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

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{
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
}

GuardedXmlReader::~GuardedXmlReader() = default;

GuardedXmlReader::Token GuardedXmlReader::next()
{
    if (failed())
        return Token::Invalid;
    const Token token = m_xml.readNext();
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
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_seenContent) {
        message = beginsAnElement(m_data) ? tr("the document ended early, inside the start tag of its root element")
                                          : tr("empty document");
    }
    if (m_data.size() > m_maxBytes) {
        errorString = message;
    } else {
        line = m_xml.lineNumber();
        // columnNumber() counts the characters read on the line, which makes it the
        // 1-based column of the character that raised the error.
        column = m_xml.columnNumber();
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

} // namespace VastQt
