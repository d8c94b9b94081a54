// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/adbreakmodel.h>
#include <VastQt/beacon.h>
#include <VastQt/player.h>
#include <VastQt/adtreemodel.h>
#include <VastQt/compliancemodel.h>
#include <VastQt/vastclient.h>
#include "demoserver.h"
#include <VastQt/mediafilemodel.h>
#include <VastQt/vmapparser.h>
#include <VastQt/sourceoutcomemodel.h>
#include "testserver.h"
#include <VastQt/trackingtimelinemodel.h>
#include <VastQt/httptransport.h>
#include <VastQt/vastadloader.h>
#include <VastQt/vastplayer.h>
#include <VastQt/wrapperchainmodel.h>
#include "corpus.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QMetaEnum>
#include <QtCore/QRegularExpression>
#include <QtQml/QQmlComponent>
#include <QtQml/QQmlContext>
#include <QtQml/QQmlEngine>
#include <QtQml/QQmlExpression>
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

    // First of the functions: QML reads a type's enums once per process, when they are first
    // used, and warns then. ErrorCode and VmapErrorCode share a key (VersionNotSupported);
    // in one meta-object QML would warn "Previously registered enum will be overwritten due
    // to name clash" for Vast and for every type whose meta-object relates the namespace
    // (Player, VastClient, Beacon, ...). Any warning while the module's enums load fails.
    void qmlEnumsLoadWithoutWarnings()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QQmlEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_s);
        QQmlComponent component(&engine);
        component.setData(R"(
            import QtQml
            import VastQt
            QtObject {
                readonly property var values: [
                    Vast.VersionNotSupported, Vast.ErrorCode.VersionNotSupported,
                    Vast.VmapErrorCode.VersionNotSupported, Vast.RetrievalError,
                    Vast.VmapErrorCode.RetrievalError, Vast.WrapperTimeout, Vast.Fetch,
                    Player.Playing, Player.Error, Beacon.Tracked, VastClient.Ready,
                    VastClient.Realtime, VastAdLoader.Ready, VastAdLoader.Race,
                    VastPlayer.Headless, VastPlayer.Ready
                ]
            })"_ba, QUrl(u"qrc:/tst_qmlmodels/enums.qml"_s));
        QVERIFY2(component.isReady(), qPrintable(component.errorString()));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY(object);
        const QVariantList values = object->property("values").toList();
        QCOMPARE(values.size(), 16);
        // The unscoped key is ErrorCode's; VMAP's own keys are unscoped too.
        QCOMPARE(values.at(0).toInt(), 102);
        QCOMPARE(values.at(1).toInt(), 102);
        QCOMPARE(values.at(2).toInt(), 1001);
        QCOMPARE(values.at(3).toInt(), 1008);
        QCOMPARE(values.at(4).toInt(), 1008);
        QCOMPARE(values.at(5).toInt(), 301);
        QCOMPARE(values.at(7).toInt(), int(Player::State::Playing));
        QCOMPARE(values.at(9).toInt(), int(Beacon::State::Tracked));
        // C++: the VMAP codes keep their name, VastQt::VmapErrorCode, and their metadata.
        static_assert(std::is_same_v<VmapErrorCode, Vmap::VmapErrorCode>);
        QCOMPARE(QMetaEnum::fromType<VmapErrorCode>().valueToKey(1001), "VersionNotSupported");
        QCOMPARE(QMetaEnum::fromType<ErrorCode>().valueToKey(102), "VersionNotSupported");
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
        // The demo's second Wrapper says something in <Extensions>: the tree shows it, with its hop.
        QVERIFY2(keys.contains(u"wrapperExtensions"_s), qPrintable(keys.join(u',')));
        const QModelIndex extensions = tree->index(int(keys.indexOf(u"wrapperExtensions"_s)), 0);
        QCOMPARE(tree->rowCount(extensions), 1);
        const QModelIndex first = tree->index(0, 0, extensions);
        QStringList fields;
        for (int i = 0; i < tree->rowCount(first); ++i)
            fields << tree->index(i, 0, first).data(Qt::DisplayRole).toString();
        QVERIFY2(fields.contains(u"hop: 1"_s), qPrintable(fields.join(u',')));
        QVERIFY2(fields.contains(u"element: Extensions"_s), qPrintable(fields.join(u',')));
    }

    // The ad tree shows what the --parse JSON shows of the served ad: the Wrappers'
    // extensions (marked with their hop), the spec's defaults and every id.
    void adTreeShowsWrapperExtensionsDefaultsAndIds()
    {
        TestServer server;
        QVERIFY(server.start());
        server.setBody(u"/tree/inline"_s,
                       "<VAST version=\"4.3\"><Ad id=\"tree\"><InLine><AdSystem>I</AdSystem><AdTitle>t</AdTitle>"
                       "<Advertiser id=\"adv-1\">advertiser.example</Advertiser>"
                       "<Impression id=\"imp-1\">http://127.0.0.1/imp</Impression><Creatives><Creative><Linear>"
                       "<Duration>00:00:05</Duration><MediaFiles><MediaFile delivery=\"progressive\" type=\"video/mp4\" "
                       "width=\"640\" height=\"360\">http://127.0.0.1/m.mp4</MediaFile></MediaFiles></Linear></Creative>"
                       "</Creatives></InLine></Ad></VAST>");
        server.setBody(u"/tree/wrapper"_s,
                       u"<VAST version=\"4.3\"><Ad id=\"w\"><Wrapper><AdSystem>W</AdSystem><Impression>http://127.0.0.1/w</Impression>"
                       u"<VASTAdTagURI>%1</VASTAdTagURI><Extensions><Extension type=\"waterfall\">tier-3</Extension></Extensions>"
                       u"</Wrapper></Ad></VAST>"_s.arg(server.url(u"/tree/inline"_s).toString()).toUtf8());
        auto loader = makeLoader(server.url(u"/tree/wrapper"_s));
        QAbstractItemModelTester treeTester(loader->adTree(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(loader->status(), VastAdLoader::Status::Ready);

        AdTreeModel *tree = loader->adTree();
        // The value of the node at \a path ("a.[0].b"), or a null QVariant when there is none.
        const auto valueAt = [tree](const QString &path) -> QVariant {
            QModelIndex parent;
            const QStringList keys = path.split(u'.');
            for (const QString &key : keys) {
                QModelIndex found;
                for (int row = 0; row < tree->rowCount(parent) && !found.isValid(); ++row) {
                    const QModelIndex child = tree->index(row, 0, parent);
                    if (child.data(AdTreeModel::KeyRole).toString() == key)
                        found = child;
                }
                if (!found.isValid())
                    return {};
                parent = found;
            }
            return parent.data(AdTreeModel::ValueRole);
        };
        QCOMPARE(valueAt(u"wrapperExtensions.[0].hop"_s).toString(), u"0"_s);
        QCOMPARE(valueAt(u"wrapperExtensions.[0].element"_s).toString(), u"Extensions"_s);
        QCOMPARE(valueAt(u"wrapperExtensions.[0].url"_s).toString(), server.url(u"/tree/wrapper"_s).toString());
        QVERIFY(valueAt(u"wrapperExtensions.[0].xml"_s).toString().contains(u"tier-3"_s));
        QCOMPARE(valueAt(u"adType"_s).toString(), u"video"_s);
        QCOMPARE(valueAt(u"advertiserId"_s).toString(), u"adv-1"_s);
        QVERIFY(valueAt(u"impressionIds.[0]"_s).isValid()); // the Wrapper's, without id
        QCOMPARE(valueAt(u"impressionIds.[0]"_s).toString(), u""_s);
        QCOMPARE(valueAt(u"impressionIds.[1]"_s).toString(), u"imp-1"_s);
        QCOMPARE(valueAt(u"creatives.[0].linear.mediaFiles.[0].mediaType"_s).toString(), u"2D"_s);
        QCOMPARE(valueAt(u"creatives.[0].linear.adParametersXmlEncoded"_s).toString(), u"false"_s);
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

    // The compliance model: one header row per hop, then its findings; the raw XML of the
    // hop a finding's line refers to. A failed fetch is a hop without a document.
    void complianceModelRowsPerHop()
    {
        if (!ComplianceValidator::hasSchemaValidation())
            QSKIP("VastQt was built without libxml2: every document has an xsd.unavailable warning");
        TestServer server;
        QVERIFY(server.start());
        server.setBody(u"/inline.xml"_s, "<VAST version=\"3.0\">\n<Ad><InLine><AdSystem>s</AdSystem>\n<AdTitle>t</AdTitle>"
                                         "<Impression>//t.example/imp</Impression><Creatives><Creative><Linear>"
                                         "<Duration>00:00:05</Duration><MediaFiles><MediaFile delivery=\"progressive\" "
                                         "type=\"video/mp4\" width=\"640\" height=\"360\">http://127.0.0.1/a.mp4</MediaFile>"
                                         "</MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>");
        server.setBody(u"/wrapper.xml"_s, "<VAST version=\"3.0\"><Ad><Wrapper><AdSystem>w</AdSystem><VASTAdTagURI>"
                                              + server.url(u"/inline.xml"_s).toEncoded()
                                              + "</VASTAdTagURI><Impression>http://127.0.0.1/i</Impression><Creatives/>"
                                                "</Wrapper></Ad></VAST>");
        auto loader = makeLoader(server.url(u"/wrapper.xml"_s));
        ComplianceModel *model = loader->compliance();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(loader->status(), VastAdLoader::Status::Ready);
        QCOMPARE(model->documentCount(), 2);
        QCOMPARE(model->errorCount(), 0);
        QCOMPARE(model->warningCount(), 1);
        QCOMPARE(model->rowCount(), 3); // hop 0, hop 1, its finding
        QVERIFY(model->get(0).value(u"header"_s).toBool());
        QCOMPARE(model->get(0).value(u"hop"_s).toInt(), 0);
        QCOMPARE(model->get(1).value(u"schema"_s).toString(), u"vast3_draft.xsd"_s);
        const QVariantMap finding = model->get(2);
        QVERIFY(!finding.value(u"header"_s).toBool());
        QCOMPARE(finding.value(u"hop"_s).toInt(), 1);
        QCOMPARE(finding.value(u"severity"_s).toString(), u"warning"_s);
        QCOMPARE(finding.value(u"rule"_s).toString(), u"uri.protocolRelative"_s);
        QCOMPARE(finding.value(u"line"_s).toInt(), 3);
        QVERIFY(model->rawXml(1).contains(u"//t.example/imp"_s));
        QVERIFY(model->rawXml(0).contains(u"<Wrapper>"_s));

        // A failed load: the hop without a document is an error.
        server.setResponse(u"/missing.xml"_s, {404, QByteArray("not here")});
        loader->setSource(server.url(u"/missing.xml"_s));
        QTRY_COMPARE(loader->status(), VastAdLoader::Status::Error);
        QTRY_COMPARE(model->documentCount(), 1);
        QCOMPARE(model->errorCount(), 1);
        QCOMPARE(model->get(1).value(u"rule"_s).toString(), u"document.unavailable"_s);
    }

    void pastedXmlWinsOverSourceAndChangesCoalesce()
    {
        VASTQT_REQUIRE_CORPUS("iab");
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
    // Three primaries (404, an ad after 300 ms, an ad at once) and a fallback, as each
    // strategy serves them; the model says what each source did and marks the winner.
    void sourceOutcomesOfAMultiSourceRun_data()
    {
        QTest::addColumn<VastAdLoader::Strategy>("strategy");
        QTest::addColumn<QStringList>("primaries");
        QTest::addColumn<int>("winner");
        QTest::addColumn<QStringList>("statuses");
        const QStringList three{u"/dead.xml"_s, u"/slow.xml"_s, u"/fast.xml"_s};
        QTest::addRow("parallel: source order wins")
            << VastAdLoader::Strategy::Parallel << three << 1
            << QStringList{u"failed"_s, u"won"_s, u"usable"_s, u"notTried"_s};
        QTest::addRow("race: the fastest wins")
            << VastAdLoader::Strategy::Race << three << 2
            << QStringList{u"failed"_s, u"aborted"_s, u"won"_s, u"notTried"_s};
        QTest::addRow("sequential: stops at the first ad")
            << VastAdLoader::Strategy::Sequential << three << 1
            << QStringList{u"failed"_s, u"won"_s, u"notTried"_s, u"notTried"_s};
        QTest::addRow("fallback when every primary failed")
            << VastAdLoader::Strategy::Parallel << QStringList{u"/dead.xml"_s, u"/broken.xml"_s} << 2
            << QStringList{u"failed"_s, u"failed"_s, u"won"_s};
    }

    void sourceOutcomesOfAMultiSourceRun()
    {
        VASTQT_REQUIRE_CORPUS("iab");
        QFETCH(VastAdLoader::Strategy, strategy);
        QFETCH(QStringList, primaries);
        QFETCH(int, winner);
        QFETCH(QStringList, statuses);

        QFile inlineFile(QStringLiteral(VASTQT_CORPUS_DIR "/iab/VAST 4.1 Samples/Inline_Simple.xml"));
        QVERIFY(inlineFile.open(QIODevice::ReadOnly));
        const QByteArray inlineXml = inlineFile.readAll();
        TestServer server;
        QVERIFY(server.start());
        server.setResponse(u"/dead.xml"_s, {404, QByteArray("no ad here")});
        server.setResponse(u"/broken.xml"_s, {200, QByteArray("<VAST version=\"4.1\"><Ad><InLine>")});
        server.setResponse(u"/slow.xml"_s, {200, inlineXml, "application/xml", 300});
        server.setResponse(u"/fast.xml"_s, {200, inlineXml});
        server.setResponse(u"/fallback.xml"_s, {200, inlineXml});

        QList<QUrl> sources;
        for (const QString &path : primaries)
            sources << server.url(path);
        const QList<QUrl> fallbacks{server.url(u"/fallback.xml"_s)};

        VastAdLoader loader;
        SourceOutcomeModel *model = loader.sourceOutcomes();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy outcomesChanged(model, &SourceOutcomeModel::outcomesChanged);
        loader.classBegin();
        loader.setSources(sources);
        loader.setFallbacks(fallbacks);
        loader.setStrategy(strategy);
        loader.componentComplete();

        // While the sources are asked, every configured one is a pending row.
        QTRY_COMPARE(loader.status(), VastAdLoader::Status::Loading);
        QCOMPARE(model->rowCount(), statuses.size());
        QVERIFY(model->isPending());
        QCOMPARE(model->winnerIndex(), -1);
        for (int i = 0; i < model->rowCount(); ++i) {
            const QVariantMap row = model->get(i);
            QCOMPARE(row.value(u"statusName"_s).toString(), u"pending"_s);
            QCOMPARE(row.value(u"pending"_s).toBool(), true);
            QCOMPARE(row.value(u"winner"_s).toBool(), false);
            QCOMPARE(row.value(u"url"_s).toString(), (i < sources.size() ? sources.at(i) : fallbacks.at(0)).toString());
            QCOMPARE(row.value(u"role"_s).toString(), i < sources.size() ? u"primary"_s : u"fallback"_s);
        }

        QTRY_COMPARE_WITH_TIMEOUT(loader.status(), VastAdLoader::Status::Ready, 10000);
        QVERIFY(!model->isPending());
        QVERIFY(outcomesChanged.count() >= 2);
        const AdResponse response = loader.client()->response();
        QCOMPARE(model->outcomes(), response.sources);
        QCOMPARE(model->rowCount(), statuses.size());
        QCOMPARE(model->winnerIndex(), winner);
        QCOMPARE(model->usedFallback(), winner >= sources.size());
        QCOMPARE(QUrl(model->get(winner).value(u"url"_s).toString()), response.source);
        for (int i = 0; i < model->rowCount(); ++i) {
            const QVariantMap row = model->get(i);
            const QString status = row.value(u"statusName"_s).toString();
            QVERIFY2(status == statuses.at(i), qPrintable(u"row %1: %2"_s.arg(i).arg(status)));
            QCOMPARE(row.value(u"winner"_s).toBool(), i == winner);
            QCOMPARE(row.value(u"pending"_s).toBool(), false);
            QCOMPARE(row.value(u"status"_s).toInt(), int(response.sources.at(i).status));
            QCOMPARE(row.value(u"latencyMs"_s).toLongLong(), response.sources.at(i).latencyMs);
            if (status == "failed"_L1) {
                QVERIFY(row.value(u"error"_s).toInt() != 0);
                QVERIFY(!row.value(u"phase"_s).toString().isEmpty());
                QCOMPARE(row.value(u"meaning"_s).toString(),
                         errorCodeDescription(ErrorCode(row.value(u"error"_s).toInt())));
            } else {
                QCOMPARE(row.value(u"error"_s).toInt(), 0);
                QCOMPARE(row.value(u"phase"_s).toString(), QString());
            }
            if (status == "won"_L1 || status == "usable"_L1) {
                QCOMPARE(row.value(u"httpStatus"_s).toInt(), 200);
                QCOMPARE(row.value(u"hops"_s).toInt(), 1);
            }
        }
        // The 404 source failed fetching, with its HTTP status.
        const QVariantMap dead = model->get(0);
        QCOMPARE(dead.value(u"httpStatus"_s).toInt(), 404);
        QCOMPARE(dead.value(u"phase"_s).toString(), u"fetch"_s);
        QCOMPARE(dead.value(u"error"_s).toInt(), int(ErrorCode::WrapperTimeout)); // 301, as for a single tag
        // The slow source's latency is its 300 ms delay (or more), where it answered.
        if (statuses.value(1) == "won"_L1)
            QVERIFY(model->get(1).value(u"latencyMs"_s).toLongLong() >= 300);

        // Loading a single tag again gives one row, for it.
        loader.setSources({});
        loader.setFallbacks({});
        loader.setSource(server.url(u"/fast.xml"_s));
        QTRY_COMPARE(model->rowCount(), 1);
        QTRY_COMPARE(loader.status(), VastAdLoader::Status::Ready);
        QCOMPARE(model->winnerIndex(), 0);
        QCOMPARE(model->get(0).value(u"statusName"_s).toString(), u"won"_s);
    }

    // The loader's MetricsMiddleware counts every source's requests, failures and latency
    // percentiles, readable from C++ and from QML.
    void metricsPerSource()
    {
        VASTQT_REQUIRE_CORPUS("iab");
        QFile inlineFile(QStringLiteral(VASTQT_CORPUS_DIR "/iab/VAST 4.1 Samples/Inline_Simple.xml"));
        QVERIFY(inlineFile.open(QIODevice::ReadOnly));
        const QByteArray inlineXml = inlineFile.readAll();
        TestServer server;
        QVERIFY(server.start());
        server.setResponse(u"/dead.xml"_s, {503, QByteArray("overloaded")}); // a failure (a 404 is not)
        server.setResponse(u"/slow.xml"_s, {200, inlineXml, "application/xml", 300});
        server.setResponse(u"/fast.xml"_s, {200, inlineXml});
        const QString dead = server.url(u"/dead.xml"_s).toString();
        const QString slow = server.url(u"/slow.xml"_s).toString();
        const QString fast = server.url(u"/fast.xml"_s).toString();

        VastAdLoader loader;
        MetricsMiddleware *metrics = loader.metrics();
        QVERIFY(metrics);
        QCOMPARE(metrics->totalRequests(), 0);
        loader.classBegin();
        loader.setSources({QUrl(dead), QUrl(slow), QUrl(fast)});
        loader.setStrategy(VastAdLoader::Strategy::Parallel);
        loader.componentComplete();
        QTRY_COMPARE_WITH_TIMEOUT(loader.status(), VastAdLoader::Status::Ready, 10000);
        QTRY_COMPARE(metrics->totalRequests(), 3);
        QCOMPARE(metrics->requests(dead), 1);
        QCOMPARE(metrics->failures(dead), 1);
        QCOMPARE(metrics->totalFailures(), 1);
        QCOMPARE(metrics->failures(slow), 0);
        QVERIFY(metrics->latencyPercentile(slow, 50) >= 300);
        QVERIFY(metrics->latencyPercentile(fast, 50) < metrics->latencyPercentile(slow, 50));

        QQmlEngine engine;
        engine.rootContext()->setContextProperty(u"loader"_s, &loader);
        QQmlExpression requests(engine.rootContext(), nullptr, u"loader.metrics.requests(\"%1\")"_s.arg(dead));
        QCOMPARE(requests.evaluate().toInt(), 1);
        QVERIFY2(!requests.hasError(), qPrintable(requests.error().toString()));
        QQmlExpression p50(engine.rootContext(), nullptr, u"loader.metrics.snapshot(\"%1\").p50Ms"_s.arg(slow));
        QVERIFY(p50.evaluate().toLongLong() >= 300);
        QQmlExpression total(engine.rootContext(), nullptr, u"loader.metrics.totalRequests"_s);
        QCOMPARE(total.evaluate().toInt(), 3);

        // Metrics add up over loads.
        loader.setSources({});
        loader.setSource(QUrl(fast));
        QTRY_COMPARE(metrics->requests(fast), 2);
    }

    void sourceOutcomeModelUpdatesRowsInPlace()
    {
        SourceOutcomeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUrl a(u"http://127.0.0.1:1/a"_s);
        const QUrl b(u"http://127.0.0.1:1/b"_s);
        model.setPending({a}, {b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.get(1).value(u"fallback"_s).toBool(), true);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        SourceOutcome failed;
        failed.url = a;
        failed.status = SourceOutcome::Status::Failed;
        failed.error = ErrorCode::NoAdAfterWrapper;
        failed.phase = Phase::Resolve;
        failed.message = u"nothing"_s;
        SourceOutcome won;
        won.url = b;
        won.fallback = true;
        won.status = SourceOutcome::Status::Won;
        won.winner = true;
        won.httpStatus = 200;
        won.latencyMs = 42;
        model.setOutcomes({failed, won});
        QCOMPARE(reset.count(), 0); // same sources: updated in place
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.winnerIndex(), 1);
        QVERIFY(model.usedFallback());
        QCOMPARE(model.failedCount(), 1);
        QCOMPARE(model.get(0).value(u"phase"_s).toString(), u"resolve"_s);
        QCOMPARE(model.get(0).value(u"error"_s).toInt(), 303);
        QCOMPARE(model.get(0).value(u"message"_s).toString(), u"nothing"_s);
        QCOMPARE(model.get(1).value(u"latencyMs"_s).toLongLong(), 42);
        QCOMPARE(model.get(1).value(u"role"_s).toString(), u"fallback"_s);
        // Different sources: a reset.
        model.setOutcomes({won});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.winnerIndex(), 0);
        QVERIFY(model.get(5).isEmpty());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.winnerIndex(), -1);
    }

    void adBreakModelPlacesTheBreaks()
    {
        QFile file(QStringLiteral(VASTQT_TEST_DATA_DIR "/vmap/pod-midroll-postroll.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const VmapParseResult parsed = VmapParser::parse(file.readAll());
        QVERIFY(parsed.ok());

        AdBreakModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&model, &AdBreakModel::countChanged);
        model.setDocument(parsed.document, 600000);
        QCOMPARE(count.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.contentDurationMs(), 600000);
        QCOMPARE(model.axisEndMs(), 600000);

        const QVariantMap pre = model.get(0);
        QCOMPARE(pre.value(u"breakId"_s).toString(), u"preroll"_s);
        QCOMPARE(pre.value(u"positionName"_s).toString(), u"preroll"_s);
        QCOMPARE(pre.value(u"position"_s).toInt(), 1);
        QCOMPARE(pre.value(u"timeMs"_s).toLongLong(), 0);
        QCOMPARE(pre.value(u"fraction"_s).toDouble(), 0.0);
        QCOMPARE(pre.value(u"sourceKind"_s).toString(), u"vastAdData"_s);
        QCOMPARE(pre.value(u"adCount"_s).toInt(), 2);
        QCOMPARE(pre.value(u"podSize"_s).toInt(), 2);
        QCOMPARE(pre.value(u"stateName"_s).toString(), u"pending"_s);

        const QVariantMap mid = model.get(1);
        QCOMPARE(mid.value(u"breakId"_s).toString(), u"midroll-1"_s);
        QCOMPARE(mid.value(u"positionName"_s).toString(), u"midroll"_s);
        QCOMPARE(mid.value(u"timeOffset"_s).toString(), u"50%"_s);
        QCOMPARE(mid.value(u"timeMs"_s).toLongLong(), 300000);
        QCOMPARE(mid.value(u"fraction"_s).toDouble(), 0.5);
        QCOMPARE(mid.value(u"placed"_s).toBool(), true);
        QCOMPARE(mid.value(u"sourceKind"_s).toString(), u"adTagUri"_s);
        QVERIFY(mid.value(u"adTagUri"_s).toString().contains(u"Inline_Linear_Tag-test.xml"_s));
        QCOMPARE(mid.value(u"adCount"_s).toInt(), -1);
        QCOMPARE(mid.value(u"allowMultipleAds"_s).toBool(), false);
        QCOMPARE(mid.value(u"breakTypes"_s).toString(), u"linear, nonlinear"_s);

        const QVariantMap post = model.get(2);
        QCOMPARE(post.value(u"positionName"_s).toString(), u"postroll"_s);
        QCOMPARE(post.value(u"timeMs"_s).toLongLong(), 600000);
        QCOMPARE(post.value(u"fraction"_s).toDouble(), 1.0);
        QCOMPARE(post.value(u"sourceKind"_s).toString(), u"customAdData"_s);

        // Without a content duration, "50%" and "end" have no time: the mid-roll is drawn
        // unplaced between the ends, the post-roll at the end.
        model.setDocument(parsed.document, -1);
        QCOMPARE(model.contentDurationMs(), -1);
        QCOMPARE(model.axisEndMs(), 0);
        QCOMPARE(model.get(1).value(u"timeMs"_s).toLongLong(), -1);
        QCOMPARE(model.get(1).value(u"placed"_s).toBool(), false);
        QCOMPARE(model.get(1).value(u"fraction"_s).toDouble(), 0.5);
        QCOMPARE(model.get(2).value(u"placed"_s).toBool(), true);
        QCOMPARE(model.get(2).value(u"fraction"_s).toDouble(), 1.0);

        // Repeating breaks: one row per repetition, the axis a quarter past the last
        // mid-roll when the duration is unknown.
        QFile repeating(QStringLiteral(VASTQT_TEST_DATA_DIR "/vmap/repeating-vmap10.xml"));
        QVERIFY(repeating.open(QIODevice::ReadOnly));
        const VmapParseResult r = VmapParser::parse(repeating.readAll());
        QVERIFY(r.ok());
        model.setDocument(r.document, 35 * 60 * 1000);
        const QList<ScheduledBreak> schedule = r.document.schedule(35 * 60 * 1000);
        QCOMPARE(model.schedule(), schedule);
        QCOMPARE(model.rowCount(), schedule.size());
        int repetitions = 0;
        for (int i = 0; i < model.rowCount(); ++i) {
            const QVariantMap row = model.get(i);
            QCOMPARE(row.value(u"timeMs"_s).toLongLong(), schedule.at(i).timeMs);
            if (row.value(u"breakId"_s).toString() == "every-10-min"_L1) {
                QCOMPARE(row.value(u"repetition"_s).toInt(), repetitions++);
                QCOMPARE(row.value(u"fraction"_s).toDouble(),
                         double(schedule.at(i).timeMs) / double(35 * 60 * 1000));
            }
            if (row.value(u"breakId"_s).toString() == "opportunity-2"_L1) {
                QCOMPARE(row.value(u"opportunity"_s).toInt(), 2);
                QCOMPARE(row.value(u"placed"_s).toBool(), false);
            }
        }
        QCOMPARE(repetitions, 3); // 10:00, 20:00, 30:00
        model.setDocument(r.document, -1);
        QCOMPARE(model.axisEndMs(), 600000 + 150000); // 10:00 is the latest placed mid-roll
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void adBreakModelFollowsPlayback()
    {
        QFile file(QStringLiteral(VASTQT_TEST_DATA_DIR "/vmap/repeating-vmap10.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const VmapParseResult parsed = VmapParser::parse(file.readAll());
        QVERIFY(parsed.ok());
        AdBreakModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(parsed.document, 35 * 60 * 1000);
        QCOMPARE(model.playingIndex(), -1);
        QCOMPARE(model.playedCount(), 0);

        // The repeating break (document index 0) has three rows; the next to play comes first.
        const int first = model.rowForBreak(0);
        QVERIFY(first >= 0);
        QCOMPARE(model.get(first).value(u"repetition"_s).toInt(), 0);
        QCOMPARE(model.rowForBreak(99), -1);

        QSignalSpy playback(&model, &AdBreakModel::playbackChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setBreakStarted(first);
        QCOMPARE(playback.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), first);
        QCOMPARE(model.playingIndex(), first);
        QCOMPARE(model.get(first).value(u"stateName"_s).toString(), u"playing"_s);
        QCOMPARE(model.get(first).value(u"state"_s).toInt(), int(AdBreakModel::State::Playing));
        QCOMPARE(model.get(first).value(u"currentAd"_s).toInt(), -1);

        model.setAdStarted(first, 0);
        QCOMPARE(model.get(first).value(u"currentAd"_s).toInt(), 0);
        QCOMPARE(model.get(first).value(u"adsStarted"_s).toInt(), 1);
        model.setAdStarted(first, 1);
        QCOMPARE(model.get(first).value(u"currentAd"_s).toInt(), 1);
        QCOMPARE(model.get(first).value(u"adsStarted"_s).toInt(), 2);
        QCOMPARE(playback.count(), 1); // still the same break

        model.setBreakEnded(first);
        QCOMPARE(playback.count(), 2);
        QCOMPARE(model.playingIndex(), -1);
        QCOMPARE(model.playedCount(), 1);
        QCOMPARE(model.get(first).value(u"stateName"_s).toString(), u"played"_s);
        QCOMPARE(model.get(first).value(u"currentAd"_s).toInt(), -1);
        QCOMPARE(model.get(first).value(u"adsStarted"_s).toInt(), 2);
        model.setBreakEnded(first); // once only
        QCOMPARE(playback.count(), 2);

        // The played row is skipped: the next repetition is the one to play.
        const int second = model.rowForBreak(0);
        QVERIFY(second > first);
        QCOMPARE(model.get(second).value(u"repetition"_s).toInt(), 1);

        // An ad starting in a break starts it; a break starting ends the one playing.
        model.setAdStarted(second, 0);
        QCOMPARE(model.playingIndex(), second);
        const int last = model.rowCount() - 1;
        model.setBreakStarted(last);
        QCOMPARE(model.playingIndex(), last);
        QCOMPARE(model.get(second).value(u"stateName"_s).toString(), u"played"_s);
        QCOMPARE(model.playedCount(), 2);

        // Out of range is ignored; a new schedule starts over.
        model.setBreakStarted(-1);
        model.setBreakEnded(model.rowCount());
        model.setAdStarted(model.rowCount(), 0);
        QCOMPARE(model.playingIndex(), last);
        const int before = int(playback.count());
        model.setDocument(parsed.document, 35 * 60 * 1000);
        QCOMPARE(playback.count(), before + 1);
        QCOMPARE(model.playingIndex(), -1);
        QCOMPARE(model.playedCount(), 0);
    }

    void vmapTagFillsTheBreaks()
    {
        TestServer server;
        QVERIFY(server.start());
        VastAdLoader loader;
        QAbstractItemModelTester tester(loader.breaks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy vmap(&loader, &VastAdLoader::vmapChanged);
        loader.classBegin();
        loader.setContentDurationMs(600000);
        loader.setSource(server.url(u"/data/vmap/pod-midroll-postroll.xml"_s));
        loader.componentComplete();
        QTRY_VERIFY_WITH_TIMEOUT(loader.status() == VastAdLoader::Status::Ready
                                     || loader.status() == VastAdLoader::Status::Error,
                                 10000);
        QVERIFY(loader.isVmap());
        QCOMPARE(vmap.count(), 1);
        AdBreakModel *breaks = loader.breaks();
        QCOMPARE(breaks->rowCount(), 3);
        QCOMPARE(breaks->contentDurationMs(), 600000);
        QCOMPARE(breaks->get(0).value(u"breakId"_s).toString(), u"preroll"_s);
        QCOMPARE(breaks->get(1).value(u"timeMs"_s).toLongLong(), 300000);
        QCOMPARE(breaks->get(2).value(u"positionName"_s).toString(), u"postroll"_s);

        // A VAST tag next: no breaks.
        QSignalSpy status(&loader, &VastAdLoader::statusChanged);
        loader.setSource(m_demo->tagUrl());
        QTRY_COMPARE(status.count(), 2); // Loading, Ready
        QCOMPARE(loader.status(), VastAdLoader::Status::Ready);
        QVERIFY(!loader.isVmap());
        QCOMPARE(vmap.count(), 2);
        QCOMPARE(breaks->rowCount(), 0);

        // A pasted VMAP document too.
        QFile file(QStringLiteral(VASTQT_TEST_DATA_DIR "/vmap/repeating-vmap10.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        loader.setSource(QUrl(u"about:pasted"_s));
        loader.setXml(QString::fromUtf8(file.readAll()));
        QTRY_VERIFY(loader.isVmap());
        QVERIFY(breaks->rowCount() >= 4);
    }
    // The client's break signals drive the rows: each break pending → playing → played, in
    // order, the pod's ads counted; the post-roll whose tag fails keeps its VMAP error.
    void vmapPlaybackMarksTheBreaks()
    {
        TestServer server;
        QVERIFY(server.start());
        QFile file(QStringLiteral(VASTQT_QML_TEST_DATA_DIR "/inspector-vmap.xml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray vmap = file.readAll();
        vmap.replace("{{BASE}}", m_demo->baseUrl().toString().toUtf8());
        vmap.replace("{{TEST}}", server.url(u"/"_s).toString().chopped(1).toUtf8());
        server.setBody(u"/vmap.xml"_s, vmap);

        VastAdLoader loader;
        AdBreakModel *breaks = loader.breaks();
        QAbstractItemModelTester tester(breaks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        loader.classBegin();
        loader.setContentDurationMs(600000);
        loader.setSource(server.url(u"/vmap.xml"_s));
        loader.componentComplete();
        VastPlayer player;
        player.classBegin();
        player.setLoader(&loader);
        player.setSpeed(0);
        player.setAutoPlay(true);
        player.componentComplete();

        // Record each row's state as the playback changes.
        QStringList transitions;
        connect(breaks, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from, const QModelIndex &) {
            const QVariantMap row = breaks->get(from.row());
            const QString state = row.value(u"stateName"_s).toString();
            if (state == "pending"_L1) // the load's break results arrive before the play
                return;
            const QString t = u"%1:%2"_s.arg(row.value(u"breakId"_s).toString(), state);
            if (transitions.isEmpty() || transitions.constLast() != t)
                transitions << t;
        });
        QSignalSpy started(loader.client(), &VastClient::breakStarted);
        QSignalSpy finished(&loader, &VastAdLoader::finished);
        QVERIFY(finished.wait(30000));

        QVERIFY(loader.isVmap());
        QCOMPARE(breaks->rowCount(), 4);
        QCOMPARE(breaks->schedule(), loader.client()->breaks());
        QCOMPARE(breaks->playingIndex(), -1);
        QCOMPARE(breaks->playedCount(), int(started.count()));
        QCOMPARE(transitions.value(0), u"preroll:playing"_s);
        QVERIFY2(transitions.indexOf(u"preroll:played"_s) < transitions.indexOf(u"midroll-1:playing"_s),
                 qPrintable(transitions.join(u' ')));
        QVERIFY2(transitions.indexOf(u"midroll-1:played"_s) < transitions.indexOf(u"midroll-2:playing"_s),
                 qPrintable(transitions.join(u' ')));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(breaks->get(i).value(u"stateName"_s).toString(), u"played"_s);
        const QVariantMap pre = breaks->get(0);
        QCOMPARE(pre.value(u"resolvedAds"_s).toInt(), 2);
        QCOMPARE(pre.value(u"adsStarted"_s).toInt(), 2);
        QCOMPARE(pre.value(u"result"_s).toString(), u"completed"_s);
        QCOMPARE(breaks->get(1).value(u"resolvedAds"_s).toInt(), 1);
        QCOMPARE(breaks->get(1).value(u"vmapError"_s).toInt(), 0);
        const QVariantMap post = breaks->get(3);
        QCOMPARE(post.value(u"positionName"_s).toString(), u"postroll"_s);
        QCOMPARE(post.value(u"resolvedAds"_s).toInt(), 0);
        QCOMPARE(post.value(u"result"_s).toString(), u"error"_s);
        QCOMPARE(post.value(u"vmapError"_s).toInt(), int(VmapErrorCode::RetrievalError)); // 1008: 404
        QCOMPARE(post.value(u"error"_s).toInt(), int(ErrorCode::WrapperTimeout));
        QVERIFY(post.value(u"stateName"_s).toString() != "playing"_L1);

        // The chain: the VMAP document, then the documents its breaks fetched.
        WrapperChainModel *chain = loader.wrapperChain();
        QCOMPARE(chain->get(0).value(u"type"_s).toString(), u"VMAP"_s);
        QCOMPARE(chain->get(0).value(u"vastVersion"_s).toString(), u"1.0"_s);
        QStringList urls;
        for (int i = 1; i < chain->rowCount(); ++i) {
            urls << chain->get(i).value(u"url"_s).toString();
            QVERIFY(urls.constLast() != chain->get(0).value(u"url"_s).toString()); // once
        }
        QVERIFY2(urls.contains(server.url(u"/vmap.xml"_s).toString() + u"#adbreak-0"_s), qPrintable(urls.join(u' ')));
        QVERIFY2(urls.contains(m_demo->tagUrl().toString()), qPrintable(urls.join(u' ')));
        QVERIFY2(urls.contains(server.url(u"/missing-postroll.xml"_s).toString()), qPrintable(urls.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(tst_QmlModels)
#include "tst_qmlmodels.moc"
