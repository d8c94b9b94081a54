// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/protocolregistry.h>

#include <VastQt/protocolhandler.h>

namespace VastQt
{

ProtocolRegistry::ProtocolRegistry() = default;
ProtocolRegistry::~ProtocolRegistry() = default;

void ProtocolRegistry::registerHandler(ProtocolHandler *handler)
{
    if (handler && !m_handlers.contains(handler))
        m_handlers.append(handler);
}

void ProtocolRegistry::unregisterHandler(ProtocolHandler *handler)
{
    m_handlers.removeAll(handler);
}

QList<ProtocolHandler *> ProtocolRegistry::handlers() const
{
    return m_handlers;
}

ProtocolHandler *ProtocolRegistry::fallbackHandler() const
{
    return m_handlers.value(0);
}

ProtocolHandler *ProtocolRegistry::handlerFor(const DocumentRoot &root) const
{
    for (auto it = m_handlers.crbegin(); it != m_handlers.crend(); ++it) {
        if ((*it)->acceptsDocument(root))
            return *it;
    }
    return fallbackHandler();
}

ProtocolHandler *ProtocolRegistry::handlerFor(const QByteArray &document) const
{
    return handlerFor(documentRoot(document));
}

} // namespace VastQt
