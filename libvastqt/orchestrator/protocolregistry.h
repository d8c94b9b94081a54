// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_PROTOCOLREGISTRY_H
#define VASTQT_PROTOCOLREGISTRY_H

#include <VastQt/vastqt_export.h>
#include <VastQt/documentroot.h>

#include <QtCore/QByteArray>
#include <QtCore/QList>

namespace VastQt
{

class ProtocolHandler;

/*!
    \brief Chooses the ProtocolHandler of a document by its root element, during PARSE
    (DESIGN.md, orchestrator layer): the one place where a document's protocol is
    recognised.

    The Orchestrator's registry holds a VastProtocolHandler (root <VAST>) and a
    VmapProtocolHandler (root <VMAP>, either namespace). A user adds a protocol with
    registerHandler(); handlers registered later are asked first
    (ProtocolHandler::acceptsDocument()), so a user's handler can take over a root element.
    A document whose root no handler accepts (not XML, empty, an unknown root) goes to the
    fallback handler, the first one registered (VAST), which reports it as VAST reports a
    document it cannot read (100, 101, 303).
*/
class VASTQT_EXPORT ProtocolRegistry
{
public:
    ProtocolRegistry();
    ~ProtocolRegistry();

    /*! Adds \a handler (not owned; must outlive the registry's use). */
    void registerHandler(ProtocolHandler *handler);
    //! Removes \a handler; does nothing when it is not registered.
    void unregisterHandler(ProtocolHandler *handler);
    /*! The handlers, in registration order. */
    QList<ProtocolHandler *> handlers() const;
    /*! The handler for documents no handler accepts: the first registered; nullptr when
        the registry is empty. */
    ProtocolHandler *fallbackHandler() const;

    /*! The handler whose acceptsDocument() takes \a root, or fallbackHandler(). */
    ProtocolHandler *handlerFor(const DocumentRoot &root) const;
    /*! The handler for \a document, by its root element (documentRoot()). */
    ProtocolHandler *handlerFor(const QByteArray &document) const;

private:
    QList<ProtocolHandler *> m_handlers;
};

} // namespace VastQt

#endif // VASTQT_PROTOCOLREGISTRY_H
