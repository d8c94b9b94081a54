// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/mediafileselector.h>

#include <QtTest/QTest>

using namespace VastQt;
using namespace Qt::StringLiterals;

namespace
{

MediaFile mp4(const QString &id, int width, int height, int bitrate = 0, const QString &delivery = u"progressive"_s)
{
    MediaFile f;
    f.id = id;
    f.url = u"https://cdn.test/%1.mp4"_s.arg(id);
    f.type = u"video/mp4"_s;
    f.delivery = delivery;
    f.width = width;
    f.height = height;
    f.bitrate = bitrate;
    return f;
}

MediaFile withType(MediaFile f, const QString &type, const QString &apiFramework = QString())
{
    f.type = type;
    f.apiFramework = apiFramework;
    return f;
}

MediaFileSelector::Config config(int width = 1280, int height = 720, int maxBitrate = 0)
{
    MediaFileSelector::Config c;
    c.playerWidth = width;
    c.playerHeight = height;
    c.maxBitrate = maxBitrate;
    return c;
}

} // namespace

class tst_MediaFileSelector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void select_data();
    void select();
    void rejectionLinesSayWhy();
    void reasonNamesTheWinner();
    void selectsFromLinear();
};

void tst_MediaFileSelector::defaults()
{
    const MediaFileSelector::Config c;
    QCOMPARE(c.supportedTypes, (QStringList { u"video/mp4"_s, u"video/webm"_s, u"video/ogg"_s, u"video/3gpp"_s }));
    QCOMPARE(c.maxBitrate, 0);
    QVERIFY(c.allowStreaming);
    QVERIFY(!c.supportedTypes.contains(u"application/x-mpegURL"_s));
    QVERIFY(!c.supportedTypes.contains(u"application/dash+xml"_s));
}

void tst_MediaFileSelector::select_data()
{
    QTest::addColumn<QList<MediaFile>>("files");
    QTest::addColumn<MediaFileSelector::Config>("config");
    QTest::addColumn<int>("expectedIndex");
    QTest::addColumn<int>("expectedRejected");

    const QList<MediaFile> ladder { mp4(u"hd"_s, 1920, 1080, 4000), mp4(u"720"_s, 1280, 720, 2000),
        mp4(u"360"_s, 640, 360, 600) };
    QTest::addRow("closest-size-720") << ladder << config(1280, 720) << 1 << 0;
    QTest::addRow("closest-size-1080") << ladder << config(1920, 1080) << 0 << 0;
    QTest::addRow("closest-size-small-player") << ladder << config(600, 340) << 2 << 0;
    QTest::addRow("closest-size-tv-4k") << ladder << config(3840, 2160) << 0 << 0;
    QTest::addRow("no-player-size-keeps-document-order") << ladder << config(0, 0) << 0 << 0;

    // Same area as the player but square vs. 16:9 with a smaller area: aspect counts.
    QTest::addRow("aspect-ratio-counts") << QList<MediaFile> { mp4(u"square"_s, 960, 960), mp4(u"wide"_s, 1024, 576) }
                                         << config(1280, 720) << 1 << 0;
    QTest::addRow("unsized-files-rank-last")
        << QList<MediaFile> { mp4(u"nosize"_s, 0, 0), mp4(u"small"_s, 320, 180) } << config(1280, 720) << 1 << 0;
    QTest::addRow("tie-keeps-document-order")
        << QList<MediaFile> { mp4(u"a"_s, 1280, 720), mp4(u"b"_s, 1280, 720) } << config() << 0 << 0;

    QTest::addRow("skips-vpaid-js-flash")
        << QList<MediaFile> { withType(mp4(u"vpaid"_s, 1280, 720), u"video/mp4"_s, u"VPAID"_s),
               withType(mp4(u"js"_s, 1280, 720), u"application/javascript"_s, u"VPAID"_s),
               withType(mp4(u"js2"_s, 1280, 720), u"application/javascript"_s),
               withType(mp4(u"swf"_s, 1280, 720), u"application/x-shockwave-flash"_s),
               withType(mp4(u"jsapi"_s, 1280, 720), u"video/mp4"_s, u"JavaScript"_s), mp4(u"ok"_s, 640, 360) }
        << config() << 5 << 5;
    QTest::addRow("vpaid-lower-case") << QList<MediaFile> {
        withType(mp4(u"v"_s, 1280, 720), u"video/mp4"_s, u"vpaid"_s)
    } << config() << -1 << 1;
    QTest::addRow("nothing-fits-403") << QList<MediaFile> { withType(mp4(u"flv"_s, 1280, 720), u"video/x-flv"_s),
        withType(mp4(u"js"_s, 1280, 720), u"application/javascript"_s, u"VPAID"_s) }
                                      << config() << -1 << 2;
    QTest::addRow("no-files-403") << QList<MediaFile> {} << config() << -1 << 0;
    MediaFile noUrl = mp4(u"nourl"_s, 1280, 720);
    noUrl.url = u"  "_s;
    QTest::addRow("no-url") << QList<MediaFile> { noUrl, mp4(u"ok"_s, 640, 360) } << config() << 1 << 1;
    QTest::addRow("type-case-and-parameters")
        << QList<MediaFile> { withType(mp4(u"m"_s, 1280, 720), u"Video/MP4; codecs=\"avc1.42E01E\""_s) } << config()
        << 0 << 0;
    QTest::addRow("webm-supported") << QList<MediaFile> { withType(mp4(u"w"_s, 1280, 720), u"video/webm"_s) }
                                    << config() << 0 << 0;

    QTest::addRow("bitrate-cap") << ladder << config(1280, 720, 1200) << 2 << 2;
    QTest::addRow("bitrate-cap-inclusive") << ladder << config(1280, 720, 2000) << 1 << 1;
    QTest::addRow("bitrate-cap-all-above") << ladder << config(1280, 720, 500) << -1 << 3;
    MediaFile adaptive = mp4(u"adaptive"_s, 1280, 720, 0);
    adaptive.minBitrate = 1500;
    adaptive.maxBitrate = 3000;
    QTest::addRow("bitrate-cap-uses-minBitrate")
        << QList<MediaFile> { adaptive, mp4(u"low"_s, 640, 360, 800) } << config(1280, 720, 1000) << 1 << 1;
    QTest::addRow("bitrate-unknown-passes-cap")
        << QList<MediaFile> { mp4(u"unknown"_s, 1280, 720, 0) } << config(1280, 720, 1000) << 0 << 0;

    QTest::addRow("progressive-preferred-over-closer-streaming")
        << QList<MediaFile> { mp4(u"stream"_s, 1280, 720, 2000, u"streaming"_s), mp4(u"prog"_s, 640, 360, 600) }
        << config() << 1 << 0;
    QTest::addRow("streaming-when-alone")
        << QList<MediaFile> { mp4(u"stream"_s, 1280, 720, 2000, u"streaming"_s) } << config() << 0 << 0;
    MediaFileSelector::Config noStreaming = config();
    noStreaming.allowStreaming = false;
    QTest::addRow("streaming-disallowed")
        << QList<MediaFile> { mp4(u"stream"_s, 1280, 720, 2000, u"streaming"_s) } << noStreaming << -1 << 1;
    QTest::addRow("unknown-delivery") << QList<MediaFile> { mp4(u"odd"_s, 1280, 720, 0, u"carrier-pigeon"_s) }
                                      << config() << -1 << 1;
    QTest::addRow("absent-delivery-is-progressive")
        << QList<MediaFile> { mp4(u"stream"_s, 1280, 720, 0, u"streaming"_s), mp4(u"plain"_s, 640, 360, 0, QString()) }
        << config() << 1 << 0;

    const MediaFile hls = withType(mp4(u"hls"_s, 1280, 720, 0, u"streaming"_s), u"application/x-mpegURL"_s);
    const MediaFile dash = withType(mp4(u"dash"_s, 1280, 720, 0, u"streaming"_s), u"application/dash+xml"_s);
    QTest::addRow("hls-needs-opt-in") << QList<MediaFile> { hls } << config() << -1 << 1;
    QTest::addRow("dash-needs-opt-in") << QList<MediaFile> { dash } << config() << -1 << 1;
    MediaFileSelector::Config adaptiveConfig = config();
    adaptiveConfig.supportedTypes += MediaFileSelector::hlsTypes();
    adaptiveConfig.supportedTypes += MediaFileSelector::dashTypes();
    QTest::addRow("hls-opted-in") << QList<MediaFile> { hls } << adaptiveConfig << 0 << 0;
    QTest::addRow("dash-opted-in") << QList<MediaFile> { dash } << adaptiveConfig << 0 << 0;
    QTest::addRow("hls-type-case-insensitive")
        << QList<MediaFile> { withType(hls, u"application/x-mpegurl"_s) } << adaptiveConfig << 0 << 0;
}

void tst_MediaFileSelector::select()
{
    QFETCH(QList<MediaFile>, files);
    QFETCH(MediaFileSelector::Config, config);
    QFETCH(int, expectedIndex);
    QFETCH(int, expectedRejected);

    const MediaFileSelection selection = MediaFileSelector(config).select(files);
    QCOMPARE(selection.index, expectedIndex);
    QCOMPARE(selection.isValid(), expectedIndex >= 0);
    QCOMPARE(selection.rejected.size(), expectedRejected);
    QVERIFY(!selection.reason.isEmpty());
    if (expectedIndex >= 0) {
        QCOMPARE(selection.mediaFile, files.at(expectedIndex));
        QVERIFY(MediaFileSelector(config).rejectionReason(files.at(expectedIndex)).isEmpty());
    } else {
        QCOMPARE(selection.mediaFile, MediaFile());
        QVERIFY2(selection.reason.contains(u"403"_s), qPrintable(selection.reason));
    }
}

void tst_MediaFileSelector::rejectionLinesSayWhy()
{
    const QList<MediaFile> files { withType(mp4(u"vpaid"_s, 1280, 720), u"application/javascript"_s, u"VPAID"_s),
        withType(mp4(u"flash"_s, 1280, 720), u"application/x-shockwave-flash"_s),
        withType(mp4(u"flv"_s, 1280, 720), u"video/x-flv"_s), mp4(u"fat"_s, 1920, 1080, 5000),
        mp4(u"ok"_s, 640, 360, 600) };
    const MediaFileSelection selection = MediaFileSelector(config(1280, 720, 3000)).select(files);
    QCOMPARE(selection.index, 4);
    QCOMPARE(selection.rejected.size(), 4);
    QVERIFY2(selection.rejected.at(0).startsWith(u"#0 id=vpaid application/javascript: "_s),
        qPrintable(selection.rejected.at(0)));
    QVERIFY(selection.rejected.at(0).contains(u"VPAID"_s));
    QVERIFY(selection.rejected.at(1).startsWith(u"#1 id=flash"_s));
    QVERIFY(selection.rejected.at(1).contains(u"Flash"_s));
    QVERIFY(selection.rejected.at(2).startsWith(u"#2 id=flv"_s));
    QVERIFY(selection.rejected.at(2).contains(u"unsupported type video/x-flv"_s));
    QVERIFY(selection.rejected.at(3).startsWith(u"#3 id=fat"_s));
    QVERIFY(selection.rejected.at(3).contains(u"5000 kbit/s above the cap of 3000"_s));
}

void tst_MediaFileSelector::reasonNamesTheWinner()
{
    const QList<MediaFile> files { mp4(u"big"_s, 1920, 1080, 4000), mp4(u"mid"_s, 1280, 720, 2000) };
    const MediaFileSelection selection = MediaFileSelector(config(1280, 720)).select(files);
    QCOMPARE(selection.index, 1);
    QVERIFY2(selection.reason.contains(u"id=mid"_s), qPrintable(selection.reason));
    QVERIFY(selection.reason.contains(u"1280x720"_s));
    QVERIFY(selection.reason.contains(u"2 candidates"_s));

    QVERIFY(!selection.reason.contains(u"streaming"_s));
    const MediaFileSelection mixed
        = MediaFileSelector(config()).select({ mp4(u"s"_s, 1280, 720, 0, u"streaming"_s), mp4(u"p"_s, 640, 360) });
    QVERIFY2(mixed.reason.contains(u"progressive preferred to 1 streaming"_s), qPrintable(mixed.reason));

    const MediaFileSelection single = MediaFileSelector(config()).select({ files.at(0) });
    QVERIFY2(single.reason.contains(u"only supported file"_s), qPrintable(single.reason));
}

void tst_MediaFileSelector::selectsFromLinear()
{
    Linear linear;
    linear.mediaFiles = { mp4(u"a"_s, 640, 360), mp4(u"b"_s, 1280, 720) };
    const MediaFileSelection selection = MediaFileSelector().select(linear);
    QCOMPARE(selection.index, 1); // default config: a 1280x720 player
    QCOMPARE(selection.mediaFile.id, u"b"_s);
}

QTEST_GUILESS_MAIN(tst_MediaFileSelector)
#include "tst_mediafileselector.moc"
