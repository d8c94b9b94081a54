// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_VASTCLIENT_H
#define VASTQT_VASTCLIENT_H

#include <VastQt/vastqt_export.h>
#include <VastQt/vastqtnamespace.h>
#include <VastQt/runreport.h>
#include <VastQt/orchestrator.h>
#include <VastQt/configresolver.h>
#include <VastQt/playbacksession.h>
#include <VastQt/playerfactory.h>
#include <VastQt/vmapparser.h>
#include <VastQt/beacon.h>
#include <VastQt/trackingcontext.h>
#include <VastQt/interruptionrule.h>

#include <QtCore/QJsonObject>
#include <QtCore/QObject>

#include <memory>

namespace VastQt
{

class PodPlayer;
class Beacon;
class Player;
class Middleware;
class ProtocolHandler;
class Tracker;
class Transport;

class VastClientPrivate;

/*!
    \brief The facade of VastQt (load verb of DESIGN.md): configure, serve, hand the
    SelectedAds to playback, report.

    load() serves the tag as a one-source Orchestrator run (FETCH → PARSE → SELECT → TRACK):
    the document's protocol is chosen by its root element (VAST or VMAP), the Wrapper chain
    is resolved, the InLine ad and its MediaFiles selected (AdSelector). play() then hands
    the SelectedAds to a PodPlayer (a single ad is a pod of one) or, for VMAP, to a
    BreakPlayer: each ad plays with the Player that PlayerFactory makes for it, as the
    resolved playbackConfig() says: a HeadlessPlayer on a simulated clock (speed() times
    real time; 0 = as fast as the event loop allows), or a RealtimePlayer that plays the
    MediaFile with Qt Multimedia, its media position driving the tracking. By default
    (playbackMode() Auto) that is a RealtimePlayer when a videoOutput() is set and the
    MediaFile can be decoded, a HeadlessPlayer otherwise. finished()
    comes once the ad ended (or the load failed) and every beacon has been answered or
    given up.

    Status: Null → Loading → Ready → Playing → Finished, or Error from Loading or Playing.
    errorOccurred(code, phase, message) reports each VAST error (codes of ErrorCode) as it
    happens; runReport() gathers everything typed, report() as the JSON of
    `vastqt-inspector --headless`.

    By default the client fetches http(s) with an HttpTransport and file:/qrc: with a
    FileTransport; setTransport() replaces both (e.g. a MemoryTransport).

    \section1 Ad pods (VAST 4.3 §3.3.1)
    When the served response holds more than one resolved ad (AdResponse::ads: a pod, in
    sequence order), play() hands them to a PodPlayer (podPlayer()): each ad plays with
    its own Tracker and Player, [PODSEQUENCE] is the ad's sequence, [ADCOUNT] counts the
    ads played so far (the playing one included, from 1), and a pod ad that fails at play
    (no playable MediaFile: 403, a player error) is replaced by an unplayed stand-alone ad
    of the pod's document, its Error URIs fired with the code. adStarted(-1, podIndex)
    announces each ad. tracker() and player() are those of the ad playing. A response
    with one ad plays exactly as before (no pod player, no [ADCOUNT]).

    \section1 VMAP
    A source whose document has the root element VMAP (either namespace) is served as VMAP
    by the Orchestrator like any source (isVmap()): the VmapProtocolHandler resolves every
    break's AdSource through the same middlewares, and loaded() follows. play() then plays
    the content timeline with a BreakPlayer: the breaks of
    VmapDocument::schedule(AdRequest::contentDurationMs) in order, without waiting for the
    content between them. For each break: breakStarted(index); the break's breakStart
    tracking; its ads by the pod rules above, with [BREAKPOSITION] =
    ScheduledBreak::breakPositionMacroValue() and [CONTENTPLAYHEAD] / [MEDIAPLAYHEAD] = the
    break's time (unknown, -1, for a post-roll when the duration is not known); its
    breakEnd tracking; breakEnded(index). A break whose AdSource gave no ad fires only its
    VMAP error tracking, with [ERRORCODE] = the VmapErrorCode (1003..1008), and the
    content goes on. A break whose breakType excludes "linear" is not played (error
    tracking with 1003). Without a content duration (contentDurationMs -1), "n%" mid-rolls
    and "#m" breaks cannot be placed and are not played (report status "unplaced");
    "start", times and "end" still play. Break beacons go through a Tracker like the ads'
    and are in beacons(). The report gains "vmap" and "breaks" (see the README). Pods and
    VMAP breaks follow playbackMode() (a RealtimePlayer per ad in Realtime mode); both are
    tested headless.

    \section1 Playback configuration (seed 003)
    playbackConfig() is resolved by a ConfigResolver, highest first: the per-player override
    (playbackOverride(): setSpeed(), setPlaybackMode() and setPlaybackOverride() write it) →
    the publisher context (publisher()) → the provider profile (profile(), looked up in
    providerProfiles()) → the global defaults (PlaybackConfig's). The report's "config" says,
    per field, which level it came from, and "player" which player the factory made and why.
*/
class VASTQT_EXPORT VastClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VastClient)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(double speed READ speed WRITE setSpeed NOTIFY speedChanged)
    Q_PROPERTY(bool autoPlay READ autoPlay WRITE setAutoPlay NOTIFY autoPlayChanged)
    Q_PROPERTY(VastQt::PlaybackConfig::Mode playbackMode READ playbackMode WRITE setPlaybackMode NOTIFY playbackModeChanged)
    Q_PROPERTY(QString profile READ profile WRITE setProfile NOTIFY profileChanged)
    Q_PROPERTY(QString publisher READ publisher WRITE setPublisher NOTIFY publisherChanged)
    Q_PROPERTY(QObject *videoOutput READ videoOutput WRITE setVideoOutput NOTIFY videoOutputChanged)
    Q_PROPERTY(bool audioEnabled READ isAudioEnabled WRITE setAudioEnabled NOTIFY audioEnabledChanged)
public:
    //! Null (nothing loaded), Loading, Ready (an ad is loaded), Playing, Finished (the run is over, every beacon
    //! settled) or Error (the load failed).
    enum class Status { Null, Loading, Ready, Playing, Finished, Error };
    Q_ENUM(Status)

    /*! How play() plays the ad: PlaybackConfig::Mode (Auto, Realtime, Headless). In
        Realtime mode media errors become 401, 402, 405 or 400 (see RealtimePlayer). */
    using PlaybackMode = PlaybackConfig::Mode;

    //! A client whose default transport routes http and https to an HttpTransport, file and qrc to a FileTransport;
    //! default FetchConfig, Headless mode, speed 1.
    explicit VastClient(QObject *parent = nullptr);
    ~VastClient() override;

    //! Where the run stands; statusChanged() on each change.
    Status status() const;

    /*! The transport for tags, wrappers and beacons; not owned. nullptr restores the default. */
    void setTransport(Transport *transport);
    //! The transport in use (the default one unless setTransport() was called).
    Transport *transport() const;

    /*! Appends \a middleware (not owned; must outlive the loads using it) to the chain every
        tag, source, Wrapper and VMAP break request of load() passes through (Orchestrator::addMiddleware()):
        a RetryMiddleware, CircuitBreakerMiddleware, CacheMiddleware or MetricsMiddleware.
        Beacons do not pass through it. Applies to the loads that start after the call. */
    void addMiddleware(Middleware *middleware);
    //! Removes \a middleware; applies to the loads that start after the call.
    void removeMiddleware(Middleware *middleware);
    //! The middlewares added, in the order requests pass them.
    QList<Middleware *> middlewares() const;

    /*! Adds \a handler (not owned; must outlive the loads using it) to the protocol registry
        of every load (Orchestrator::protocolRegistry()): a document whose root element it
        accepts (ProtocolHandler::acceptsDocument()) is read by it, and its resolved ads are
        selected and played like VAST ads. Applies to the loads that start after the call. */
    void addProtocolHandler(ProtocolHandler *handler);
    //! Removes \a handler from the registry of the next loads.
    void removeProtocolHandler(ProtocolHandler *handler);

    /*! Limits of the load: per-hop timeout (ms), overall timeout (ms, 0 = none), Wrapper
        depth (1..10, default 5), MediaFile criteria (player size, MIME types, bitrate). */
    FetchConfig fetchConfig() const;
    //! Sets fetchConfig(); applies to the next load.
    void setFetchConfig(const FetchConfig &config);

    //! What the player asks for (slot, viewer, content, player size); sent by the ProtocolHandler when
    //! FetchConfig::mapRequest is set.
    AdRequest adRequest() const;
    //! Sets adRequest(); applies to the next load.
    void setAdRequest(const AdRequest &request);

    /*! Retries of every beacon (seed 000); default: 2 retries, 500 ms doubling, ±20 % jitter
        (RetryPolicy::jitter 0.2). The client replaces RetryPolicy::jitterSeed with the run's
        playbackConfig() seed when it hands the policy to its trackers, so the same seed gives
        the same retry delays. */
    RetryPolicy retryPolicy() const;
    //! Sets retryPolicy(); read when the client creates beacons.
    void setRetryPolicy(const RetryPolicy &policy);

    /*! Macro values the client knows beyond the ad's own (device, app, consent...). */
    TrackingContext trackingContext() const;
    //! Sets trackingContext(); read when the client creates trackers.
    void setTrackingContext(const TrackingContext &context);

    /*! Headless mode: the simulated clock's speed factor for play(), >= 0; 1 = real time, 0 = as fast as
        possible. The resolved PlaybackConfig::speed (default 1); setting it is a per-player override. */
    double speed() const;
    //! Sets speed() to \a factor (negative values count as 0); emits speedChanged(). Read by the next play().
    void setSpeed(double factor);

    /*! The per-player override level of playbackConfig() (its set fields win over every
        other level). Applies to the next play(). */
    PlaybackConfig playbackOverride() const;
    //! Sets playbackOverride(); applies to the next play().
    void setPlaybackOverride(const PlaybackConfig &config);
    /*! The provider profile by name (global, tiger, leto, yandex, google, custom or one of
        the user's); empty (default): none. Applies to the next play(). */
    QString profile() const;
    //! Sets profile(); emits profileChanged() on a change. Applies to the next play().
    void setProfile(const QString &name);
    /*! The publisher whose context applies (from the profile's "publishers"); empty: none. */
    QString publisher() const;
    //! Sets publisher(); emits publisherChanged() on a change. Applies to the next play().
    void setPublisher(const QString &name);
    /*! The profiles profile() is looked up in; default ProviderProfiles::standard() (the
        shipped ones and the user's folder), loaded at first use. */
    ProviderProfiles providerProfiles() const;
    //! Sets providerProfiles().
    void setProviderProfiles(const ProviderProfiles &profiles);
    /*! The configuration play() uses, with the level of each field. */
    ResolvedPlaybackConfig playbackConfig() const;

    /*! When true (default false), play() follows a successful load() by itself. */
    bool autoPlay() const;
    //! Sets autoPlay(); emits autoPlayChanged().
    void setAutoPlay(bool autoPlay);

    /*! Auto (default), Realtime or Headless (the resolved PlaybackConfig::mode; setting it is
        a per-player override); read by play(). */
    PlaybackConfig::Mode playbackMode() const;
    //! Sets playbackMode() as a per-player override; emits playbackModeChanged(). Applies at the next play().
    void setPlaybackMode(PlaybackConfig::Mode mode);

    /*! Realtime mode: where the video goes (see RealtimePlayer::setVideoOutput()); not
        owned, nullptr (default) drops the frames. Applies to the current player too. */
    QObject *videoOutput() const;
    //! Sets videoOutput(); emits videoOutputChanged().
    void setVideoOutput(QObject *output);

    /*! Realtime mode: whether sound is played (RealtimePlayer::setAudioEnabled()); default
        false. Applies to the current player too. */
    bool isAudioEnabled() const;
    //! Sets isAudioEnabled(); emits audioEnabledChanged().
    void setAudioEnabled(bool enabled);

    /*! Loads the tag at \a tagUrl (http, https, file or qrc) as the only source; the
        configured fallbacks still apply. */
    void load(const QUrl &tagUrl);
    /*! Serves fetchConfig().sources with its strategy, then its fallbacks (multi-source);
        the report's tag is the first source. With no source configured, the load fails
        with 303. */
    void load();
    /*! Loads a tag given as bytes, named \a baseUrl in the chain. */
    void load(const QByteArray &xml, const QUrl &baseUrl = QUrl());

    /*! Plays the loaded ad as playbackMode() says; does nothing unless status() is Ready. */
    void play();
    /*! Stops loading or playing; finished() follows once beacons settle. */
    void stop();

    /*! True when the loaded tag is a VMAP document (valid once Ready). */
    bool isVmap() const;
    /*! The VMAP document (empty unless isVmap()). */
    VmapDocument vmap() const;
    /*! The scheduled breaks, in play order (VmapDocument::schedule() of the content
        duration); the breakIndex of the signals indexes this list. Empty unless isVmap(). */
    QList<ScheduledBreak> breaks() const;
    /*! The pod player of a plain VAST pod, or of the VMAP break playing (or last played);
        nullptr otherwise. Owned by the client. */
    PodPlayer *podPlayer() const;

    /*! The result of the load (valid once Ready, Finished or Error). */
    AdResponse response() const;
    /*! The tracker of the playing ad (of a pod or break: the current one); nullptr
        before play(). Owned by the client. */
    Tracker *tracker() const;
    /*! The player (a HeadlessPlayer or a RealtimePlayer, see playbackMode()); nullptr
        before play(). Owned by the client. */
    Player *player() const;
    /*! The playback session so far (a pod: that of the served ad, else of the first ad
        that reached a player; VMAP: of the ad playing or last played). */
    PlaybackSession session() const;
    /*! Every beacon fired: Error URIs of failed chains, then the ad's, in firing order. */
    QList<Beacon *> beacons() const;
    /*! Every error met, with its phase. */
    QList<PipelineError> errors() const;

    /*!
        \brief The JSON report of the run (the `--headless` interface, documented in the
        README): tag, chain, ad, mediaFile, timeline, errors, session, result.
    */
    QJsonObject report() const;
    /*! The run so far, typed: what report() serializes and the QML models read. */
    RunReport runReport() const;

Q_SIGNALS:
    //! status() changed to \a status.
    void statusChanged(VastQt::VastClient::Status status);
    //! speed() changed to \a speed.
    void speedChanged(double speed);
    //! autoPlay() changed to \a autoPlay.
    void autoPlayChanged(bool autoPlay);
    //! playbackMode() changed to \a mode.
    void playbackModeChanged(VastQt::PlaybackConfig::Mode mode);
    //! The profile changed to \a profile.
    void profileChanged(const QString &profile);
    //! The publisher changed to \a publisher.
    void publisherChanged(const QString &publisher);
    //! videoOutput() changed to \a output.
    void videoOutputChanged(QObject *output);
    //! isAudioEnabled() changed to \a enabled.
    void audioEnabledChanged(bool enabled);
    /*! A document of the chain arrived. */
    void hopFinished(const VastQt::WrapperHop &hop);
    /*! load() ended with an ad ready to play. */
    void loaded();
    /*! A beacon was created (its state changes follow). */
    void beaconCreated(VastQt::Beacon *beacon);
    /*! A beacon reached Tracked or Failed. */
    void beaconFinished(VastQt::Beacon *beacon);
    //! A VAST error, as it happens: \a code in \a phase, \a message in words. The run may go on (another source, the
    //! next ad of a pod).
    void errorOccurred(VastQt::ErrorCode code, VastQt::Phase phase, const QString &message);
    /*! VMAP: break \a breakIndex (index in breaks()) starts; its breakStart tracking follows. */
    void breakStarted(int breakIndex);
    /*! VMAP: break \a breakIndex is over (its breakEnd tracking was fired). */
    void breakEnded(int breakIndex);
    /*! An ad starts: \a podIndex is its slot in the pod (0 for a single ad; a buffet
        replacement has the slot it fills); \a breakIndex the VMAP break, -1 outside VMAP. */
    void adStarted(int breakIndex, int podIndex);
    /*! The run is over and every beacon settled; emitted once per load(). */
    void finished();

private:
    std::unique_ptr<VastClientPrivate> const d;
};


} // namespace VastQt

#endif // VASTQT_VASTCLIENT_H
