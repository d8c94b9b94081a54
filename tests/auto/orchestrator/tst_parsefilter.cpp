// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/parsefilter.h>

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

namespace
{
MediaFile file(const QString &type, int bitrate, int width = 1280, int height = 720, int minBitrate = 0, int maxBitrate = 0)
{
    MediaFile mf;
    mf.url = u"http://127.0.0.1/m"_s;
    mf.type = type;
    mf.bitrate = bitrate;
    mf.minBitrate = minBitrate;
    mf.maxBitrate = maxBitrate;
    mf.width = width;
    mf.height = height;
    return mf;
}
} // namespace

class tst_ParseFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyAcceptsEverything()
    {
        const ParseFilter filter;
        QVERIFY(filter.isEmpty());
        Linear linear;
        QVERIFY(filter.durationRejection(linear).isEmpty());
        QVERIFY(filter.mediaFileRejection(file(u"application/x-anything"_s, 0, 0, 0)).isEmpty());
        ParseFilter set;
        set.maxBitrate = 1;
        QVERIFY(!set.isEmpty());
        QVERIFY(set != filter);
    }

    void duration_data()
    {
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("inside") << qint64(15000) << qint64(30000) << qint64(20000) << true;
        QTest::addRow("at-min") << qint64(15000) << qint64(30000) << qint64(15000) << true;
        QTest::addRow("at-max") << qint64(15000) << qint64(30000) << qint64(30000) << true;
        QTest::addRow("below") << qint64(15000) << qint64(30000) << qint64(14999) << false;
        QTest::addRow("above") << qint64(15000) << qint64(30000) << qint64(30001) << false;
        QTest::addRow("unknown-with-bound") << qint64(-1) << qint64(30000) << qint64(-1) << false;
        QTest::addRow("unknown-no-bound") << qint64(-1) << qint64(-1) << qint64(-1) << true;
    }
    void duration()
    {
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        QFETCH(qint64, duration);
        QFETCH(bool, accepted);
        ParseFilter filter;
        filter.minDurationMs = min;
        filter.maxDurationMs = max;
        Linear linear;
        linear.durationMs = duration;
        QCOMPARE(filter.durationRejection(linear).isEmpty(), accepted);
    }

    void mediaFile_data()
    {
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<int>("minBitrate");
        QTest::addColumn<int>("maxBitrate");
        QTest::addColumn<QSize>("dimensions");
        QTest::addColumn<MediaFile>("mediaFile");
        QTest::addColumn<QString>("rejection"); // a word the reason contains; empty: accepted
        const MediaFile mp4 = file(u"video/mp4"_s, 1200);
        QTest::addRow("type-match") << QStringList{u"VIDEO/MP4"_s} << 0 << 0 << QSize() << mp4 << QString();
        QTest::addRow("type-params-ignored") << QStringList{u"video/mp4"_s} << 0 << 0 << QSize()
                                             << file(u"video/mp4; codecs=\"avc1\""_s, 1200) << QString();
        QTest::addRow("top-level-type") << QStringList{u"video"_s} << 0 << 0 << QSize() << mp4 << QString();
        QTest::addRow("type-miss") << QStringList{u"video/webm"_s, u"audio"_s} << 0 << 0 << QSize() << mp4 << u"type"_s;
        QTest::addRow("bitrate-in") << QStringList() << 1000 << 1500 << QSize() << mp4 << QString();
        QTest::addRow("bitrate-low") << QStringList() << 1500 << 0 << QSize() << mp4 << u"below"_s;
        QTest::addRow("bitrate-high") << QStringList() << 0 << 1000 << QSize() << mp4 << u"above"_s;
        QTest::addRow("bitrate-unknown-passes") << QStringList() << 1500 << 1000 << QSize()
                                                << file(u"video/mp4"_s, 0) << QString();
        QTest::addRow("adaptive-max-too-low") << QStringList() << 2000 << 0 << QSize()
                                              << file(u"video/mp4"_s, 0, 1280, 720, 300, 1500) << u"below"_s;
        QTest::addRow("adaptive-min-too-high") << QStringList() << 0 << 200 << QSize()
                                               << file(u"video/mp4"_s, 0, 1280, 720, 300, 1500) << u"above"_s;
        QTest::addRow("size-match") << QStringList() << 0 << 0 << QSize(1280, 720) << mp4 << QString();
        QTest::addRow("size-miss") << QStringList() << 0 << 0 << QSize(1920, 1080) << mp4 << u"1920x1080"_s;
    }
    void mediaFile()
    {
        QFETCH(QStringList, types);
        QFETCH(int, minBitrate);
        QFETCH(int, maxBitrate);
        QFETCH(QSize, dimensions);
        QFETCH(MediaFile, mediaFile);
        QFETCH(QString, rejection);
        ParseFilter filter;
        filter.mediaTypes = types;
        filter.minBitrate = minBitrate;
        filter.maxBitrate = maxBitrate;
        filter.requiredDimensions = dimensions;
        const QString why = filter.mediaFileRejection(mediaFile);
        if (rejection.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(rejection), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(tst_ParseFilter)
#include "tst_parsefilter.moc"
