// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_DOCUMENTROOT_H
#define VASTQT_DOCUMENTROOT_H

#include <VastQt/vastqt_export.h>

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace VastQt
{

/*!
    \brief The root element of an XML document: its local name ("VAST", "VMAP") and its
    namespace URI (empty when none).

    documentRoot() reads only up to the root start tag, with the guarded reader of the
    parsers (no DTD, the size cap of \a maxBytes bytes): the protocol of a document is
    known before any parser runs. An empty name means the document has no root element
    (empty, not XML, or cut off before the root start tag).
*/
struct VASTQT_EXPORT DocumentRoot {
    //! The root element's local name ("VAST", "VMAP"); empty when there is no root element.
    QString name;
    //! The root element's namespace URI, empty when none.
    QString namespaceUri;

    //! True when the document has no root element.
    bool isEmpty() const { return name.isEmpty(); }
};

/*! The root element of \a xml (see DocumentRoot). */
VASTQT_EXPORT DocumentRoot documentRoot(const QByteArray &xml, qint64 maxBytes = 4 * 1024 * 1024);

} // namespace VastQt

#endif // VASTQT_DOCUMENTROOT_H
