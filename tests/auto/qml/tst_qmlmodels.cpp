// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "adtreemodel.h"
#include "client/vastclient.h"
#include "demoserver.h"
#include "mediafilemodel.h"
#include "testserver.h"
#include "trackingtimelinemodel.h"
#include "transport/httptransport.h"
#include "vastadloader.h"
#include "vastplayer.h"
#include "wrapperchainmodel.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

class tst_QmlModels : public QObject
{
    Q_OBJECT

private:
    DemoServer *m_demo = nullptr;

    // A loader as QML would make it: classBegin(), properties, componentComplete().
    static std::unique_ptr<VastAdLoader> makeLoader(const QUrl &source)
    {
        auto loader = std::make_unique<VastAdLoader>();
        loader->classBegin();
        loader->setSource(source);
        loader->componentComplete();
        return loader;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = new DemoServer(this);
        QVERIFY(m_demo->start());
    }

    void loaderDoesNotStartBeforeComponentComplete()
    {
        VastAdLoader loader;
        loader.classBegin();
        QSignalSpy status(&loader, &VastAdLoader::statusChanged);
        loader.setSource(m_demo->tagUrl());
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(loader.status(), VastAdLoader::Status::Null);
        QCOMPARE(status.count(), 0);
        QCOMPARE(loader.client()->status(), VastClient::Status::Null);

        loader.componentComplete();
        // Not from inside componentComplete() either.
        QCOMPARE(loader.status(), VastAdLoader::Status::Null);
        QTRY_COMPARE(loader.status(), VastAdLoader::Status::Ready);
        QCOMPARE(status.count(), 2); // Loading, Ready
    }

    void loaderInactiveStaysNull()
    {
        VastAdLoader loader;
        loader.classBegin();
        loader.setActive(false);
        loader.setSource(m_demo->tagUrl());
        loader.componentComplete();
        QCoreApplication::processEvents();
        QCOMPARE(loader.status(), VastAdLoader::Status::Null);
        loader.setActive(true);
        QTRY_COMPARE(loader.status(), VastAdLoader::Status::Ready);
    }

    void demoChainFillsTheModels()
    {
        auto loader = makeLoader(m_demo->tagUrl());
        QAbstractItemModelTester chainTester(loader->wrapperChain(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filesTester(loader->mediaFiles(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester timelineTester(loader->timeline(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester treeTester(loader->adTree(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy hopsInserted(loader->wrapperChain(), &QAbstractItemModel::rowsInserted);

        QTRY_COMPARE(loader->status(), VastAdLoader::Status::Ready);
        // The chain filled hop by hop, then got its final form.
        QCOMPARE(hopsInserted.count(), 3);

        WrapperChainModel *chain = loader->wrapperChain();
        QCOMPARE(chain->rowCount(), 3);
        const QStringList types = {u"Wrapper"_s, u"Wrapper"_s, u"InLine"_s};
        const QStringList versions = {u"4.2"_s, u"3.0"_s, u"4.1"_s};
        for (int i = 0; i < 3; ++i) {
            const QVariantMap hop = chain->get(i);
            QCOMPARE(hop.value(u"type"_s).toString(), types.at(i));
            QCOMPARE(hop.value(u"vastVersion"_s).toString(), versions.at(i));
            QCOMPARE(hop.value(u"httpStatus"_s).toInt(), 200);
            QCOMPARE(hop.value(u"error"_s).toInt(), 0);
            QVERIFY(hop.value(u"rawXml"_s).toString().contains(u"<VAST"_s));
            QVERIFY(!hop.value(u"adSystem"_s).toString().isEmpty());
            QVERIFY(hop.value(u"latencyMs"_s).toLongLong() >= 0);
        }
        QCOMPARE(chain->get(0).value(u"url"_s).toString(), m_demo->tagUrl().toString());
        QVERIFY(chain->get(3).isEmpty());

        MediaFileModel *files = loader->mediaFiles();
        QVERIFY(files->rowCount() >= 1);
        const int chosen = files->chosenIndex();
        QCOMPARE(chosen, loader->client()->response().mediaFileIndex);
        QVERIFY(chosen >= 0);
        for (int i = 0; i < files->rowCount(); ++i) {
            const QVariantMap f = files->get(i);
            QCOMPARE(f.value(u"chosen"_s).toBool(), i == chosen);
        }
        QCOMPARE(files->get(chosen).value(u"reason"_s).toString(), loader->client()->response().mediaFileReason);
        QCOMPARE(QUrl(files->get(chosen).value(u"url"_s).toString()), loader->mediaUrl());

        TrackingTimelineModel *timeline = loader->timeline();
        QCOMPARE(timeline->durationMs(), 10000);
        QCOMPARE(loader->durationMs(), 10000);
        QVERIFY(!timeline->progressOffsets().isEmpty());
        QCOMPARE(timeline->rowCount(), 0); // nothing fired before play

        AdTreeModel *tree = loader->adTree();
        QVERIFY(!tree->isEmpty());
        QStringList keys;
        for (int i = 0; i < tree->rowCount(); ++i)
            keys << tree->index(i, 0).data(AdTreeModel::KeyRole).toString();
        QVERIFY2(keys.contains(u"creatives"_s), qPrintable(keys.join(u',')));
        const QModelIndex creatives = tree->index(int(keys.indexOf(u"creatives"_s)), 0);
        QVERIFY(creatives.data(AdTreeModel::IsBranchRole).toBool());
        QVERIFY(tree->rowCount(creatives) >= 1);
        QCOMPARE(tree->index(0, 0, creatives).data(AdTreeModel::PathRole).toString(), u"creatives.[0]"_s);
        QCOMPARE(tree->parent(tree->index(0, 0, creatives)), creatives);
    }

    void timelineFillsLiveWhilePlaying()
    {
        auto loader = makeLoader(m_demo->tagUrl());
        QAbstractItemModelTester tester(loader->timeline(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        VastPlayer player;
        player.classBegin();
        player.setLoader(loader.get());
        player.setSpeed(0);
        player.setAutoPlay(true);
        player.componentComplete();

        TrackingTimelineModel *timeline = loader->timeline();
        QSignalSpy inserted(timeline, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(timeline, &QAbstractItemModel::dataChanged);
        QSignalSpy finished(loader.get(), &VastAdLoader::finished);
        QSignalSpy playerFinished(&player, &VastPlayer::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(playerFinished.count(), 1);
        QCOMPARE(player.state(), Player::State::Completed);
        QCOMPARE(player.position(), 10000);
        QCOMPARE(player.duration(), 10000);
        QCOMPARE(player.status(), VastPlayer::Status::Ready);

        const QList<Beacon *> beacons = loader->client()->beacons();
        QVERIFY(beacons.size() > 5);
        QCOMPARE(timeline->rowCount(), beacons.size());
        QCOMPARE(inserted.count(), beacons.size()); // one insertion per beacon, as it was created
        QVERIFY(changed.count() >= beacons.size()); // every row changed state at least once
        QCOMPARE(timeline->trackedCount(), beacons.size());
        QCOMPARE(timeline->failedCount(), 0);

        QStringList events;
        for (int i = 0; i < timeline->rowCount(); ++i) {
            const QVariantMap row = timeline->get(i);
            events << row.value(u"event"_s).toString();
            QCOMPARE(row.value(u"event"_s).toString(), beacons.at(i)->event());
            QCOMPARE(row.value(u"offsetMs"_s).toLongLong(), beacons.at(i)->offsetMs());
            QCOMPARE(row.value(u"url"_s).toString(), beacons.at(i)->url().toString());
            QCOMPARE(row.value(u"status"_s).toInt(), 200);
            QCOMPARE(row.value(u"attempts"_s).toInt(), 1);
            QCOMPARE(row.value(u"state"_s).toInt(), int(Beacon::State::Tracked));
            QCOMPARE(row.value(u"stateName"_s).toString(), u"tracked"_s);
            QVERIFY(row.value(u"latencyMs"_s).toLongLong() >= 0);
        }
        for (const QString &e : {u"impression"_s, u"start"_s, u"firstQuartile"_s, u"midpoint"_s, u"thirdQuartile"_s,
                                 u"complete"_s, u"progress"_s})
            QVERIFY2(events.contains(e), qPrintable(e));
        const int fq = int(events.indexOf(u"firstQuartile"_s));
        QCOMPARE(timeline->get(fq).value(u"offsetMs"_s).toLongLong(), 2500);

        // Marks at one instant pile up: the n-th beacon at offset 0 has stack n.
        int atZero = 0;
        for (int i = 0; i < timeline->rowCount(); ++i) {
            if (timeline->get(i).value(u"offsetMs"_s).toLongLong() == 0)
                QCOMPARE(timeline->get(i).value(u"stack"_s).toInt(), atZero++);
        }
        QVERIFY(atZero >= 3);
        QCOMPARE(timeline->maxStack(), atZero);

        // The JSON report is the one of --headless.
        const QJsonObject report = QJsonDocument::fromJson(loader->reportJson().toUtf8()).object();
        QCOMPARE(report.value(u"result"_s).toString(), u"completed"_s);
        QCOMPARE(report.value(u"timeline"_s).toArray().size(), beacons.size());
        QTemporaryDir dir;
        const QUrl file = QUrl::fromLocalFile(dir.filePath(u"report.json"_s));
        QVERIFY(loader->exportReport(file));
        QFile f(file.toLocalFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(u"result"_s).toString(), u"completed"_s);
    }

    void timelineRowsOutliveTheirBeacons()
    {
        TestServer server;
        QVERIFY(server.start());
        HttpTransport transport;
        TrackingTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        server.setResponse(u"/track/broken"_s, {500, QByteArray()});
        auto *ok = new Beacon(&transport, u"start"_s, u"t"_s, server.url(u"/track/start"_s), 0);
        auto *bad = new Beacon(&transport, u"midpoint"_s, u"t"_s, server.url(u"/track/broken"_s), 5000);
        RetryPolicy noRetry;
        noRetry.maxRetries = 0;
        bad->setRetryPolicy(noRetry);
        model.addBeacon(ok);
        model.addBeacon(bad);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.get(0).value(u"stateName"_s).toString(), u"pending"_s);
        QCOMPARE(model.get(1).value(u"stack"_s).toInt(), 0);
        ok->start();
        bad->start();
        QTRY_COMPARE(model.trackedCount(), 1);
        QTRY_COMPARE(model.failedCount(), 1);
        QCOMPARE(model.get(1).value(u"status"_s).toInt(), 500);
        QCOMPARE(model.get(1).value(u"state"_s).toInt(), int(Beacon::State::Failed));
        QVERIFY(!model.get(1).value(u"errorString"_s).toString().isEmpty());
        delete ok;
        delete bad;
        QCOMPARE(model.get(0).value(u"status"_s).toInt(), 200);
        QCOMPARE(model.get(1).value(u"event"_s).toString(), u"midpoint"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.trackedCount(), 0);
    }

    void mediaFileReasonsFollowTheSelector()
    {
        MediaFileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MediaFile a;
        a.url = u"http://x/a.flv"_s;
        a.type = u"video/x-flv"_s;
        MediaFile b;
        b.url = u"http://x/b.mp4"_s;
        b.type = u"video/mp4"_s;
        b.width = 640;
        b.height = 360;
        MediaFile c;
        c.url = u"http://x/c.js"_s;
        c.type = u"application/javascript"_s;
        c.apiFramework = u"VPAID"_s;
        const QList<MediaFile> files{a, b, c};
        MediaFileSelector selector;
        const MediaFileSelection sel = selector.select(files);
        QCOMPARE(sel.index, 1);
        QSignalSpy chosen(&model, &MediaFileModel::chosenIndexChanged);
        model.setMediaFiles(files, sel.index, sel.reason, sel.rejected);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(model.chosenIndex(), 1);
        QCOMPARE(model.get(1).value(u"reason"_s).toString(), sel.reason);
        QVERIFY(model.get(1).value(u"chosen"_s).toBool());
        QVERIFY(!model.get(0).value(u"chosen"_s).toBool());
        // The rejection lines land on their rows, without the "#i [id] type:" prefix.
        QCOMPARE(sel.rejected.size(), 2);
        QVERIFY(!model.get(0).value(u"reason"_s).toString().isEmpty());
        QVERIFY(sel.rejected.at(0).endsWith(model.get(0).value(u"reason"_s).toString()));
        QVERIFY(!model.get(0).value(u"reason"_s).toString().startsWith(u'#'));
        QVERIFY(sel.rejected.at(1).endsWith(model.get(2).value(u"reason"_s).toString()));
        QVERIFY(!model.get(2).value(u"reason"_s).toString().isEmpty());
        QCOMPARE(model.get(1).value(u"width"_s).toInt(), 640);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.chosenIndex(), -1);
    }

    void loadErrorReportsIabCode()
    {
        TestServer server;
        QVERIFY(server.start());
        server.setResponse(u"/missing.xml"_s, {404, QByteArray("not here")});
        auto loader = makeLoader(server.url(u"/missing.xml"_s));
        QSignalSpy errors(loader.get(), &VastAdLoader::errorOccurred);
        QAbstractItemModelTester chainTester(loader->wrapperChain(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(loader->status(), VastAdLoader::Status::Error);
        QVERIFY(!loader->errorString().isEmpty());
        QVERIFY(errors.count() >= 1);
        QCOMPARE(errors.first().at(0).toInt(), 301);
        QCOMPARE(errors.first().at(1).toString(), u"fetch"_s);
        const QVariantMap first = loader->errors().constFirst().toMap();
        QCOMPARE(first.value(u"code"_s).toInt(), 301);
        QCOMPARE(first.value(u"meaning"_s).toString(), errorCodeDescription(ErrorCode::WrapperTimeout));
        QCOMPARE(loader->wrapperChain()->rowCount(), 1);
        QCOMPARE(loader->wrapperChain()->get(0).value(u"httpStatus"_s).toInt(), 404);
        QCOMPARE(loader->mediaFiles()->rowCount(), 0);
        QCOMPARE(loader->durationMs(), -1);
    }

    void pastedXmlWinsOverSourceAndChangesCoalesce()
    {
        QFile inline_(QStringLiteral(VASTQT_CORPUS_DIR "/iab/VAST 4.1 Samples/Inline_Simple.xml"));
        if (!inline_.exists())
            QSKIP("corpus sample missing");
        QVERIFY(inline_.open(QIODevice::ReadOnly));
        VastAdLoader loader;
        loader.classBegin();
        loader.componentComplete();
        QSignalSpy status(&loader, &VastAdLoader::statusChanged);
        loader.setSource(QUrl(u"http://127.0.0.1:1/pasted.xml"_s));
        loader.setXml(QString::fromUtf8(inline_.readAll()));
        QTRY_COMPARE(loader.status(), VastAdLoader::Status::Ready);
        QCOMPARE(status.count(), 2); // one load: Loading, Ready
        QCOMPARE(loader.wrapperChain()->rowCount(), 1);
        QCOMPARE(loader.wrapperChain()->get(0).value(u"type"_s).toString(), u"InLine"_s);
        QVERIFY(!loader.adTitle().isEmpty());
    }

    void playerControls()
    {
        auto loader = makeLoader(m_demo->tagUrl());
        VastPlayer player;
        player.classBegin();
        player.setLoader(loader.get());
        player.setSpeed(4);
        player.componentComplete();
        QTRY_COMPARE(player.status(), VastPlayer::Status::Ready);
        QCOMPARE(player.state(), Player::State::Idle);
        QSignalSpy stateSpy(&player, &VastPlayer::stateChanged);
        player.play();
        QCOMPARE(player.state(), Player::State::Idle); // nothing from inside play()
        QTRY_COMPARE(player.state(), Player::State::Playing);
        QTRY_VERIFY(player.position() > 0);
        QVERIFY(player.pause());
        QVERIFY(player.isPaused());
        const qint64 pausedAt = player.position();
        QVERIFY(!player.pause());
        player.setMuted(true);
        QVERIFY(player.isMuted());
        QVERIFY(player.click());
        QVERIFY(player.resume());
        QVERIFY(player.isPlaying());
        QTRY_VERIFY(player.position() > pausedAt);
        player.setSpeed(0);
        QSignalSpy finished(&player, &VastPlayer::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(player.state(), Player::State::Completed);
        const QStringList events = loader->client()->session().eventNames();
        for (const QString &e : {u"pause"_s, u"resume"_s, u"mute"_s, u"complete"_s})
            QVERIFY2(events.contains(e), qPrintable(events.join(u',')));
        QVERIFY(stateSpy.count() >= 4);

        // A played ad is loaded again and played by play().
        QSignalSpy loaderStatus(loader.get(), &VastAdLoader::statusChanged);
        player.play();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 2);
        QVERIFY(loaderStatus.count() >= 2);
        QCOMPARE(player.state(), Player::State::Completed);
    }
};

QTEST_GUILESS_MAIN(tst_QmlModels)
#include "tst_qmlmodels.moc"
