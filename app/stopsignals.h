// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_STOPSIGNALS_H
#define VASTQT_STOPSIGNALS_H

#include <QtCore/QObject>

class QSocketNotifier;

/*!
    \brief SIGTERM and SIGINT as a Qt signal: the command line's "stop the run" (README,
    "Stopping a run").

    The handlers only write the signal's number to a socket pair; a QSocketNotifier reads it
    on the event loop and emits stopRequested() (Qt's "Calling Qt Functions From Unix Signal
    Handlers"). A second SIGTERM or SIGINT, while the first is being handled, ends the process
    at once with exit code 128 + the signal's number, from the handler (_exit()).

    One instance at a time; the destructor puts the default handlers back. Unix only: on
    other systems it does nothing.
*/
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    /*! Whether the handlers are installed. */
    bool isActive() const;

    /*! The exit code of a run that \a signal stopped: 128 + \a signal (SIGINT: 130, SIGTERM: 143). */
    static int exitCodeOf(int signal);

Q_SIGNALS:
    /*! SIGTERM or SIGINT (\a signal) arrived; emitted once, on the event loop. */
    void stopRequested(int signal);

private:
    void readSignal();

    QSocketNotifier *notifier = nullptr;
};

#endif // VASTQT_STOPSIGNALS_H
