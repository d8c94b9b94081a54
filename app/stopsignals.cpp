// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "stopsignals.h"

#include <QtCore/QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace
{
#ifdef Q_OS_UNIX
int signalSocket[2] = {-1, -1}; // [0]: written by the handler, [1]: read by the notifier
volatile std::sig_atomic_t received = 0;

// Async-signal-safe only: no Qt, no allocation.
extern "C" void onStopSignal(int signal)
{
    if (received != 0)
        _exit(128 + signal); // a second signal while stopping: end at once
    received = signal;
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(signalSocket[0], &byte, 1);
}
#endif
} // namespace

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalSocket) != 0)
        return;
    received = 0;
    notifier = new QSocketNotifier(signalSocket[1], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, &StopSignals::readSignal);
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
#endif
}

StopSignals::~StopSignals()
{
#ifdef Q_OS_UNIX
    if (!notifier)
        return;
    delete notifier; // before its socket closes
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    ::close(signalSocket[0]);
    ::close(signalSocket[1]);
    signalSocket[0] = signalSocket[1] = -1;
#endif
}

bool StopSignals::isActive() const
{
    return notifier != nullptr;
}

int StopSignals::exitCodeOf(int signal)
{
    return 128 + signal;
}

void StopSignals::readSignal()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    if (::read(signalSocket[1], &byte, 1) == 1)
        Q_EMIT stopRequested(int(byte));
#endif
}
