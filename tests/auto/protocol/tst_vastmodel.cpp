// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastmodel.h>

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

class tst_VastModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseVastTime_data();
    void parseVastTime();
    void formatVastTime_data();
    void formatVastTime();
    void roundTrip();
    void skipoffsetMs_data();
    void skipoffsetMs();
    void firstLinearCreative();
    void equality();
};

void tst_VastModel::parseVastTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("seconds") << u"00:00:16"_s << qint64(-1) << qint64(16000);
    QTest::newRow("hours-minutes") << u"01:02:03"_s << qint64(-1) << qint64(3723000);
    QTest::newRow("millis") << u"00:00:16.123"_s << qint64(-1) << qint64(16123);
    QTest::newRow("one-fraction-digit") << u"00:00:16.5"_s << qint64(-1) << qint64(16500);
    QTest::newRow("two-fraction-digits") << u"00:00:16.05"_s << qint64(-1) << qint64(16050);
    QTest::newRow("long-fraction-truncated") << u"00:00:10.12345"_s << qint64(-1) << qint64(10123);
    QTest::newRow("single-digit-fields") << u"1:2:3"_s << qint64(-1) << qint64(3723000);
    QTest::newRow("many-hour-digits") << u"100:00:00"_s << qint64(-1) << qint64(360000000);
    QTest::newRow("zero") << u"00:00:00"_s << qint64(-1) << qint64(0);
    QTest::newRow("whitespace") << u"  00:00:30 \n"_s << qint64(-1) << qint64(30000);
    QTest::newRow("max-fields") << u"00:59:59.999"_s << qint64(-1) << qint64(3599999);
    QTest::newRow("percent") << u"25%"_s << qint64(16000) << qint64(4000);
    QTest::newRow("percent-fraction") << u"12.5%"_s << qint64(16000) << qint64(2000);
    QTest::newRow("percent-zero") << u"0%"_s << qint64(16000) << qint64(0);
    QTest::newRow("percent-100") << u"100%"_s << qint64(16000) << qint64(16000);
    QTest::newRow("percent-rounds") << u"33%"_s << qint64(1000) << qint64(330);
    QTest::newRow("percent-space") << u" 50 % "_s << qint64(10000) << qint64(5000);

    QTest::newRow("empty") << QString() << qint64(-1) << qint64(-1);
    QTest::newRow("blank") << u"   "_s << qint64(-1) << qint64(-1);
    QTest::newRow("words") << u"soon"_s << qint64(-1) << qint64(-1);
    QTest::newRow("bare-seconds") << u"10"_s << qint64(-1) << qint64(-1);
    QTest::newRow("two-fields") << u"00:10"_s << qint64(-1) << qint64(-1);
    QTest::newRow("four-fields") << u"00:00:10:00"_s << qint64(-1) << qint64(-1);
    QTest::newRow("minutes-60") << u"00:60:00"_s << qint64(-1) << qint64(-1);
    QTest::newRow("seconds-60") << u"00:00:60"_s << qint64(-1) << qint64(-1);
    QTest::newRow("three-digit-minutes") << u"00:001:00"_s << qint64(-1) << qint64(-1);
    QTest::newRow("negative") << u"-00:00:10"_s << qint64(-1) << qint64(-1);
    QTest::newRow("dot-without-digits") << u"00:00:10."_s << qint64(-1) << qint64(-1);
    QTest::newRow("trailing-junk") << u"00:00:10.5s"_s << qint64(-1) << qint64(-1);
    QTest::newRow("comma-fraction") << u"00:00:10,5"_s << qint64(-1) << qint64(-1);
    QTest::newRow("overflowing-hours") << u"99999999999999999999:00:00"_s << qint64(-1) << qint64(-1);
    QTest::newRow("percent-without-duration") << u"25%"_s << qint64(-1) << qint64(-1);
    QTest::newRow("percent-over-100") << u"101%"_s << qint64(16000) << qint64(-1);
    QTest::newRow("percent-negative") << u"-5%"_s << qint64(16000) << qint64(-1);
    QTest::newRow("percent-nan") << u"nan%"_s << qint64(16000) << qint64(-1);
    QTest::newRow("percent-alone") << u"%"_s << qint64(16000) << qint64(-1);
}

void tst_VastModel::parseVastTime()
{
    QFETCH(QString, text);
    QFETCH(qint64, durationMs);
    QFETCH(qint64, expected);
    QCOMPARE(VastQt::parseVastTime(text, durationMs), expected);
}

void tst_VastModel::formatVastTime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << u"00:00:00.000"_s;
    QTest::newRow("millis") << qint64(16123) << u"00:00:16.123"_s;
    QTest::newRow("hour") << qint64(3723004) << u"01:02:03.004"_s;
    QTest::newRow("many-hours") << qint64(360000000) << u"100:00:00.000"_s;
    QTest::newRow("negative-clamps") << qint64(-5) << u"00:00:00.000"_s;
}

void tst_VastModel::formatVastTime()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(VastQt::formatVastTime(ms), expected);
}

void tst_VastModel::roundTrip()
{
    for (qint64 ms : {qint64(0), qint64(1), qint64(999), qint64(1000), qint64(59999), qint64(3600000), qint64(86399999)})
        QCOMPARE(VastQt::parseVastTime(VastQt::formatVastTime(ms)), ms);
}

void tst_VastModel::skipoffsetMs_data()
{
    QTest::addColumn<QString>("skipoffset");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("not-skippable") << QString() << qint64(30000) << qint64(-1);
    QTest::newRow("time") << u"00:00:05"_s << qint64(30000) << qint64(5000);
    QTest::newRow("time-without-duration") << u"00:00:05"_s << qint64(-1) << qint64(5000);
    QTest::newRow("percent") << u"10%"_s << qint64(30000) << qint64(3000);
    QTest::newRow("percent-without-duration") << u"10%"_s << qint64(-1) << qint64(-1);
}

void tst_VastModel::skipoffsetMs()
{
    QFETCH(QString, skipoffset);
    QFETCH(qint64, durationMs);
    QFETCH(qint64, expected);
    Linear linear;
    linear.skipoffset = skipoffset;
    linear.durationMs = durationMs;
    QCOMPARE(linear.skipoffsetMs(), expected);
}

void tst_VastModel::firstLinearCreative()
{
    Ad ad;
    QCOMPARE(ad.firstLinearCreative(), -1);
    Creative companion;
    companion.kind = Creative::Kind::Companion;
    Creative linear;
    linear.kind = Creative::Kind::Linear;
    ad.creatives = {companion, linear, linear};
    QCOMPARE(ad.firstLinearCreative(), 1);
}

void tst_VastModel::equality()
{
    Icon a;
    a.program = u"AdChoices"_s;
    Icon b = a;
    QCOMPARE(a, b);
    b.clickFallbackImages.append(IconClickFallbackImage{10, 10, u"alt"_s, u"https://img"_s, u"image/png"_s});
    QVERIFY(a != b);
    a.clickFallbackImages = b.clickFallbackImages;
    QCOMPARE(a, b);
    b.hoverText = u"hover"_s;
    QVERIFY(a != b);
    b.hoverText.clear();
    b.altText = u"alt"_s;
    QVERIFY(a != b);

    Linear l1;
    l1.icons = {a};
    Linear l2;
    l2.icons = {b};
    QVERIFY(l1 != l2);
}

QTEST_GUILESS_MAIN(tst_VastModel)
#include "tst_vastmodel.moc"
