// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_QML_TYPES_H
#define VASTQT_QML_TYPES_H

#include <VastQt/vastclient.h>
#include <VastQt/player.h>
#include <VastQt/beacon.h>
#include <VastQt/metricsmiddleware.h>
#include <VastQt/vastqtnamespace.h>

#include <QtQml/qqml.h>

/*
    Foreign registrations: library types that need nothing QML-specific are exposed as they
    are (STYLE.md §8), so QML reads their enums: Vast.WrapperTimeout, Beacon.Tracked,
    Player.Playing, VastClient.Ready.
*/

/*! The namespace-wide enums of libvastqt (ErrorCode, Phase, and VmapErrorCode through its
    related scope VastQt::Vmap) as \c Vast in QML. */
namespace VastForeign
{
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(VastQt)
QML_NAMED_ELEMENT(Vast)
} // namespace VastForeign

/*! VastQt::Beacon, uncreatable: its State enum and the objects a timeline hands out. */
struct BeaconForeign
{
    Q_GADGET
    QML_FOREIGN(VastQt::Beacon)
    QML_NAMED_ELEMENT(Beacon)
    QML_UNCREATABLE("Beacons are created by the tracker")
};

/*! VastQt::Player, uncreatable: its State enum (VastPlayer.state uses it). */
struct PlayerForeign
{
    Q_GADGET
    QML_FOREIGN(VastQt::Player)
    QML_NAMED_ELEMENT(Player)
    QML_UNCREATABLE("Use VastPlayer")
};

/*! VastQt::MetricsMiddleware, uncreatable: VastAdLoader.metrics hands out its instance. */
struct MetricsMiddlewareForeign
{
    Q_GADGET
    QML_FOREIGN(VastQt::MetricsMiddleware)
    QML_NAMED_ELEMENT(SourceMetrics)
    QML_UNCREATABLE("Use VastAdLoader.metrics")
};

/*! VastQt::VastClient, uncreatable: VastAdLoader.client hands out its instance. */
struct VastClientForeign
{
    Q_GADGET
    QML_FOREIGN(VastQt::VastClient)
    QML_NAMED_ELEMENT(VastClient)
    QML_UNCREATABLE("Use VastAdLoader")
};

#endif // VASTQT_QML_TYPES_H
