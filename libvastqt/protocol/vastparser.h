// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_VASTPARSER_H
#define VASTQT_VASTPARSER_H

#include <VastQt/vastmodel.h>
#include <VastQt/vastqt_export.h>
#include <VastQt/vastqtnamespace.h>

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/qobjectdefs.h>

namespace VastQt
{

/*!
    \brief Limits that VastParser enforces on a document, so hostile input is refused
    quickly instead of exhausting memory or time.
*/
struct VASTQT_EXPORT VastParserOptions {
    Q_GADGET
    Q_PROPERTY(int maxDepth MEMBER maxDepth)
    Q_PROPERTY(qint64 maxBytes MEMBER maxBytes)
    Q_PROPERTY(int maxAds MEMBER maxAds)
    Q_PROPERTY(int maxWarnings MEMBER maxWarnings)
public:
    /*! The deepest element nesting allowed, counting <VAST> as 1 (a VAST 4.3 document
        needs 12, custom Extensions a few more). Deeper documents fail with 100. */
    int maxDepth = 64;
    /*! The largest document accepted, in bytes. Larger documents fail with 100 before
        any parsing. */
    qint64 maxBytes = 4 * 1024 * 1024;
    /*! How many <Ad> elements are kept; later ones are skipped with a warning. */
    int maxAds = 64;
    /*! How many warnings are recorded; further ones are counted in one last warning. */
    int maxWarnings = 100;
};

/*!
    \brief The outcome of VastParser::parse(): the document, or why there is none.

    When ok() is false, error is 100 (XML parsing error: broken XML, a DTD or entity
    declaration, nesting deeper than VastParserOptions::maxDepth, a document larger than
    VastParserOptions::maxBytes, an empty document), 101 (well-formed XML whose root is not
    <VAST>) or 102 (VAST 1.0, or a version attribute whose major version is not 2, 3 or
    4). errorString then says what happened and, when the reader knows, where:
    "line L, column C: message". line and column are 1-based, 0 when not applicable.
    On failure document holds no ads, only the version and the root-level <Error> URIs
    read before the failure (so a caller can still report the error to them).

    warnings lists non-fatal findings ("line L: message"): an element without its
    required content (a MediaFile without a URI, a Tracking without an event, an InLine
    without AdSystem, ...), an unreadable number or time. The element concerned is
    skipped when it is unusable, but the ad is kept while it is usable.
*/
struct VASTQT_EXPORT VastParseResult {
    Q_GADGET
    Q_PROPERTY(VastQt::VastDocument document MEMBER document)
    Q_PROPERTY(VastQt::ErrorCode error MEMBER error)
    Q_PROPERTY(QString errorString MEMBER errorString)
    Q_PROPERTY(qint64 line MEMBER line)
    Q_PROPERTY(qint64 column MEMBER column)
    Q_PROPERTY(QStringList warnings MEMBER warnings)
    Q_PROPERTY(bool ok READ ok)
public:
    //! The parsed document; on failure only its version and root-level <Error> URIs.
    VastDocument document;
    //! NoError, or 100, 101 or 102 (see the class description).
    ErrorCode error = ErrorCode::NoError;
    //! What happened, "line L, column C: message" when the reader knows where; empty on success.
    QString errorString;
    //! The 1-based line of the error; 0 when not applicable.
    qint64 line = 0;
    //! The 1-based column of the error; 0 when not applicable.
    qint64 column = 0;
    //! The non-fatal findings, "line L: message" each.
    QStringList warnings;

    /*! True when the document was parsed (error is ErrorCode::NoError). A parsed
        document may still hold no ads: a no-ad response (VAST 4.3 §3.2.1). */
    bool ok() const { return error == ErrorCode::NoError; }
};

/*!
    \brief Parses a VAST 2.0, 3.0, 4.0, 4.1, 4.2 or 4.3 document into the VastDocument
    model (VAST 4.3 §3).

    Synchronous and pure: no I/O, no signals, safe to call from any thread. The bytes are
    read with QXmlStreamReader, so the XML encoding declaration is honoured. Elements
    are matched on their local name (the 4.x samples declare
    xmlns="http://www.iab.com/VAST"); unknown elements are skipped. Text and URIs are
    trimmed of whitespace, CDATA sections are unwrapped, macros are left untouched.
    <Extensions> and <CreativeExtensions> are kept as raw XML, copied from the input.

    DTDs and entity declarations are refused (error 100), so entity expansion attacks
    ("billion laughs") and external entities never run.

    \sa VastParseResult, VastParserOptions, VastJson::toJson()
*/
class VASTQT_EXPORT VastParser
{
public:
    VastParser() = delete;

    /*! Parses \a xml within the limits of \a options. Never throws; reports every
        failure through VastParseResult::error (100, 101 or 102). */
    static VastParseResult parse(const QByteArray &xml, const VastParserOptions &options = {});
};

} // namespace VastQt

#endif // VASTQT_VASTPARSER_H
