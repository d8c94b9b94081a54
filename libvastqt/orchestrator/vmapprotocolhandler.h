// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_VMAPPROTOCOLHANDLER_H
#define VASTQT_VMAPPROTOCOLHANDLER_H

#include <VastQt/vastqt_export.h>
#include <VastQt/protocolhandler.h>
#include <VastQt/vastprotocolhandler.h>
#include <VastQt/vmapparser.h>

namespace VastQt
{


/*!
    \brief The VMAP ProtocolHandler (IAB VMAP 1.0): fetches a VMAP document, parses it with
    VmapParser and resolves the AdSource of every <vmap:AdBreak>.

    \list
    \li <vmap:VASTAdData>: the inline VAST document is resolved with
        WrapperResolver::resolve(xml, base) (its Wrappers are followed through the
        FetchContext's transport).
    \li <vmap:AdTagURI>: the URI (expanded by FetchContext::urlExpander when set) is
        resolved with WrapperResolver::resolve(url). A templateType "proprietary" is not
        fetched (VMAP 1005).
    \li <vmap:CustomAdData> or no AdSource: not playable (1005, 1004).
    \li allowMultipleAds="false": only the first ad that resolved is kept (failures before it
        stay in the results so their Error URIs are fired).
    \li followRedirects="false": an ad reached through a VAST Wrapper is refused with 302
        (its Error URIs fire); the Wrapper was fetched but its ad is not played.
    \endlist
    The AdSources of all breaks are resolved at once, when the VMAP document arrives; the
    AdTagURIs are therefore requested with the request-time macros only (no [BREAKPOSITION]).

    \section1 Reply and AdResponse::extensions
    ProtocolReply::results() is every break's results, break after break in document order,
    so that the Orchestrator's SELECT serves the first playable ad of the VMAP as
    AdResponse::ad. chain() holds the VMAP document's hop only (type "VMAP",
    vastVersion = the VMAP version). The reply fails (no ad) with the VMAP parse error
    (100, 101, 102) when the document does not parse, and with the first break's failure
    when no break has an ad. extensions() (and so AdResponse::extensions) holds:
    \table
    \header \li key \li type \li value
    \row \li \c "vmap.document" \li VmapDocument \li the parsed document
    \row \li \c "vmap.breaks" \li QList<VmapBreakResult> \li one per AdBreak, document order
    \row \li \c "vmap.url" \li QUrl \li the VMAP document's URL
    \endtable
    document() and breakResults() read them back.

    \section1 AdRequest → query parameters
    As VastProtocolHandler (same table, same rules); extensions["vmap"] instead of
    extensions["vast"] supplies extra parameters.

    \section1 Tracking
    The breaks' tracking (breakStart, breakEnd, error) is fired by BreakPlayer when the
    break plays.
*/
class VASTQT_EXPORT VmapProtocolHandler : public ProtocolHandler
{
public:
    VmapProtocolHandler();
    ~VmapProtocolHandler() override;

    /*! "vmap". */
    QString name() const override;
    bool validateRequest(const AdRequest &request, QString *problem = nullptr) const override;
    QUrlQuery requestParameters(const AdRequest &request) const override;
    ProtocolReply *fetch(const AdRequest &request, const FetchContext &context) override;
    /*! Documents whose root element is <VMAP> (either namespace, or none). */
    bool acceptsDocument(const DocumentRoot &root) const override;

    /*! The VMAP document in \a extensions (of a ProtocolReply or an AdResponse). */
    static VmapDocument document(const QVariantMap &extensions);
    /*! The break results in \a extensions, one per AdBreak. */
    static QList<VmapBreakResult> breakResults(const QVariantMap &extensions);

private:
    VastProtocolHandler m_vast;
};

} // namespace VastQt

#endif // VASTQT_VMAPPROTOCOLHANDLER_H
