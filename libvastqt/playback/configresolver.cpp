// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/configresolver.h>

#include <QtCore/QMetaEnum>

using namespace Qt::StringLiterals;

namespace VastQt
{

QString ResolvedPlaybackConfig::levelName(Level level)
{
    return QString::fromLatin1(QMetaEnum::fromType<Level>().valueToKey(int(level))).toLower();
}

QJsonObject ResolvedPlaybackConfig::toJson() const
{
    QJsonObject fields;
    for (int i = 0; i < PlaybackConfig::FieldCount; ++i) {
        const auto f = PlaybackConfig::Field(i);
        fields.insert(PlaybackConfig::fieldName(f),
                      QJsonObject {{u"value"_s, config.jsonValue(f)}, {u"source"_s, levelName(level(f))}});
    }
    return QJsonObject {
        {u"profile"_s, profile.isEmpty() ? QJsonValue() : QJsonValue(profile)},
        {u"publisher"_s, publisher.isEmpty() ? QJsonValue() : QJsonValue(publisher)},
        {u"fields"_s, fields},
    };
}

ResolvedPlaybackConfig ConfigResolver::resolve(const PlaybackConfig &override, const PlaybackConfig &publisher,
                                               const PlaybackConfig &profile, const PlaybackConfig &defaults)
{
    using Level = ResolvedPlaybackConfig::Level;
    ResolvedPlaybackConfig resolved;
    resolved.config = defaults;
    const std::pair<const PlaybackConfig *, Level> levels[] = {
        {&profile, Level::Profile}, {&publisher, Level::Publisher}, {&override, Level::Override}};
    for (int i = 0; i < PlaybackConfig::FieldCount; ++i) {
        const auto f = PlaybackConfig::Field(i);
        for (const auto &[config, level] : levels) { // lowest first: the highest that sets it wins
            if (config->isSet(f)) {
                resolved.config.copyField(f, *config);
                resolved.setLevel(f, level);
            }
        }
    }
    return resolved;
}

ResolvedPlaybackConfig ConfigResolver::resolve() const
{
    const ProviderProfile selected = m_profile.isEmpty() ? ProviderProfile() : m_profiles.profile(m_profile);
    PlaybackConfig publisher;
    bool publisherFound = false;
    if (!m_publisher.isEmpty()) {
        for (const ProviderProfile &p : {selected, m_profiles.profile(u"global"_s)}) {
            if (p.publishers.contains(m_publisher)) {
                publisher = p.publishers.value(m_publisher);
                publisherFound = true;
                break;
            }
        }
    }
    ResolvedPlaybackConfig resolved = resolve(m_override, publisher, selected.config, m_defaults);
    resolved.profile = m_profile;
    resolved.profileFound = !selected.name.isEmpty();
    resolved.publisher = m_publisher;
    resolved.publisherFound = publisherFound;
    return resolved;
}

} // namespace VastQt
