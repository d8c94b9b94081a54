// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

//
//  W A R N I N G
//  -------------
//
// This file is not part of the VastQt API. It may change without notice.
//

#ifndef VASTQT_TIMESOURCE_P_H
#define VASTQT_TIMESOURCE_P_H

#include <VastQt/timesource.h>

namespace VastQt
{

class TimeSourcePrivate
{
public:
    explicit TimeSourcePrivate(TimeSource *qq)
        : q_ptr(qq)
    { }
    virtual ~TimeSourcePrivate() = default;

    TimeSource *const q_ptr;
    TimeSource::State state = TimeSource::State::Stopped;
    int tickIntervalMs = TimeSource::DefaultTickIntervalMs;
};

} // namespace VastQt

#endif // VASTQT_TIMESOURCE_P_H
