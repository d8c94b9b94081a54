// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// PlaybackConfig, ConfigResolver's four levels field by field, the provider profiles
// shipped as resources and read from files, and the Player following its config.

#include <VastQt/adselector.h>
#include <VastQt/configresolver.h>
#include <VastQt/headlessplayer.h>
#include <VastQt/httptransport.h>
#include <VastQt/playbackconfig.h>
#include <VastQt/playerfactory.h>
#include <VastQt/providerprofile.h>
#include <VastQt/simulatedtimesource.h>
#include <VastQt/tracker.h>
#include "testads.h"
#include "testserver.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace VastQt;
using namespace Qt::StringLiterals;

using Field = PlaybackConfig::Field;
using Level = ResolvedPlaybackConfig::Level;

namespace
{
// A value of \a field for level \a level (1 profile, 2 publisher, 3 override), each
// different from the one below it and from the default.
QJsonValue levelValue(Field field, int level)
{
    switch (field) {
    case Field::Mode:
        return QJsonArray{u"auto"_s, u"headless"_s, u"realtime"_s, u"headless"_s}.at(level);
    case Field::InterruptionRules:
        return QJsonArray{InterruptionRule::at(InterruptionRule::Action::Pause, 1000 * level).toJson()};
    case Field::MaxSessionDurationMs:
        return 1000 * level;
    case Field::QuartileToleranceMs:
        return 100 * level;
    case Field::TickIntervalMs:
        return 10 * level;
    case Field::Speed:
        return 2.5 * level;
    case Field::Seed:
        return 7 * level;
    case Field::SessionDirectory:
        return u"/tmp/level-%1"_s.arg(level);
    case Field::AutoQuartiles:
    case Field::EmitPlaybackEvents:
        return level % 2 == 0; // default true
    case Field::PersistSessions:
    case Field::LogTrackingUrls:
        return level % 2 == 1; // default false
    }
    return QJsonValue();
}

PlaybackConfig with(Field field, const QJsonValue &value)
{
    PlaybackConfig c;
    const QString problem = c.setJsonValue(field, value);
    if (!problem.isEmpty())
        qFatal("%s", qPrintable(problem));
    return c;
}

} // namespace

class tst_PlaybackConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir configHome;
    TestServer server;

    QString userProfiles() const { return configHome.path() + u"/vastqt/profiles"_s; }

    void writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    // A 10 s ad played to its end by a player of a factory with \a config; null on a timeout.
    std::unique_ptr<Player> playedWith(const PlaybackConfig &config, const QString &id)
    {
        PlayerFactory factory;
        factory.setConfig(config);
        std::unique_ptr<Player> player(factory.create(AdSelector().select(TestAds::linearAd(server, id, 0, 10000))));
        QSignalSpy finished(player.get(), &Player::finished);
        if (!player->play() || !finished.wait(10000))
            return nullptr;
        return player;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(configHome.isValid());
        // The user's profiles come from here, not from the machine's own ~/.config.
        qputenv("XDG_CONFIG_HOME", configHome.path().toUtf8());
        QVERIFY(server.start());
    }

    void cleanup() { QDir(userProfiles()).removeRecursively(); }

    void defaultsAreTheDocumentedOnes()
    {
        const PlaybackConfig c;
        QVERIFY(c.isEmpty());
        QCOMPARE(c.mode(), PlaybackConfig::Mode::Auto);
        QVERIFY(c.interruptionRules().isEmpty());
        QCOMPARE(c.maxSessionDurationMs(), 300000);
        QCOMPARE(c.autoQuartiles(), true);
        QCOMPARE(c.quartileToleranceMs(), 0);
        QCOMPARE(c.tickIntervalMs(), TimeSource::DefaultTickIntervalMs);
        QCOMPARE(c.speed(), 1.0);
        QCOMPARE(c.seed(), 1u);
        QCOMPARE(c.persistSessions(), false);
        QCOMPARE(c.sessionDirectory(), QString());
        QVERIFY(c.effectiveSessionDirectory().endsWith(u"/vastqt/sessions"_s));
        QCOMPARE(c.emitPlaybackEvents(), true);
        QCOMPARE(c.logTrackingUrls(), false);
        QCOMPARE(c.toJson(), QJsonObject());
    }

    void fieldNamesRoundTrip()
    {
        QStringList names;
        for (int i = 0; i < PlaybackConfig::FieldCount; ++i) {
            bool ok = false;
            QCOMPARE(PlaybackConfig::fieldFromName(PlaybackConfig::fieldName(Field(i)), &ok), Field(i));
            QVERIFY(ok);
            names << PlaybackConfig::fieldName(Field(i));
        }
        QCOMPARE(names, (QStringList{u"mode"_s, u"interruptionRules"_s, u"maxSessionDurationMs"_s, u"autoQuartiles"_s,
                                     u"quartileToleranceMs"_s, u"tickIntervalMs"_s, u"speed"_s, u"seed"_s,
                                     u"persistSessions"_s, u"sessionDirectory"_s, u"emitPlaybackEvents"_s,
                                     u"logTrackingUrls"_s}));
    }

    void jsonRoundTripsEveryField()
    {
        PlaybackConfig c;
        for (int i = 0; i < PlaybackConfig::FieldCount; ++i)
            QCOMPARE(c.setJsonValue(Field(i), levelValue(Field(i), 3)), QString());
        bool ok = false;
        const PlaybackConfig back = PlaybackConfig::fromJson(c.toJson(), &ok);
        QVERIFY(ok);
        QCOMPARE(back, c);
        QCOMPARE(back.toJson().size(), PlaybackConfig::FieldCount);
    }

    void rulesByEventAreInPlayOrder()
    {
        const QJsonObject json = QJsonDocument::fromJson(R"({"interruptionRules": {
            "complete": {"action": "close", "probability": 0.3, "minOffsetMs": 20000, "maxOffsetMs": 25000},
            "start": {"action": "stop", "probability": 0.1, "maxOffsetMs": 1000},
            "midpoint": {"probability": 0.2, "minOffsetMs": 5000, "maxOffsetMs": 15000}}})")
                                     .object();
        bool ok = false;
        const PlaybackConfig c = PlaybackConfig::fromJson(json, &ok);
        QVERIFY(ok);
        const QList<InterruptionRule> rules = c.interruptionRules();
        QCOMPARE(rules.size(), 3);
        QCOMPARE(rules.at(0).action, InterruptionRule::Action::Stop);
        QCOMPARE(rules.at(0).maxOffsetMs, 1000);
        QCOMPARE(rules.at(1).action, InterruptionRule::Action::Pause); // InterruptionRule's default
        QCOMPARE(rules.at(1).probability, 0.2);
        QCOMPARE(rules.at(2).action, InterruptionRule::Action::Close);
        QCOMPARE(rules.at(2).minOffsetMs, 20000);
    }

    // Every field, every combination of the three upper levels setting it: the highest that
    // sets it wins, with its value and its level; the other fields stay at the defaults.
    void resolverPrecedenceFieldByField_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("levels"); // bit 0 profile, bit 1 publisher, bit 2 override
        for (int i = 0; i < PlaybackConfig::FieldCount; ++i) {
            for (int mask = 0; mask < 8; ++mask) {
                QTest::addRow("%s-%s%s%s", qPrintable(PlaybackConfig::fieldName(Field(i))), mask & 4 ? "O" : "-",
                              mask & 2 ? "P" : "-", mask & 1 ? "p" : "-")
                    << i << mask;
            }
        }
    }

    void resolverPrecedenceFieldByField()
    {
        QFETCH(int, field);
        QFETCH(int, levels);
        const auto f = Field(field);
        PlaybackConfig set[4]; // defaults, profile, publisher, override
        for (int level = 1; level <= 3; ++level) {
            if (levels & (1 << (level - 1)))
                set[level] = with(f, levelValue(f, level));
        }
        const ResolvedPlaybackConfig r = ConfigResolver::resolve(set[3], set[2], set[1], set[0]);
        const int expected = levels & 4 ? 3 : levels & 2 ? 2 : levels & 1 ? 1 : 0;
        QCOMPARE(r.level(f), Level(expected));
        QCOMPARE(r.config.jsonValue(f), expected ? levelValue(f, expected) : PlaybackConfig().jsonValue(f));
        for (int other = 0; other < PlaybackConfig::FieldCount; ++other) {
            if (other == field)
                continue;
            QCOMPARE(r.level(Field(other)), Level::Default);
            QCOMPARE(r.config.jsonValue(Field(other)), PlaybackConfig().jsonValue(Field(other)));
        }
        // The report's form says the same.
        const QJsonObject entry = r.toJson().value(u"fields"_s).toObject().value(PlaybackConfig::fieldName(f)).toObject();
        QCOMPARE(entry.value(u"source"_s).toString(),
                 QStringList({u"default"_s, u"profile"_s, u"publisher"_s, u"override"_s}).at(expected));
        QCOMPARE(entry.value(u"value"_s), r.config.jsonValue(f));
    }

    void givenDefaultsAreTheLowestLevel()
    {
        PlaybackConfig defaults;
        defaults.setSpeed(4);
        defaults.setSeed(9);
        PlaybackConfig profile;
        profile.setSeed(11);
        const ResolvedPlaybackConfig r = ConfigResolver::resolve({}, {}, profile, defaults);
        QCOMPARE(r.config.speed(), 4.0);
        QCOMPARE(r.level(Field::Speed), Level::Default);
        QCOMPARE(r.config.seed(), 11u);
        QCOMPARE(r.level(Field::Seed), Level::Profile);
    }

    void resolverLooksUpProfileAndPublisher()
    {
        ProviderProfiles profiles;
        ProviderProfile global;
        global.name = u"global"_s;
        PlaybackConfig everywhere;
        everywhere.setMaxSessionDurationMs(1111);
        global.publishers.insert(u"everywhere"_s, everywhere);
        ProviderProfile p;
        p.name = u"p"_s;
        p.config.setSpeed(3);
        p.config.setSeed(5);
        PlaybackConfig site;
        site.setSeed(6);
        p.publishers.insert(u"site"_s, site);
        profiles.add(global);
        profiles.add(p);

        ConfigResolver resolver;
        resolver.setProfiles(profiles);
        resolver.setProfile(u"p"_s);
        resolver.setPublisher(u"site"_s);
        PlaybackConfig override;
        override.setMode(PlaybackConfig::Mode::Headless);
        resolver.setOverride(override);
        ResolvedPlaybackConfig r = resolver.resolve();
        QVERIFY(r.profileFound);
        QVERIFY(r.publisherFound);
        QCOMPARE(r.config.speed(), 3.0);
        QCOMPARE(r.level(Field::Speed), Level::Profile);
        QCOMPARE(r.config.seed(), 6u);
        QCOMPARE(r.level(Field::Seed), Level::Publisher);
        QCOMPARE(r.level(Field::Mode), Level::Override);
        QCOMPARE(r.level(Field::MaxSessionDurationMs), Level::Default);

        // A publisher the profile does not define comes from the global profile's.
        resolver.setPublisher(u"everywhere"_s);
        r = resolver.resolve();
        QVERIFY(r.publisherFound);
        QCOMPARE(r.config.maxSessionDurationMs(), 1111);
        QCOMPARE(r.level(Field::MaxSessionDurationMs), Level::Publisher);

        // Unknown names: nothing from those levels, and the report says so.
        resolver.setProfile(u"nope"_s);
        resolver.setPublisher(u"nobody"_s);
        r = resolver.resolve();
        QVERIFY(!r.profileFound);
        QVERIFY(!r.publisherFound);
        QCOMPARE(r.level(Field::Speed), Level::Default);
        QCOMPARE(r.toJson().value(u"profile"_s).toString(), u"nope"_s);
        QCOMPARE(r.toJson().value(u"publisher"_s).toString(), u"nobody"_s);
    }

    void eachShippedProfileLoadsAndValidates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("startProbability");
        QTest::addColumn<qint64>("startMaxOffsetMs");
        // Seed 003's start rules.
        QTest::addRow("global") << u"global"_s << 0.05 << qint64(1000);
        QTest::addRow("tiger") << u"tiger"_s << 0.02 << qint64(500);
        QTest::addRow("leto") << u"leto"_s << 0.20 << qint64(3000);
        QTest::addRow("yandex") << u"yandex"_s << 0.25 << qint64(5000);
        QTest::addRow("google") << u"google"_s << 0.08 << qint64(1000);
        QTest::addRow("custom") << u"custom"_s << 0.15 << qint64(3000);
    }

    void eachShippedProfileLoadsAndValidates()
    {
        QFETCH(QString, name);
        QFETCH(double, startProbability);
        QFETCH(qint64, startMaxOffsetMs);
        const QString file = ProviderProfiles::builtinDirectory() + u'/' + name + u".json"_s;
        ProfileError error;
        const ProviderProfile p = ProviderProfile::fromFile(file, &error);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QCOMPARE(p.name, name);
        QCOMPARE(p.file, file);
        QVERIFY(!p.description.isEmpty());
        const QList<InterruptionRule> rules = p.config.interruptionRules();
        QCOMPARE(rules.size(), 3); // start, midpoint, complete
        QCOMPARE(rules.at(0).probability, startProbability);
        QCOMPARE(rules.at(0).minOffsetMs, 0);
        QCOMPARE(rules.at(0).maxOffsetMs, startMaxOffsetMs);
        for (const InterruptionRule &r : rules) {
            QVERIFY(r.probability > 0 && r.probability < 1);
            QVERIFY(r.minOffsetMs <= r.maxOffsetMs);
        }
        // Only the rules: everything else comes from the levels around the profile.
        QCOMPARE(p.config.toJson().keys(), QStringList{u"interruptionRules"_s});

        const ProviderProfiles standard = ProviderProfiles::standard();
        QVERIFY(standard.errors().isEmpty());
        QVERIFY(standard.contains(name));
        QCOMPARE(standard.profile(name).config, p.config);
    }

    void schemaNamesEveryFieldAndNoOther()
    {
        QFile f(ProviderProfiles::builtinDirectory() + u"/profile.schema.json"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError e;
        const QJsonObject schema = QJsonDocument::fromJson(f.readAll(), &e).object();
        QCOMPARE(e.error, QJsonParseError::NoError);
        QStringList properties = schema.value(u"properties"_s).toObject().keys();
        for (const QString &own : {u"$schema"_s, u"name"_s, u"description"_s, u"publishers"_s})
            QVERIFY(properties.removeOne(own));
        QStringList fields;
        for (int i = 0; i < PlaybackConfig::FieldCount; ++i)
            fields << PlaybackConfig::fieldName(Field(i));
        properties.sort();
        fields.sort();
        QCOMPARE(properties, fields);
        // The documented defaults are the class's.
        const QJsonObject props = schema.value(u"properties"_s).toObject();
        for (int i = 0; i < PlaybackConfig::FieldCount; ++i) {
            const QJsonObject p = props.value(PlaybackConfig::fieldName(Field(i))).toObject();
            if (p.contains(u"default"_s))
                QCOMPARE(p.value(u"default"_s), PlaybackConfig().jsonValue(Field(i)));
        }
    }

    void userFolderAddsAndReplacesProfiles()
    {
        writeFile(userProfiles() + u"/mine.json"_s, R"({"speed": 0, "publishers": {"site": {"seed": 3}}})");
        writeFile(userProfiles() + u"/leto-local.json"_s, R"({"name": "leto", "seed": 42})");
        const ProviderProfiles profiles = ProviderProfiles::standard();
        QVERIFY(profiles.errors().isEmpty());
        QVERIFY(profiles.contains(u"mine"_s)); // named after the file
        QCOMPARE(profiles.profile(u"mine"_s).config.speed(), 0.0);
        QCOMPARE(profiles.profile(u"mine"_s).publishers.value(u"site"_s).seed(), 3u);
        QCOMPARE(profiles.profile(u"leto"_s).config.seed(), 42u); // the user's leto replaces the shipped one
        QVERIFY(profiles.profile(u"leto"_s).config.interruptionRules().isEmpty());
        QCOMPARE(ProviderProfiles::userDirectory(), userProfiles());
    }

    void malformedProfileNamesFileLineAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addRow("syntax") << QByteArray("{\n  \"speed\": 0,\n  \"seed\": 4\n  \"mode\": \"auto\"\n}\n") << 4
                                << u"seed"_s;
        QTest::addRow("wrong-type") << QByteArray("{\n  \"name\": \"x\",\n  \"speed\": \"fast\"\n}\n") << 3 << u"speed"_s;
        QTest::addRow("unknown-field") << QByteArray("{\n  \"name\": \"x\",\n\n  \"sped\": 2\n}\n") << 4 << u"sped"_s;
        QTest::addRow("bad-mode") << QByteArray("{\n  \"mode\": \"fast\"\n}\n") << 2 << u"mode"_s;
        QTest::addRow("probability")
            << QByteArray("{\n  \"interruptionRules\": {\n    \"start\": {\"probability\": 0.1},\n"
                          "    \"midpoint\": {\n      \"minOffsetMs\": 5000,\n      \"probability\": 1.5\n    }\n  }\n}\n")
            << 6 << u"interruptionRules.midpoint.probability"_s;
        QTest::addRow("unknown-event") << QByteArray("{\n  \"interruptionRules\": {\n    \"middle\": {}\n  }\n}\n") << 3
                                       << u"interruptionRules.middle"_s;
        QTest::addRow("bad-action")
            << QByteArray("{\n  \"interruptionRules\": [\n    {\"action\": \"pause\"},\n    {\"action\": \"leave\"}\n  ]\n}\n")
            << 4 << u"interruptionRules[1].action"_s;
        QTest::addRow("publisher-field")
            << QByteArray("{\n  \"speed\": 1,\n  \"publishers\": {\n    \"site\": {\n      \"speed\": -1\n    }\n  }\n}\n") << 5
            << u"publishers.site.speed"_s;
        QTest::addRow("not-an-object") << QByteArray("[1, 2]\n") << 1 << QString();
    }

    void malformedProfileNamesFileLineAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(QString, field);
        const QString file = userProfiles() + u"/broken.json"_s;
        writeFile(file, json);
        ProfileError error;
        const ProviderProfile p = ProviderProfile::fromFile(file, &error);
        QVERIFY(p.name.isEmpty());
        QVERIFY(!error.isNull());
        QCOMPARE(error.file, file);
        QCOMPARE(error.field, field);
        QCOMPARE(error.line, line);
        QVERIFY2(error.toString().startsWith(u"%1:%2: "_s.arg(file).arg(line)), qPrintable(error.toString()));
        if (!field.isEmpty())
            QVERIFY(error.toString().contains(field));

        // Loading the folder keeps the good profiles and reports the broken one.
        writeFile(userProfiles() + u"/fine.json"_s, R"({"seed": 2})");
        ProviderProfiles profiles = ProviderProfiles::standard();
        QVERIFY(profiles.contains(u"fine"_s));
        QVERIFY(!profiles.contains(u"broken"_s));
        QCOMPARE(profiles.errors().size(), 1);
        QCOMPARE(profiles.errors().constFirst().line, line);
    }

    // The Player follows the config PlayerFactory gives it.
    void playerFollowsItsConfig()
    {
        QTemporaryDir sessions;
        PlaybackConfig c;
        c.setMode(PlaybackConfig::Mode::Headless);
        c.setSpeed(0);
        c.setAutoQuartiles(false);
        c.setEmitPlaybackEvents(false);
        c.setPersistSessions(true);
        c.setSessionDirectory(sessions.path());
        c.setTickIntervalMs(100);
        c.setSeed(77);
        PlayerFactory factory;
        factory.setConfig(c);
        const SelectedAd selected = AdSelector().select(TestAds::linearAd(server, u"cfg"_s));
        std::unique_ptr<Player> player(factory.create(selected));
        auto *headless = qobject_cast<HeadlessPlayer *>(player.get());
        QVERIFY(headless);
        QCOMPARE(headless->speedFactor(), 0.0);
        QCOMPARE(headless->tickIntervalMs(), 100);
        QCOMPARE(headless->seed(), 77u);
        QCOMPARE(player->playbackConfig(), c);

        QSignalSpy events(player.get(), &Player::eventRecorded);
        QSignalSpy finished(player.get(), &Player::finished);
        QVERIFY(player->play());
        QVERIFY(finished.wait(10000));
        QCOMPARE(player->state(), Player::State::Completed);
        QCOMPARE(events.size(), 0); // emitPlaybackEvents false
        const QStringList names = player->session().eventNames();
        QVERIFY(names.contains(u"start"_s) && names.contains(u"complete"_s));
        QVERIFY(!names.contains(u"firstQuartile"_s));
        QVERIFY(!names.contains(u"midpoint"_s));
        QVERIFY(!names.contains(u"thirdQuartile"_s));

        const QStringList files = QDir(sessions.path()).entryList({u"session-*.json"_s}, QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.constFirst().contains(u"-cfg-"_s));
        QFile f(QDir(sessions.path()).filePath(files.constFirst()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        bool ok = false;
        QCOMPARE(PlaybackSession::fromJson(QJsonDocument::fromJson(f.readAll()).object(), &ok), player->session());
        QVERIFY(ok);
    }

    // A profile's rules, resolved, reach the HeadlessPlayer through the factory; with
    // logTrackingUrls each beacon's URL is logged.
    void profileRulesReachThePlayerAndUrlsAreLogged()
    {
        ProfileError error;
        const ProviderProfile profile = ProviderProfile::fromJson(R"({"name": "closer", "speed": 0, "logTrackingUrls": true,
            "interruptionRules": {"midpoint": {"action": "close", "probability": 1, "minOffsetMs": 5000, "maxOffsetMs": 5000}}})",
                                                                  u"closer.json"_s, &error);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        ProviderProfiles profiles;
        profiles.add(profile);
        ConfigResolver resolver;
        resolver.setProfiles(profiles);
        resolver.setProfile(u"closer"_s);
        PlayerFactory factory;
        factory.setConfig(resolver.resolve().config);
        HttpTransport http;
        Tracker tracker(&http);
        std::unique_ptr<Player> player(factory.create(AdSelector().select(TestAds::linearAd(server, u"rules"_s, 0, 10000))));
        QCOMPARE(qobject_cast<HeadlessPlayer *>(player.get())->interruptionRules(), profile.config.interruptionRules());
        player->setTracker(&tracker);
        const QRegularExpression logged(u"^Player: tracking (impression|start) http://127\\.0\\.0\\.1:\\d+/track/(impression|start)\\?ad=rules"_s);
        QTest::ignoreMessage(QtInfoMsg, logged);
        QTest::ignoreMessage(QtInfoMsg, logged);
        QSignalSpy finished(player.get(), &Player::finished);
        QVERIFY(player->play());
        QVERIFY(finished.wait(10000));
        QCOMPARE(player->state(), Player::State::Stopped);
        QCOMPARE(player->session().events.constLast().event, u"closeLinear"_s);
        QCOMPARE(player->session().events.constLast().offsetMs, 5000);
        QCOMPARE(player->session().events.constLast().detail, u"rule 0"_s);
    }

    void quartileToleranceRecordsQuartilesEarlier()
    {
        PlaybackConfig c;
        c.setSpeed(0);
        c.setQuartileToleranceMs(400);
        const std::unique_ptr<Player> player = playedWith(c, u"tol"_s);
        QVERIFY(player);
        QHash<QString, qint64> offsets;
        for (const PlaybackEvent &e : player->session().events)
            offsets.insert(e.event, e.offsetMs);
        QCOMPARE(offsets.value(u"firstQuartile"_s), 2100);
        QCOMPARE(offsets.value(u"midpoint"_s), 4600);
        QCOMPARE(offsets.value(u"thirdQuartile"_s), 7100);
        QCOMPARE(offsets.value(u"complete"_s), 10000);
    }

    void maxSessionDurationStopsThePlayback()
    {
        PlaybackConfig c;
        c.setSpeed(0);
        c.setMaxSessionDurationMs(3000);
        const std::unique_ptr<Player> player = playedWith(c, u"max"_s);
        QVERIFY(player);
        QCOMPARE(player->state(), Player::State::Stopped);
        // The clock lands on the limit: the position reached it (headless: no loading time).
        QCOMPARE(player->session().endedAtMs, 3000);
        QCOMPARE(player->session().positionMs, 3000);
        QVERIFY(!player->session().eventNames().contains(u"complete"_s));
        QVERIFY(player->session().eventNames().contains(u"firstQuartile"_s));
    }
};

QTEST_GUILESS_MAIN(tst_PlaybackConfig)
#include "tst_playbackconfig.moc"
