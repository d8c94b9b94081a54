// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/adselector.h>

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

// AdSelector: SELECT in one place (ParseFilter, then the player's capabilities, ranked).
class tst_AdSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ranksPlayableFilesAndTypesRejections();
    void filterComesFirst();
    void everyFileRejected();
    void creativeChecks_data();
    void creativeChecks();
    void durationFilter();
    void resolvedAdKeepsChain();
};

namespace
{
MediaFile file(const QString &id, const QString &type, int w, int h, const QString &delivery = u"progressive"_s)
{
    MediaFile f;
    f.id = id;
    f.url = u"https://cdn.example/%1"_s.arg(id);
    f.type = type;
    f.width = w;
    f.height = h;
    f.delivery = delivery;
    return f;
}

Ad linearAd(const QList<MediaFile> &files, qint64 durationMs = 10000)
{
    Ad ad;
    ad.id = u"ad-1"_s;
    Creative c;
    c.kind = Creative::Kind::Linear;
    c.linear.durationMs = durationMs;
    c.linear.mediaFiles = files;
    ad.creatives.append(c);
    return ad;
}
} // namespace

void tst_AdSelector::ranksPlayableFilesAndTypesRejections()
{
    const Ad ad = linearAd({
        file(u"flv"_s, u"video/x-flv"_s, 1280, 720),
        file(u"small"_s, u"video/mp4"_s, 640, 360),
        file(u"stream"_s, u"video/mp4"_s, 1280, 720, u"streaming"_s),
        file(u"hd"_s, u"video/mp4"_s, 1280, 720),
        file(u"vpaid"_s, u"application/javascript"_s, 1280, 720),
    });
    const SelectedAd s = AdSelector().select(ad);
    QVERIFY(s.isPlayable());
    QCOMPARE(s.error, ErrorCode::NoError);
    QCOMPARE(s.creativeIndex, 0);
    // Progressive first, then closest to 1280x720; streaming last.
    QCOMPARE(s.mediaFiles.size(), 3);
    QCOMPARE(s.mediaFiles.at(0).index, 3);
    QCOMPARE(s.mediaFiles.at(1).index, 1);
    QCOMPARE(s.mediaFiles.at(2).index, 2);
    QCOMPARE(s.mediaFileIndex(), 3);
    QCOMPARE(s.mediaFile().id, u"hd"_s);
    QVERIFY2(s.mediaFileReason().contains(u"closest to the 1280x720 player"_s), qPrintable(s.mediaFileReason()));
    QVERIFY(s.mediaFiles.at(1).reason.contains(u"candidate 2 of 3"_s));
    // Typed rejections keep the index in the Linear.
    QCOMPARE(s.rejections.size(), 2);
    QCOMPARE(s.rejections.at(0).index, 0);
    QCOMPARE(s.rejections.at(0).reason, MediaFileRejection::Reason::UnsupportedType);
    QCOMPARE(s.rejections.at(1).index, 4);
    QCOMPARE(s.rejections.at(1).reason, MediaFileRejection::Reason::Interactive);
    QVERIFY(s.rejectionLines().at(0).startsWith(u"#0 id=flv video/x-flv: "_s));
}

void tst_AdSelector::filterComesFirst()
{
    // The MP4 is closer to the player, but the filter accepts only WebM: the WebM is played.
    const Ad ad = linearAd({file(u"mp4"_s, u"video/mp4"_s, 1280, 720), file(u"webm"_s, u"video/webm"_s, 640, 360)});
    ParseFilter filter;
    filter.mediaTypes = {u"video/webm"_s};
    const SelectedAd s = AdSelector(MediaFileSelector::Config(), filter).select(ad);
    QVERIFY(s.isPlayable());
    QCOMPARE(s.mediaFiles.size(), 1);
    QCOMPARE(s.mediaFile().id, u"webm"_s);
    QCOMPARE(s.mediaFileIndex(), 1);
    QCOMPARE(s.rejections.size(), 1);
    QCOMPARE(s.rejections.at(0).index, 0);
    QCOMPARE(s.rejections.at(0).reason, MediaFileRejection::Reason::Filter);
    QVERIFY(s.rejections.at(0).text.startsWith(u"#0 id=mp4 video/mp4: filter: "_s));
}

void tst_AdSelector::everyFileRejected()
{
    const Ad ad = linearAd({file(u"mp4"_s, u"video/mp4"_s, 1280, 720)});
    ParseFilter filter;
    filter.mediaTypes = {u"video/webm"_s};
    const SelectedAd byFilter = AdSelector(MediaFileSelector::Config(), filter).select(ad);
    QVERIFY(!byFilter.isPlayable());
    QCOMPARE(byFilter.error, ErrorCode::NoSupportedMediaFile);
    QVERIFY(byFilter.errorString.contains(u"filter rejects every MediaFile"_s));

    const SelectedAd none = AdSelector().select(linearAd({file(u"flv"_s, u"video/x-flv"_s, 1, 1)}));
    QCOMPARE(none.error, ErrorCode::NoSupportedMediaFile);
    QVERIFY(none.errorString.contains(u"No supported MediaFile"_s));
    QCOMPARE(none.mediaFileIndex(), -1);
    QVERIFY(none.mediaFileReason().contains(u"(403)"_s));

    const SelectedAd empty = AdSelector().select(linearAd({}));
    QCOMPARE(empty.error, ErrorCode::NoSupportedMediaFile);
}

void tst_AdSelector::creativeChecks_data()
{
    QTest::addColumn<int>("kind"); // 0 wrapper, 1 no creatives, 2 only NonLinear, 3 index out of range, 4 companion index
    QTest::addColumn<int>("creativeIndex");
    QTest::addColumn<int>("expected");
    QTest::newRow("wrapper") << 0 << -1 << int(ErrorCode::TraffickingError);
    QTest::newRow("no creatives") << 1 << -1 << int(ErrorCode::TraffickingError);
    QTest::newRow("only NonLinear") << 2 << -1 << int(ErrorCode::LinearityMismatch);
    QTest::newRow("index out of range") << 3 << 5 << int(ErrorCode::TraffickingError);
    QTest::newRow("NonLinear index") << 2 << 0 << int(ErrorCode::LinearityMismatch);
}

void tst_AdSelector::creativeChecks()
{
    QFETCH(int, kind);
    QFETCH(int, creativeIndex);
    QFETCH(int, expected);
    Ad ad = linearAd({file(u"mp4"_s, u"video/mp4"_s, 1280, 720)});
    switch (kind) {
    case 0:
        ad.type = Ad::Type::Wrapper;
        break;
    case 1:
        ad.creatives.clear();
        break;
    case 2:
        ad.creatives.first().kind = Creative::Kind::NonLinear;
        break;
    default:
        break;
    }
    const SelectedAd s = AdSelector().select(ad, creativeIndex);
    QCOMPARE(int(s.error), expected);
    QVERIFY(!s.isPlayable());
    QVERIFY(!s.errorString.isEmpty());
}

void tst_AdSelector::durationFilter()
{
    ParseFilter filter;
    filter.maxDurationMs = 5000;
    const SelectedAd s = AdSelector(MediaFileSelector::Config(), filter)
                             .select(linearAd({file(u"mp4"_s, u"video/mp4"_s, 1280, 720)}, 10000));
    QCOMPARE(s.error, ErrorCode::DurationMismatch);
    QVERIFY(s.mediaFiles.isEmpty());
}

void tst_AdSelector::resolvedAdKeepsChain()
{
    ResolvedAd r;
    r.ad = linearAd({file(u"mp4"_s, u"video/mp4"_s, 1280, 720)});
    WrapperHop hop;
    hop.url = QUrl(u"http://127.0.0.1/tag.xml"_s);
    r.chain = {hop};
    const SelectedAd s = AdSelector().select(r);
    QCOMPARE(s.chain, r.chain);
    QCOMPARE(s.ad, r.ad);
}

QTEST_GUILESS_MAIN(tst_AdSelector)
#include "tst_adselector.moc"
