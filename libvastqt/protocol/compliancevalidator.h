// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_COMPLIANCEVALIDATOR_H
#define VASTQT_COMPLIANCEVALIDATOR_H

#include <VastQt/vastqt_export.h>
#include <VastQt/vastqtnamespace.h>

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtCore/qobjectdefs.h>

namespace VastQt
{

struct WrapperHop;

/*!
    \brief One finding of a compliance check: where a document of a chain departs from
    the IAB schema of its version or from a rule of the spec that no schema expresses.

    hop is the index of the document in its chain (0: the tag). line and column are
    1-based positions in that hop's document (WrapperHop::rawXml), column 0 when not
    known. rule names the check: "xsd" for a schema violation (message is libxml2's),
    "xml" for a document that is not well-formed, otherwise a rule of
    ComplianceValidator's table ("inline.adSystem", "uri.invalid", "skipoffset.beyondDuration",
    ...). specSection is where the spec says it ("VAST 4.3 §3.4.1"), empty for "xsd".
*/
struct VASTQT_EXPORT ComplianceFinding {
    Q_GADGET
    Q_PROPERTY(Severity severity MEMBER severity)
    Q_PROPERTY(QString severityName READ severityName)
    Q_PROPERTY(int hop MEMBER hop)
    Q_PROPERTY(qint64 line MEMBER line)
    Q_PROPERTY(qint64 column MEMBER column)
    Q_PROPERTY(QString rule MEMBER rule)
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(QString specSection MEMBER specSection)
public:
    /*! \value Error   the document breaks the schema or a requirement of the spec
        \value Warning the document works but departs from what the spec asks */
    enum class Severity { Error, Warning };
    Q_ENUM(Severity)

    //! Error or Warning.
    Severity severity = Severity::Error;
    //! The index of the document in its chain (0: the tag).
    int hop = 0;
    //! The 1-based line in the hop's document (WrapperHop::rawXml).
    qint64 line = 0;
    //! The 1-based column; 0 when not known.
    qint64 column = 0;
    //! The check: "xsd", "xml", or a rule of ComplianceValidator's table ("inline.adSystem", ...).
    QString rule;
    //! The finding in words (libxml2's message for "xsd").
    QString message;
    //! Where the spec says it ("VAST 4.3 §3.4.1"); empty for "xsd".
    QString specSection;

    //! True for severity Error.
    bool isError() const { return severity == Severity::Error; }
    /*! "error" or "warning". */
    QString severityName() const;
    //! Equal when every member is equal.
    bool operator==(const ComplianceFinding &o) const
    {
        return severity == o.severity && hop == o.hop && line == o.line && column == o.column && rule == o.rule
            && message == o.message && specSection == o.specSection;
    }
    //! Not equal: the opposite of operator==().
    bool operator!=(const ComplianceFinding &o) const { return !(*this == o); }
};

/*!
    \brief The compliance of one document of a chain: what it is, which IAB schema it was
    validated against, and its findings in document order (schema findings first).

    kind is the root element ("VAST", "VMAP"), empty when there is no document. schema
    is the file name of the schema used ("vast_4.2.xsd"), empty when none applies (VAST
    1.0, an unknown version, or libxml2 not compiled in: see schemaValidated).
*/
struct VASTQT_EXPORT DocumentCompliance {
    Q_GADGET
    Q_PROPERTY(int hop MEMBER hop)
    Q_PROPERTY(QUrl url MEMBER url)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString version MEMBER version)
    Q_PROPERTY(QString schema MEMBER schema)
    Q_PROPERTY(bool schemaValidated MEMBER schemaValidated)
    Q_PROPERTY(QList<VastQt::ComplianceFinding> findings MEMBER findings)
    Q_PROPERTY(int errorCount READ errorCount)
    Q_PROPERTY(int warningCount READ warningCount)
public:
    //! The index of the document in its chain (0: the tag).
    int hop = 0;
    //! The document's URL (empty for a document given as bytes).
    QUrl url;
    //! The root element ("VAST", "VMAP"); empty when there is no document.
    QString kind;
    //! The document's version attribute.
    QString version;
    //! The file name of the schema used ("vast_4.2.xsd"); empty when none applies.
    QString schema;
    //! Whether the document was validated against schema (false without libxml2, or when no schema applies).
    bool schemaValidated = false;
    //! The findings, in document order (schema findings first).
    QList<ComplianceFinding> findings;

    //! The findings of severity Error.
    int errorCount() const;
    //! The findings of severity Warning.
    int warningCount() const;
    //! Equal when every member is equal.
    bool operator==(const DocumentCompliance &o) const
    {
        return hop == o.hop && url == o.url && kind == o.kind && version == o.version && schema == o.schema
            && schemaValidated == o.schemaValidated && findings == o.findings;
    }
    //! Not equal: the opposite of operator==().
    bool operator!=(const DocumentCompliance &o) const { return !(*this == o); }
};

/*!
    \brief Checks a VAST or VMAP document against the IAB XML schema of its version and
    against the rules of the spec that a schema cannot express (VAST 4.3 §3; issue "compliance
    report" in the README).

    Schema validation uses libxml2 (when VastQt was built with it, hasSchemaValidation())
    and the schemas IAB publishes, embedded in the library (resources/xsd, CC BY 3.0):
    VAST 2.x → vast_2.0.1.xsd, 3.x → vast3_draft.xsd, 4.0 → vast4.xsd, 4.1 → vast_4.1.xsd,
    4.2 and later 4.x → vast_4.2.xsd (4.3 made no structural change), VMAP → vmap.xsd.
    Nothing is ever read from a file or the network: schema imports are answered from
    memory. A VAST 4.x document without the namespace http://www.iab.com/VAST (or a
    VAST 2/3 document in another namespace than none or VMAP's
    http://www.iab.net/videosuite/vast) gets a "vast.namespace" warning and is validated as
    if it had the schema's namespace, so its structure is still checked. VAST macros in
    URIs ("[ERRORCODE]", VAST 4.3 §4) are what the spec asks for, but xs:anyURI in libxml2
    has no room for '[': they are validated in their percent-encoded form ("%5BERRORCODE%5D").

    A VMAP document is validated against vmap.xsd with the content of each
    <vmap:VASTAdData> left to its own check: each inline <VAST> is validated against the
    schema of its own version, in place (lines of the VMAP document), unless
    inlineVast is false (the caller checks the inline documents as hops of their own,
    as VastClient does).

    The rules (rule, severity, spec section):
    \table
    \header \li rule \li severity \li what
    \row \li document.unavailable \li error \li a hop without a document (its fetch failed)
    \row \li xml \li error \li the document is not well-formed XML (or is refused: DTD, size, depth)
    \row \li document.root \li error \li the root element is neither VAST nor VMAP
    \row \li version.unknown \li warning \li no IAB schema for the version (5.x, none); an error for VAST 1.0
    \row \li vast.namespace, vmap.namespace \li warning \li the namespace does not match the version's schema
    \row \li inline.adSystem, inline.adTitle, inline.impression \li error \li InLine without them (§3.4.1, §3.4.2, §3.4.4)
    \row \li inline.adServingId \li error \li VAST 4.1+ InLine without AdServingId (§3.4.3)
    \row \li inline.creatives \li error \li InLine without a Creative (§3.6)
    \row \li creative.universalAdId \li error \li VAST 4.1+ InLine Creative without UniversalAdId (§3.7.1)
    \row \li linear.duration \li error \li InLine Linear without a readable Duration (§3.8.1)
    \row \li linear.mediaFiles \li error \li InLine Linear without a MediaFile (§3.9)
    \row \li wrapper.adSystem \li error \li Wrapper without AdSystem (§3.4.1)
    \row \li wrapper.vastAdTagUri \li error \li Wrapper without VASTAdTagURI (§3.19.1)
    \row \li uri.invalid \li error \li a URI element whose text is not an absolute URI (§2.3.3)
    \row \li uri.empty \li warning \li a URI element without text
    \row \li uri.protocolRelative \li warning \li a URI without scheme ("//host/path")
    \row \li offset.invalid \li error \li a Tracking or Icon offset that is no time or percentage (§3.14.1)
    \row \li offset.beyondDuration \li warning \li a Tracking or Icon offset after the end of the Linear (§3.14.1)
    \row \li skipoffset.invalid \li error \li an unreadable skipoffset (§3.8)
    \row \li skipoffset.beyondDuration \li warning \li a skipoffset at or after the end of the Linear (§3.8)
    \row \li xsd \li error \li the schema rejects the document (libxml2's message)
    \row \li xsd.unavailable \li warning \li VastQt was built without libxml2: no schema check
    \endtable

    Messages are translated (context VastQt::ComplianceValidator, VastQt::installTranslator())
    except the schema findings, which are libxml2's own words. Synchronous and pure apart
    from libxml2's schema cache (compiled once per process);
    call it from one thread at a time.
*/
class VASTQT_EXPORT ComplianceValidator
{
    Q_DECLARE_TR_FUNCTIONS(VastQt::ComplianceValidator)
public:
    ComplianceValidator() = delete;

    /*! Checks \a xml, the document of hop \a hop (its URL \a url). \a inlineVast: whether the
        <VAST> documents inside a VMAP's VASTAdData are checked in place. */
    static DocumentCompliance validate(const QByteArray &xml, int hop = 0, const QUrl &url = QUrl(),
                                       bool inlineVast = true);
    /*! Checks the document of \a hop, the hop number \a index of a chain. A hop that has no
        document (its fetch failed, or answered an HTTP error) gets one "document.unavailable"
        error saying why. */
    static DocumentCompliance validate(const WrapperHop &hop, int index, bool inlineVast = true);
    /*! True when VastQt was built with libxml2, so documents are validated against the IAB schemas. */
    static bool hasSchemaValidation();
    /*! The file name of the schema for a \a kind ("VAST", "VMAP") document of \a version, empty when none. */
    static QString schemaFor(const QString &kind, const QString &version);
};

} // namespace VastQt


#endif // VASTQT_COMPLIANCEVALIDATOR_H
