// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_BATCHRUNNER_H
#define VASTQT_BATCHRUNNER_H

#include "commandline.h"

#include <VastQt/runsummary.h>

#include <QtCore/QObject>

#include <memory>

class QIODevice;

/*!
    \brief `vastqt-inspector --batch`: many `--headless` sessions in one process, on the
    event loop.

    Each input line (blank lines and lines starting with '#' aside) is an entry: a TAG, or a
    JSON object of options (README, "Batch runs"). With --shard I/N only the entries i with
    i % N == I run. Each entry runs --repeat times; session k of entry i has the index
    i * repeat + k over the whole input (shard or not) and the seed S + index (--seed S,
    default 1). A session is a `--headless` run of the batch's --headless options, the
    entry's options, and --seed S + index: the same InspectorOptions, applied to a
    VastClient by InspectorOptions::applyTo(), and the same report. --jobs sessions run at
    once.

    Each report goes to the output on one line (JSON Lines) as the session finishes
    (--unordered) or in input order, with a "batch" member: index, entry, line, repeat,
    seed, exitCode (the session's own `--headless` exit code), startedAtMs and finishedAtMs
    (ms since the epoch) and arguments (the `vastqt-inspector` arguments that re-run the
    session alone). Progress goes to the error device: a bar redrawn in place when it is a
    terminal, plain lines otherwise (unless --quiet).

    finished(exitCode) once every session reported: 0 when each exited 0, else 1.
*/
class BatchRunner : public QObject
{
    Q_OBJECT
public:
    BatchRunner(const InspectorOptions &options, QIODevice *out, QIODevice *err, QObject *parent = nullptr);
    ~BatchRunner() override;

    /*! Reads the entries of \a input and checks each one's options; returns the first
        problem ("line N: ..."), empty when every entry is usable. */
    QString setInput(const QByteArray &input);

    /*! Whether progress is a bar redrawn in place (the error device is a terminal); default false. */
    void setProgressBar(bool bar);

    /*! Sessions this run will play (entries of the shard times --repeat). */
    int total() const;

    /*! Starts the sessions; finished() follows, never from inside start(). */
    void start();

    /*! The sessions reported so far, added up. */
    VastQt::RunSummary summary() const;

Q_SIGNALS:
    void finished(int exitCode);

private:
    class Private;
    std::unique_ptr<Private> const d;
};

#endif // VASTQT_BATCHRUNNER_H
