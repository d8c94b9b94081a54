// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/headlessplayer.h>
#include <VastQt/adselector.h>
#include <VastQt/playbacksession.h>
#include <VastQt/simulatedtimesource.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace VastQt;
using namespace Qt::StringLiterals;

namespace
{

PlaybackEvent makeEvent(const QString &name, qint64 offset, qint64 elapsed, const QString &detail = QString())
{
    PlaybackEvent e;
    e.event = name;
    e.offsetMs = offset;
    e.elapsedMs = elapsed;
    e.detail = detail;
    return e;
}

PlaybackSession fullSession()
{
    PlaybackSession s;
    s.status = PlaybackSession::Status::Skipped;
    s.adId = u"ad-ü-1"_s;
    s.creativeId = u"cr \"7\""_s;
    s.creativeIndex = 2;
    s.mediaFileUrl = u"https://cdn.test/a.mp4?x=1&y=2"_s;
    s.durationMs = 30500;
    s.positionMs = 15250;
    s.skipoffsetMs = 5000;
    s.startedAtMs = 120;
    s.endedAtMs = 17370;
    s.events = { makeEvent(u"impression"_s, 0, 120), makeEvent(u"creativeView"_s, 0, 120),
        makeEvent(u"start"_s, 0, 120), makeEvent(u"pause"_s, 3000, 3120, u"rule 0"_s),
        makeEvent(u"resume"_s, 3000, 5120, u"rule 0"_s), makeEvent(u"firstQuartile"_s, 7750, 7870),
        makeEvent(u"progress"_s, 10000, 10120, u"00:00:10"_s), makeEvent(u"skip"_s, 15250, 17370) };
    s.quartilesTracked = { 0, 1 };
    s.errorCode = ErrorCode::NoError;
    return s;
}

Ad tenSecondAd()
{
    Ad ad;
    ad.id = u"ad-10"_s;
    Creative creative;
    creative.kind = Creative::Kind::Linear;
    creative.id = u"cr-10"_s;
    creative.linear.durationMs = 10000;
    MediaFile file;
    file.url = u"https://cdn.test/ten.mp4"_s;
    file.type = u"video/mp4"_s;
    file.delivery = u"progressive"_s;
    file.width = 1280;
    file.height = 720;
    creative.linear.mediaFiles = { file };
    TrackingEvent progress;
    progress.event = u"progress"_s;
    progress.offset = u"00:00:05"_s;
    progress.url = u"https://t.test/p5"_s;
    creative.linear.trackingEvents = { progress };
    ad.creatives = { creative };
    return ad;
}

} // namespace

class tst_PlaybackSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void roundTrip_data();
    void roundTrip();
    void jsonShape();
    void eventDetailIsOptional();
    void equalityCoversEveryField();
    void fromJsonRejectsBadInput_data();
    void fromJsonRejectsBadInput();
    void statusNames();
    void headlessSessionRoundTrips();
};

void tst_PlaybackSession::defaults()
{
    const PlaybackSession s;
    QCOMPARE(s.status, PlaybackSession::Status::Pending);
    QCOMPARE(s.durationMs, -1);
    QCOMPARE(s.positionMs, 0);
    QCOMPARE(s.skipoffsetMs, -1);
    QCOMPARE(s.startedAtMs, -1);
    QCOMPARE(s.endedAtMs, -1);
    QCOMPARE(s.creativeIndex, -1);
    QVERIFY(s.events.isEmpty());
    QVERIFY(!s.isFinished());
}

void tst_PlaybackSession::roundTrip_data()
{
    QTest::addColumn<PlaybackSession>("session");

    QTest::addRow("default") << PlaybackSession();
    QTest::addRow("full-skipped") << fullSession();
    PlaybackSession error;
    error.status = PlaybackSession::Status::Error;
    error.adId = u"x"_s;
    error.errorCode = ErrorCode::NoSupportedMediaFile;
    error.errorMessage = u"none of 2 MediaFiles is supported (403)"_s;
    error.events = { makeEvent(u"error"_s, 0, 0, u"403"_s) };
    QTest::addRow("error-403") << error;
    PlaybackSession running = fullSession();
    running.status = PlaybackSession::Status::Running;
    running.endedAtMs = -1;
    QTest::addRow("running") << running;
    PlaybackSession large = fullSession();
    large.durationMs = qint64(1) << 40; // beyond 32 bits, exact in a JSON double
    large.events.append(makeEvent(u"complete"_s, large.durationMs, large.durationMs + 1));
    QTest::addRow("large-times") << large;
    PlaybackSession fallback = fullSession();
    fallback.mediaFileAttempts = {{u"http://cdn.test/a.webm"_s, false, ErrorCode::FileNotFound, u"404"_s},
                                  {fallback.mediaFileUrl, true, ErrorCode::NoError, QString()}};
    QTest::addRow("media-file-fallback") << fallback;
}

void tst_PlaybackSession::roundTrip()
{
    QFETCH(PlaybackSession, session);

    bool ok = false;
    const PlaybackSession back = PlaybackSession::fromJson(session.toJson(), &ok);
    QVERIFY(ok);
    QCOMPARE(back, session);
    QCOMPARE(back.toJson(), session.toJson());

    // Through the text form as well, as a file or a report would carry it.
    const QByteArray text = QJsonDocument(session.toJson()).toJson(QJsonDocument::Indented);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const PlaybackSession fromText = PlaybackSession::fromJson(doc.object(), &ok);
    QVERIFY(ok);
    QCOMPARE(fromText, session);
    QCOMPARE(QJsonDocument(fromText.toJson()).toJson(QJsonDocument::Indented), text);
}

void tst_PlaybackSession::jsonShape()
{
    const QJsonObject json = fullSession().toJson();
    QCOMPARE(json.value("status"_L1).toString(), u"skipped"_s);
    QCOMPARE(json.value("durationMs"_L1).toInteger(), 30500);
    QCOMPARE(json.value("skipoffsetMs"_L1).toInteger(), 5000);
    QCOMPARE(json.value("errorCode"_L1).toInt(), 0);
    const QJsonArray events = json.value("events"_L1).toArray();
    QCOMPARE(events.size(), 8);
    QCOMPARE(events.at(3).toObject().value("event"_L1).toString(), u"pause"_s);
    QCOMPARE(events.at(3).toObject().value("offsetMs"_L1).toInteger(), 3000);
    QCOMPARE(events.at(3).toObject().value("elapsedMs"_L1).toInteger(), 3120);
    QCOMPARE(events.at(3).toObject().value("detail"_L1).toString(), u"rule 0"_s);
    QCOMPARE(json.value("quartilesTracked"_L1).toArray(), (QJsonArray { 0, 1 }));

    PlaybackSession error;
    error.errorCode = ErrorCode::NoSupportedMediaFile;
    QCOMPARE(error.toJson().value("errorCode"_L1).toInt(), 403);
}

void tst_PlaybackSession::eventDetailIsOptional()
{
    const QJsonObject plain = makeEvent(u"start"_s, 0, 0).toJson();
    QVERIFY(!plain.contains("detail"_L1));
    QCOMPARE(PlaybackEvent::fromJson(plain), makeEvent(u"start"_s, 0, 0));
    const QJsonObject detailed = makeEvent(u"progress"_s, 5000, 5000, u"50%"_s).toJson();
    QCOMPARE(detailed.value("detail"_L1).toString(), u"50%"_s);
    QCOMPARE(PlaybackEvent::fromJson(detailed).detail, u"50%"_s);
}

void tst_PlaybackSession::equalityCoversEveryField()
{
    const PlaybackSession base = fullSession();
    QList<PlaybackSession> variants;
    for (int i = 0; i < 14; ++i)
        variants.append(base);
    variants[0].status = PlaybackSession::Status::Completed;
    variants[1].adId += u'x';
    variants[2].creativeId += u'x';
    variants[3].creativeIndex = 0;
    variants[4].mediaFileUrl += u'x';
    variants[5].durationMs += 1;
    variants[6].positionMs += 1;
    variants[7].skipoffsetMs += 1;
    variants[8].startedAtMs += 1;
    variants[9].endedAtMs += 1;
    variants[10].events[1].elapsedMs += 1;
    variants[11].quartilesTracked.append(2);
    variants[12].errorCode = ErrorCode::UndefinedError;
    variants[13].errorMessage = u"x"_s;
    for (int i = 0; i < variants.size(); ++i) {
        QVERIFY2(variants.at(i) != base, qPrintable(QString::number(i)));
        // ... and the difference survives JSON.
        QVERIFY2(PlaybackSession::fromJson(variants.at(i).toJson()) != base, qPrintable(QString::number(i)));
    }
}

void tst_PlaybackSession::fromJsonRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("unknown-status") << QByteArray(R"({"status":"finished"})");
    QTest::addRow("string-duration") << QByteArray(R"({"durationMs":"10"})");
    QTest::addRow("fractional-position") << QByteArray(R"({"positionMs":1.5})");
    QTest::addRow("events-not-array") << QByteArray(R"({"events":{}})");
    QTest::addRow("event-not-object") << QByteArray(R"({"events":[1]})");
    QTest::addRow("event-bad-offset") << QByteArray(R"({"events":[{"event":"start","offsetMs":"0"}]})");
    QTest::addRow("quartile-not-number") << QByteArray(R"({"quartilesTracked":["1"]})");
    QTest::addRow("adId-number") << QByteArray(R"({"adId":7})");
}

void tst_PlaybackSession::fromJsonRejectsBadInput()
{
    QFETCH(QByteArray, json);
    bool ok = true;
    PlaybackSession::fromJson(QJsonDocument::fromJson(json).object(), &ok);
    QVERIFY(!ok);

    // An empty object is a valid (default) session.
    ok = false;
    QCOMPARE(PlaybackSession::fromJson(QJsonObject(), &ok), PlaybackSession());
    QVERIFY(ok);
}

void tst_PlaybackSession::statusNames()
{
    const QList<QPair<PlaybackSession::Status, QString>> names {
        { PlaybackSession::Status::Pending, u"pending"_s },
        { PlaybackSession::Status::Running, u"running"_s },
        { PlaybackSession::Status::Completed, u"completed"_s },
        { PlaybackSession::Status::Skipped, u"skipped"_s },
        { PlaybackSession::Status::Stopped, u"stopped"_s },
        { PlaybackSession::Status::Error, u"error"_s },
    };
    for (const auto &[status, name] : names) {
        QCOMPARE(PlaybackSession::statusName(status), name);
        bool ok = false;
        QCOMPARE(PlaybackSession::statusFromName(name, &ok), status);
        QVERIFY(ok);
    }
    bool ok = true;
    PlaybackSession::statusFromName(u"Completed", &ok);
    QVERIFY(!ok);
}

void tst_PlaybackSession::headlessSessionRoundTrips()
{
    HeadlessPlayer player;
    player.setSpeedFactor(0);
    player.setSelectedAd(AdSelector().select(tenSecondAd()));
    player.addInterruptionRule(InterruptionRule::at(InterruptionRule::Action::Pause, 2000, 750));
    QSignalSpy finished(&player, &Player::finished);
    QVERIFY(player.play());
    QVERIFY(finished.wait());

    const PlaybackSession session = player.session();
    QCOMPARE(session.status, PlaybackSession::Status::Completed);
    QVERIFY(session.isFinished());
    QCOMPARE(session.events.size(), 11); // loaded (VAST 4.x) now opens the session
    QCOMPARE(session.events.constFirst().event, u"loaded"_s);
    bool ok = false;
    QCOMPARE(PlaybackSession::fromJson(session.toJson(), &ok), session);
    QVERIFY(ok);
}

QTEST_GUILESS_MAIN(tst_PlaybackSession)
#include "tst_playbacksession.moc"
