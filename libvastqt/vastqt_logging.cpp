// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "vastqt_logging_p.h"

Q_LOGGING_CATEGORY(lcVastTransport, "vastqt.transport")
Q_LOGGING_CATEGORY(lcVastUpstream, "vastqt.upstream")
Q_LOGGING_CATEGORY(lcVastParser, "vastqt.parser")
Q_LOGGING_CATEGORY(lcVastResolver, "vastqt.resolver")
Q_LOGGING_CATEGORY(lcVastOrchestrator, "vastqt.orchestrator")
Q_LOGGING_CATEGORY(lcVastTracking, "vastqt.tracking")
Q_LOGGING_CATEGORY(lcVastPlayback, "vastqt.playback")
Q_LOGGING_CATEGORY(lcVastClient, "vastqt.client")
