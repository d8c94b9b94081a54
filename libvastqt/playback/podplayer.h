// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_PODPLAYER_H
#define VASTQT_PODPLAYER_H

#include <VastQt/vastqt_export.h>
#include <VastQt/vastqtnamespace.h>
#include <VastQt/adselector.h>
#include <VastQt/playbacksession.h>
#include <VastQt/beacon.h>
#include <VastQt/macroexpander.h>
#include <VastQt/trackingcontext.h>

#include <QtCore/QObject>

#include <functional>
#include <memory>

namespace VastQt
{

class Player;
class Tracker;
class Transport;

/*!
    \brief One ad played (or tried) by a PodPlayer: a slot of the pod, in play order.

    podIndex is the slot (0-based position in the pod); a replacement has the podIndex of
    the slot it fills and replacement = true, replacedAdId the id of the pod ad that
    failed. podSequence and adCount are the [PODSEQUENCE] and [ADCOUNT] values its beacons
    carry. session is its playback session (status Pending when it never reached a
    player), error / errorString why it failed (NoError when it played), phase where
    (select: AdSelector refused it before play; play: the player).
*/
struct VASTQT_EXPORT PodAdPlay {
    Q_GADGET
    Q_PROPERTY(int podIndex MEMBER podIndex)
    Q_PROPERTY(int podSequence MEMBER podSequence)
    Q_PROPERTY(int adCount MEMBER adCount)
    Q_PROPERTY(VastQt::Ad ad MEMBER ad)
    Q_PROPERTY(bool replacement MEMBER replacement)
    Q_PROPERTY(QString replacedAdId MEMBER replacedAdId)
    Q_PROPERTY(VastQt::PlaybackSession session MEMBER session)
    Q_PROPERTY(VastQt::ErrorCode error MEMBER error)
    Q_PROPERTY(VastQt::Phase phase MEMBER phase)
    Q_PROPERTY(QString errorString MEMBER errorString)
public:
    //! The slot: the 0-based position in the pod (a replacement has the slot it fills).
    int podIndex = -1;
    //! The [PODSEQUENCE] value its beacons carry: the ad's sequence attribute (a buffet ad takes its slot's).
    int podSequence = -1;
    //! The [ADCOUNT] value its beacons carry: the ads of this pod played before it, plus one.
    int adCount = -1;
    //! The ad played or tried.
    Ad ad;
    //! True when the ad is a buffet ad filling a failed slot.
    bool replacement = false;
    //! For a replacement: the id of the pod ad that failed.
    QString replacedAdId;
    //! Its playback session (status Pending when it never reached a player).
    PlaybackSession session;
    //! Why it failed; NoError when it played.
    ErrorCode error = ErrorCode::NoError;
    //! Where it failed: Select (refused before play) or Play (the player).
    Phase phase = Phase::Play;
    //! The failure in words, empty when it played.
    QString errorString;
    /*! Whether the ad played (it reached the player and did not end in Error). */
    bool played() const { return error == ErrorCode::NoError; }
};

class PodPlayerPrivate;

/*!
    \brief Plays 1..n SelectedAds in sequence, each with its own Tracker and Player, and
    replaces an ad that fails by an unplayed stand-alone (buffet) ad (VAST 4.3 §3.3.1,
    "Playing a Pod of Ads"). A single ad is a pod of one.

    setAds() gives the pod in play order (WrapperResolver order: pod ads by sequence), as
    AdSelector left each ad (AdResponse::selectedAds); setBuffet() the stand-alone InLine
    ads that may substitute (AdResponse::buffet). play() then, from the event loop, for
    each slot:
    \list 1
    \li makes a Tracker whose context is trackingContext() plus [PODSEQUENCE] = the ad's
        sequence (a buffet ad takes the sequence of the slot it fills, as WrapperResolver
        does for fallbackOnNoAd) and [ADCOUNT] = how many ads of this pod played before it,
        plus one (IAB macro registry: the count of InLine ads played in the chain, the
        executing one included, from 1);
    \li when the ParseFilter refused the ad (SelectedAd::isRefusedByFilter(): 202, 403),
        fires its Error URIs with the code (phase select);
    \li otherwise plays it with a Player from playerFactory() (a HeadlessPlayer at speed 0
        by default), which reports the SelectedAd's other refusals (200, 201, 403) or loads
        its ranked MediaFiles and fires every event, errors included (400, 401, 402, 405),
        in phase play;
    \li when the ad failed (before or during play), plays the first unused buffet ad in its
        place, the same way; with no buffet ad left, moves on to the next slot.
    \endlist
    The first \a preRejected ads given to setAds() were already refused by the
    Orchestrator's SELECT phase, which fired their Error URIs: they are replaced without
    firing again. stop() stops the playing ad and the rest of the pod.

    finished() comes once, after the last slot ended (the beacons may still be on their
    way: isIdle() says when they are all answered). Trackers and players stay alive, owned
    by the pod player, until it is destroyed, so beacons() stay valid.
*/
class VASTQT_EXPORT PodPlayer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodPlayer)
public:
    /*! Fires beacons through \a transport (not owned; must outlive the pod player). */
    explicit PodPlayer(Transport *transport, QObject *parent = nullptr);
    ~PodPlayer() override;

    /*! The pod in play order; the first \a preRejected were refused by SELECT. Only before play(). */
    void setAds(const QList<SelectedAd> &ads, int preRejected = 0);
    //! The pod given to setAds(), in play order.
    QList<SelectedAd> ads() const;
    /*! The stand-alone InLine ads that may replace a failed pod ad, in order of use. */
    void setBuffet(const QList<SelectedAd> &buffet);
    //! The buffet given to setBuffet().
    QList<SelectedAd> buffet() const;

    //! The macro values of every ad's Tracker; [PODSEQUENCE] and [ADCOUNT] are added per ad. Only before play().
    void setTrackingContext(const TrackingContext &context);
    //! The macro values set with setTrackingContext().
    TrackingContext trackingContext() const;
    //! The retry policy of every beacon. Only before play().
    void setRetryPolicy(const RetryPolicy &policy);
    //! The macro expander of every ad's Tracker. Only before play().
    void setMacroExpander(const MacroExpander &expander);
    /*! Makes the player of each ad, given the SelectedAd it will play (PlayerFactory::create()
        chooses by it); default: a HeadlessPlayer at speed 0. The pod player owns what it returns. */
    void setPlayerFactory(const std::function<Player *(const SelectedAd &)> &factory);

    /*! Starts the pod from the event loop; false if play() was called before. */
    bool play();
    /*! Stops the playing ad; the remaining slots are not played. */
    void stop();
    //! True once finished() was emitted.
    bool isFinished() const;
    /*! True when every tracker's beacons are answered or given up. */
    bool isIdle() const;

    /*! Every ad played or tried so far, in order. */
    QList<PodAdPlay> plays() const;
    /*! The number of slots (ads given to setAds()). */
    int slotCount() const;
    /*! The pod's outcome: Completed when every slot's last ad completed; otherwise the
        status of the first slot that did not (Error for a slot that ended without an ad
        or was never played; Stopped for the slots after stop()). */
    PlaybackSession::Status status() const;
    /*! The player and tracker of the ad playing now (or last); nullptr before play(). */
    Player *currentPlayer() const;
    //! The tracker of the ad playing now (or last); nullptr before play().
    Tracker *currentTracker() const;
    /*! The SelectedAd playing now (or last); an empty one before play(). */
    SelectedAd currentAd() const;
    /*! The index in plays() of the ad playing now (or last), -1 before play(). */
    int currentPlay() const;
    /*! Every beacon of the pod, in creation order. */
    QList<Beacon *> beacons() const;

Q_SIGNALS:
    /*! plays()[\a playIndex] (slot \a podIndex) starts: currentTracker() is its tracker and
        currentPlayer() its player, not yet playing; an ad refused in select has no
        player, and a preRejected one no tracker. */
    void adStarted(int podIndex, int playIndex);
    /*! plays()[\a playIndex] ended (played or failed). */
    void adFinished(int podIndex, int playIndex);
    //! A beacon of plays()[\a playIndex] was created (its state changes follow).
    void beaconCreated(VastQt::Beacon *beacon, int playIndex);
    //! A beacon reached Tracked or Failed.
    void beaconFinished(VastQt::Beacon *beacon);
    /*! An ad of the pod failed with \a code (its Error URIs were fired). */
    void errorOccurred(VastQt::ErrorCode code, VastQt::Phase phase, const QString &message);
    //! Emitted once, after the last slot ended (beacons may still be on their way, see isIdle()).
    void finished();

private:
    std::unique_ptr<PodPlayerPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_PODPLAYER_H
