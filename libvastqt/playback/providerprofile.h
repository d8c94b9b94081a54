// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_PROVIDERPROFILE_H
#define VASTQT_PROVIDERPROFILE_H

#include <VastQt/playbackconfig.h>
#include <VastQt/vastqt_export.h>

#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace VastQt
{

/*!
    \brief What is wrong with a provider profile file: the file, the 1-based line, the
    field (a dotted path such as "interruptionRules.midpoint.probability"; for a JSON
    syntax error the last member named before it, may be empty) and the problem.
*/
struct VASTQT_EXPORT ProfileError
{
    //! The profile file's path, empty when the JSON was given as text.
    QString file;
    //! The 1-based line of the problem; 0 when not known.
    int line = 0;
    //! The field concerned, as a dotted path; may be empty.
    QString field;
    //! The problem in words; empty when there is none.
    QString message;

    //! True when there is no problem (message is empty).
    bool isNull() const { return message.isEmpty(); }
    /*! "FILE:LINE: FIELD: MESSAGE" (the field left out when empty). */
    QString toString() const;
};

/*!
    \brief A provider profile (seed 003 "provider defaults"): a named partial PlaybackConfig,
    plus publisher contexts, read from JSON. The third level of ConfigResolver.

    The JSON form (schema: resources/profiles/profile.schema.json, shipped as
    :/vastqt/profiles/profile.schema.json):
    \code
    {
      "name": "leto",
      "description": "Moderate reliability",
      "interruptionRules": {
        "start":    { "action": "stop",  "probability": 0.20, "minOffsetMs": 0,    "maxOffsetMs": 3000 },
        "midpoint": { "action": "close", "probability": 0.15, "minOffsetMs": 5000, "maxOffsetMs": 15000 }
      },
      "speed": 0,
      "publishers": { "news-site": { "maxSessionDurationMs": 60000 } }
    }
    \endcode
    Besides "name" (default: the file's base name), "description", "publishers" (publisher
    name → a PlaybackConfig object, the second level of ConfigResolver) and "$schema", every
    member is a PlaybackConfig field (PlaybackConfig::fromJson()). Anything else is an error.
*/
struct VASTQT_EXPORT ProviderProfile
{
    //! The profile's name (the "name" member, or the file's base name).
    QString name;
    //! The "description" member, empty when absent.
    QString description;
    /*! The file it was read from (":/vastqt/profiles/leto.json" for a shipped one). */
    QString file;
    //! The PlaybackConfig fields the profile sets (the third level of ConfigResolver).
    PlaybackConfig config;
    //! The publisher contexts: publisher name to the fields it sets (the second level of ConfigResolver).
    QMap<QString, PlaybackConfig> publishers;

    /*! Reads \a json (the contents of \a file). On a problem \a error is filled and the
        returned profile has no name. */
    static ProviderProfile fromJson(const QByteArray &json, const QString &file, ProfileError *error);
    /*! Reads the file at \a path (also a ":/" resource). */
    static ProviderProfile fromFile(const QString &path, ProfileError *error);
};

/*!
    \brief The provider profiles known by name: the six of seed 003 shipped as resources
    (global, tiger, leto, yandex, google, custom in :/vastqt/profiles), then the user's own
    from userDirectory() and from files given explicitly. A later profile of the same name
    replaces the earlier one.
*/
class VASTQT_EXPORT ProviderProfiles
{
public:
    /*! The shipped profiles' folder, ":/vastqt/profiles". */
    static QString builtinDirectory();
    /*! The user's profiles: QStandardPaths::GenericConfigLocation + "/vastqt/profiles"
        (on Linux $XDG_CONFIG_HOME/vastqt/profiles, ~/.config/vastqt/profiles). */
    static QString userDirectory();
    /*! The shipped profiles, then those of userDirectory(). Problems are in errors(). */
    static ProviderProfiles standard();

    /*! Loads every *.json of \a directory in name order; false if one had a problem
        (it is in errors(), the others are loaded). A missing folder is not a problem. */
    bool loadDirectory(const QString &directory);
    /*! Loads one file; false (and errors() has why) on a problem. \a name gets the
        profile's name. */
    bool loadFile(const QString &path, QString *name = nullptr);
    //! Adds \a profile, replacing a known profile of the same name.
    void add(const ProviderProfile &profile);

    //! Whether a profile named \a name is known.
    bool contains(const QString &name) const;
    /*! The profile named \a name; an empty one (no name) when unknown. */
    ProviderProfile profile(const QString &name) const;
    /*! The names, sorted. */
    QStringList names() const;
    /*! The problems met while loading, in order. */
    QList<ProfileError> errors() const { return m_errors; }

private:
    QMap<QString, ProviderProfile> m_profiles;
    QList<ProfileError> m_errors;
};

} // namespace VastQt

#endif // VASTQT_PROVIDERPROFILE_H
