// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

//
//  W A R N I N G
//  -------------
//
// This file is not part of the VastQt API. It may change without notice.
//

#ifndef VASTQT_LOGGING_P_H
#define VASTQT_LOGGING_P_H

#include <QtCore/QLoggingCategory>

// One category per layer of DESIGN.md.
Q_DECLARE_LOGGING_CATEGORY(lcVastTransport)
Q_DECLARE_LOGGING_CATEGORY(lcVastUpstream)
Q_DECLARE_LOGGING_CATEGORY(lcVastParser)
Q_DECLARE_LOGGING_CATEGORY(lcVastResolver)
Q_DECLARE_LOGGING_CATEGORY(lcVastOrchestrator)
Q_DECLARE_LOGGING_CATEGORY(lcVastTracking)
Q_DECLARE_LOGGING_CATEGORY(lcVastPlayback)
Q_DECLARE_LOGGING_CATEGORY(lcVastClient)

#endif // VASTQT_LOGGING_P_H
