// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_VASTQTNAMESPACE_H
#define VASTQT_VASTQTNAMESPACE_H

#include <VastQt/vastqt_export.h>

#include <QtCore/qobjectdefs.h>
#include <QtCore/QString>

QT_BEGIN_NAMESPACE
class QLocale;
QT_END_NAMESPACE

/*!
    \namespace VastQt
    \brief Namespace-wide enums of VastQt: the IAB VAST error codes and pipeline phases;
    the VMAP error codes are in VastQt::Vmap.
*/
namespace VastQt
{
Q_NAMESPACE_EXPORT(VASTQT_EXPORT)

/*!
    \namespace VastQt::Vmap
    \brief The VMAP error codes, in a meta-object of their own (VmapErrorCode, also reachable
    as VastQt::VmapErrorCode).

    Their own scope because ErrorCode and VmapErrorCode share a key, VersionNotSupported
    (102 and 1001): in one meta-object, QML, which also reads enum class keys unscoped
    (Vast.<key>), warns "Previously registered enum will be overwritten due to name clash".
    The VastQt namespace names this one as related (Q_ENUMS below), so QML's Vast type still
    has Vast.VmapErrorCode.VersionNotSupported (1001) and the VMAP keys unscoped
    (Vast.RetrievalError, 1008), and its own ErrorCode, read after the related scopes, keeps
    Vast.VersionNotSupported at 102.
*/
namespace Vmap
{
Q_NAMESPACE_EXPORT(VASTQT_EXPORT)

/*!
    \brief The VMAP 1.0 error codes (IAB VMAP 1.0.1, "Error Codes"), sent as [ERRORCODE]
    of a break's <vmap:Tracking event="error">.

    1006 to 1008 for a failed AdTagURI come from FetchError (protocol/fetcherror.h), from
    the typed transport error only.
*/
enum class VmapErrorCode {
    None = 0, //!< no error
    SchemaError = 1000, //!< 1000: the VMAP document is not valid
    VersionNotSupported = 1001, //!< 1001: the VMAP version is not supported
    ParsingError = 1002, //!< 1002: the VMAP document does not parse
    BreakTypeNotSupported = 1003, //!< 1003: the player plays none of the break's breakTypes
    /*! 1004: general error of the break's ad response (no ad in it, wrapper failures, no
        AdSource) */
    AdResponseError = 1004,
    /*! 1005: CustomAdData, or an AdTagURI whose templateType is "proprietary" */
    TemplateTypeNotSupported = 1005,
    /*! 1006: the ad response (inline VASTAdData or the AdTagURI's document) does not parse
        (VAST 100, 101, 102), or is larger than the size cap (TransportReply::Error::TooLarge) */
    ExtractionError = 1006,
    /*! 1007: the AdTagURI did not answer in time (TransportReply::Error::Timeout) */
    RetrievalTimeout = 1007,
    /*! 1008: the AdTagURI could not be fetched (any other transport error: DNS, refused
        connection, HTTP error; or an invalid or forbidden URI) */
    RetrievalError = 1008,
};
Q_ENUM_NS(VmapErrorCode)
} // namespace Vmap

/*! \brief The VMAP error codes: VastQt::Vmap::VmapErrorCode. */
using VmapErrorCode = Vmap::VmapErrorCode;

// The VMAP codes' scope, related to this namespace's meta-object (see VastQt::Vmap).
Q_ENUMS(VastQt::Vmap::VmapErrorCode)

/*!
    \brief The VAST error codes, numbered as the IAB error table (VAST 4.3 §2.3.6.3,
    "VAST Error Codes"). The value is what the [ERRORCODE] macro expands to.
*/
enum class ErrorCode {
    NoError = 0, //!< no error
    XmlParsingError = 100, //!< broken XML, an entity bomb or a document nested too deep
    SchemaValidationError = 101, //!< well-formed XML that is not a VAST document
    VersionNotSupported = 102, //!< VAST 1.0 (VideoAdServingTemplate) or an unknown version
    TraffickingError = 200, //!< the player received an ad type it cannot play
    LinearityMismatch = 201, //!< the player expected a different linearity
    DurationMismatch = 202, //!< the player expected a different duration
    SizeMismatch = 203, //!< the player expected a different size
    CategoryRequired = 204, //!< the ad has no \<Category\> although one is required
    CategoryBlocked = 205, //!< the ad's \<Category\> is in \<BlockedAdCategories\>
    AdBreakShortened = 206, //!< the break was shortened: the ad was not shown
    GeneralWrapperError = 300, //!< any other Wrapper error
    WrapperTimeout = 301, //!< timeout or unreachable VASTAdTagURI, or a forbidden scheme
    WrapperLimitReached = 302, //!< more Wrappers than the resolver's limit
    NoAdAfterWrapper = 303, //!< the Wrapper chain ended with no ad (an empty \<VAST\>)
    InLineDisplayTimeout = 304, //!< the InLine ad could not be shown in time
    GeneralLinearError = 400, //!< the Linear ad could not be played
    FileNotFound = 401, //!< the MediaFile was not found (HTTP 404, no such file)
    MediaFileTimeout = 402, //!< the MediaFile did not answer in time
    NoSupportedMediaFile = 403, //!< no MediaFile the player supports (type, size, bitrate)
    MediaFileDisplayError = 405, //!< the MediaFile was found but could not be played
    MezzanineRequired = 406, //!< a \<Mezzanine\> file is required and missing
    MezzanineDownloading = 407, //!< the Mezzanine is being downloaded for the first time
    ConditionalAdRejected = 408, //!< a conditional ad was rejected (deprecated in VAST 4.1)
    InteractiveCreativeNotExecuted = 409, //!< the InteractiveCreativeFile was not run
    VerificationNotExecuted = 410, //!< a \<Verification\> resource was not run
    MezzanineNotUsed = 411, //!< the Mezzanine was available but not used for the ad
    GeneralNonLinearError = 500, //!< the NonLinear ad could not be shown
    NonLinearDimensionError = 501, //!< the NonLinear ad does not fit the display area
    NonLinearFetchError = 502, //!< the NonLinear resource could not be fetched
    NonLinearResourceNotFound = 503, //!< no NonLinear resource of a supported type
    GeneralCompanionError = 600, //!< the Companion ad could not be shown
    CompanionDimensionError = 601, //!< the Companion does not fit the display area
    RequiredCompanionError = 602, //!< a required Companion could not be shown
    CompanionFetchError = 603, //!< the Companion resource could not be fetched
    CompanionResourceNotFound = 604, //!< no Companion resource of a supported type
    UndefinedError = 900, //!< an error none of the other codes describes
    GeneralVpaidError = 901, //!< a VPAID error (VPAID is deprecated in VAST 4.1)
    GeneralInteractiveCreativeError = 902, //!< an InteractiveCreativeFile error
};
Q_ENUM_NS(ErrorCode)

/*!
    \brief The phase of the FETCH → PARSE → SELECT → TRACK pipeline (plus PLAY) in which an
    error happened. Serialised as the lower-case name ("fetch", "parse", ...).
*/
enum class Phase {
    Fetch, //!< a document or a MediaFile was requested (transport errors)
    Parse, //!< a document was read (e.g. 100 to 102)
    Resolve, //!< the Wrapper chain was followed (e.g. 302, 303)
    Select, //!< an ad and a MediaFile were chosen (e.g. 200 to 206, 403)
    Play, //!< the MediaFile was played (e.g. 400 to 405)
    Track, //!< a tracking beacon was sent
};
Q_ENUM_NS(Phase)

/*!
    \brief The IAB description of \a code (VAST 4.3 error table), in English, or in the
    language installed by installTranslator().
*/
VASTQT_EXPORT QString errorCodeDescription(ErrorCode code);

/*! \brief The lower-case name of \a phase as used in JSON reports: "fetch", "parse", ... */
VASTQT_EXPORT QString phaseName(Phase phase);

/*!
    \brief Installs the translation of the library's messages for \a locale (by default the
    default QLocale) into the application: error messages and descriptions, MediaFile
    rejection reasons, parser warnings, fetch errors.

    German and French ship, compiled into the library (`:/VastQt/i18n/libvastqt_<lang>.qm`);
    without this call every message is English. Enum names, error codes and the other
    machine fields of the JSON documents never change with the language. Call it from the
    main thread after the QCoreApplication exists, before the messages are made: a message
    keeps the language it was made in. A second call replaces the translator installed by
    the first; a locale without a translation (English) removes it.

    Returns true if a translation for \a locale was found and installed; false for English,
    for a language not translated, without a QCoreApplication, or when libvastqt was built
    without Qt Linguist tools.
*/
VASTQT_EXPORT bool installTranslator(const QLocale &locale);
/*! \brief installTranslator() for the default QLocale (QLocale::setDefault(), else the system's). */
VASTQT_EXPORT bool installTranslator();

} // namespace VastQt

#endif // VASTQT_VASTQTNAMESPACE_H
