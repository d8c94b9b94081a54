// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_BREAKPLAYER_H
#define VASTQT_BREAKPLAYER_H

#include <VastQt/vastqt_export.h>
#include <VastQt/vastqtnamespace.h>
#include <VastQt/adrequest.h>
#include <VastQt/vmapprotocolhandler.h>
#include <VastQt/vmapparser.h>
#include <VastQt/beacon.h>
#include <VastQt/macroexpander.h>
#include <VastQt/trackingcontext.h>

#include <QtCore/QObject>

#include <functional>
#include <memory>

namespace VastQt
{

class PodPlayer;
class Tracker;
class Transport;

/*!
    \brief What became of one scheduled VMAP break: its state, and why it failed.

    error is the VAST code, vmapError the VMAP code sent with the break's error tracking
    (1003 break type not linear, 1004 ad response, 1005 template type, 1006 extraction,
    1007 timeout, 1008 retrieval; IAB VMAP 1.0.1 §2.4), message the reason in words.
*/
struct VASTQT_EXPORT BreakOutcome {
    Q_GADGET
    Q_PROPERTY(State state MEMBER state)
    Q_PROPERTY(VastQt::ErrorCode error MEMBER error)
    Q_PROPERTY(VastQt::VmapErrorCode vmapError MEMBER vmapError)
    Q_PROPERTY(QString message MEMBER message)
public:
    /*!
        \value Pending     not reached yet
        \value Playing     its breakStart fired, its ads are playing
        \value Completed   every slot of its pod completed
        \value Skipped     an ad of it was skipped
        \value Stopped     stop() ended it, or the run stopped before it
        \value Error       no ad, or a slot ended without an ad
        \value Unplaced    its time offset cannot be placed without the content duration
        \value Unsupported its breakType has no "linear" (error tracking with 1003)
    */
    enum class State { Pending, Playing, Completed, Skipped, Stopped, Error, Unplaced, Unsupported };
    Q_ENUM(State)

    //! Where the break stands or how it ended.
    State state = State::Pending;
    //! The VAST code behind a failure; NoError when none.
    ErrorCode error = ErrorCode::NoError;
    //! The VMAP code sent with the break's error tracking; None when none was sent.
    VmapErrorCode vmapError = VmapErrorCode::None;
    //! The reason in words, empty when the break completed.
    QString message;

    /*! The lower-case name of \a state used in reports ("pending", "completed", ...). */
    static QString stateName(State state);
    /*! Whether the break counts as played for the run's result: Completed, Unplaced or
        Unsupported (breaks that could not play do not fail the run). */
    bool isFine() const { return state == State::Completed || state == State::Unplaced || state == State::Unsupported; }
};

class BreakPlayerPrivate;

/*!
    \brief Plays the breaks of a VMAP playlist in schedule order (IAB VMAP 1.0.1; DESIGN.md
    playback layer), each break's ads as a pod.

    setBreaks() gives the schedule (VmapDocument::schedule() of the content duration) and
    the served break results (AdResponse::vmapBreaks: per AdBreak its resolved ads, as SELECT
    left them, and its failure). play() then, from the event loop, for each scheduled break
    in order, without waiting for the content between them:
    \list 1
    \li a break that cannot be placed (no content duration for "n%" or "#m") is Unplaced
        and skipped;
    \li breakStarted(); a Tracker for the break's own tracking, whose context has
        [BREAKPOSITION] (ScheduledBreak::breakPositionMacroValue()), [CONTENTPLAYHEAD] and
        [MEDIAPLAYHEAD] (the break's time; -1, unknown, for a post-roll without duration);
    \li a breakType without "linear": error tracking with [ERRORCODE] 1003, Unsupported;
    \li the Error URIs of the break's failed chains fire with their VAST code (when
        autoTrackErrors());
    \li no ad: error tracking with the VMAP code of the failure, Error;
    \li otherwise breakStart tracking, the ads by the pod rules (a PodPlayer from
        podFactory()), then breakEnd tracking;
    \li breakEnded().
    \endlist
    finished() comes once after the last break (or after stop()); isIdle() tells when every
    beacon is answered. Every beacon comes out through beaconCreated() with its break and
    its play index in the break's pod (-1: the break's own tracking).
*/
class VASTQT_EXPORT BreakPlayer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakPlayer)
public:
    /*! Makes the pod player of break \a breakIndex for \a ads (the first \a preRejected
        refused by SELECT) and \a buffet, with \a context as its tracking context. The
        BreakPlayer owns what it returns. */
    using PodFactory = std::function<PodPlayer *(int breakIndex, const QList<SelectedAd> &ads,
                                                  const QList<SelectedAd> &buffet, const TrackingContext &context)>;

    /*! Fires the breaks' own tracking through \a transport (not owned). */
    explicit BreakPlayer(Transport *transport, QObject *parent = nullptr);
    ~BreakPlayer() override;

    /*! The scheduled breaks, in play order, and the served result of each AdBreak (indexed
        by ScheduledBreak::breakIndex); \a vmapUrl names the breaks' sources
        ("<url>#adbreak-<n>"). Only before play(). */
    void setBreaks(const QList<ScheduledBreak> &schedule, const QList<VmapBreakResult> &results, const QUrl &vmapUrl);
    //! The scheduled breaks given to setBreaks(), in play order.
    QList<ScheduledBreak> schedule() const;

    //! The macro values of the breaks' trackers and their pods'; [BREAKPOSITION] and the playheads are added per
    //! break. Only before play().
    void setTrackingContext(const TrackingContext &context);
    //! The retry policy of every beacon. Only before play().
    void setRetryPolicy(const RetryPolicy &policy);
    //! The macro expander of every tracker. Only before play().
    void setMacroExpander(const MacroExpander &expander);
    /*! Whether the Error URIs of a break's failed chains are fired (default true). */
    void setAutoTrackErrors(bool enabled);
    //! Makes the pod player of each break; default: a PodPlayer on the same transport with the break's ads, buffet,
    //! context, retry policy and macro expander. Only before play().
    void setPodFactory(const PodFactory &factory);

    /*! Starts from the event loop; false if play() was called before. */
    bool play();
    /*! Stops the playing break; the breaks after it are Stopped. */
    void stop();
    //! True once finished() was emitted.
    bool isFinished() const;
    /*! True when every beacon of the breaks and their pods is answered or given up. */
    bool isIdle() const;

    /*! The outcome of each scheduled break, in schedule order. */
    QList<BreakOutcome> outcomes() const;
    /*! The pod player of scheduled break \a index; nullptr when it played no ad. */
    PodPlayer *podPlayer(int index) const;
    /*! The pod player of the break playing (or the last that played one). */
    PodPlayer *currentPodPlayer() const;
    /*! Whether every break that could play completed (BreakOutcome::isFine()). */
    bool isCompleted() const;

Q_SIGNALS:
    //! Scheduled break \a index starts; its breakStart tracking follows.
    void breakStarted(int index);
    //! Scheduled break \a index is over (its breakEnd or error tracking was fired).
    void breakEnded(int index);
    /*! An ad of break \a index starts in slot \a podIndex. */
    void adStarted(int index, int podIndex);
    /*! A beacon of break \a index; \a playIndex its ad in the break's pod, -1 for the
        break's own tracking. */
    void beaconCreated(VastQt::Beacon *beacon, int index, int playIndex);
    //! A beacon reached Tracked or Failed.
    void beaconFinished(VastQt::Beacon *beacon);
    /*! An error of break \a index's source (a failed chain, no ad, an ad that failed). */
    void errorOccurred(VastQt::ErrorCode code, VastQt::Phase phase, const QUrl &source, const QString &message);
    //! Emitted once, after the last break or after stop() (beacons may still be on their way, see isIdle()).
    void finished();

private:
    std::unique_ptr<BreakPlayerPrivate> const d;
};

} // namespace VastQt

Q_DECLARE_METATYPE(VastQt::BreakOutcome)

#endif // VASTQT_BREAKPLAYER_H
