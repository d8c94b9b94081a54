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
    \brief Namespace-wide enums of VastQt: the IAB VAST and VMAP error codes and pipeline phases.
*/
namespace VastQt
{
Q_NAMESPACE_EXPORT(VASTQT_EXPORT)

/*!
    \brief The VMAP 1.0 error codes (IAB VMAP 1.0.1, "Error Codes"), sent as [ERRORCODE]
    of a break's <vmap:Tracking event="error">.

    \value None                      no error
    \value SchemaError               1000: the VMAP document is not valid
    \value VersionNotSupported       1001: the VMAP version is not supported
    \value ParsingError              1002: the VMAP document does not parse
    \value BreakTypeNotSupported     1003: the player plays none of the break's breakTypes
    \value AdResponseError           1004: general error of the break's ad response (no ad in it,
                                     wrapper failures, no AdSource)
    \value TemplateTypeNotSupported  1005: CustomAdData, or an AdTagURI whose templateType is
                                     "proprietary"
    \value ExtractionError           1006: the ad response (inline VASTAdData or the AdTagURI's
                                     document) does not parse (VAST 100, 101, 102), or is
                                     larger than the size cap (TransportReply::Error::TooLarge)
    \value RetrievalTimeout          1007: the AdTagURI did not answer in time
                                     (TransportReply::Error::Timeout)
    \value RetrievalError            1008: the AdTagURI could not be fetched (any other
                                     transport error: DNS, refused connection, HTTP error; or
                                     an invalid or forbidden URI)

    1006 to 1008 for a failed AdTagURI come from FetchError (protocol/fetcherror.h), from
    the typed transport error only.

    Declared before ErrorCode on purpose: QML reads both unscoped (Vast.<key>), and for the
    one name they share, VersionNotSupported, the later enum wins; Vast.VersionNotSupported
    stays 102. Vast.VmapErrorCode.VersionNotSupported is 1001.
*/
enum class VmapErrorCode {
    None = 0,
    SchemaError = 1000,
    VersionNotSupported = 1001,
    ParsingError = 1002,
    BreakTypeNotSupported = 1003,
    AdResponseError = 1004,
    TemplateTypeNotSupported = 1005,
    ExtractionError = 1006,
    RetrievalTimeout = 1007,
    RetrievalError = 1008,
};
Q_ENUM_NS(VmapErrorCode)

/*!
    \brief The VAST error codes, numbered as the IAB error table (VAST 4.3 §2.3.6.3,
    "VAST Error Codes"). The value is what the [ERRORCODE] macro expands to.
*/
enum class ErrorCode {
    NoError = 0,
    XmlParsingError = 100, //!< broken XML, an entity bomb or a document nested too deep
    SchemaValidationError = 101, //!< well-formed XML that is not a VAST document
    VersionNotSupported = 102, //!< VAST 1.0 (VideoAdServingTemplate) or an unknown version
    TraffickingError = 200,
    LinearityMismatch = 201,
    DurationMismatch = 202,
    SizeMismatch = 203,
    CategoryRequired = 204,
    CategoryBlocked = 205,
    AdBreakShortened = 206,
    GeneralWrapperError = 300,
    WrapperTimeout = 301, //!< timeout or unreachable VASTAdTagURI, or a forbidden scheme
    WrapperLimitReached = 302,
    NoAdAfterWrapper = 303,
    InLineDisplayTimeout = 304,
    GeneralLinearError = 400,
    FileNotFound = 401,
    MediaFileTimeout = 402,
    NoSupportedMediaFile = 403,
    MediaFileDisplayError = 405,
    MezzanineRequired = 406,
    MezzanineDownloading = 407,
    ConditionalAdRejected = 408,
    InteractiveCreativeNotExecuted = 409,
    VerificationNotExecuted = 410,
    MezzanineNotUsed = 411,
    GeneralNonLinearError = 500,
    NonLinearDimensionError = 501,
    NonLinearFetchError = 502,
    NonLinearResourceNotFound = 503,
    GeneralCompanionError = 600,
    CompanionDimensionError = 601,
    RequiredCompanionError = 602,
    CompanionFetchError = 603,
    CompanionResourceNotFound = 604,
    UndefinedError = 900,
    GeneralVpaidError = 901,
    GeneralInteractiveCreativeError = 902,
};
Q_ENUM_NS(ErrorCode)

/*!
    \brief The phase of the FETCH → PARSE → SELECT → TRACK pipeline (plus PLAY) in which an
    error happened. Serialised as the lower-case name ("fetch", "parse", ...).
*/
enum class Phase {
    Fetch,
    Parse,
    Resolve,
    Select,
    Play,
    Track,
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
