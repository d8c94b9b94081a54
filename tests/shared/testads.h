// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_TESTS_TESTADS_H
#define VASTQT_TESTS_TESTADS_H

#include <VastQt/adselector.h>
#include <VastQt/vastmodel.h>
#include <VastQt/beacon.h>

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <functional>

namespace VastQt
{
class Player;
}

class TestServer;

/*!
    \brief Ads built in code whose beacons go to a TestServer, and a readable form of the
    beacons they fire, for the playback tests that run players without a VastClient.
*/
namespace TestAds
{

/*!
    An InLine ad \a id with one Linear creative of \a durationMs and one progressive
    MediaFile of \a mimeType (640x360). Its Impression, start and complete URIs are
    \c /track/<event>?ad=<id>&seq=[PODSEQUENCE]&n=[ADCOUNT]&bp=[BREAKPOSITION] on
    \a server, its Error URI \c /track/error?...&code=[ERRORCODE]. \a sequence 0: not a pod ad.
*/
VastQt::Ad linearAd(const TestServer &server, const QString &id, int sequence = 0, qint64 durationMs = 10000,
    const QString &mimeType = QStringLiteral("video/mp4"));

/*! A player factory (PodPlayer::setPlayerFactory()) making HeadlessPlayers at speed 0
    and counting them in \a count. */
std::function<VastQt::Player *(const VastQt::SelectedAd &)> headlessFactory(int *count);

/*! No retries, 2 s per attempt: a beacon that fails says so at once. */
VastQt::RetryPolicy noRetries();

/*! "<last path segment> k=v ..." for the \a keys present in \a url's query, in \a keys order. */
QString beaconLine(const QUrl &url, const QStringList &keys);
/*! beaconLine() of each beacon, in the given (firing) order. */
QStringList beaconLines(const QList<VastQt::Beacon *> &beacons, const QStringList &keys);
/*! beaconLine() of each request \a server received under /track/, sorted (requests may
    arrive in any order over several connections). */
QStringList receivedLines(const TestServer &server, const QStringList &keys);
/*! \a list sorted, to compare with receivedLines(). */
inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
/*! The beacon lines of a linearAd() \a id that played through: impression, start,
    complete, with [PODSEQUENCE] \a seq, [ADCOUNT] \a n and [BREAKPOSITION] \a bp. */
QStringList playedBeacons(const QString &id, int seq, int n, int bp = -1);
/*! QCOMPAREs \a fired (beacon lines in firing order) with \a expected, then what \a server
    received under /track/ with the same lines in any order. */
void compareFired(
    const QStringList &fired, const QStringList &expected, const TestServer &server, const QStringList &keys);

/*!
    Starts \a playing (a PodPlayer or a BreakPlayer: play(), isIdle(), finished()), waits
    up to 10 s for its finished() and then for every beacon to be answered. True when all
    that happened and finished() came exactly once.
*/
template <typename Playing> bool playToEnd(Playing &playing)
{
    QSignalSpy finished(&playing, &Playing::finished);
    if (!playing.play() || !finished.wait(10000))
        return false;
    if (!QTest::qWaitFor([&playing] { return playing.isIdle(); }, 10000))
        return false;
    QTest::qWait(0); // a second finished() would have come by now
    return finished.size() == 1;
}

} // namespace TestAds

#endif // VASTQT_TESTS_TESTADS_H
