// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "testads.h"

#include "testserver.h"

#include <VastQt/headlessplayer.h>

#include <QtCore/QUrlQuery>

using namespace Qt::StringLiterals;

namespace TestAds
{

VastQt::Ad linearAd(
    const TestServer &server, const QString &id, int sequence, qint64 durationMs, const QString &mimeType)
{
    const auto track = [&server, &id](const QString &event) {
        // The macros stay unexpanded in the template: the Tracker expands them.
        return server.url(u"/track/"_s + event).toString() + u"?ad="_s + id
            + u"&seq=[PODSEQUENCE]&n=[ADCOUNT]&bp=[BREAKPOSITION]"_s;
    };
    VastQt::Ad ad;
    ad.id = id;
    ad.sequence = sequence;
    ad.adSystem.name = u"VastQt Test"_s;
    ad.adTitle = id;
    ad.impressions = { VastQt::VastUri { QString(), track(u"impression"_s) } };
    ad.errors = { track(u"error"_s) + u"&code=[ERRORCODE]"_s };
    VastQt::Creative creative;
    creative.kind = VastQt::Creative::Kind::Linear;
    creative.id = id + u"-c"_s;
    creative.linear.durationMs = durationMs;
    for (const QString &event : { u"start"_s, u"complete"_s }) {
        VastQt::TrackingEvent t;
        t.event = event;
        t.url = track(event);
        creative.linear.trackingEvents.append(t);
    }
    VastQt::MediaFile file;
    file.id = id + u"-file"_s;
    file.url = server.url(u"/media/"_s + id).toString();
    file.delivery = u"progressive"_s;
    file.type = mimeType;
    file.width = 640;
    file.height = 360;
    creative.linear.mediaFiles = { file };
    ad.creatives = { creative };
    return ad;
}

std::function<VastQt::Player *(const VastQt::SelectedAd &)> headlessFactory(int *count)
{
    return [count](const VastQt::SelectedAd &) {
        ++*count;
        auto *player = new VastQt::HeadlessPlayer;
        player->setSpeedFactor(0);
        return player;
    };
}

VastQt::RetryPolicy noRetries()
{
    VastQt::RetryPolicy retry;
    retry.maxRetries = 0;
    retry.timeoutMs = 2000;
    return retry;
}

QString beaconLine(const QUrl &url, const QStringList &keys)
{
    const QUrlQuery query(url);
    QString line = url.path().section(u'/', -1);
    for (const QString &key : keys) {
        if (query.hasQueryItem(key))
            line += u' ' + key + u'=' + query.queryItemValue(key, QUrl::FullyDecoded);
    }
    return line;
}

QStringList beaconLines(const QList<VastQt::Beacon *> &beacons, const QStringList &keys)
{
    QStringList out;
    out.reserve(beacons.size());
    for (const VastQt::Beacon *b : beacons)
        out.append(beaconLine(b->url(), keys));
    return out;
}

QStringList receivedLines(const TestServer &server, const QStringList &keys)
{
    QStringList out;
    for (const TestServer::Request &r : server.requestsWithPrefix(u"/track/"_s))
        out.append(beaconLine(r.url, keys));
    out.sort();
    return out;
}

QStringList playedBeacons(const QString &id, int seq, int n, int bp)
{
    QStringList out;
    for (const QString &event : { u"impression"_s, u"start"_s, u"complete"_s })
        out.append(u"%1 ad=%2 seq=%3 n=%4 bp=%5"_s.arg(event, id).arg(seq).arg(n).arg(bp));
    return out;
}

void compareFired(
    const QStringList &fired, const QStringList &expected, const TestServer &server, const QStringList &keys)
{
    QCOMPARE(fired, expected);
    QCOMPARE(receivedLines(server, keys), sorted(expected));
}

} // namespace TestAds
