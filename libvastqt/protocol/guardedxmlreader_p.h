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
