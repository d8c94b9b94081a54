// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/interruptionrule.h>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{
constexpr InterruptionRule::Action allActions[] = {
    InterruptionRule::Action::Pause,
    InterruptionRule::Action::Mute,
    InterruptionRule::Action::Unmute,
    InterruptionRule::Action::Skip,
    InterruptionRule::Action::Close,
    InterruptionRule::Action::Stop,
    InterruptionRule::Action::Click,
};
} // namespace

InterruptionRule InterruptionRule::at(Action action, qint64 atMs, qint64 durationMs)
{
    InterruptionRule rule;
    rule.action = action;
    rule.minOffsetMs = atMs;
    rule.maxOffsetMs = atMs;
    rule.probability = 1.0;
    rule.durationMs = durationMs;
    return rule;
}

QString InterruptionRule::actionName(Action action)
{
    switch (action) {
    case Action::Pause:
        return u"pause"_s;
    case Action::Mute:
        return u"mute"_s;
    case Action::Unmute:
        return u"unmute"_s;
    case Action::Skip:
        return u"skip"_s;
    case Action::Close:
        return u"close"_s;
    case Action::Stop:
        return u"stop"_s;
    case Action::Click:
        return u"click"_s;
    }
    return QString();
}

InterruptionRule::Action InterruptionRule::actionFromName(QStringView name, bool *ok)
{
    for (Action a : allActions) {
        if (name == actionName(a)) {
            if (ok)
                *ok = true;
            return a;
        }
    }
    if (ok)
        *ok = false;
    return Action::Pause;
}

QJsonObject InterruptionRule::toJson() const
{
    return QJsonObject {
        { u"action"_s, actionName(action) },
        { u"minOffsetMs"_s, minOffsetMs },
        { u"maxOffsetMs"_s, maxOffsetMs },
        { u"probability"_s, probability },
        { u"durationMs"_s, durationMs },
    };
}

InterruptionRule InterruptionRule::fromJson(const QJsonObject &json, bool *ok)
{
    bool good = true;
    InterruptionRule rule;
    if (json.contains("action"_L1)) {
        bool known = false;
        rule.action = actionFromName(json.value("action"_L1).toString(), &known);
        good = good && known;
    }
    rule.minOffsetMs = json.value("minOffsetMs"_L1).toInteger(rule.minOffsetMs);
    rule.maxOffsetMs = json.value("maxOffsetMs"_L1).toInteger(rule.maxOffsetMs);
    rule.probability = json.value("probability"_L1).toDouble(rule.probability);
    rule.durationMs = json.value("durationMs"_L1).toInteger(rule.durationMs);
    if (!(rule.probability >= 0.0 && rule.probability <= 1.0))
        good = false;
    if (ok)
        *ok = good;
    return rule;
}

} // namespace VastQt
