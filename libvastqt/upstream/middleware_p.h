// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

//
//  W A R N I N G
//  -------------
//
// This file is not part of the VastQt API. It may change without notice.
//

#ifndef VASTQT_MIDDLEWARE_P_H
#define VASTQT_MIDDLEWARE_P_H

#include <VastQt/transport.h>

namespace VastQt
{
namespace MiddlewarePrivate
{

/*! Makes \a outer answer what \a inner answers (status, headers, body, error) and aborts
    \a inner when \a outer is aborted. \a inner becomes a child of \a outer and is deleted
    once it finished. */
void forward(TransportReply *inner, TransportReply *outer);

/*! Copies the answer of \a from (finished) into \a to and finishes it. */
void copyResult(const TransportReply *from, TransportReply *to);

} // namespace MiddlewarePrivate
} // namespace VastQt

#endif // VASTQT_MIDDLEWARE_P_H
