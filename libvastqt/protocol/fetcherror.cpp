// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/fetcherror.h>

#include <QtCore/QCoreApplication>

namespace VastQt
{

FetchError FetchError::fromTransport(TransportReply::Error error, int httpStatus, const QString &errorString,
                                     const QUrl &url)
{
    using E = TransportReply::Error;
    FetchError f;
    f.transportError = error;
    f.httpStatus = httpStatus;
    switch (error) {
    case E::Timeout:
        f.mediaCode = ErrorCode::MediaFileTimeout;
        break;
    case E::HttpError:
    case E::NotFound:
    case E::ConnectionRefused:
    case E::HostNotFound:
        f.mediaCode = ErrorCode::FileNotFound;
        break;
    case E::NoError:
    case E::TooLarge:
    case E::Aborted:
        break;
    default:
        f.mediaCode = ErrorCode::GeneralLinearError;
        break;
    }
    switch (error) {
    case E::NoError:
        return f;
    case E::TooLarge:
        f.code = ErrorCode::XmlParsingError;
        f.phase = Phase::Parse;
        f.vmapCode = VmapErrorCode::ExtractionError;
        f.message = QCoreApplication::translate("VastQt::FetchError", "Document %1 refused: %2")
                        .arg(url.toDisplayString(), errorString);
        return f;
    case E::Timeout:
        f.vmapCode = VmapErrorCode::RetrievalTimeout;
        break;
    default:
        f.vmapCode = VmapErrorCode::RetrievalError;
        break;
    }
    f.code = ErrorCode::WrapperTimeout;
    f.phase = Phase::Fetch;
    f.message = QCoreApplication::translate("VastQt::FetchError", "Cannot fetch %1: %2")
                    .arg(url.toDisplayString(), errorString);
    return f;
}

FetchError FetchError::fromReply(const TransportReply &reply)
{
    return fromTransport(reply.error(), reply.httpStatus(), reply.errorString(), reply.request().url);
}

} // namespace VastQt
