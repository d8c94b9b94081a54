// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// Runs the inspector window on the embedded demo under a real X server (xvfb-run, see
// CMakeLists.txt), waits until the ad plays mid-way with its beacons on the timeline, grabs
// the window and checks the picture: not blank, and the timeline's marks are drawn.
// The PNGs go to VASTQT_SCREENSHOT_DIR (default: the working dir), one per language.

#include "demoserver.h"
#include "inspectorapp.h"

#include <QtCore/QDir>
#include <QtCore/QTranslator>
#include <QtGui/QGuiApplication>
#include <QtGui/QImage>
#include <QtMultimedia/QVideoSink>
#include <QtQml/QQmlApplicationEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuick/QQuickItem>
#include <QtQuick/QQuickWindow>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <set>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(VastQtPlugin)
Q_IMPORT_QML_PLUGIN(VastQt_InspectorPlugin)

class tst_InspectorScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"VastQtTests"_s);
        QVERIFY2(QGuiApplication::platformName() != "offscreen"_L1,
                 "run under xvfb-run: the screenshot needs a real X server");
    }

    void demoMidPlay_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("loadLabel");
        QTest::addRow("en") << u"en"_s << u"Load"_s;
        QTest::addRow("de") << u"de"_s << u"Laden"_s;
    }

    void demoMidPlay()
    {
        QFETCH(QString, language);
        QFETCH(QString, loadLabel);
        QTranslator translator;
        if (language != "en"_L1) {
            QVERIFY(translator.load(QLocale(language), u"vastqt"_s, u"_"_s, u":/i18n"_s));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        DemoServer demo;
        QVERIFY(demo.start());
        InspectorApp inspector;
        inspector.setDemoTagUrl(demo.tagUrl());
        inspector.setInitialTag(demo.tagUrl().toString());
        inspector.setSpeed(1);
        inspector.setRealtime(true);

        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_s);
        engine.setInitialProperties({{u"inspector"_s, QVariant::fromValue(&inspector)}});
        engine.load(QUrl(u"qrc:/qt/qml/VastQt/Inspector/Main.qml"_s));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QObject *loader = window->property("loader").value<QObject *>();
        QObject *player = window->property("player").value<QObject *>();
        auto *timeline = window->property("timeline").value<QQuickItem *>();
        QVERIFY(loader && player && timeline);
        QObject *timelineModel = loader->property("timeline").value<QObject *>();
        QVERIFY(timelineModel);

        // Real time: Qt Multimedia renders the media file into the window's VideoOutput.
        QCOMPARE(player->property("mode").toInt(), 0); // VastPlayer.Realtime
        QObject *videoOutput = window->property("videoOutput").value<QObject *>();
        QVERIFY(videoOutput);
        auto *sink = videoOutput->property("videoSink").value<QVideoSink *>();
        QVERIFY(sink);
        QSignalSpy frames(sink, &QVideoSink::videoFrameChanged);
        QVERIFY2(frames.wait(20000), "no video frame");

        // Mid-play: past the midpoint, with the beacons so far answered.
        QTRY_VERIFY_WITH_TIMEOUT(player->property("position").toLongLong() >= 5500, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(timelineModel->property("trackedCount").toInt()
                                     == timelineModel->property("count").toInt(),
                                 10000);
        const int marks = timeline->property("markCount").toInt();
        QVERIFY2(marks >= 6, qPrintable(QString::number(marks)));
        QCOMPARE(marks, timelineModel->property("count").toInt());
        QCOMPARE(loader->property("wrapperChain").value<QObject *>()->property("count").toInt(), 3);

        // Let the scene render the latest state before grabbing.
        QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
        window->requestUpdate();
        QVERIFY(swapped.wait(5000));
        const QImage image = window->grabWindow();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), window->size() * window->devicePixelRatio());

        // Not blank: a real UI has many distinct colours.
        std::set<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 64, qPrintable(QString::number(colours.size())));

        // The timeline has its marks: tracked beacons are drawn in the tracked colour.
        const QColor tracked = timeline->property("trackedColor").value<QColor>();
        const QRectF area = timeline->mapRectToScene(QRectF(0, 0, timeline->width(), timeline->height()));
        const QRect r = QRectF(area.topLeft() * window->devicePixelRatio(), area.size() * window->devicePixelRatio())
                            .toAlignedRect()
                            .intersected(image.rect());
        QVERIFY(!r.isEmpty());
        int trackedPixels = 0;
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (qAbs(c.red() - tracked.red()) < 12 && qAbs(c.green() - tracked.green()) < 12
                    && qAbs(c.blue() - tracked.blue()) < 12)
                    ++trackedPixels;
            }
        }
        QVERIFY2(trackedPixels > marks * 20, qPrintable(QString::number(trackedPixels)));

        // The video area shows the picture (the demo media is a colourful test pattern).
        auto *videoItem = qobject_cast<QQuickItem *>(videoOutput);
        QVERIFY(videoItem);
        const QRect v = videoItem->mapRectToScene(QRectF(0, 0, videoItem->width(), videoItem->height()))
                            .toAlignedRect()
                            .intersected(image.rect());
        std::set<QRgb> videoColours;
        for (int y = v.top(); y < v.bottom(); y += 4) {
            for (int x = v.left(); x < v.right(); x += 4)
                videoColours.insert(image.pixel(x, y) & 0xf0f0f0);
        }
        QVERIFY2(videoColours.size() > 8, qPrintable(QString::number(videoColours.size())));

        // The window speaks the language asked for.
        QCOMPARE(window->property("loadButtonText").toString(), loadLabel);

        const QString name = u"inspector-screenshot-%1.png"_s.arg(language);
        const QString dir = qEnvironmentVariableIsSet("VASTQT_SCREENSHOT_DIR") ? qEnvironmentVariable("VASTQT_SCREENSHOT_DIR")
                                                                               : QDir::currentPath();
        const QString path = QDir(dir).filePath(name);
        QVERIFY(image.save(path, "PNG"));
        qInfo("screenshot: %s", qPrintable(path));
    }
};

QTEST_MAIN(tst_InspectorScreenshot)
#include "tst_inspectorscreenshot.moc"
