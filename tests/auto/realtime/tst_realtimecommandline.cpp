// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastmodel.h>

#include "testserver.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace
{

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject report() const { return QJsonDocument::fromJson(out).object(); }
};

Run inspect(const QStringList &arguments)
{
    Run r;
    QProcess p;
    p.start(QStringLiteral(VASTQT_INSPECTOR), arguments);
    if (!p.waitForStarted())
        return r;
    // The server answering the inspector lives in this process: keep the event loop running.
    QSignalSpy finished(&p, &QProcess::finished);
    if (!finished.wait(60000)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// A VAST 4.1 InLine ad of 4 s whose MediaFile is \a mediaUrl.
QByteArray inlineTag(const TestServer &server, const QString &mediaUrl)
{
    QString trackings;
    for (const QString &event : {u"creativeView"_s, u"start"_s, u"firstQuartile"_s, u"midpoint"_s,
                                 u"thirdQuartile"_s, u"complete"_s}) {
        trackings += u"<Tracking event=\"%1\"><![CDATA[%2]]></Tracking>\n"_s.arg(
            event, server.url(u"/track/%1?pos=[ADPLAYHEAD]"_s.arg(event)).toString());
    }
    const QString xml = uR"(<?xml version="1.0" encoding="UTF-8"?>
<VAST version="4.1">
  <Ad id="realtime-cli">
    <InLine>
      <AdSystem>VastQt tests</AdSystem>
      <AdTitle>Four seconds of testsrc</AdTitle>
      <Impression><![CDATA[%1]]></Impression>
      <Error><![CDATA[%2]]></Error>
      <Creatives>
        <Creative id="c1">
          <Linear>
            <Duration>00:00:04</Duration>
            <TrackingEvents>
%3            </TrackingEvents>
            <MediaFiles>
              <MediaFile delivery="progressive" type="video/mp4" width="320" height="180"><![CDATA[%4]]></MediaFile>
            </MediaFiles>
          </Linear>
        </Creative>
      </Creatives>
    </InLine>
  </Ad>
</VAST>
)"_s.arg(server.url(u"/track/impression"_s).toString(), server.url(u"/track/error?code=[ERRORCODE]"_s).toString(),
         trackings, mediaUrl);
    return xml.toUtf8();
}

} // namespace

class tst_RealtimeCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { server.clearRequests(); }
    void realtimePlaysTheMediaAndPrintsTheReport();
    void realtimeMissingMediaExitsWith401();
    void realtimeUsageErrors_data();
    void realtimeUsageErrors();

private:
    TestServer server;
};

void tst_RealtimeCommandLine::initTestCase()
{
    QFile file(QStringLiteral(VASTQT_REALTIME_MEDIA));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QVERIFY(server.start());
    TestServer::Response mp4;
    mp4.body = file.readAll();
    mp4.contentType = "video/mp4";
    server.setResponse(u"/media/ad.mp4"_s, mp4);
    server.setBody(u"/vast/realtime.xml"_s, inlineTag(server, server.url(u"/media/ad.mp4"_s).toString()));
    server.setBody(u"/vast/missing-media.xml"_s, inlineTag(server, server.url(u"/media/missing.mp4"_s).toString()));
}

void tst_RealtimeCommandLine::realtimePlaysTheMediaAndPrintsTheReport()
{
    const Run r = inspect({u"--headless"_s, u"--realtime"_s, u"--compact"_s, u"--quiet"_s,
                           server.url(u"/vast/realtime.xml"_s).toString()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = r.report();
    QCOMPARE(report.value(u"result"_s).toString(), u"completed"_s);
    QCOMPARE(report.value(u"errors"_s).toArray().size(), 0);
    QVERIFY(report.value(u"mediaFile"_s).toObject().value(u"url"_s).toString().endsWith("/media/ad.mp4"_L1));

    const QJsonObject session = report.value(u"session"_s).toObject();
    QCOMPARE(session.value(u"status"_s).toString(), u"completed"_s);
    QCOMPARE(session.value(u"durationMs"_s).toInteger(), 4000);
    QCOMPARE(session.value(u"quartilesTracked"_s).toArray(), QJsonArray({0, 1, 2, 3, 4}));

    // The timeline: every beacon answered 200, quartiles at the media's positions.
    QStringList events;
    for (const QJsonValue &v : report.value(u"timeline"_s).toArray()) {
        const QJsonObject beacon = v.toObject();
        const QString event = beacon.value(u"event"_s).toString();
        events.append(event);
        QCOMPARE(beacon.value(u"status"_s).toInt(), 200);
        QCOMPARE(beacon.value(u"state"_s).toString(), u"tracked"_s);
        const qint64 offset = beacon.value(u"offsetMs"_s).toInteger();
        qint64 nominal = -1;
        if (event == "firstQuartile"_L1)
            nominal = 1000;
        else if (event == "midpoint"_L1)
            nominal = 2000;
        else if (event == "thirdQuartile"_L1)
            nominal = 3000;
        if (nominal >= 0)
            QVERIFY2(offset >= nominal && offset - nominal <= 300, qPrintable(u"%1 at %2"_s.arg(event).arg(offset)));
    }
    QCOMPARE(events, QStringList({u"impression"_s, u"creativeView"_s, u"start"_s, u"firstQuartile"_s, u"midpoint"_s,
                                  u"thirdQuartile"_s, u"complete"_s}));
    // The media itself was fetched (a headless run never does).
    QVERIFY(!server.requestsFor(u"/media/ad.mp4"_s).isEmpty());
}

void tst_RealtimeCommandLine::realtimeMissingMediaExitsWith401()
{
    const Run r = inspect({u"--headless"_s, u"--realtime"_s, u"--compact"_s, u"--quiet"_s,
                           server.url(u"/vast/missing-media.xml"_s).toString()});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject report = r.report();
    QCOMPARE(report.value(u"result"_s).toString(), u"error"_s);
    const QJsonArray errors = report.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toObject().value(u"code"_s).toInt(), 401);
    QCOMPARE(errors.at(0).toObject().value(u"phase"_s).toString(), u"play"_s);
    QCOMPARE(report.value(u"session"_s).toObject().value(u"errorCode"_s).toInt(), 401);
    const QList<TestServer::Request> hits = server.requestsFor(u"/track/error"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().query.queryItemValue(u"code"_s), u"401"_s);
    QVERIFY(server.requestsFor(u"/track/impression"_s).isEmpty());
}

void tst_RealtimeCommandLine::realtimeUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("with-speed") << QStringList{u"--headless"_s, u"--realtime"_s, u"--speed"_s, u"0"_s, u"tag.xml"_s};
    QTest::addRow("without-headless") << QStringList{u"--parse"_s, u"--realtime"_s, u"tag.xml"_s};
}

void tst_RealtimeCommandLine::realtimeUsageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = inspect(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("--realtime"));
}

QTEST_GUILESS_MAIN(tst_RealtimeCommandLine)
#include "tst_realtimecommandline.moc"
