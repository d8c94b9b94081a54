// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_TRACKER_H
#define VASTQT_TRACKER_H

#include <VastQt/vastqt_export.h>
#include <VastQt/vastqtnamespace.h>

#include <VastQt/vastmodel.h>
#include <VastQt/adtimeline.h>
#include <VastQt/beacon.h>
#include <VastQt/macroexpander.h>
#include <VastQt/trackingcontext.h>

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

namespace VastQt
{

class Transport;
class TrackerPrivate;

/*!
    \brief Fires the VAST tracking events of one ad (DESIGN.md verb "track", seed 000;
    VAST 4.3 §2.3.4, §3.14).

    Give it the InLine Ad (with its Wrappers' Impression, Error, Tracking and ClickTracking
    URIs already merged in) and the index of its Linear creative, then report what happens:
    trackImpression(), trackEvent("start"), updatePosition() as the ad plays, trackEvent(
    "complete"), trackClick(), trackError(). Each accepted event records its name in
    trackedEvents() and creates one Beacon per URI, all at once (multiple <Impression>s are
    requested together, §2.3.4). A Beacon retries per setRetryPolicy() and never blocks or
    stops the tracker: a failed beacon only ends Failed.

    Macros are expanded when a beacon is created, with the tracker's context (setContext())
    plus: [ADPLAYHEAD] = the last updatePosition(), [ERRORCODE] = the code given to
    trackError(), and, when the context leaves them unknown, [ADSERVINGID], [UNIVERSALADID],
    [PODSEQUENCE] and [ADTYPE] taken from the ad. [TIMESTAMP] and [CACHEBUSTING] are
    therefore those of the moment the event fired, the same for every retry.

    Event rules (illegal calls return false, log a warning and fire nothing):
    - once per ad: impression, creativeView, loaded, start, firstQuartile, midpoint,
      thirdQuartile, complete, skip, close, closeLinear, notUsed, interactiveStart,
      acceptInvitation, overlayViewDuration, verificationNotExecuted, and each progress
      offset;
    - paired states: pause/resume, mute/unmute, fullscreen/exitFullscreen,
      playerExpand/playerCollapse, expand/collapse, adExpand/adCollapse: the first of a
      pair only when not in that state, the second only when in it (the mute and
      fullscreen states start from TrackingContext::playerState);
    - repeatable: rewind, minimize, otherAdInteraction, timeSpentViewing, click, error,
      and event names outside the IAB list that the Linear has <Tracking> for;
    - after complete, skip, close or closeLinear the playback events (loaded, start,
      quartiles, progress, complete, skip, pause, resume, rewind) are refused;
    - notUsed only before impression, creativeView and start, and nothing after it.

    Signals are queued: eventTracked() and beaconCreated() are emitted from the event loop
    right after the call that caused them, in call order, never from inside it.
*/
class VASTQT_EXPORT Tracker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Tracker)
public:
    /*! A tracker sending through \a transport, which must outlive it. */
    explicit Tracker(Transport *transport, QObject *parent = nullptr);
    ~Tracker() override;

    /*!
        Sets the ad to track: \a ad is the InLine ad (Wrapper URIs merged in),
        \a creativeIndex the index of its Linear creative in ad.creatives (-1: none, then
        only impression, error, trackUrls() and events without URIs work). Resets the event
        state (fired events, trackedEvents(), position, duration); beacons already created
        stay in beacons() and keep running.
    */
    void setAd(const Ad &ad, int creativeIndex);
    //! The ad given to setAd().
    Ad ad() const;
    //! The index of the tracked Linear creative in ad().creatives; -1 when none.
    int creativeIndex() const;

    //! The macro values beyond the ad's own (device, app, consent, ...) used for the beacons created from now on.
    void setContext(const TrackingContext &context);
    //! The macro values set with setContext() (with the values the tracker sets itself, such as [ADPLAYHEAD]).
    TrackingContext context() const;

    /*! The retry policy of the beacons created from now on. */
    void setRetryPolicy(const RetryPolicy &policy);
    //! The retry policy of the beacons created from now on.
    RetryPolicy retryPolicy() const;

    /*! The expander (clock, random seed, policies) used from now on; copied. */
    void setMacroExpander(const MacroExpander &expander);
    //! A copy of the expander in use.
    MacroExpander macroExpander() const;
    /*! Shortcut for the expander's MacroExpander::setUnknownMacroPolicy(). */
    void setUnknownMacroPolicy(MacroExpander::UnknownMacroPolicy policy);

    /*! The ad duration in milliseconds for quartiles and n% progress offsets; defaults to
        the Linear's durationMs (setAd() resets it). <= 0: unknown, no quartiles. A new
        duration makes a new timeline() from the Linear. */
    void setDurationMs(qint64 ms);
    //! The ad duration in ms; <= 0 when unknown.
    qint64 durationMs() const;

    /*!
        Sets the milestones updatePosition() fires: \a timeline must be the AdTimeline of
        the Linear of the creative given to setAd() (a Player builds it once per ad and
        hands it over, so it is not computed twice). Sets durationMs() to the timeline's
        duration. Milestones fired before stay fired. setAd() and a new setDurationMs()
        replace it with one built from the Linear.
    */
    void setTimeline(const AdTimeline &timeline);
    /*! The milestones updatePosition() fires: the one given to setTimeline(), or else the
        AdTimeline of the Linear for durationMs() (empty without a Linear creative). */
    AdTimeline timeline() const;
    /*! The last position given to updatePosition(), in milliseconds (0 before any). */
    qint64 positionMs() const;

    /*! Fires every <Impression> URI together, once per ad. False if already fired (or
        after notUsed). */
    Q_INVOKABLE bool trackImpression();
    /*! Fires every <Tracking event="\a event"> URI of the Linear (and, for
        verificationNotExecuted, of the <Verification>s), per the rules in the class
        description. Returns true when the event was accepted, even if it has no URI. */
    Q_INVOKABLE bool trackEvent(const QString &event);
    /*! Fires the verificationNotExecuted URIs of every <Verification> of the ad, once per
        ad, with [REASON] = \a reasonCode (VAST 4.3 §3.17.4): 1 the player rejected the
        verification resource, 2 it is not supported (VastQt runs no verification code: the
        players send 2), 3 an error while loading it. Returns false for another code or when
        the event was already tracked. */
    Q_INVOKABLE bool trackVerificationNotExecuted(int reasonCode);
    /*!
        The ad playhead moved to \a positionMs (milliseconds, >= 0): sets [ADPLAYHEAD] and
        fires, in the order of timeline() and each once, the milestones reached:
        firstQuartile at 25% of durationMs(), midpoint at 50%, thirdQuartile at 75%, and
        every progress offset (HH:MM:SS[.mmm] or n%) that has a URI. Does not fire start
        or complete: the player calls trackEvent() for those.
    */
    Q_INVOKABLE void updatePosition(qint64 positionMs);
    /*! Fires the <VideoClicks><ClickTracking> URIs (repeatable); event "click". */
    Q_INVOKABLE bool trackClick();
    /*! Fires the ad's <Error> URIs with [ERRORCODE] = \a code; event "error". */
    Q_INVOKABLE void trackError(VastQt::ErrorCode code);
    /*! Fires \a urls (macros expanded as for any event) as beacons of \a event, e.g. the
        Error URIs of a failed Wrapper chain. */
    Q_INVOKABLE void trackUrls(const QString &event, const QStringList &urls);

    /*! The accepted events in order: "impression", "creativeView", "start", ... */
    QStringList trackedEvents() const;
    /*! Every beacon created, in creation order; owned by the tracker. */
    QList<Beacon *> beacons() const;
    /*! True when no beacon is Pending, Sending or Waiting. */
    bool isIdle() const;

    /*! The IAB event names that trackEvent() accepts (VAST 4.3 §3.14.1, plus
        verificationNotExecuted and the VAST 2/3 names). */
    static QStringList knownEvents();

Q_SIGNALS:
    /*! An event was accepted; \a offsetMs is the ad playhead (ms) when it fired. */
    void eventTracked(const QString &event, qint64 offsetMs);
    //! A beacon was created and started (its state changes follow).
    void beaconCreated(VastQt::Beacon *beacon);
    //! A beacon reached Tracked or Failed.
    void beaconFinished(VastQt::Beacon *beacon);
    /*! The last outstanding beacon finished (emitted after its beaconFinished()). */
    void idle();

private:
    std::unique_ptr<TrackerPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_TRACKER_H
