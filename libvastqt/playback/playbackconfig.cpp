// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/playbackconfig.h>

#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QMetaEnum>
#include <QtCore/QMetaProperty>
#include <QtCore/QStandardPaths>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{
// The IAB events a profile may key its interruption rules by, in play order.
const char *const ruleEvents[] = {"start", "firstQuartile", "midpoint", "thirdQuartile", "complete"};

QMetaProperty propertyOf(PlaybackConfig::Field field)
{
    const QMetaObject &mo = PlaybackConfig::staticMetaObject;
    return mo.property(mo.propertyOffset() + int(field));
}

QString ruleProblem(const QString &where, const QJsonValue &value, InterruptionRule *rule)
{
    if (!value.isObject())
        return u"%1: a rule is an object"_s.arg(where);
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        static const QStringList known {u"action"_s, u"minOffsetMs"_s, u"maxOffsetMs"_s, u"probability"_s, u"durationMs"_s};
        if (!known.contains(it.key()))
            return u"%1.%2: unknown member of a rule"_s.arg(where, it.key());
        if (it.key() == "action"_L1 ? !it.value().isString() : !it.value().isDouble())
            return u"%1.%2: wrong type"_s.arg(where, it.key());
    }
    if (o.contains("action"_L1)) {
        bool known = false;
        InterruptionRule::actionFromName(o.value("action"_L1).toString(), &known);
        if (!known)
            return u"%1.action: not an action (pause, mute, unmute, skip, close, stop, click)"_s.arg(where);
    }
    bool ok = false;
    *rule = InterruptionRule::fromJson(o, &ok);
    if (!ok)
        return u"%1.probability: must be within 0..1"_s.arg(where);
    if (rule->minOffsetMs < 0 || rule->durationMs < 0)
        return u"%1: offsets and durations are >= 0 ms"_s.arg(where);
    return QString();
}
} // namespace

void PlaybackConfig::setMode(Mode mode)
{
    m_mode = mode;
    mark(Field::Mode);
}

void PlaybackConfig::setInterruptionRules(const QList<InterruptionRule> &rules)
{
    m_interruptionRules = rules;
    mark(Field::InterruptionRules);
}

void PlaybackConfig::setMaxSessionDurationMs(qint64 msecs)
{
    m_maxSessionDurationMs = qMax<qint64>(0, msecs);
    mark(Field::MaxSessionDurationMs);
}

void PlaybackConfig::setAutoQuartiles(bool enabled)
{
    m_autoQuartiles = enabled;
    mark(Field::AutoQuartiles);
}

void PlaybackConfig::setQuartileToleranceMs(qint64 msecs)
{
    m_quartileToleranceMs = qMax<qint64>(0, msecs);
    mark(Field::QuartileToleranceMs);
}

void PlaybackConfig::setTickIntervalMs(int msecs)
{
    m_tickIntervalMs = qMax(1, msecs);
    mark(Field::TickIntervalMs);
}

void PlaybackConfig::setSpeed(double factor)
{
    m_speed = qMax(0.0, factor);
    mark(Field::Speed);
}

void PlaybackConfig::setSeed(quint32 seed)
{
    m_seed = seed;
    mark(Field::Seed);
}

void PlaybackConfig::setPersistSessions(bool enabled)
{
    m_persistSessions = enabled;
    mark(Field::PersistSessions);
}

void PlaybackConfig::setSessionDirectory(const QString &path)
{
    m_sessionDirectory = path;
    mark(Field::SessionDirectory);
}

QString PlaybackConfig::effectiveSessionDirectory() const
{
    if (!m_sessionDirectory.isEmpty())
        return m_sessionDirectory;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/vastqt/sessions"_s;
}

void PlaybackConfig::setEmitPlaybackEvents(bool enabled)
{
    m_emitPlaybackEvents = enabled;
    mark(Field::EmitPlaybackEvents);
}

void PlaybackConfig::setLogTrackingUrls(bool enabled)
{
    m_logTrackingUrls = enabled;
    mark(Field::LogTrackingUrls);
}

bool PlaybackConfig::isEmpty() const
{
    return std::none_of(m_set.cbegin(), m_set.cend(), [](bool s) { return s; });
}

void PlaybackConfig::unset(Field field)
{
    copyField(field, PlaybackConfig());
}

QString PlaybackConfig::fieldName(Field field)
{
    return QString::fromLatin1(propertyOf(field).name());
}

PlaybackConfig::Field PlaybackConfig::fieldFromName(QStringView name, bool *ok)
{
    for (int i = 0; i < FieldCount; ++i) {
        if (name == QLatin1StringView(propertyOf(Field(i)).name())) {
            if (ok)
                *ok = true;
            return Field(i);
        }
    }
    if (ok)
        *ok = false;
    return Field::Mode;
}

QString PlaybackConfig::modeName(Mode mode)
{
    return QString::fromLatin1(QMetaEnum::fromType<Mode>().valueToKey(int(mode))).toLower();
}

PlaybackConfig::Mode PlaybackConfig::modeFromName(QStringView name, bool *ok)
{
    for (Mode m : {Mode::Auto, Mode::Realtime, Mode::Headless}) {
        if (name.compare(modeName(m), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return m;
        }
    }
    if (ok)
        *ok = false;
    return Mode::Auto;
}

QJsonValue PlaybackConfig::jsonValue(Field field) const
{
    switch (field) {
    case Field::Mode:
        return modeName(m_mode);
    case Field::InterruptionRules: {
        QJsonArray rules;
        for (const InterruptionRule &r : m_interruptionRules)
            rules.append(r.toJson());
        return rules;
    }
    case Field::MaxSessionDurationMs:
        return m_maxSessionDurationMs;
    case Field::AutoQuartiles:
        return m_autoQuartiles;
    case Field::QuartileToleranceMs:
        return m_quartileToleranceMs;
    case Field::TickIntervalMs:
        return m_tickIntervalMs;
    case Field::Speed:
        return m_speed;
    case Field::Seed:
        return qint64(m_seed);
    case Field::PersistSessions:
        return m_persistSessions;
    case Field::SessionDirectory:
        return m_sessionDirectory;
    case Field::EmitPlaybackEvents:
        return m_emitPlaybackEvents;
    case Field::LogTrackingUrls:
        return m_logTrackingUrls;
    }
    return QJsonValue();
}

QString PlaybackConfig::setJsonValue(Field field, const QJsonValue &value)
{
    const QString name = fieldName(field);
    const auto wholeNumber = [&value](qint64 min, qint64 max) {
        const double v = value.toDouble();
        return value.isDouble() && std::floor(v) == v && v >= double(min) && v <= double(max);
    };
    switch (field) {
    case Field::Mode: {
        bool ok = false;
        const Mode m = modeFromName(value.toString(), &ok);
        if (!value.isString() || !ok)
            return u"%1: takes \"auto\", \"realtime\" or \"headless\""_s.arg(name);
        setMode(m);
        return QString();
    }
    case Field::InterruptionRules: {
        QList<InterruptionRule> rules;
        if (value.isArray()) {
            const QJsonArray a = value.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                InterruptionRule r;
                const QString problem = ruleProblem(u"%1[%2]"_s.arg(name).arg(i), a.at(i), &r);
                if (!problem.isEmpty())
                    return problem;
                rules.append(r);
            }
        } else if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!std::any_of(std::begin(ruleEvents), std::end(ruleEvents),
                                 [&it](const char *e) { return it.key() == QLatin1StringView(e); }))
                    return u"%1.%2: not an event (start, firstQuartile, midpoint, thirdQuartile, complete)"_s.arg(name, it.key());
            }
            for (const char *event : ruleEvents) { // in play order, whatever the file's order
                const QString key = QString::fromLatin1(event);
                if (!o.contains(key))
                    continue;
                InterruptionRule r;
                const QString problem = ruleProblem(name + u'.' + key, o.value(key), &r);
                if (!problem.isEmpty())
                    return problem;
                rules.append(r);
            }
        } else {
            return u"%1: takes an array of rules or an object of rules by event"_s.arg(name);
        }
        setInterruptionRules(rules);
        return QString();
    }
    case Field::MaxSessionDurationMs:
    case Field::QuartileToleranceMs:
        if (!wholeNumber(0, std::numeric_limits<qint32>::max()) && !wholeNumber(0, qint64(1) << 52))
            return u"%1: takes a whole number of milliseconds >= 0"_s.arg(name);
        field == Field::MaxSessionDurationMs ? setMaxSessionDurationMs(value.toInteger())
                                             : setQuartileToleranceMs(value.toInteger());
        return QString();
    case Field::TickIntervalMs:
        if (!wholeNumber(1, std::numeric_limits<int>::max()))
            return u"%1: takes a whole number of milliseconds >= 1"_s.arg(name);
        setTickIntervalMs(value.toInt());
        return QString();
    case Field::Speed:
        if (!value.isDouble() || value.toDouble() < 0)
            return u"%1: takes a number >= 0"_s.arg(name);
        setSpeed(value.toDouble());
        return QString();
    case Field::Seed:
        if (!wholeNumber(0, std::numeric_limits<quint32>::max()))
            return u"%1: takes a whole number 0..4294967295"_s.arg(name);
        setSeed(quint32(value.toInteger()));
        return QString();
    case Field::SessionDirectory:
        if (!value.isString())
            return u"%1: takes a folder path"_s.arg(name);
        setSessionDirectory(value.toString());
        return QString();
    case Field::AutoQuartiles:
    case Field::PersistSessions:
    case Field::EmitPlaybackEvents:
    case Field::LogTrackingUrls:
        if (!value.isBool())
            return u"%1: takes true or false"_s.arg(name);
        propertyOf(field).writeOnGadget(this, value.toBool());
        return QString();
    }
    return u"%1: unknown field"_s.arg(name);
}

void PlaybackConfig::copyField(Field field, const PlaybackConfig &other)
{
    const QMetaProperty p = propertyOf(field);
    p.writeOnGadget(this, p.readOnGadget(&other));
    m_set[size_t(field)] = other.m_set[size_t(field)];
}

QJsonObject PlaybackConfig::toJson() const
{
    QJsonObject o;
    for (int i = 0; i < FieldCount; ++i) {
        if (isSet(Field(i)))
            o.insert(fieldName(Field(i)), jsonValue(Field(i)));
    }
    return o;
}

PlaybackConfig PlaybackConfig::fromJson(const QJsonObject &json, bool *ok, QString *error)
{
    PlaybackConfig config;
    QString problem;
    for (auto it = json.begin(); it != json.end() && problem.isEmpty(); ++it) {
        bool known = false;
        const Field f = fieldFromName(it.key(), &known);
        problem = known ? config.setJsonValue(f, it.value()) : u"%1: unknown field"_s.arg(it.key());
    }
    if (ok)
        *ok = problem.isEmpty();
    if (error)
        *error = problem;
    return config;
}

bool PlaybackConfig::operator==(const PlaybackConfig &o) const
{
    if (m_set != o.m_set)
        return false;
    for (int i = 0; i < FieldCount; ++i) {
        if (jsonValue(Field(i)) != o.jsonValue(Field(i)))
            return false;
    }
    return true;
}

} // namespace VastQt
