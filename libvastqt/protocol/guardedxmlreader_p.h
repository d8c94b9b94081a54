// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

//
//  W A R N I N G
//  -------------
//
// This file is not part of the VastQt API. It may change without notice.
//

#ifndef VASTQT_GUARDEDXMLREADER_P_H
#define VASTQT_GUARDEDXMLREADER_P_H

#include <VastQt/vastqtnamespace.h>

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QXmlStreamReader>

#include <optional>
#include <utility>

namespace VastQt
{

/*
    The hostile-input-safe token layer shared by the VAST and VMAP readers. Every token
    goes through next(), which keeps the element depth against maxDepth, refuses DTDs and
    entity references, and records the declared encoding, so the limits hold everywhere,
    also inside skipped elements. Skipping and text reading are loops.

    A reader derives from it and may override onStartElement() / onEndElement(), which
    next() calls for every start tag within the depth limit and every end tag.
*/
class GuardedXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(VastQt::GuardedXmlReader)

public:
    using Token = QXmlStreamReader::TokenType;

    /*
        The commonest fault of ad servers' XML: a '&' in a URI written as is instead of
        "&amp;" (…?a=1&b=2 outside CDATA). Returns \a xml with every '&' that does not begin a
        character or entity reference written as "&amp;", and the 1-based line of each one
        in \a lines; \a xml unchanged with no lines when there is none. CDATA sections,
        comments and processing instructions are left as they are. Only for encodings where
        '&', '<' and '\n' are the ASCII bytes (UTF-8, ISO-8859-x, windows-125x, KOI8-R,
        Shift_JIS...): a UTF-16 or UTF-32 document is returned unchanged.
    */
    static QByteArray escapeBareAmpersands(const QByteArray &xml, QList<qint64> *lines);
    // The warning that says which lines escapeBareAmpersands() repaired.
    static QString bareAmpersandWarning(const QList<qint64> &lines);

    /*
        Runs \a parse (xml -> a result with error, ok() and warnings) on \a xml; when that
        fails with error 100 and the document has bare '&'s, once more on the repaired bytes.
        The second result is returned, with the warning first, only when it parses; otherwise
        the first one, whose error points at what the server sent.
    */
    template<typename Parse>
    static auto parseRepairingAmpersands(const QByteArray &xml, Parse parse)
    {
        auto result = parse(xml);
        if (result.error != ErrorCode::XmlParsingError)
            return result;
        QList<qint64> lines;
        const QByteArray repaired = escapeBareAmpersands(xml, &lines);
        if (lines.isEmpty())
            return result;
        auto second = parse(repaired);
        if (!second.ok())
            return result;
        second.warnings.prepend(bareAmpersandWarning(lines));
        return second;
    }

protected:
    GuardedXmlReader(const QByteArray &data, int maxDepth, qint64 maxBytes, int maxWarnings);
    virtual ~GuardedXmlReader();

    Token next();
    bool readNextStartElement();
    void skipCurrentElement();
    QString readText();
    void decodeSource();
    std::optional<std::pair<qsizetype, qsizetype>> currentElementSpan(const QString &qualifiedName,
                                                                      qint64 afterStartTag);
    QString readRawElement();
    QString rawElementText(const QString &qualifiedName, qint64 afterStartTag);
    void fail(ErrorCode code, const QString &message);
    void warn(const QString &message) { warnAt(m_xml.lineNumber(), message); }
    void warnAt(qint64 line, const QString &message);
    bool failed() const { return m_error != ErrorCode::NoError || m_xml.hasError(); }
    bool isElement(QLatin1StringView name) const { return m_xml.name() == name; }
    // Reads the children of the current element: read() is called at the start tag of each
    // child named \a name and must consume that child; every other child is skipped.
    template <typename Read>
    void readEach(QLatin1StringView name, Read read)
    {
        while (readNextStartElement()) {
            if (isElement(name))
                read();
            else
                skipCurrentElement();
        }
    }
    // Appends what an optional-returning element function parsed, if anything.
    template <typename T>
    static void appendIf(QList<T> &list, std::optional<T> &&item)
    {
        if (item)
            list.append(std::move(*item));
    }
    bool boolAttr(const QXmlStreamAttributes &attrs, QLatin1StringView name, bool fallback);
    bool boolValue(QStringView text, QLatin1StringView name, bool fallback);

    // Checks the size limit and reads up to the root element. True when the reader is at
    // the root's start tag.
    bool readToRootElement();
    // After run: when the reader failed, sets the error fields and returns true.
    bool takeError(ErrorCode &error, QString &errorString, qint64 &line, qint64 &column) const;
    // The warnings, with the count of suppressed ones appended.
    QStringList takeWarnings();

    virtual void onStartElement() { }
    virtual void onEndElement() { }

    const QByteArray &m_data;
    QXmlStreamReader m_xml;
    QString m_source; // the decoded input, made on first need by decodeSource()

private:
    const int m_maxDepth;
    const qint64 m_maxBytes;
    // Where checkStartTags() found a start tag over its limits (1-based; 0 when it did not).
    qsizetype checkStartTags();
    qint64 m_guardLine = 0;
    qint64 m_guardColumn = 0;
    QString m_guardMessage;
    const int m_maxWarnings;
    QStringList m_warnings;
    int m_suppressedWarnings = 0;
    int m_depth = 0;
    bool m_seenContent = false;
    QString m_declaredEncoding;
    bool m_sourceDecoded = false;
    ErrorCode m_error = ErrorCode::NoError;
    QString m_errorMessage;
};

} // namespace VastQt

#endif // VASTQT_GUARDEDXMLREADER_P_H
