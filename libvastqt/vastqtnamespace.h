// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_VASTQTNAMESPACE_H
#define VASTQT_VASTQTNAMESPACE_H

#include "vastqt_export.h"

#include <QtCore/qobjectdefs.h>
#include <QtCore/QString>

/*!
    \namespace VastQt
    \brief Namespace-wide enums of VastQt: the IAB VAST error codes and pipeline phases.
*/
namespace VastQt
{
Q_NAMESPACE_EXPORT(VASTQT_EXPORT)

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

/*! \brief The IAB description of \a code (VAST 4.3 error table), in English. */
VASTQT_EXPORT QString errorCodeDescription(ErrorCode code);

/*! \brief The lower-case name of \a phase as used in JSON reports: "fetch", "parse", ... */
VASTQT_EXPORT QString phaseName(Phase phase);

} // namespace VastQt

#endif // VASTQT_VASTQTNAMESPACE_H
