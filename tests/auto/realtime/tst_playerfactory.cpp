// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// PlayerFactory: what Auto picks with and without a video output, for decodable and
// undecodable MediaFiles, and what a VastClient's report says about it.

#include <VastQt/adselector.h>
#include <VastQt/headlessplayer.h>
#include <VastQt/playerfactory.h>
#include <VastQt/realtimeplayer.h>
#include <VastQt/vastclient.h>
#include "testads.h"
#include "testserver.h"

#include <QtCore/QJsonObject>
#include <QtMultimedia/QVideoSink>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace VastQt;
using namespace Qt::StringLiterals;

class tst_PlayerFactory : public QObject
{
    Q_OBJECT

private:
    TestServer server;

    SelectedAd ad(const QString &mimeType) { return AdSelector().select(TestAds::linearAd(server, u"f"_s, 0, 4000, mimeType)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.start()); }

    void explicitModesAreTaken_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("videoOutput");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("reason");
        const int rt = int(PlaybackConfig::Mode::Realtime);
        const int hl = int(PlaybackConfig::Mode::Headless);
        QTest::addRow("realtime-without-output") << rt << false << rt << u"mode realtime"_s;
        QTest::addRow("realtime-with-output") << rt << true << rt << u"mode realtime"_s;
        QTest::addRow("headless-without-output") << hl << false << hl << u"mode headless"_s;
        QTest::addRow("headless-with-output") << hl << true << hl << u"mode headless"_s;
    }

    void explicitModesAreTaken()
    {
        QFETCH(int, mode);
        QFETCH(bool, videoOutput);
        QFETCH(int, expected);
        QFETCH(QString, reason);
        const PlayerChoice c = PlayerFactory::choose(PlaybackConfig::Mode(mode), ad(u"video/mp4"_s), videoOutput);
        QCOMPARE(int(c.mode), expected);
        QCOMPARE(c.reason, reason);
    }

    void autoWithoutVideoOutputIsHeadless()
    {
        PlayerFactory factory; // mode Auto by default
        QCOMPARE(factory.config().mode(), PlaybackConfig::Mode::Auto);
        PlayerChoice choice;
        std::unique_ptr<Player> player(factory.create(ad(u"video/mp4"_s), &choice));
        QVERIFY(qobject_cast<HeadlessPlayer *>(player.get()));
        QCOMPARE(choice.mode, PlaybackConfig::Mode::Headless);
        QCOMPARE(choice.reason, u"auto: no video output attached"_s);
        QCOMPARE(choice.toJson().value(u"mode"_s).toString(), u"headless"_s);
    }

    void autoWithVideoOutputPlaysDecodableMediaInRealtime()
    {
        if (!PlayerFactory::canDecode(ad(u"video/mp4"_s).mediaFile()))
            QSKIP("Qt Multimedia cannot decode MP4 on this machine (GStreamer plugins missing)");
        QVideoSink sink;
        PlayerFactory factory;
        factory.setVideoOutput(&sink);
        PlayerChoice choice;
        std::unique_ptr<Player> player(factory.create(ad(u"video/mp4"_s), &choice));
        auto *realtime = qobject_cast<RealtimePlayer *>(player.get());
        QVERIFY(realtime);
        QCOMPARE(realtime->videoOutput(), &sink);
        QCOMPARE(choice.mode, PlaybackConfig::Mode::Realtime);
        QCOMPARE(choice.reason, u"auto: video output attached and video/mp4 can be decoded"_s);
    }

    void autoWithVideoOutputButUndecodableMediaIsHeadless()
    {
        QVideoSink sink;
        PlayerFactory factory;
        factory.setVideoOutput(&sink);
        // A MediaFile SELECT let through whose container Qt Multimedia has no decoder for.
        SelectedAd flash = ad(u"video/mp4"_s);
        QVERIFY(!flash.mediaFiles.isEmpty());
        flash.mediaFiles[0].mediaFile.type = u"application/x-shockwave-flash"_s;
        QString why;
        QVERIFY(!PlayerFactory::canDecode(flash.mediaFile(), &why));
        QCOMPARE(why, u"Qt Multimedia cannot decode application/vnd.adobe.flash.movie here"_s);
        PlayerChoice choice;
        std::unique_ptr<Player> player(factory.create(flash, &choice));
        QVERIFY(qobject_cast<HeadlessPlayer *>(player.get()));
        QCOMPARE(choice.mode, PlaybackConfig::Mode::Headless);
        QCOMPARE(choice.reason, u"auto: "_s + why);
        QCOMPARE(PlayerFactory::canDecode(MediaFile(), &why), false);
        QVERIFY(why.contains(u"not a known MIME type"_s));
        // No MediaFile at all: headless too (the player reports 403).
        SelectedAd none = ad(u"video/mp4"_s);
        none.mediaFiles.clear();
        QCOMPARE(factory.choose(none).reason, u"auto: no playable MediaFile selected"_s);
    }

    void clientReportsTheChoiceAndTheConfig()
    {
        VastClient client;
        client.setSpeed(0);
        QSignalSpy finished(&client, &VastClient::finished);
        client.setAutoPlay(true);
        client.load(QByteArrayLiteral(R"(<VAST version="4.1"><Ad id="a"><InLine><AdSystem>t</AdSystem><AdTitle>t</AdTitle>
            <Impression><![CDATA[http://127.0.0.1:1/imp]]></Impression>
            <Creatives><Creative><Linear><Duration>00:00:02</Duration><MediaFiles>
            <MediaFile delivery="progressive" type="video/mp4" width="640" height="360"><![CDATA[http://127.0.0.1:1/a.mp4]]></MediaFile>
            </MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>)"),
                    QUrl(u"http://127.0.0.1:1/tag.xml"_s));
        QVERIFY(finished.wait(20000));
        const QJsonObject report = client.report();
        QCOMPARE(report.value(u"player"_s).toObject().value(u"mode"_s).toString(), u"headless"_s);
        QCOMPARE(report.value(u"player"_s).toObject().value(u"reason"_s).toString(), u"auto: no video output attached"_s);
        const QJsonObject fields = report.value(u"config"_s).toObject().value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"speed"_s).toObject().value(u"source"_s).toString(), u"override"_s);
        QCOMPARE(fields.value(u"speed"_s).toObject().value(u"value"_s).toDouble(), 0.0);
        QCOMPARE(fields.value(u"mode"_s).toObject().value(u"source"_s).toString(), u"default"_s);
        QCOMPARE(report.value(u"config"_s).toObject().value(u"profile"_s), QJsonValue(QJsonValue::Null));
    }
};

QTEST_GUILESS_MAIN(tst_PlayerFactory)
#include "tst_playerfactory.moc"
