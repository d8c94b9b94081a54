// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_CIRCUITBREAKER_H
#define VASTQT_CIRCUITBREAKER_H

#include <VastQt/vastqt_export.h>
#include <VastQt/upstream.h>

#include <QtCore/QObject>

#include <functional>
#include <memory>

namespace VastQt
{

class CircuitBreakerMiddlewarePrivate;

/*!
    \brief Stops sending to a source that keeps failing (seed 001, "CircuitBreakerMiddleware").

    Each source (Middleware::sourceKey(): the URL without query) has its own circuit:
    \list
    \li Closed: requests pass. A failure (Middleware::isFailure()) is counted; when
        failureThreshold() failures happened within the last window() ms, the circuit opens.
    \li Open: requests are refused without being sent: the reply fails, on the next event
        loop turn, with TransportReply::Error::ProtocolError and the dynamic property
        Middleware::RejectedProperty set. After coolDown() ms the circuit half-opens.
    \li HalfOpen: one trial request passes, the others are refused as when open. The
        trial's success closes the circuit (failures forgotten); its failure opens it again
        for another coolDown().
    \endlist
    Aborted requests and HTTP 4xx answers count neither way. Time comes from clock()
    (monotonic ms; a test injects its own).
*/
class VASTQT_EXPORT CircuitBreakerMiddleware : public QObject, public Middleware
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CircuitBreakerMiddleware)
    Q_PROPERTY(int failureThreshold READ failureThreshold WRITE setFailureThreshold)
    Q_PROPERTY(int window READ window WRITE setWindow)
    Q_PROPERTY(int coolDown READ coolDown WRITE setCoolDown)
public:
    /*! The state of one source's circuit; see the class description. */
    enum class State { Closed, Open, HalfOpen };
    Q_ENUM(State)

    //! A breaker with the defaults: 5 failures within 60000 ms open a circuit for 30000 ms.
    explicit CircuitBreakerMiddleware(QObject *parent = nullptr);
    ~CircuitBreakerMiddleware() override;

    /*! Failures within window() that open the circuit, >= 1; default 5. */
    int failureThreshold() const;
    //! Sets failureThreshold() to \a failures (values below 1 count as 1).
    void setFailureThreshold(int failures);
    /*! The window in ms in which failures are counted, > 0; default 60000. */
    int window() const;
    //! Sets window() to \a msecs (values below 1 count as 1).
    void setWindow(int msecs);
    /*! How long an open circuit refuses requests before half-opening, in ms; default 30000. */
    int coolDown() const;
    //! Sets coolDown() to \a msecs (negative values count as 0).
    void setCoolDown(int msecs);

    /*! Replaces the clock: monotonic milliseconds (default: a QElapsedTimer started with
        the middleware). */
    void setClock(const std::function<qint64()> &clock);

    /*! The state of \a source's circuit now (an open circuit whose cool-down passed reads
        HalfOpen). \a source is a URL or a sourceKey(). */
    Q_INVOKABLE VastQt::CircuitBreakerMiddleware::State state(const QString &source) const;
    //! The state of the circuit of \a url's source (Middleware::sourceKey()).
    State state(const QUrl &url) const { return state(Middleware::sourceKey(url)); }
    /*! The failures counted in the current window for \a source. */
    Q_INVOKABLE int failureCount(const QString &source) const;
    /*! Requests refused so far, all sources. */
    Q_INVOKABLE int rejectedCount() const;
    /*! Closes every circuit and forgets all failures. */
    Q_INVOKABLE void reset();

    //! Passes \a request on with \a next while its source's circuit is closed (or for the half-open trial), counts
    //! the outcome; refuses it while open.
    TransportReply *handle(const TransportRequest &request, const Next &next) override;

Q_SIGNALS:
    /*! \a source's circuit changed to \a state. */
    void stateChanged(const QString &source, VastQt::CircuitBreakerMiddleware::State state);

private:
    std::unique_ptr<CircuitBreakerMiddlewarePrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_CIRCUITBREAKER_H
