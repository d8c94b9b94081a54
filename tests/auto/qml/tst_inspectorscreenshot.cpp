// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// Runs the inspector window on the embedded demo under a real X server (xvfb-run, see
// CMakeLists.txt), waits until the ad plays mid-way with its beacons on the timeline, grabs
// the window and checks the picture: not blank, and the timeline's marks are drawn.
// Then a multi-source run (the sources side by side, the winner marked) and a VMAP tag (its
// break timeline mid-way), each at the default window size and the smallest one.
// The PNGs go to VASTQT_SCREENSHOT_DIR (default: the working dir).

#include "demoserver.h"
#include "inspectorapp.h"
#include "testserver.h"
#include <VastQt/vastadloader.h>

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

// The VastQt module registers itself with its shared backing library (VastQt::Qml);
// only a static build links its plugin.
#ifdef VASTQT_QML_STATIC
Q_IMPORT_QML_PLUGIN(VastQtPlugin)
#endif
Q_IMPORT_QML_PLUGIN(VastQt_InspectorPlugin)

namespace
{
QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariableIsSet("VASTQT_SCREENSHOT_DIR") ? qEnvironmentVariable("VASTQT_SCREENSHOT_DIR")
                                                                           : QDir::currentPath();
    return QDir(dir).filePath(name);
}

// The pixels of \a image inside \a item whose colour is within 12 of \a colour per channel.
int pixelsOf(const QImage &image, QQuickItem *item, const QColor &colour, qreal dpr)
{
    const QRectF area = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const QRect r = QRectF(area.topLeft() * dpr, area.size() * dpr).toAlignedRect().intersected(image.rect());
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) < 12 && qAbs(c.green() - colour.green()) < 12
                && qAbs(c.blue() - colour.blue()) < 12)
                ++n;
        }
    }
    return n;
}

int distinctColours(const QImage &image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// Whether \a item lies inside the window and no sibling pane of the layout overlaps it.
bool insideWindow(QQuickItem *item, QQuickWindow *window)
{
    const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    return r.width() > 0 && r.height() > 0 && r.left() >= -0.5 && r.top() >= -0.5
        && r.right() <= window->width() + 0.5 && r.bottom() <= window->height() + 0.5;
}

QImage grab(QQuickWindow *window)
{
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    window->requestUpdate();
    if (!swapped.wait(5000))
        return QImage();
    return window->grabWindow();
}
} // namespace

class tst_InspectorScreenshot : public QObject
{
    Q_OBJECT

    // The inspector window, loaded as main() loads it, at \a size.
    static QQuickWindow *openWindow(QQmlApplicationEngine &engine, InspectorApp &inspector, const QSize &size)
    {
        engine.addImportPath(u"qrc:/qt/qml"_s);
        engine.setInitialProperties({{u"inspector"_s, QVariant::fromValue(&inspector)}});
        engine.load(QUrl(u"qrc:/qt/qml/VastQt/Inspector/Main.qml"_s));
        if (engine.rootObjects().size() != 1)
            return nullptr;
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (!window)
            return nullptr;
        window->resize(size);
        if (!QTest::qWaitForWindowExposed(window))
            return nullptr;
        return window;
    }

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
    void multiSource_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addRow("1280x720") << QSize(1280, 720);
        QTest::addRow("1024x600") << QSize(1024, 600);
    }

    // Three primaries in parallel (a 404, the demo's 3-hop chain, an inline ad at once) and a
    // fallback: the sources pane shows four cards, the demo (second) marked as the winner.
    void multiSource()
    {
        QFETCH(QSize, size);
        DemoServer demo;
        QVERIFY(demo.start());
        TestServer server;
        QVERIFY(server.start());
        QFile inlineFile(u":/demo/inline.xml"_s);
        QVERIFY(inlineFile.open(QIODevice::ReadOnly));
        const QByteArray inlineXml = inlineFile.readAll().replace("{{BASE}}", demo.baseUrl().toString().toUtf8());
        server.setResponse(u"/dead.xml"_s, {404, QByteArray("no ad")});
        server.setBody(u"/fast.xml"_s, inlineXml);
        server.setBody(u"/house.xml"_s, inlineXml);

        InspectorApp inspector;
        inspector.setInitialSources({server.url(u"/dead.xml"_s).toString(), demo.tagUrl().toString(),
                                     server.url(u"/fast.xml"_s).toString()});
        inspector.setInitialFallbacks({server.url(u"/house.xml"_s).toString()});
        inspector.setInitialStrategy(u"parallel"_s);
        inspector.setRealtime(false);
        inspector.setSpeed(1);
        QQmlApplicationEngine engine;
        QQuickWindow *window = openWindow(engine, inspector, size);
        QVERIFY(window);
        QCOMPARE(window->size(), size);

        QObject *loader = window->property("loader").value<QObject *>();
        QObject *player = window->property("player").value<QObject *>();
        auto *sourcesView = window->property("sourcesView").value<QQuickItem *>();
        QVERIFY(loader && player && sourcesView);
        QObject *outcomes = loader->property("sourceOutcomes").value<QObject *>();
        QVERIFY(outcomes);
        QTRY_COMPARE_WITH_TIMEOUT(loader->property("status").toInt(), 2, 15000); // Ready
        QCOMPARE(outcomes->property("count").toInt(), 4);
        QCOMPARE(outcomes->property("winnerIndex").toInt(), 1);
        QCOMPARE(loader->property("wrapperChain").value<QObject *>()->property("count").toInt(), 3);
        // Playing, with some beacons answered.
        QTRY_VERIFY_WITH_TIMEOUT(player->property("position").toLongLong() >= 3000, 20000);

        // The sources pane is the one shown, inside the window, one card per source.
        QVERIFY(sourcesView->isVisible());
        QVERIFY(insideWindow(sourcesView, window));
        QTRY_COMPARE(sourcesView->property("count").toInt(), 4);
        QVERIFY(sourcesView->height() >= 100);
        const int cardWidth = sourcesView->property("cardWidth").toInt();
        QVERIFY(cardWidth >= 200);
        if (size.width() >= 1280) // side by side without scrolling
            QVERIFY2(4 * cardWidth + 3 * 6 <= sourcesView->width() + 1, qPrintable(QString::number(sourcesView->width())));

        const QImage image = grab(window);
        QVERIFY(!image.isNull());
        QVERIFY(distinctColours(image) > 64);
        // The winner's frame is drawn in its colour, the failed source's strip in red.
        const qreal dpr = window->devicePixelRatio();
        const int won = pixelsOf(image, sourcesView, sourcesView->property("wonColor").value<QColor>(), dpr);
        QVERIFY2(won > 400, qPrintable(QString::number(won)));
        const int failed = pixelsOf(image, sourcesView, sourcesView->property("failedColor").value<QColor>(), dpr);
        QVERIFY2(failed > 100, qPrintable(QString::number(failed)));

        const QString path = screenshotPath(u"inspector-sources-%1x%2.png"_s.arg(size.width()).arg(size.height()));
        QVERIFY(image.save(path, "PNG"));
        qInfo("screenshot: %s", qPrintable(path));
    }

    void compliancePane_data()
    {
        QTest::addColumn<bool>("broken");
        QTest::addRow("demo") << false;
        QTest::addRow("broken") << true;
    }

    // The Compliance pane: the demo chain's three hops without a finding; a broken tag's
    // findings, and a click on one opens the hop's raw XML selected at the finding's line.
    void compliancePane()
    {
        QFETCH(bool, broken);
        DemoServer demo;
        QVERIFY(demo.start());
        TestServer server;
        QVERIFY(server.start());
        server.setBody(u"/broken.xml"_s, "<VAST version=\"4.2\" xmlns=\"http://www.iab.com/VAST\">\n"
                                         "  <Ad id=\"broken\">\n"
                                         "    <InLine>\n"
                                         "      <AdSystem>Broken</AdSystem>\n"
                                         "      <Impression>not a uri</Impression>\n"
                                         "      <Creatives><Creative><Linear skipoffset=\"00:01:00\">\n"
                                         "        <Duration>00:00:10</Duration>\n"
                                         "        <MediaFiles><MediaFile delivery=\"progressive\" type=\"video/mp4\" width=\"640\" "
                                         "height=\"360\">http://127.0.0.1/a.mp4</MediaFile></MediaFiles>\n"
                                         "      </Linear></Creative></Creatives>\n"
                                         "    </InLine>\n"
                                         "  </Ad>\n"
                                         "</VAST>\n");
        InspectorApp inspector;
        inspector.setDemoTagUrl(demo.tagUrl());
        inspector.setInitialTag(broken ? server.url(u"/broken.xml"_s).toString() : demo.tagUrl().toString());
        inspector.setRealtime(false);
        inspector.setSpeed(1);
        QQmlApplicationEngine engine;
        QQuickWindow *window = openWindow(engine, inspector, QSize(1280, 720));
        QVERIFY(window);
        QObject *loader = window->property("loader").value<QObject *>();
        auto *pane = window->property("compliancePane").value<QQuickItem *>();
        QObject *tabs = window->property("bottomTabs").value<QObject *>();
        QObject *dialog = window->property("rawXmlDialog").value<QObject *>();
        QVERIFY(loader && pane && tabs && dialog);
        QObject *model = loader->property("compliance").value<QObject *>();
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(model->property("documentCount").toInt() > 0, 15000);
        tabs->setProperty("currentIndex", 3);
        QTRY_VERIFY(pane->isVisible());
        QVERIFY(insideWindow(pane, window));
        QVERIFY(pane->height() >= 100);

        if (!broken) {
            QCOMPARE(model->property("documentCount").toInt(), 3);
            QCOMPARE(model->property("errorCount").toInt(), 0);
            QCOMPARE(model->property("warningCount").toInt(), 0);
            QCOMPARE(model->property("count").toInt(), 3); // one header row per hop, no finding
        } else {
            QCOMPARE(model->property("documentCount").toInt(), 1);
            QVERIFY(model->property("errorCount").toInt() >= 3); // AdTitle, AdServingId, URI, ...
            QCOMPARE(model->property("warningCount").toInt(), 1); // the skipoffset after the end
            const QImage paneImage = grab(window);
            QVERIFY(!paneImage.isNull());
            // Error badges are drawn in the pane.
            const int red = pixelsOf(paneImage, pane, QColor(0xc6, 0x28, 0x28), window->devicePixelRatio());
            QVERIFY2(red > 200, qPrintable(QString::number(red)));
            QVERIFY(paneImage.save(screenshotPath(u"inspector-compliance-broken-pane.png"_s), "PNG"));
            // Click the first finding row: the raw XML opens at its line.
            QVariantMap first;
            QMetaObject::invokeMethod(model, "get", Q_RETURN_ARG(QVariantMap, first), Q_ARG(int, 1));
            QVERIFY(!first.value(u"header"_s).toBool());
            QMetaObject::invokeMethod(pane, "activate", Q_ARG(QVariant, 1));
            QTRY_VERIFY(dialog->property("visible").toBool());
            QCOMPARE(dialog->property("line").toInt(), first.value(u"line"_s).toInt());
            QVERIFY(dialog->property("xml").toString().contains(u"not a uri"_s));
        }
        const QImage image = grab(window);
        QVERIFY(!image.isNull());
        QVERIFY(distinctColours(image) > 32);
        const QString path = screenshotPath(u"inspector-compliance-%1.png"_s.arg(broken ? u"broken"_s : u"demo"_s));
        QVERIFY(image.save(path, "PNG"));
        qInfo("screenshot: %s", qPrintable(path));
    }

    void vmapTimeline_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addRow("1280x720") << QSize(1280, 720);
        QTest::addRow("1024x600") << QSize(1024, 600);
    }

    // A VMAP tag on a 10 minute content: four breaks on the content timeline, grabbed while
    // the first mid-roll plays after the pre-roll pod.
    void vmapTimeline()
    {
        QFETCH(QSize, size);
        DemoServer demo;
        QVERIFY(demo.start());
        TestServer server;
        QVERIFY(server.start());
        QFile vmapFile(QStringLiteral(VASTQT_QML_TEST_DATA_DIR "/inspector-vmap.xml"));
        QVERIFY(vmapFile.open(QIODevice::ReadOnly));
        QByteArray vmap = vmapFile.readAll();
        vmap.replace("{{BASE}}", demo.baseUrl().toString().toUtf8());
        vmap.replace("{{TEST}}", server.url(u"/"_s).toString().chopped(1).toUtf8());
        server.setBody(u"/vmap.xml"_s, vmap);

        InspectorApp inspector;
        inspector.setInitialTag(server.url(u"/vmap.xml"_s).toString());
        inspector.setContentDurationMs(600000);
        inspector.setRealtime(false);
        inspector.setSpeed(4);
        QQmlApplicationEngine engine;
        QQuickWindow *window = openWindow(engine, inspector, size);
        QVERIFY(window);

        QObject *loader = window->property("loader").value<QObject *>();
        auto *breakTimeline = window->property("breakTimeline").value<QQuickItem *>();
        auto *timeline = window->property("timeline").value<QQuickItem *>();
        QVERIFY(loader && breakTimeline && timeline);
        QObject *breaks = loader->property("breaks").value<QObject *>();
        QVERIFY(breaks);
        auto *adLoader = qobject_cast<VastQt::VastAdLoader *>(loader);
        QVERIFY(adLoader);
        QSignalSpy finished(adLoader, &VastQt::VastAdLoader::finished);
        QTRY_VERIFY_WITH_TIMEOUT(loader->property("vmap").toBool(), 15000);
        QCOMPARE(breaks->property("count").toInt(), 4);
        QCOMPARE(breaks->property("contentDurationMs").toLongLong(), 600000);
        QTRY_VERIFY(breakTimeline->isVisible());
        QCOMPARE(breakTimeline->property("markCount").toInt(), 4);

        // The pre-roll pod played, the first mid-roll plays.
        QTRY_VERIFY_WITH_TIMEOUT(breaks->property("playedCount").toInt() >= 1
                                     && breaks->property("playingIndex").toInt() == 1,
                                 30000);
        const QImage image = grab(window);
        QVERIFY(!image.isNull());
        QVERIFY(distinctColours(image) > 64);
        QVERIFY(insideWindow(breakTimeline, window));
        QVERIFY(insideWindow(timeline, window));
        // The break timeline sits above the ad's timeline, without overlapping it.
        const QRectF b = breakTimeline->mapRectToScene(QRectF(0, 0, breakTimeline->width(), breakTimeline->height()));
        const QRectF t = timeline->mapRectToScene(QRectF(0, 0, timeline->width(), timeline->height()));
        QVERIFY2(b.bottom() <= t.top() + 0.5, qPrintable(u"%1 > %2"_s.arg(b.bottom()).arg(t.top())));
        const qreal dpr = window->devicePixelRatio();
        const int played = pixelsOf(image, breakTimeline, breakTimeline->property("playedColor").value<QColor>(), dpr);
        QVERIFY2(played > 200, qPrintable(QString::number(played)));
        const int playing = pixelsOf(image, breakTimeline, breakTimeline->property("playingColor").value<QColor>(), dpr);
        QVERIFY2(playing > 200, qPrintable(QString::number(playing)));

        const QString path = screenshotPath(u"inspector-vmap-%1x%2.png"_s.arg(size.width()).arg(size.height()));
        QVERIFY(image.save(path, "PNG"));
        qInfo("screenshot: %s", qPrintable(path));

        // To the end (every beacon answered): the breaks with an ad played, the post-roll's
        // tag failed.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(breaks->property("playingIndex").toInt(), -1);
        QVERIFY(breaks->property("playedCount").toInt() >= 3);
        QVariantMap post;
        QVERIFY(QMetaObject::invokeMethod(breaks, "get", Q_RETURN_ARG(QVariantMap, post), Q_ARG(int, 3)));
        QCOMPARE(post.value(u"positionName"_s).toString(), u"postroll"_s);
        QVERIFY(post.value(u"vmapError"_s).toInt() >= 1000);
        // ... drawn in the error colour.
        const QImage end = grab(window);
        QVERIFY(!end.isNull());
        const int failed = pixelsOf(end, breakTimeline, breakTimeline->property("errorColor").value<QColor>(), dpr);
        QVERIFY2(failed > 200, qPrintable(QString::number(failed)));
        const QString endPath = screenshotPath(u"inspector-vmap-end-%1x%2.png"_s.arg(size.width()).arg(size.height()));
        QVERIFY(end.save(endPath, "PNG"));
        qInfo("screenshot: %s", qPrintable(endPath));
    }
};

QTEST_MAIN(tst_InspectorScreenshot)
#include "tst_inspectorscreenshot.moc"
