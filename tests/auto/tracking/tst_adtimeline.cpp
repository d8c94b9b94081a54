// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastmodel.h>
#include <VastQt/adtimeline.h>

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

namespace
{

TrackingEvent te(const QString &event, const QString &offset = QString())
{
    TrackingEvent t;
    t.event = event;
    t.url = u"https://t.test/"_s + event;
    t.offset = offset;
    return t;
}

// "kind@offsetMs", plus " offset" and " [indices]" when set.
QStringList dump(const AdTimeline &timeline)
{
    QStringList lines;
    for (const AdTimeline::Milestone &m : timeline.milestones()) {
        QString line = u"%1@%2"_s.arg(AdTimeline::kindName(m.kind)).arg(m.offsetMs);
        if (!m.offset.isEmpty())
            line += u' ' + m.offset;
        if (!m.trackingEvents.isEmpty()) {
            QStringList indices;
            for (int i : m.trackingEvents)
                indices.append(QString::number(i));
            line += u" ["_s + indices.join(u',') + u']';
        }
        lines.append(line);
    }
    return lines;
}

} // namespace

class tst_AdTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void milestones_data();
    void milestones();
    void reachedByAndNextOffset_data();
    void reachedByAndNextOffset();
    void emptyTimeline();
    void copiesAreEqual();
};

void tst_AdTimeline::milestones_data()
{
    QTest::addColumn<QList<TrackingEvent>>("events");
    QTest::addColumn<QString>("skipoffset");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<qint64>("skipoffsetMs");

    QTest::addRow("quartiles-10s") << QList<TrackingEvent> {} << QString() << qint64(10000)
                                   << QStringList { u"firstQuartile@2500"_s, u"midpoint@5000"_s,
                                          u"thirdQuartile@7500"_s, u"end@10000"_s }
                                   << qint64(-1);
    // Between two 250 ms ticks: the exact offsets.
    QTest::addRow("quartiles-12.5s") << QList<TrackingEvent> {} << QString() << qint64(12500)
                                     << QStringList { u"firstQuartile@3125"_s, u"midpoint@6250"_s,
                                            u"thirdQuartile@9375"_s, u"end@12500"_s }
                                     << qint64(-1);
    // Not whole milliseconds: the first whole millisecond at or after the point.
    QTest::addRow("quartiles-rounded-up") << QList<TrackingEvent> {} << QString() << qint64(10001)
                                          << QStringList { u"firstQuartile@2501"_s, u"midpoint@5001"_s,
                                                 u"thirdQuartile@7501"_s, u"end@10001"_s }
                                          << qint64(-1);
    // One milestone per distinct offset, with every <Tracking> at it, in document order;
    // the offset as first written; invalid offsets and other events left out.
    QTest::addRow("progress") << QList<TrackingEvent> { te(u"start"_s), te(u"progress"_s, u"00:00:05"_s),
        te(u"progress"_s, u"10%"_s), te(u"progress"_s, u"soon"_s), te(u"progress"_s, u"00:00:05.000"_s),
        te(u"progress"_s, u"00:00:00"_s), te(u"progress"_s, u"00:00:25"_s) }
                              << QString() << qint64(20000)
                              << QStringList { u"progress@0 00:00:00 [5]"_s, u"progress@2000 10% [2]"_s,
                                     u"firstQuartile@5000"_s, u"progress@5000 00:00:05 [1,4]"_s, u"midpoint@10000"_s,
                                     u"thirdQuartile@15000"_s, u"end@20000"_s, u"progress@25000 00:00:25 [6]"_s }
                              << qint64(-1);
    // At one offset: quartile, progress, skipoffset, end.
    QTest::addRow("same-offset-order") << QList<TrackingEvent> { te(u"progress"_s, u"100%"_s),
        te(u"progress"_s, u"50%"_s) } << u"00:00:05"_s
                                       << qint64(10000)
                                       << QStringList { u"firstQuartile@2500"_s, u"midpoint@5000"_s,
                                              u"progress@5000 50% [1]"_s, u"skipoffset@5000 00:00:05"_s,
                                              u"thirdQuartile@7500"_s, u"progress@10000 100% [0]"_s, u"end@10000"_s }
                                       << qint64(5000);
    QTest::addRow("skipoffset-percent") << QList<TrackingEvent> {} << u"20%"_s << qint64(10000)
                                        << QStringList { u"skipoffset@2000 20%"_s, u"firstQuartile@2500"_s,
                                               u"midpoint@5000"_s, u"thirdQuartile@7500"_s, u"end@10000"_s }
                                        << qint64(2000);
    QTest::addRow("skipoffset-invalid") << QList<TrackingEvent> {} << u"later"_s << qint64(10000)
                                        << QStringList { u"firstQuartile@2500"_s, u"midpoint@5000"_s,
                                               u"thirdQuartile@7500"_s, u"end@10000"_s }
                                        << qint64(-1);
    // Unknown duration: no quartiles, no end, no percentages.
    QTest::addRow("no-duration") << QList<TrackingEvent> { te(u"progress"_s, u"10%"_s),
        te(u"progress"_s, u"00:00:12.500"_s), te(u"progress"_s, u"00:00:05"_s) }
                                 << u"00:00:04"_s << qint64(0)
                                 << QStringList { u"skipoffset@4000 00:00:04"_s, u"progress@5000 00:00:05 [2]"_s,
                                        u"progress@12500 00:00:12.500 [1]"_s }
                                 << qint64(4000);
}

void tst_AdTimeline::milestones()
{
    QFETCH(QList<TrackingEvent>, events);
    QFETCH(QString, skipoffset);
    QFETCH(qint64, durationMs);
    QFETCH(QStringList, expected);
    QFETCH(qint64, skipoffsetMs);

    Linear linear;
    linear.durationMs = 99999; // not read: the duration is the constructor's
    linear.trackingEvents = events;
    linear.skipoffset = skipoffset;
    const AdTimeline timeline(linear, durationMs);
    QCOMPARE(dump(timeline), expected);
    QCOMPARE(timeline.durationMs(), durationMs > 0 ? durationMs : -1);
    QCOMPARE(timeline.skipoffsetMs(), skipoffsetMs);
    QCOMPARE(timeline.size(), expected.size());
}

void tst_AdTimeline::reachedByAndNextOffset_data()
{
    // A 12.5 s ad with a progress offset at 3.1 s: progress@3100, firstQuartile@3125,
    // midpoint@6250, thirdQuartile@9375, end@12500.
    QTest::addColumn<qint64>("positionMs");
    QTest::addColumn<qsizetype>("reached");
    QTest::addColumn<qint64>("nextOffsetMs");
    QTest::addRow("before-start") << qint64(-1) << qsizetype(0) << qint64(3100);
    QTest::addRow("start") << qint64(0) << qsizetype(0) << qint64(3100);
    QTest::addRow("just-before-progress") << qint64(3099) << qsizetype(0) << qint64(3100);
    QTest::addRow("progress") << qint64(3100) << qsizetype(1) << qint64(3125);
    QTest::addRow("just-before-quartile") << qint64(3124) << qsizetype(1) << qint64(3125);
    QTest::addRow("first-quartile") << qint64(3125) << qsizetype(2) << qint64(6250);
    QTest::addRow("third-quartile") << qint64(9375) << qsizetype(4) << qint64(12500);
    QTest::addRow("just-before-end") << qint64(12499) << qsizetype(4) << qint64(12500);
    QTest::addRow("end") << qint64(12500) << qsizetype(5) << qint64(-1);
    QTest::addRow("past-end") << qint64(99999) << qsizetype(5) << qint64(-1);
}

void tst_AdTimeline::reachedByAndNextOffset()
{
    QFETCH(qint64, positionMs);
    QFETCH(qsizetype, reached);
    QFETCH(qint64, nextOffsetMs);
    Linear linear;
    linear.trackingEvents = { te(u"progress"_s, u"00:00:03.100"_s) };
    const AdTimeline timeline(linear, 12500);
    QCOMPARE(timeline.reachedBy(positionMs), reached);
    QCOMPARE(timeline.nextOffsetMs(positionMs), nextOffsetMs);
    QCOMPARE(timeline.at(1).kind, AdTimeline::Kind::FirstQuartile);
    QCOMPARE(timeline.at(4).kind, AdTimeline::Kind::End);
}

void tst_AdTimeline::emptyTimeline()
{
    const AdTimeline empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.durationMs(), -1);
    QCOMPARE(empty.skipoffsetMs(), -1);
    QCOMPARE(empty.reachedBy(1000), 0);
    QCOMPARE(empty.nextOffsetMs(0), -1);
    // A Linear with nothing to time and no duration.
    QVERIFY(AdTimeline(Linear(), -1).isEmpty());
    QCOMPARE(AdTimeline(Linear(), -1), empty);
}

void tst_AdTimeline::copiesAreEqual()
{
    Linear linear;
    linear.trackingEvents = { te(u"progress"_s, u"60%"_s) };
    linear.skipoffset = u"00:00:05"_s;
    const AdTimeline timeline(linear, 8000);
    const AdTimeline copy = timeline;
    QCOMPARE(copy, timeline);
    QVERIFY(AdTimeline(linear, 8001) != timeline);
    QCOMPARE(dump(copy),
        (QStringList { u"firstQuartile@2000"_s, u"midpoint@4000"_s, u"progress@4800 60% [0]"_s,
            u"skipoffset@5000 00:00:05"_s, u"thirdQuartile@6000"_s, u"end@8000"_s }));
}

QTEST_GUILESS_MAIN(tst_AdTimeline)
#include "tst_adtimeline.moc"
