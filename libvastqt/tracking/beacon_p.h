// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_BEACON_P_H
#define VASTQT_BEACON_P_H

// Internal to libvastqt: not part of the public API.

namespace VastQt
{

class Beacon;

// Lets the Tracker start the beacons of one event from a single queued call instead of one
// queued call per Beacon::start().
struct BeaconAccess
{
    // Marks \a beacon started, as Beacon::start() does, without queueing its first attempt:
    // the caller must call sendFirstAttempt() from the event loop.
    static void markStarted(Beacon *beacon);
    // Runs the first attempt of a beacon marked started (what start()'s queued call does).
    static void sendFirstAttempt(Beacon *beacon);
};

} // namespace VastQt

#endif // VASTQT_BEACON_P_H
