// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_VMAPPARSER_H
#define VASTQT_VMAPPARSER_H

#include <VastQt/vastmodel.h>
#include <VastQt/vastqt_export.h>
#include <VastQt/vastqtnamespace.h>

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/qobjectdefs.h>

/*
    The VMAP 1.0 / 1.0.1 model (IAB Video Multiple Ad Playlist): a list of ad breaks
    placed on the content timeline, each with the source of its ads. Like the VAST model,
    every class is a Q_GADGET value type named after the IAB element it holds; URIs are
    trimmed strings with their macros untouched.
*/

namespace VastQt
{

/*!
    \brief <vmap:AdSource>: where the ads of a break come from.

    Exactly one of the three forms is set, as \c kind says:
    \list
    \li VastAdData: <vmap:VASTAdData>, an inline VAST document. \c vastData is it parsed
        by VastParser, \c vastDataXml the <VAST> element's bytes (UTF-8), copied from the
        input with the namespace declarations in scope added to its start tag so they
        parse on their own. \c vastDataError is VastParser's error for it (NoError when
        it parsed).
    \li AdTagUri: <vmap:AdTagURI>, a VAST request URI in \c adTagUri, \c templateType
        as written ("vast1", "vast2", "vast3" or "proprietary" in the schema).
    \li CustomAdData: <vmap:CustomAdData>, \c customData is its content: the text
        (CDATA unwrapped) or, when it holds elements, the raw XML between its tags.
        \c templateType as for AdTagUri.
    \endlist
    \c allowMultipleAds is true when absent (VMAP 1.0: the player may play a pod
    or several ads); \c followRedirects is true when absent (VastQt's policy: wrappers
    are followed).
*/
struct VASTQT_EXPORT VmapAdSource
{
    Q_GADGET
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(bool allowMultipleAds MEMBER allowMultipleAds)
    Q_PROPERTY(bool followRedirects MEMBER followRedirects)
    Q_PROPERTY(Kind kind MEMBER kind)
    Q_PROPERTY(VastQt::VastDocument vastData MEMBER vastData)
    Q_PROPERTY(QByteArray vastDataXml MEMBER vastDataXml)
    Q_PROPERTY(VastQt::ErrorCode vastDataError MEMBER vastDataError)
    Q_PROPERTY(QString adTagUri MEMBER adTagUri)
    Q_PROPERTY(QString templateType MEMBER templateType)
    Q_PROPERTY(QString customData MEMBER customData)
public:
    /*! The form of the ad source. None when the break has no <vmap:AdSource> or it holds
        none of the three known children. */
    enum class Kind { None, VastAdData, AdTagUri, CustomAdData };
    Q_ENUM(Kind)

    //! The id attribute, empty when absent.
    QString id;
    //! The allowMultipleAds attribute; true when absent (the player may play a pod or several ads).
    bool allowMultipleAds = true;
    //! The followRedirects attribute; true when absent (Wrappers are followed).
    bool followRedirects = true;
    //! Which of the three forms the ad source has.
    Kind kind = Kind::None;
    //! For VastAdData: the inline VAST document, parsed by VastParser.
    VastDocument vastData;
    //! For VastAdData: the <VAST> element's bytes (UTF-8), with the namespace declarations in scope added to its
    //! start tag.
    QByteArray vastDataXml;
    //! For VastAdData: VastParser's error for the inline document; NoError when it parsed.
    ErrorCode vastDataError = ErrorCode::NoError;
    //! For AdTagUri: the VAST request URI, macros untouched.
    QString adTagUri;
    //! The templateType attribute as written ("vast1", "vast2", "vast3" or "proprietary").
    QString templateType;
    //! For CustomAdData: its text (CDATA unwrapped), or the raw XML between its tags when it holds elements.
    QString customData;

    /*! \c kind as the report and the QML models name it: "vastAdData", "adTagUri",
        "customAdData" or "none". */
    QString kindName() const;

    //! Not equal: the opposite of operator==().
    bool operator!=(const VmapAdSource &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const VmapAdSource &o) const;
};

/*!
    \brief <vmap:AdBreak>: one ad break.

    \c timeOffset is the raw attribute: "start", "end", "HH:MM:SS[.mmm]", "n%" or "#m"
    (see VmapDocument::schedule()). \c breakTypes is the comma-separated breakType
    attribute split and trimmed ("linear", "nonlinear", "display"). \c repeatAfter is the
    raw attribute (HH:MM:SS[.mmm]), empty when absent. \c trackingEvents holds the
    <vmap:Tracking> elements (event "breakStart", "breakEnd" or "error"; offset is always
    empty). \c extensions is the raw XML of <vmap:Extensions>, empty when absent.
*/
struct VASTQT_EXPORT VmapAdBreak
{
    Q_GADGET
    Q_PROPERTY(QString timeOffset MEMBER timeOffset)
    Q_PROPERTY(QStringList breakTypes MEMBER breakTypes)
    Q_PROPERTY(QString breakId MEMBER breakId)
    Q_PROPERTY(QString repeatAfter MEMBER repeatAfter)
    Q_PROPERTY(VastQt::VmapAdSource adSource MEMBER adSource)
    Q_PROPERTY(QList<VastQt::TrackingEvent> trackingEvents MEMBER trackingEvents)
    Q_PROPERTY(QString extensions MEMBER extensions)
public:
    //! The timeOffset attribute as written: "start", "end", "HH:MM:SS[.mmm]", "n%" or "#m".
    QString timeOffset;
    //! The breakType attribute, split at commas and trimmed ("linear", "nonlinear", "display").
    QStringList breakTypes;
    //! The breakId attribute, empty when absent.
    QString breakId;
    //! The repeatAfter attribute as written (HH:MM:SS[.mmm]), empty when absent.
    QString repeatAfter;
    //! The break's <vmap:AdSource>.
    VmapAdSource adSource;
    //! The <vmap:Tracking> elements: event "breakStart", "breakEnd" or "error"; offset is always empty.
    QList<TrackingEvent> trackingEvents;
    //! The raw XML of the break's <vmap:Extensions>, empty when absent.
    QString extensions;

    /*! The URLs of the tracking events named \a event ("breakStart", "breakEnd",
        "error"), in document order. */
    QStringList trackingUrls(const QString &event) const;

    //! Not equal: the opposite of operator==().
    bool operator!=(const VmapAdBreak &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const VmapAdBreak &o) const;
};

/*!
    \brief One occurrence of an ad break on the content timeline, made by
    VmapDocument::schedule().
*/
struct VASTQT_EXPORT ScheduledBreak
{
    Q_GADGET
    Q_PROPERTY(qint64 timeMs MEMBER timeMs)
    Q_PROPERTY(Position position MEMBER position)
    Q_PROPERTY(int breakIndex MEMBER breakIndex)
    Q_PROPERTY(int repetition MEMBER repetition)
    Q_PROPERTY(int opportunity MEMBER opportunity)
    Q_PROPERTY(VastQt::VmapAdBreak adBreak MEMBER adBreak)
public:
    /*! The position of the break in the content. The values are those of the
        [BREAKPOSITION] macro (VAST 4.3 §6.2, IAB macro registry). */
    enum class Position { Other = 0, PreRoll = 1, MidRoll = 2, PostRoll = 3, Standalone = 4 };
    Q_ENUM(Position)

    /*! Where the break plays, in milliseconds from the start of the content; -1 when it
        cannot be placed in time (a "#m" break without cue points, a "n%" or "end" break
        when the content duration is unknown). */
    qint64 timeMs = -1;
    //! Pre-roll, mid-roll, post-roll or other.
    Position position = Position::Other;
    /*! The index of the break in VmapDocument::adBreaks. */
    int breakIndex = -1;
    /*! 0 for the break itself, n for its n-th repetition (repeatAfter). */
    int repetition = 0;
    /*! m of a "#m" timeOffset, 0 otherwise. */
    int opportunity = 0;
    //! The break as the document gives it.
    VmapAdBreak adBreak;

    /*! The [BREAKPOSITION] macro value: 1 pre-roll, 2 mid-roll, 3 post-roll. */
    int breakPositionMacroValue() const { return int(position); }
    /*! \c position as the report and the QML models name it: "preroll", "midroll",
        "postroll", "standalone" or "other". */
    QString positionName() const;

    //! Not equal: the opposite of operator==().
    bool operator!=(const ScheduledBreak &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const ScheduledBreak &o) const;
};

/*!
    \brief <vmap:VMAP>: the version and the ad breaks in document order.
    \c extensions is the raw XML of the root-level <vmap:Extensions>, empty when absent.
*/
struct VASTQT_EXPORT VmapDocument
{
    Q_GADGET
    Q_PROPERTY(QString version MEMBER version)
    Q_PROPERTY(QList<VastQt::VmapAdBreak> adBreaks MEMBER adBreaks)
    Q_PROPERTY(QString extensions MEMBER extensions)
public:
    //! The version attribute (e.g. "1.0").
    QString version;
    //! The <vmap:AdBreak> elements, in document order (at most VmapParserOptions::maxAdBreaks).
    QList<VmapAdBreak> adBreaks;
    //! The raw XML of the root-level <vmap:Extensions>, empty when absent.
    QString extensions;

    /*! The most repetitions schedule() makes of one repeating break. */
    static constexpr int MaxRepetitions = 1000;

    /*!
        Places the breaks on a content timeline of \a contentDurationMs milliseconds
        (-1 when unknown, e.g. live content) and returns them sorted by time.

        timeOffset resolves as follows:
        \list
        \li "start": 0, pre-roll.
        \li "end": the content duration, post-roll (timeMs -1 when the duration is unknown).
        \li "HH:MM:SS[.mmm]": that time. 0 is a pre-roll, the content duration a post-roll,
            anything between a mid-roll. A time after the end of the content is dropped
            (the content never reaches it); with an unknown duration every time is kept.
        \li "n%" (0 to 100, decimals allowed): that share of the content duration, placed
            like a time; when the duration is unknown, "0%" is a pre-roll and any other
            share has timeMs -1 (a mid-roll).
        \li "#m" (m >= 1): the m-th break opportunity. When \a cuePointsMs holds at least m
            entries (the content's break opportunities in milliseconds, in content order),
            it is the m-th cue point, placed like a time; otherwise timeMs is -1, the break
            is a mid-roll and opportunity says m so the player can place it.
        \endlist
        "start" and "end" are matched case-insensitively. A break whose timeOffset is none
        of these is left out (VmapParser warned about it).

        A break with a repeatAfter (HH:MM:SS[.mmm], > 0) and a resolved time t is repeated
        at t + k * repeatAfter (k = 1, 2, ...) while that is before the content end, at
        most MaxRepetitions times; with an unknown duration it is not repeated.

        The result is ordered: breaks placed in time, by time (pre-rolls first); then the
        unplaced mid-rolls, by opportunity then document order; then the post-rolls.
        Breaks at the same time keep document order (the sort is stable).
    */
    QList<ScheduledBreak> schedule(qint64 contentDurationMs, const QList<qint64> &cuePointsMs = {}) const;

    //! Not equal: the opposite of operator==().
    bool operator!=(const VmapDocument &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const VmapDocument &o) const
    {
        return version == o.version && adBreaks == o.adBreaks && extensions == o.extensions;
    }
};

/*!
    \brief Limits that VmapParser enforces on a document (see VastParserOptions).
*/
struct VASTQT_EXPORT VmapParserOptions
{
    Q_GADGET
    Q_PROPERTY(int maxDepth MEMBER maxDepth)
    Q_PROPERTY(qint64 maxBytes MEMBER maxBytes)
    Q_PROPERTY(int maxAdBreaks MEMBER maxAdBreaks)
    Q_PROPERTY(int maxWarnings MEMBER maxWarnings)
public:
    /*! The deepest element nesting allowed, counting <vmap:VMAP> as 1 and including
        inline VAST documents. Deeper documents fail with 100. */
    int maxDepth = 64;
    /*! The largest document accepted, in bytes. Larger documents fail with 100 before
        any parsing. */
    qint64 maxBytes = 4 * 1024 * 1024;
    /*! How many <vmap:AdBreak> elements are kept; later ones are skipped with a warning. */
    int maxAdBreaks = 256;
    /*! How many warnings are recorded; further ones are counted in one last warning. */
    int maxWarnings = 100;
};

/*!
    \brief The outcome of VmapParser::parse(): the document, or why there is none.

    When ok() is false, error is 100 (broken XML, a DTD or entity declaration, nesting
    deeper than VmapParserOptions::maxDepth, a document larger than
    VmapParserOptions::maxBytes, an empty document), 101 (well-formed XML whose root is
    not <VMAP>) or 102 (a version attribute whose major version is not 1). errorString
    then says "line L, column C: message"; line and column are 1-based, 0 when not
    applicable. On failure document holds no ad breaks.

    warnings lists non-fatal findings ("line L: message"): a break without timeOffset or
    breakType, an unreadable timeOffset or repeatAfter, an unknown breakType or tracking
    event, an inline VAST document that failed to parse (its break is kept, with
    VmapAdSource::vastDataError set), and the inline VAST documents' own warnings.
*/
struct VASTQT_EXPORT VmapParseResult
{
    Q_GADGET
    Q_PROPERTY(VastQt::VmapDocument document MEMBER document)
    Q_PROPERTY(VastQt::ErrorCode error MEMBER error)
    Q_PROPERTY(QString errorString MEMBER errorString)
    Q_PROPERTY(qint64 line MEMBER line)
    Q_PROPERTY(qint64 column MEMBER column)
    Q_PROPERTY(QStringList warnings MEMBER warnings)
    Q_PROPERTY(bool ok READ ok)
public:
    //! The parsed document; holds no ad breaks on failure.
    VmapDocument document;
    //! NoError, or 100, 101 or 102 (see the class description).
    ErrorCode error = ErrorCode::NoError;
    //! "line L, column C: message" on failure, empty otherwise.
    QString errorString;
    //! The 1-based line of the error; 0 when not applicable.
    qint64 line = 0;
    //! The 1-based column of the error; 0 when not applicable.
    qint64 column = 0;
    //! The non-fatal findings, "line L: message" each (see the class description).
    QStringList warnings;

    /*! True when the document was parsed (error is ErrorCode::NoError). */
    bool ok() const { return error == ErrorCode::NoError; }
};

/*!
    \brief Parses a VMAP 1.0 / 1.0.1 document into the VmapDocument model.

    Synchronous and pure: no I/O, no signals, safe to call from any thread. The bytes are
    read with QXmlStreamReader; elements are matched on their local name, so both
    namespaces seen in the wild (http://www.iab.net/videosuite/vmap, the one of the IAB
    schema, and http://www.iab.net/vmap-1.0), any prefix and no namespace at all are
    read alike. Unknown elements are skipped. Inline VAST (<vmap:VASTAdData>) is parsed
    with VastParser. The hostile-input rules of VastParser hold: DTDs and entity
    declarations are refused with 100, as are documents nested too deep or too large.

    \sa VmapParseResult, VmapDocument::schedule(), VastParser
*/
class VASTQT_EXPORT VmapParser
{
public:
    VmapParser() = delete;

    /*! Parses \a xml within the limits of \a options. Never throws; reports every
        failure through VmapParseResult::error (100, 101 or 102). */
    static VmapParseResult parse(const QByteArray &xml, const VmapParserOptions &options = {});
};

} // namespace VastQt

#endif // VASTQT_VMAPPARSER_H
