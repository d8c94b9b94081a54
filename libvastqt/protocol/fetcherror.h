// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_FETCHERROR_H
#define VASTQT_FETCHERROR_H

#include <VastQt/vastqt_export.h>
#include <VastQt/vastqtnamespace.h>
#include <VastQt/transport.h>

#include <QtCore/QString>
#include <QtCore/QUrl>

namespace VastQt
{

/*!
    \brief The error boundary: what the outcome of fetching one VAST or VMAP document means
    for the pipeline (DESIGN.md, protocol layer).

    Every place that fetches a document (WrapperResolver hops, the VMAP document and its
    breaks' AdTagURIs, the command line's --parse) turns the transport's answer into an
    IAB code here, and nowhere else. The typed transport result stays beside the code:
    \l transportError and \l httpStatus (0 when there was no HTTP answer).

    The mapping, checked in this order (VAST 4.3 §2.3.6.3, IAB VMAP 1.0.1 "Error Codes"):
    \table
    \header \li TransportReply::Error \li code \li phase \li vmapCode
    \row \li NoError \li 0 \li Fetch \li None
    \row \li TooLarge: the body passed the response size cap, whether the transport
             counted it while reading (Content-Length or the decoded bytes of a gzip or
             deflate body) or Qt's decompression guard stopped the inflation
         \li 100 XmlParsingError \li Parse \li 1006 ExtractionError
    \row \li Timeout \li 301 WrapperTimeout \li Fetch \li 1007 RetrievalTimeout
    \row \li any other error (HostNotFound, ConnectionRefused, HttpError with
             \l httpStatus >= 400, TooManyRedirects, UnsupportedScheme, NotFound, Aborted,
             ProtocolError) \li 301 WrapperTimeout \li Fetch \li 1008 RetrievalError
    \endtable

    Why 100 for a body over the cap: the server answered, but the player refuses to read a
    document that large, exactly as VastParser and VmapParser refuse a document larger than
    their maxBytes with 100. 301 says the URI was unavailable or timed out, which it was not;
    the VMAP table has the matching pair, 1006 ("could not extract the ad response") against
    1007/1008 (retrieval). A VMAP code depends on the typed error only, never on the text of
    a message: a URL that contains "timeout" but fails its DNS lookup gives 1008.
*/
struct VASTQT_EXPORT FetchError {
    /*! The VAST code (ErrorCode::NoError on success). */
    ErrorCode code = ErrorCode::NoError;
    /*! The pipeline phase the code is filed under: Fetch, or Parse for 100. */
    Phase phase = Phase::Fetch;
    /*! The VMAP code for a break whose AdTagURI this was (VmapErrorCode::None on success). */
    VmapErrorCode vmapCode = VmapErrorCode::None;
    /*! The code for a MediaFile whose request this was (VAST 4.3 §2.3.6.3): 402 on a
        timeout, 401 when the file cannot be reached (HTTP error, not found, refused, host
        not found), 400 for any other failure; NoError when the request succeeded or was
        only cut at the size cap (the file is there). */
    ErrorCode mediaCode = ErrorCode::NoError;
    /*! The transport's own error, kept beside the code. */
    TransportReply::Error transportError = TransportReply::Error::NoError;
    /*! The HTTP status, 0 when there was no HTTP answer (or for file and memory). */
    int httpStatus = 0;
    /*! A message naming the URL and the transport's error string; empty on success. */
    QString message;

    //! True when the fetch succeeded (transportError is NoError).
    bool ok() const { return transportError == TransportReply::Error::NoError; }

    /*! The boundary: maps \a error (with \a httpStatus and the transport's \a errorString)
        of fetching \a url as the table above says. */
    static FetchError fromTransport(TransportReply::Error error, int httpStatus, const QString &errorString,
                                    const QUrl &url = QUrl());
    /*! fromTransport() of the finished \a reply: its error(), httpStatus(), errorString()
        and request URL. */
    static FetchError fromReply(const TransportReply &reply);
};

} // namespace VastQt

#endif // VASTQT_FETCHERROR_H
