// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_CONFIGRESOLVER_H
#define VASTQT_CONFIGRESOLVER_H

#include <VastQt/playbackconfig.h>
#include <VastQt/providerprofile.h>
#include <VastQt/vastqt_export.h>

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <array>

namespace VastQt
{

/*!
    \brief A PlaybackConfig with, per field, the level it came from (ConfigResolver), and
    the names of the profile and publisher asked for. RunReport's "config" is its toJson().
*/
class VASTQT_EXPORT ResolvedPlaybackConfig
{
    Q_GADGET
public:
    /*! The levels of ConfigResolver, lowest first.
        \value Default    the global defaults (PlaybackConfig's documented defaults, or ConfigResolver::setDefaults())
        \value Profile    the provider profile
        \value Publisher  the publisher context
        \value Override   the per-player override (VastClient / VastPlayer properties, command-line options) */
    enum class Level { Default, Profile, Publisher, Override };
    Q_ENUM(Level)

    /*! The values (every field meaningful, whichever level gave it). */
    PlaybackConfig config;
    /*! The profile asked for (empty: none), and whether it was known. */
    QString profile;
    //! Whether profile was found among the known profiles.
    bool profileFound = false;
    /*! The publisher asked for (empty: none), and whether a context was found for it. */
    QString publisher;
    //! Whether a context was found for publisher.
    bool publisherFound = false;

    //! The level \a field's value came from.
    Level level(PlaybackConfig::Field field) const { return m_levels[size_t(field)]; }
    //! Records that \a field's value came from \a level.
    void setLevel(PlaybackConfig::Field field, Level level) { m_levels[size_t(field)] = level; }

    /*! "default", "profile", "publisher", "override". */
    static QString levelName(Level level);

    /*! {"profile": name|null, "publisher": name|null, "fields": {field: {"value": v,
        "source": level name}}}. */
    QJsonObject toJson() const;

private:
    std::array<Level, PlaybackConfig::FieldCount> m_levels {};
};

/*!
    \brief Resolves a PlaybackConfig over four levels (seed 003 "ConfigResolver"),
    highest first:
    \list 1
    \li the per-player override (setOverride());
    \li the publisher context (setPublisher(): the selected profile's "publishers" entry of
        that name, else the "global" profile's);
    \li the provider profile (setProfile(), looked up in setProfiles());
    \li the global defaults (setDefaults(); PlaybackConfig's documented defaults by default).
    \endlist
    Each field comes from the highest level that sets it (PlaybackConfig::isSet()), whole:
    a profile's interruptionRules replace the defaults' list, they are not merged.
*/
class VASTQT_EXPORT ConfigResolver
{
public:
    /*! The core rule: each field from the highest of the four that sets it (\a defaults
        counts for every field). */
    static ResolvedPlaybackConfig resolve(const PlaybackConfig &override, const PlaybackConfig &publisher,
                                          const PlaybackConfig &profile, const PlaybackConfig &defaults = PlaybackConfig());

    //! The profiles setProfile() names are looked up in.
    void setProfiles(const ProviderProfiles &profiles) { m_profiles = profiles; }
    //! The profiles set with setProfiles().
    ProviderProfiles profiles() const { return m_profiles; }
    //! The lowest level; PlaybackConfig's documented defaults unless set.
    void setDefaults(const PlaybackConfig &defaults) { m_defaults = defaults; }
    //! The defaults set with setDefaults().
    PlaybackConfig defaults() const { return m_defaults; }
    /*! The provider profile by name; empty: none. */
    void setProfile(const QString &name) { m_profile = name; }
    //! The provider profile set with setProfile(); empty when none.
    QString profile() const { return m_profile; }
    /*! The publisher by name; empty: none. */
    void setPublisher(const QString &name) { m_publisher = name; }
    //! The publisher set with setPublisher(); empty when none.
    QString publisher() const { return m_publisher; }
    //! The highest level: the per-player override (its set fields win over every other level).
    void setOverride(const PlaybackConfig &override) { m_override = override; }
    //! The override set with setOverride().
    PlaybackConfig override() const { return m_override; }

    /*! Looks the profile and publisher up and resolves. An unknown profile counts as
        none (profileFound false); so does a publisher no profile defines. */
    ResolvedPlaybackConfig resolve() const;

private:
    ProviderProfiles m_profiles;
    PlaybackConfig m_defaults;
    PlaybackConfig m_override;
    QString m_profile;
    QString m_publisher;
};

} // namespace VastQt

Q_DECLARE_METATYPE(VastQt::ResolvedPlaybackConfig)

#endif // VASTQT_CONFIGRESOLVER_H
