// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/providerprofile.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{
int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return 1 + int(bytes.left(qBound<qsizetype>(0, offset, bytes.size())).count('\n'));
}

// The offset of member \a key ("key" followed by a colon) at or after \a from; -1 if none.
qsizetype memberAt(const QByteArray &bytes, const QString &key, qsizetype from)
{
    const QByteArray needle = '"' + key.toUtf8() + '"';
    for (qsizetype at = bytes.indexOf(needle, from); at >= 0; at = bytes.indexOf(needle, at + 1)) {
        qsizetype i = at + needle.size();
        while (i < bytes.size() && QChar::isSpace(uchar(bytes.at(i))))
            ++i;
        if (i < bytes.size() && bytes.at(i) == ':')
            return at;
    }
    return -1;
}

// The line of the member a dotted \a path ("publishers.x.speed", "interruptionRules[1].action")
// names: each part is looked for after the one before it (after an index [n], its n-th next
// occurrence). JSON keeps no positions, and a profile is small: this is exact for the files
// people write, where a member's name is not repeated as a string value in between.
int lineOfField(const QByteArray &bytes, const QString &path)
{
    qsizetype at = 0;
    static const QRegularExpression part(u"([^.\\[]+)(?:\\[(\\d+)\\])?"_s);
    int skip = 0; // the index of the array element the previous part named
    auto it = part.globalMatch(path);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        qsizetype found = memberAt(bytes, m.captured(1), at);
        for (int i = 0; i < skip && found >= 0; ++i) // the same member of an earlier element
            found = memberAt(bytes, m.captured(1), found + 1);
        if (found < 0)
            break;
        at = found;
        skip = m.captured(2).toInt();
    }
    return lineAt(bytes, at);
}

// The last member named before \a offset, for a syntax error.
QString memberBefore(const QByteArray &bytes, qsizetype offset)
{
    static const QRegularExpression member(u"\"([^\"\\\\]+)\"\\s*:"_s);
    QString last;
    auto it = member.globalMatch(QString::fromUtf8(bytes.left(offset)));
    while (it.hasNext())
        last = it.next().captured(1);
    return last;
}
} // namespace

QString ProfileError::toString() const
{
    return field.isEmpty() ? u"%1:%2: %3"_s.arg(file).arg(line).arg(message)
                           : u"%1:%2: %3: %4"_s.arg(file).arg(line).arg(field, message);
}

ProviderProfile ProviderProfile::fromJson(const QByteArray &json, const QString &file, ProfileError *error)
{
    ProfileError problem;
    problem.file = file;
    const auto failed = [&](const QString &field, const QString &message) {
        problem.field = field;
        problem.message = message;
        problem.line = lineOfField(json, field);
        if (error)
            *error = problem;
        return ProviderProfile();
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problem.line = lineAt(json, parseError.offset);
        problem.field = memberBefore(json, parseError.offset);
        problem.message = parseError.errorString();
        if (error)
            *error = problem;
        return ProviderProfile();
    }
    if (!document.isObject())
        return failed(QString(), u"a profile is a JSON object"_s);

    ProviderProfile profile;
    profile.file = file;
    profile.name = QFileInfo(file).completeBaseName();
    QJsonObject playback;
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString &key = it.key();
        if (key == "$schema"_L1)
            continue;
        if (key == "name"_L1 || key == "description"_L1) {
            if (!it.value().isString() || (key == "name"_L1 && it.value().toString().trimmed().isEmpty()))
                return failed(key, u"takes a (non-empty) string"_s);
            (key == "name"_L1 ? profile.name : profile.description) = it.value().toString().trimmed();
        } else if (key == "publishers"_L1) {
            if (!it.value().isObject())
                return failed(key, u"takes an object: publisher name -> playback fields"_s);
            const QJsonObject publishers = it.value().toObject();
            for (auto p = publishers.begin(); p != publishers.end(); ++p) {
                if (!p.value().isObject())
                    return failed(key + u'.' + p.key(), u"takes an object of playback fields"_s);
                bool ok = false;
                QString why;
                const PlaybackConfig c = PlaybackConfig::fromJson(p.value().toObject(), &ok, &why);
                if (!ok) {
                    const QString field = why.section(u": "_s, 0, 0);
                    return failed(key + u'.' + p.key() + u'.' + field, why.section(u": "_s, 1));
                }
                profile.publishers.insert(p.key(), c);
            }
        } else {
            playback.insert(key, it.value());
        }
    }
    bool ok = false;
    QString why;
    profile.config = PlaybackConfig::fromJson(playback, &ok, &why);
    if (!ok)
        return failed(why.section(u": "_s, 0, 0), why.section(u": "_s, 1));
    if (error)
        *error = ProfileError();
    return profile;
}

ProviderProfile ProviderProfile::fromFile(const QString &path, ProfileError *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ProfileError{path, 0, QString(), f.errorString()};
        return ProviderProfile();
    }
    return fromJson(f.readAll(), path, error);
}

QString ProviderProfiles::builtinDirectory()
{
    return u":/vastqt/profiles"_s;
}

QString ProviderProfiles::userDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/vastqt/profiles"_s;
}

ProviderProfiles ProviderProfiles::standard()
{
    ProviderProfiles profiles;
    profiles.loadDirectory(builtinDirectory());
    profiles.loadDirectory(userDirectory());
    return profiles;
}

bool ProviderProfiles::loadDirectory(const QString &directory)
{
    const QDir dir(directory);
    bool good = true;
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : files) {
        if (name.endsWith(".schema.json"_L1))
            continue;
        good = loadFile(dir.filePath(name)) && good;
    }
    return good;
}

bool ProviderProfiles::loadFile(const QString &path, QString *name)
{
    ProfileError error;
    const ProviderProfile p = ProviderProfile::fromFile(path, &error);
    if (!error.isNull()) {
        m_errors.append(error);
        return false;
    }
    add(p);
    if (name)
        *name = p.name;
    return true;
}

void ProviderProfiles::add(const ProviderProfile &profile)
{
    m_profiles.insert(profile.name, profile);
}

bool ProviderProfiles::contains(const QString &name) const
{
    return m_profiles.contains(name);
}

ProviderProfile ProviderProfiles::profile(const QString &name) const
{
    return m_profiles.value(name);
}

QStringList ProviderProfiles::names() const
{
    return m_profiles.keys();
}

} // namespace VastQt
