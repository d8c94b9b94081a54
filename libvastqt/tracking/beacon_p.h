// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

//
//  W A R N I N G
//  -------------
//
// This file is not part of the VastQt API. It may change without notice.
//

#ifndef VASTQT_BEACON_P_H
#define VASTQT_BEACON_P_H

#include <VastQt/beacon.h>
#include <VastQt/transport.h>

#include <QtCore/QString>

namespace VastQt
{

class Beacon;

// Told of a Beacon's end and destruction by a direct call instead of a signal connection
// (a connection per beacon cost as much as the rest of its answer's handling). The Tracker
// is one.
class BeaconObserver
{
public:
    // Called when the beacon reaches Tracked or Failed, after stateChanged() and
    // errorOccurred(), before Beacon::finished() (where a connection made at creation ran).
    // The beacon may be deleted from here.
    virtual void beaconFinished(Beacon *beacon) = 0;
    // Called from ~Beacon() (not when the observer detached itself first).
    virtual void beaconDestroyed(Beacon *beacon) = 0;

protected:
    ~BeaconObserver() = default;
};

// Lets the Tracker build beacons from an expanded URL text (no QUrl until someone asks for
// one) and start the beacons of one event from a single queued call.
struct BeaconAccess
{
    // A Pending beacon for the expanded URL \a urlText. When \a validityKnown, \a valid says
    // whether the URL is valid (from its template); otherwise it is parsed when sent.
    static Beacon *create(Transport *transport, const QString &event, const QString &templateUrl,
        const QString &urlText, bool validityKnown, bool valid, qint64 offsetMs, const RetryPolicy &policy,
        BeaconObserver *observer, QObject *parent);
    // Sets (or, with nullptr, removes) the observer of \a beacon.
    static void setObserver(Beacon *beacon, BeaconObserver *observer);
    // Marks \a beacon started, as Beacon::start() does, without queueing its first attempt:
    // the caller must call sendFirstAttempt() from the event loop.
    static void markStarted(Beacon *beacon);
    // Runs the first attempt of a beacon marked started (what start()'s queued call does).
    static void sendFirstAttempt(Beacon *beacon);
};

} // namespace VastQt

#endif // VASTQT_BEACON_P_H
