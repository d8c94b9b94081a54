// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_COMMANDLINE_H
#define VASTQT_COMMANDLINE_H

#include <QtCore/QObject>
#include <QtCore/QStringList>

#include <memory>

class QIODevice;

/*!
    \brief The `vastqt-inspector` command line without a window: `--headless` and `--parse`.

    Exit codes (an interface, documented in the README):
    - 0: the ad played to complete (`--headless`), or the document parsed (`--parse`);
    - 1: a VAST error ended the run (the report's "errors" say which);
    - 2: bad usage (unknown option, missing TAG, unreadable file).

    The JSON report goes to \a out, progress lines to \a err.
*/
class CommandLine : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Completed = 0, VastError = 1, Usage = 2 };

    CommandLine(QIODevice *out, QIODevice *err, QObject *parent = nullptr);
    ~CommandLine() override;

    /*! True when \a arguments ask for a run without a window (--headless or --parse). */
    static bool wantsCommandLine(const QStringList &arguments);

    /*! Parses \a arguments and starts the run; finished(exitCode) follows, never from
        inside start(). */
    void start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    class Private;
    std::unique_ptr<Private> const d;
};

#endif // VASTQT_COMMANDLINE_H
