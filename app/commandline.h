// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_COMMANDLINE_H
#define VASTQT_COMMANDLINE_H

#include <VastQt/orchestrator.h>
#include <VastQt/parsefilter.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QSize>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <memory>

class QCommandLineParser;
class QIODevice;

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
        \value Help      --help
        \value Version   --version
    */
    enum class Mode { Window, Headless, Parse, Validate, Help, Version };

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
    /*! Speed factor of the simulated clock, >= 0 (0: as fast as possible). */
    double speed = 1.0;
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

    bool ok() const { return problem.isEmpty(); }

    /*! Registers every option of the inspector, and TAG, on \a parser. */
    static void addOptions(QCommandLineParser &parser);
    /*! Parses and checks \a arguments (the program name first). Qt's own GUI options
        (`-platform NAME`, `-display NAME`, `-reverse`...) are left to QGuiApplication. */
    static InspectorOptions parse(const QStringList &arguments);
    /*! Whether the window has somewhere to go: QT_QPA_PLATFORM (or -platform) names a
        platform without a display server (offscreen, eglfs...), or DISPLAY / WAYLAND_DISPLAY
        is set. Always true outside Linux and the BSDs. */
    static bool displayAvailable(const QStringList &arguments);
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
    - 0: the ad played to complete (`--headless`), the document parsed (`--parse`), or the
      chain has no error finding (`--validate`);
    - 1: a VAST error ended the run (the report's "errors" say which), or (`--validate`) a
      document of the chain has an error finding;
    - 2: bad usage (unknown option, bad value, missing TAG, unreadable file, no display for
      the window).

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
