// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_COMMANDLINE_H
#define VASTQT_COMMANDLINE_H

#include <VastQt/interruptionrule.h>
#include <VastQt/orchestrator.h>
#include <VastQt/parsefilter.h>
#include <VastQt/providerprofile.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QSize>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <memory>

class QCommandLineParser;
class QIODevice;

namespace VastQt
{
class VastClient;
}

/*!
    \brief The options of `vastqt-inspector`: one table for the window, `--headless` and
    `--parse`, and the values it gives, parsed and checked.

    parse() needs no QCoreApplication, so main() checks the command line (a typo, a bad
    value, a missing display) before it creates the application the mode needs. Each option
    says which modes it goes with; an option of another mode is a usage error.
*/
struct InspectorOptions {
    Q_DECLARE_TR_FUNCTIONS(InspectorOptions)
public:
    /*!
        \value Window    the inspector window (no --headless, --parse, --validate, --help or --version)
        \value Headless  --headless: resolve, play, print the JSON report
        \value Parse     --parse: print the document model of TAG (and its compliance)
        \value Validate  --validate: resolve, print only the chain's compliance report
        \value Batch     --batch FILE: one --headless run per input line (BatchRunner)
        \value Summarize --summarize FILE...: the RunSummary of saved reports and summaries
        \value Help      --help
        \value Version   --version
    */
    enum class Mode { Window, Headless, Parse, Validate, Batch, Summarize, Help, Version };

    Mode mode = Mode::Window;
    /*! The usage error (exit code 2), translated when a translator is installed; empty when
        the options are usable. */
    QString problem;

    /*! TAG: an http(s), file: or qrc: URL (a file path becomes a file: URL), `stdin:` for `-`;
        empty when none was given. */
    QUrl tagUrl;
    bool tagFromStdin = false;
    bool demo = false;
    bool demoVmap = false;

    /*! --lang; empty: the system's language in the window, untranslated on the command line. */
    QString language;
    bool verbose = false;
    bool quiet = false;
    bool compact = false;

    /*! Window: --mode realtime (the default) or --realtime; --headless: --realtime. */
    bool realtime = false;
    /*! The per-player override level of the PlaybackConfig (ConfigResolver): --speed
        (speed factor of the simulated clock, >= 0; 0: as fast as possible) and, with
        --headless, --realtime (mode realtime). Unset fields come from the profile or the defaults. */
    VastQt::PlaybackConfig playback;
    /*! --profile NAME (or the name of the last --profile-file when --profile is not given)
        and --publisher NAME; empty: none. */
    QString profile;
    QString publisher;
    /*! The shipped profiles, the user's folder and each --profile-file; loaded only when
        --profile, --publisher or --profile-file is given (a malformed one is a usage error). */
    VastQt::ProviderProfiles profiles;
    bool profilesLoaded = false;
    /*! Timeout of each request (wrapper hop, beacon attempt), ms, > 0. */
    int timeoutMs = 5000;
    /*! Most Wrappers followed, 1..10. */
    int maxDepth = 5;
    /*! Retries of a failed beacon. */
    int beaconRetries = 2;
    QSize playerSize{1280, 720};

    /*! Whether --source or --fallback was given: the load has several sources. */
    bool multiSource = false;
    /*! TAG (unless standard input) first, then each --source; duplicates dropped. */
    QList<QUrl> sources;
    QList<QUrl> fallbacks;
    VastQt::FetchConfig::Strategy strategy = VastQt::FetchConfig::Strategy::Sequential;
    /*! Time for the whole ad request, ms; 0: none. */
    int overallTimeoutMs = 0;
    /*! Retries of a failed source request. */
    int sourceRetries = 0;
    VastQt::ParseFilter filter;
    /*! VMAP: the content's duration, ms; -1: unknown (60000 with --demo-vmap). */
    qint64 contentDurationMs = -1;
    /*! --seed: of the simulated viewer's draws, also set in playback (PlaybackConfig::seed());
        with --batch, of session 0 (session i uses seed + i). --interaction rules (what the
        simulated viewer does) go to playback's interruption rules. */
    quint32 seed = 1;

    /*! --batch: the input file, "-" for standard input. */
    QString batchFile;
    /*! --repeat: runs of each input line, >= 1. */
    int repeat = 1;
    /*! --jobs: sessions at once, 1..10000. */
    int jobs = 1;
    bool unordered = false;
    /*! --shard I/N: the input lines i with i % shardCount == shardIndex. */
    int shardIndex = 0;
    int shardCount = 1;
    /*! --summary: where --batch writes its RunSummary; empty: nowhere. */
    QString summaryFile;
    /*! --summarize: the files of reports (JSON Lines) and of summaries to add up. */
    QStringList summarizeFiles;
    /*! --batch: every --headless option given, as arguments (without --seed): the start of
        each session's own command line. */
    QStringList headlessArguments;

    bool ok() const { return problem.isEmpty(); }

    /*! Registers every option of the inspector, and TAG, on \a parser. */
    static void addOptions(QCommandLineParser &parser);
    /*! Parses and checks \a arguments (the program name first). Qt's own GUI options
        (`-platform NAME`, `-display NAME`, `-reverse`...) are left to QGuiApplication. */
    static InspectorOptions parse(const QStringList &arguments);
    /*! Reads --profile, --publisher and --profile-file into profile, publisher and
        profiles; a malformed profile asked for, or an unknown one, becomes the problem. */
    void readProfiles(const QCommandLineParser &parser);
    /*! Whether the window has somewhere to go: QT_QPA_PLATFORM (or -platform) names a
        platform without a display server (offscreen, eglfs...), or DISPLAY / WAYLAND_DISPLAY
        is set. Always true outside Linux and the BSDs. */
    static bool displayAvailable(const QStringList &arguments);
    /*! Configures \a client for a --headless run of these options: the sources, limits,
        MediaFile criteria, retries, playback mode, speed, seed and interactions. */
    void applyTo(VastQt::VastClient &client) const;

    /*! Standard input, read to its end. */
    static QByteArray readStandardInput();

    /*! Names the application, quiets the library's diagnostics unless --verbose, and
        installs the translators of language (or of the system's language when
        \a systemLanguage and no --lang was given). Needs the application object. */
    void setUpApplication(bool systemLanguage) const;
};

/*!
    \brief The `vastqt-inspector` command line without a window: `--headless`, `--parse` and `--validate`,
    and the usage errors of every mode.

    Exit codes (an interface, documented in the README):
    - 0: the ad played to complete (`--headless`), every session did (`--batch`), the
      document parsed (`--parse`), the chain has no error finding (`--validate`), or the
      summary was made (`--summarize`);
    - 1: a VAST error ended the run (the report's "errors" say which); with `--batch`, at
      least one session would have exited 1 on its own; with `--validate`, a document of
      the chain has an error finding;
    - 2: bad usage (unknown option, bad value, missing TAG, unreadable file, a bad line of
      the `--batch` input or of a `--summarize` file, no display for the window).

    The JSON report goes to \a out, progress lines to \a err.
*/
class CommandLine : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Completed = 0, VastError = 1, Usage = 2 };

    CommandLine(QIODevice *out, QIODevice *err, QObject *parent = nullptr);
    ~CommandLine() override;

    /*! Parses \a arguments (InspectorOptions::parse()) and starts the run; finished(exitCode)
        follows, never from inside start(). */
    void start(const QStringList &arguments);

    /*! --batch: draw the progress as a bar redrawn in place (the error device is a
        terminal) rather than as plain lines; default false. */
    void setProgressBar(bool bar);

    /*! The exit code of a --headless run whose report is \a report. */
    static int exitCodeOf(const QJsonObject &report);

    /*! Runs the command line in a QCoreApplication made of \a argc and \a argv, with the
        translators of \a options; returns the exit code. */
    static int exec(int argc, char *argv[], const InspectorOptions &options);

Q_SIGNALS:
    void finished(int exitCode);

private:
    class Private;
    std::unique_ptr<Private> const d;
};

#endif // VASTQT_COMMANDLINE_H
