// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/adtimeline.h>

#include <VastQt/vastmodel.h>
#include "vastqt_logging_p.h"

#include <QtCore/QDebug>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace VastQt
{

AdTimeline::AdTimeline(const Linear &linear, qint64 durationMs, bool quartiles, qint64 quartileToleranceMs)
    : m_durationMs(durationMs > 0 ? durationMs : -1)
{
    const qint64 duration = m_durationMs;
    // 3 quartiles, a few progress offsets, the skipoffset, the end: one allocation.
    m_milestones.reserve(8);
    if (duration > 0 && quartiles) {
        constexpr Kind quartileKinds[] = { Kind::FirstQuartile, Kind::Midpoint, Kind::ThirdQuartile };
        for (int k = 1; k <= 3; ++k) {
            Milestone m;
            m.kind = quartileKinds[k - 1];
            // The first whole ms at or after k/4 of the duration, less the tolerance.
            m.offsetMs = qMax<qint64>(0, (duration * k + 3) / 4 - qMax<qint64>(0, quartileToleranceMs));
            m_milestones.append(m);
        }
    }
    const qsizetype firstProgress = m_milestones.size();
    for (qsizetype i = 0; i < linear.trackingEvents.size(); ++i) {
        const TrackingEvent &t = linear.trackingEvents.at(i);
        if (t.event != "progress"_L1)
            continue;
        const qint64 offset = parseVastTime(t.offset, duration);
        if (offset < 0) {
            qCDebug(lcVastTracking) << "AdTimeline: progress offset" << t.offset << "cannot be resolved; ignored";
            continue;
        }
        // One milestone per distinct offset.
        const auto same = std::find_if(m_milestones.begin() + firstProgress, m_milestones.end(),
            [offset](const Milestone &m) { return m.offsetMs == offset; });
        if (same != m_milestones.end()) {
            same->trackingEvents.append(int(i));
            continue;
        }
        Milestone m;
        m.kind = Kind::Progress;
        m.offsetMs = offset;
        m.offset = t.offset;
        m.trackingEvents.append(int(i));
        m_milestones.append(m);
    }
    if (!linear.skipoffset.isEmpty()) {
        m_skipoffsetMs = parseVastTime(linear.skipoffset, duration);
        if (m_skipoffsetMs >= 0) {
            Milestone m;
            m.kind = Kind::Skipoffset;
            m.offsetMs = m_skipoffsetMs;
            m.offset = linear.skipoffset;
            m_milestones.append(m);
        }
    }
    if (duration > 0) {
        Milestone m;
        m.kind = Kind::End;
        m.offsetMs = duration;
        m_milestones.append(m);
    }
    // (offset, kind) orders them all: progress offsets are distinct, the other kinds
    // appear once each.
    std::sort(m_milestones.begin(), m_milestones.end(), [](const Milestone &a, const Milestone &b) {
        return a.offsetMs != b.offsetMs ? a.offsetMs < b.offsetMs : a.kind < b.kind;
    });
}

qsizetype AdTimeline::reachedBy(qint64 positionMs) const
{
    const auto it = std::upper_bound(m_milestones.cbegin(), m_milestones.cend(), positionMs,
        [](qint64 position, const Milestone &m) { return position < m.offsetMs; });
    return it - m_milestones.cbegin();
}

qint64 AdTimeline::nextOffsetMs(qint64 positionMs) const
{
    const qsizetype reached = reachedBy(positionMs);
    return reached < m_milestones.size() ? m_milestones.at(reached).offsetMs : -1;
}

QString AdTimeline::kindName(Kind kind)
{
    switch (kind) {
    case Kind::FirstQuartile:
        return u"firstQuartile"_s;
    case Kind::Midpoint:
        return u"midpoint"_s;
    case Kind::ThirdQuartile:
        return u"thirdQuartile"_s;
    case Kind::Progress:
        return u"progress"_s;
    case Kind::Skipoffset:
        return u"skipoffset"_s;
    case Kind::End:
        break;
    }
    return u"end"_s;
}

QDebug operator<<(QDebug debug, const AdTimeline &timeline)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "AdTimeline(";
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        const AdTimeline::Milestone &m = timeline.at(i);
        if (i > 0)
            debug << ", ";
        debug << AdTimeline::kindName(m.kind) << '@' << m.offsetMs;
        if (!m.offset.isEmpty())
            debug << ' ' << m.offset;
    }
    debug << ')';
    return debug;
}

} // namespace VastQt
