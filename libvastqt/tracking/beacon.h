// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_BEACON_H
#define VASTQT_BEACON_H

#include <VastQt/vastqt_export.h>

#include <VastQt/transport.h>

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <memory>

namespace VastQt
{

/*!
    \brief How a Beacon retries (seed 000, "Retry Strategy").

    The first attempt is sent at once; retry n (1-based) waits
    initialDelayMs × multiplier^(n-1) milliseconds, capped at maxDelayMs, then varied by
    ±jitter (a fraction, 0..1; 0 = no jitter): the wait is drawn uniformly from
    [delay × (1 − jitter), delay × (1 + jitter)] by a QRandomGenerator seeded with jitterSeed
    mixed with the beacon's event and URL. The same seed therefore gives the same delays, run
    after run, while the beacons of one run do not retry in lockstep. Beacon::retryDelaysMs()
    records the waits drawn. VastClient sets jitterSeed from its run's PlaybackConfig::seed().
    When the failed attempt was answered 429 (Too Many Requests) or 503 (Service
    Unavailable) with a Retry-After header (seconds or HTTP-date, RFC 9110 §10.2.3), the
    wait is the server's, capped at maxDelayMs, without jitter; the retry still counts
    against maxRetries.
    Each attempt gets timeoutMs; a Beacon makes at most maxRetries + 1 attempts.
*/
struct VASTQT_EXPORT RetryPolicy
{
    Q_GADGET
    Q_PROPERTY(int maxRetries MEMBER maxRetries)
    Q_PROPERTY(int initialDelayMs MEMBER initialDelayMs)
    Q_PROPERTY(double multiplier MEMBER multiplier)
    Q_PROPERTY(int maxDelayMs MEMBER maxDelayMs)
    Q_PROPERTY(int timeoutMs MEMBER timeoutMs)
    Q_PROPERTY(double jitter MEMBER jitter)
    Q_PROPERTY(quint32 jitterSeed MEMBER jitterSeed)
public:
    int maxRetries = 2; //!< retries after the first attempt, >= 0
    int initialDelayMs = 500; //!< the wait before the first retry, ms
    double multiplier = 2.0; //!< growth of the wait per retry, >= 1
    int maxDelayMs = 30000; //!< upper bound of one wait, ms
    int timeoutMs = 5000; //!< per attempt, ms
    double jitter = 0.0; //!< ±fraction of each wait, 0..1 (VastClient's default: 0.2)
    quint32 jitterSeed = 0; //!< seed of the jitter generator (VastClient: the run's seed)

    /*! The wait before retry \a retry (1-based), without jitter, in ms. */
    int delayForRetry(int retry) const;

    //! Equal when every member is equal.
    bool operator==(const RetryPolicy &o) const;
    //! Not equal: the opposite of operator==().
    bool operator!=(const RetryPolicy &o) const { return !(*this == o); }
};

class BeaconPrivate;

/*!
    \brief One tracking URL being fired: a state machine with retries (seed 000, "Tracking
    Event State Machine"; VAST 4.3 §2.3.4).

    States:
    - Pending: created, start() not yet called (or its deferred send not yet run);
    - Sending: an attempt is on the wire;
    - Waiting: the last attempt failed and a retry is scheduled after a backoff;
    - Tracked: an attempt succeeded (final);
    - Failed: the last allowed attempt failed, the URL is invalid, no transport can send it,
      or abort() was called (final).

    Transitions: Pending → Sending → Tracked | Waiting | Failed, Waiting → Sending | Failed,
    Pending → Failed. (The seed's transient "failed, retries left" is Waiting here, so
    Failed is always final.) Success is an HTTP status 200..399, or no error from a
    non-HTTP transport (file:, memory). Every transport failure and every HTTP status >= 400
    is retried, except an unsupported scheme and abort().

    Signals: stateChanged() on every change; retryScheduled() when entering Waiting;
    finished() exactly once, on entering Tracked or Failed, preceded by errorOccurred() on
    Failed. None is emitted from inside start(): the first attempt runs from the event loop.

    The URL is final: macros are expanded before the Beacon is made (Tracker does it when
    it creates the beacon), so every attempt sends the same URL.
*/
class VASTQT_EXPORT Beacon : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Beacon)
    Q_PROPERTY(QString event READ event CONSTANT)
    Q_PROPERTY(QString templateUrl READ templateUrl CONSTANT)
    Q_PROPERTY(QUrl url READ url CONSTANT)
    Q_PROPERTY(qint64 offsetMs READ offsetMs CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int attempts READ attempts NOTIFY stateChanged)
    Q_PROPERTY(int httpStatus READ httpStatus NOTIFY stateChanged)
    Q_PROPERTY(qint64 latencyMs READ latencyMs NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
public:
    /*! The beacon's state; see the class description. */
    enum class State { Pending, Sending, Waiting, Tracked, Failed };
    Q_ENUM(State)

    /*!
        A beacon for \a url (already expanded) sent through \a transport, which must
        outlive it. \a event is the VAST event name ("impression", "start", "error", ...),
        \a templateUrl the URI as the ad gave it (macros unexpanded), \a offsetMs the ad
        playhead in milliseconds when the event fired.
    */
    Beacon(Transport *transport, const QString &event, const QString &templateUrl, const QUrl &url, qint64 offsetMs,
        QObject *parent = nullptr);
    ~Beacon() override;

    /*! Sets the retry policy; only effective before start(). */
    void setRetryPolicy(const RetryPolicy &policy);
    //! The retry policy of the beacon.
    RetryPolicy retryPolicy() const;

    //! The VAST event name in IAB spelling ("impression", "start", "error", ...).
    QString event() const;
    //! The URI as the ad gave it, macros unexpanded.
    QString templateUrl() const;
    //! The URL sent, macros expanded.
    QUrl url() const;
    /*! The ad playhead when the event fired, in milliseconds. */
    qint64 offsetMs() const;

    //! The beacon's state; stateChanged() on each change.
    State state() const;
    //! True once the beacon is Tracked or Failed.
    bool isFinished() const;
    /*! Attempts made so far (the running one included). */
    int attempts() const;
    /*! The HTTP status of the last answered attempt; 0 if none (or not HTTP). */
    int httpStatus() const;
    /*! The duration of the last finished attempt from when it was sent to its answer, in
        milliseconds; -1 before one finished. The time it waited for a free connection
        (queuedMs()) is not part of it. */
    qint64 latencyMs() const;
    /*! How long the last finished attempt waited in the transport's queue for a free
        connection before it was sent (HttpTransport::maxConnectionsPerHost()), in
        milliseconds; 0 when it was sent at once. */
    qint64 queuedMs() const;
    /*! The transport error of the last failed attempt (NoError when the last succeeded). */
    TransportReply::Error error() const;
    /*! A human-readable description of the last failure; empty when none. */
    QString errorString() const;
    /*! The backoff delays scheduled so far, in milliseconds, in order. */
    QList<int> retryDelaysMs() const;

    /*! Starts sending (Pending only; otherwise ignored with a warning). The first attempt
        runs from the event loop, so signals connected after start() are not missed. */
    void start();
    /*! Stops the beacon: a running attempt or a scheduled retry is cancelled and the
        beacon ends Failed with TransportReply::Error::Aborted, emitting stateChanged(),
        errorOccurred() and finished() before abort() returns (as TransportReply::abort()
        does). Does nothing on a finished beacon. */
    void abort();

Q_SIGNALS:
    //! The state changed to \a state.
    void stateChanged(VastQt::Beacon::State state);
    /*! A retry (1-based) is scheduled after \a delayMs milliseconds. */
    void retryScheduled(int retry, int delayMs);
    /*! Emitted once, right before finished(), when the beacon ends Failed. */
    void errorOccurred(VastQt::TransportReply::Error error, const QString &errorString);
    /*! Emitted exactly once, when the beacon reaches Tracked or Failed. */
    void finished();

protected:
    /*! Runs the backoff and per-attempt timeout timers (QBasicTimer, no QTimer
        objects per beacon). */
    void timerEvent(QTimerEvent *event) override;

private:
    friend struct BeaconAccess;
    std::unique_ptr<BeaconPrivate> const d;
};

} // namespace VastQt

Q_DECLARE_METATYPE(VastQt::RetryPolicy)

#endif // VASTQT_BEACON_H
