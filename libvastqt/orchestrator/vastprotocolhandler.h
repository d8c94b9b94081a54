// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_VASTPROTOCOLHANDLER_H
#define VASTQT_VASTPROTOCOLHANDLER_H

#include <VastQt/vastqt_export.h>
#include <VastQt/protocolhandler.h>

namespace VastQt
{

/*!
    \brief The VAST ProtocolHandler: fetches a VAST tag and follows its Wrappers with a
    WrapperResolver (VAST 4.3 §2.3.5), reporting 100–102 (parse) and 301–303 (fetch,
    resolve) per ad.

    \section1 AdRequest → query parameters
    requestParameters() maps only what the request sets (empty strings and -1 stay out):
    \table
    \header \li AdRequest \li parameter \li value
    \row \li slotId \li \c slot \li as is
    \row \li userId \li \c uid \li as is
    \row \li deviceType \li \c device \li as is
    \row \li contentUrl \li \c content_url \li the URL, percent-encoded
    \row \li contentDurationMs \li \c content_duration \li seconds, rounded down
    \row \li playheadPositionMs \li \c playhead \li seconds, rounded down
    \row \li playerSize \li \c w and \c h \li pixels (a valid, non-empty size only)
    \row \li geo \li \c geo \li as is
    \row \li extensions["vast"] \li each key \li each value as a string (e.g. gdpr, us_privacy)
    \endtable
    Parameters are added only when FetchContext::mapRequest is true, and only to http(s)
    sources (sourceParameters()): a file or qrc source is read as written. requestUrl()
    merges them by Upstream's one rule: the source URL's own query values win over
    FetchContext::params, which win over these.

    validateRequest() refuses a playerSize with a negative side and a contentDurationMs or
    playheadPositionMs below -1.
*/
class VASTQT_EXPORT VastProtocolHandler : public ProtocolHandler
{
public:
    VastProtocolHandler();
    ~VastProtocolHandler() override;

    /*! "vast". */
    QString name() const override;
    bool validateRequest(const AdRequest &request, QString *problem = nullptr) const override;
    QUrlQuery requestParameters(const AdRequest &request) const override;
    ProtocolReply *fetch(const AdRequest &request, const FetchContext &context) override;
    /*! Documents whose root element is <VAST>. */
    bool acceptsDocument(const DocumentRoot &root) const override;

    /*! The parameters of \a request the source of \a context gets: requestParameters()
        when context.mapRequest is true and context.url is http or https, else none. */
    QUrlQuery sourceParameters(const AdRequest &request, const FetchContext &context) const;
    /*! The URL fetched for \a context and \a request:
        Upstream::requestUrl(context.url, context.params, sourceParameters()). */
    QUrl requestUrl(const AdRequest &request, const FetchContext &context) const;
};

} // namespace VastQt

#endif // VASTQT_VASTPROTOCOLHANDLER_H
