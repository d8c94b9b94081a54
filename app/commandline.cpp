// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "commandline.h"

#include "batchrunner.h"
#include <VastQt/runsummary.h>

#include <VastQt/vastclient.h>
#include <VastQt/compliancevalidator.h>
#include "demoserver.h"
#include <VastQt/fetcherror.h>
#include <VastQt/vastjson.h>
#include <VastQt/vastqtnamespace.h>
#include <VastQt/vastparser.h>
#include <VastQt/beacon.h>
#include <VastQt/transport.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace VastQt;

namespace
{
// The modes an option goes with.
// A --batch session is a --headless run: every Headless option goes with --batch too.
enum ModeFlag {
    Window = 1,
    Headless = 2,
    Parse = 4,
    Validate = 8,
    Batch = 16,
    Summarize = 32,
    CommandLineModes = Headless | Parse,
    AllModes = Window | Headless | Parse | Validate,
};

struct OptionEntry {
    const char *name;
    const char *valueName; // nullptr: a switch
    const char *defaultValue;
    const char *description; // translated in the context InspectorOptions
    int modes;
};

// The one table of options, in the order --help lists them.
const OptionEntry optionTable[] = {
    {"headless", nullptr, nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Run without a window: resolve, play (on a simulated clock unless --realtime), print a JSON report."),
     AllModes},
    {"parse", nullptr, nullptr, QT_TRANSLATE_NOOP("InspectorOptions", "Print the document model of TAG as JSON, without resolving or playing."),
     AllModes},
    {"validate", nullptr, nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Resolve the chain of TAG and print only its compliance report (IAB XSD and spec rules, per hop) as "
                                           "JSON; exit 0 without an error finding, 1 with one."),
     AllModes},
    {"batch", "FILE", nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Run one --headless session per line of FILE (- for standard input): a TAG, or a JSON "
                                           "object of options (README); print one compact report per session (JSON Lines)."),
     Headless | Batch},
    {"summarize", nullptr, nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Print the summary of the reports (JSON Lines) and summaries in the files given as "
                                           "arguments."),
     Summarize},
    {"demo", nullptr, nullptr, QT_TRANSLATE_NOOP("InspectorOptions", "Use the embedded demo ad server (a 3-hop Wrapper chain) instead of TAG."),
     AllModes},
    {"demo-vmap", nullptr, nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Use the embedded demo ad server's VMAP playlist (a pre-roll pod of two ads, a mid-roll at 50% and a "
                                           "post-roll; content 60 s unless --content-duration) instead of TAG."),
     AllModes},
    {"realtime", nullptr, nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Play the MediaFile in real time with Qt Multimedia: in the window, as --mode realtime; with "
                                           "--headless, without a window or sound, instead of the simulated clock."),
     Window | Headless},
    {"mode", "MODE", "realtime",
     QT_TRANSLATE_NOOP("InspectorOptions", "Playback mode of the window: realtime (video, default) or headless (simulated clock)."), Window},
    {"speed", "F", nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Speed factor of the simulated clock; 0 plays as fast as possible (default: the profile's, else 1)."),
     Window | CommandLineModes},
    {"profile", "NAME", nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Provider profile of the playback configuration: global, tiger, leto, yandex, google, custom, or "
                                           "one of ~/.config/vastqt/profiles or --profile-file."),
     Headless},
    {"profile-file", "FILE", nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Load a provider profile from FILE (JSON; repeatable); without --profile, the last one is used."),
     Headless},
    {"publisher", "NAME", nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Publisher context of the playback configuration (from the profile's \"publishers\")."), Headless},
    {"timeout", "MS", "5000", QT_TRANSLATE_NOOP("InspectorOptions", "Timeout of each request (wrapper hop, beacon attempt) in ms."), AllModes},
    {"max-depth", "N", "5", QT_TRANSLATE_NOOP("InspectorOptions", "Most Wrappers followed (1..10)."), CommandLineModes | Validate},
    {"retries", "N", "2", QT_TRANSLATE_NOOP("InspectorOptions", "Retries of a failed beacon."), CommandLineModes},
    {"player-size", "WxH", "1280x720", QT_TRANSLATE_NOOP("InspectorOptions", "Player size for MediaFile selection."), CommandLineModes},
    {"source", "URL", nullptr, QT_TRANSLATE_NOOP("InspectorOptions", "An ad source (repeatable); TAG, if given, comes first."), AllModes},
    {"fallback", "URL", nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "A fallback source (repeatable), tried only when every source failed."), AllModes},
    {"strategy", "NAME", "sequential",
     QT_TRANSLATE_NOOP("InspectorOptions", "How sources are asked: sequential, parallel (first usable by source order) or race (first "
                                           "usable answer)."),
     AllModes},
    {"overall-timeout", "MS", "0", QT_TRANSLATE_NOOP("InspectorOptions", "Time for the whole ad request in ms (0: none)."), AllModes},
    {"source-retries", "N", "0",
     QT_TRANSLATE_NOOP("InspectorOptions", "Retries of a failed source request (timeout, 5xx), backoff from 200 ms, doubling."),
     CommandLineModes},
    {"min-duration", "S", nullptr, QT_TRANSLATE_NOOP("InspectorOptions", "Reject ads shorter than S seconds."), CommandLineModes},
    {"max-duration", "S", nullptr, QT_TRANSLATE_NOOP("InspectorOptions", "Reject ads longer than S seconds."), CommandLineModes},
    {"media-type", "TYPE", nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Accept only MediaFiles of this MIME type or top-level type (repeatable)."), CommandLineModes},
    {"min-bitrate", "KBPS", nullptr, QT_TRANSLATE_NOOP("InspectorOptions", "Reject MediaFiles below this bitrate."), CommandLineModes},
    {"max-bitrate", "KBPS", nullptr, QT_TRANSLATE_NOOP("InspectorOptions", "Reject MediaFiles above this bitrate."), CommandLineModes},
    {"dimensions", "WxH", nullptr, QT_TRANSLATE_NOOP("InspectorOptions", "Accept only MediaFiles of exactly this size."), CommandLineModes},
    {"seed", "S", nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Seed of the simulated viewer's draws (default 1); with --batch, session i uses S+i."),
     Headless},
    {"interaction", "JSON", nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "What the simulated viewer does (repeatable), e.g. {\"action\":\"skip\","
                                           "\"minOffsetMs\":5000,\"probability\":0.5}."),
     Headless},
    {"repeat", "N", "1", QT_TRANSLATE_NOOP("InspectorOptions", "Runs of each input line (--batch)."), Batch},
    {"jobs", "N", "1", QT_TRANSLATE_NOOP("InspectorOptions", "Sessions at once, in one process (--batch)."), Batch},
    {"unordered", nullptr, nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Print each report as its session finishes, not in input order (--batch)."), Batch},
    {"shard", "I/N", nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Run only every N-th input line, starting at line I (from 0) (--batch)."), Batch},
    {"summary", "FILE", nullptr, QT_TRANSLATE_NOOP("InspectorOptions", "Write the summary of the run to FILE (--batch)."), Batch},
    {"content-duration", "MS", nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "VMAP: the duration of the content in ms, to place n% and end breaks."), AllModes},
    {"lang", "LANG", nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Language of the window and the messages (de, fr, en...); default: the system's in the "
                                           "window, English on the command line."),
     AllModes | Summarize},
    {"compact", nullptr, nullptr, QT_TRANSLATE_NOOP("InspectorOptions", "Print the JSON on one line."), CommandLineModes | Validate | Summarize},
    {"quiet", nullptr, nullptr, QT_TRANSLATE_NOOP("InspectorOptions", "No progress lines on standard error."),
     CommandLineModes | Validate | Summarize},
    {"verbose", nullptr, nullptr,
     QT_TRANSLATE_NOOP("InspectorOptions", "Print the library's diagnostics (vastqt.* logging categories) on standard error."),
     AllModes | Summarize},
};

// Qt's own options of QGuiApplication: left for it to read, as `-name` or `--name`.
const char *const qtOptionsWithValue[] = {"platform", "platformpluginpath", "platformtheme", "plugin", "display", "geometry",
                                          "qwindowgeometry", "qwindowicon", "qwindowtitle", "name", "title", "session",
                                          "style", "stylesheet"};
const char *const qtSwitches[] = {"reverse", "nograb", "dograb", "sync", "widgetcount"};

template <typename List>
bool contains(const List &names, QStringView name)
{
    for (const char *n : names) {
        if (name == QLatin1StringView(n))
            return true;
    }
    return false;
}

// The arguments without Qt's own; the value of -platform, if any, goes to \a platform.
QStringList withoutQtOptions(const QStringList &arguments, QString *platform = nullptr)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == "--"_L1) { // the rest are positional arguments
            kept << arguments.mid(i);
            break;
        }
        const QStringView name = QStringView(a).mid(a.startsWith("--"_L1) ? 2 : 1);
        if (i == 0 || !a.startsWith(u'-') || a == "-"_L1) {
            kept << a;
        } else if (contains(qtOptionsWithValue, name) && i + 1 < arguments.size()) {
            if (platform && name == "platform"_L1)
                *platform = arguments.at(i + 1);
            ++i;
        } else if (!contains(qtSwitches, name) && !name.startsWith("qmljsdebugger="_L1)) {
            kept << a;
        }
    }
    return kept;
}

QString modeProblem(const QString &option, int modes, int mode)
{
    if (modes == Window)
        return InspectorOptions::tr("--%1 is an option of the window: leave out --headless and --parse").arg(option);
    if (mode & (Batch | Summarize)) {
        return mode & Batch ? InspectorOptions::tr("--%1 does not go with --batch").arg(option)
                            : InspectorOptions::tr("--%1 does not go with --summarize").arg(option);
    }
    if (modes & Batch)
        return InspectorOptions::tr("--%1 goes with --batch").arg(option);
    if (modes & Summarize && !(modes & Headless))
        return InspectorOptions::tr("--%1 goes with --summarize").arg(option);
    if ((modes & AllModes) == CommandLineModes)
        return InspectorOptions::tr("--%1 goes with --headless or --parse").arg(option);
    if ((modes & AllModes) == Headless)
        return InspectorOptions::tr("--%1 goes with --headless or --batch").arg(option);
    if ((modes & AllModes) == (CommandLineModes | Validate))
        return InspectorOptions::tr("--%1 goes with --headless or --parse, or --validate").arg(option);
    if ((modes & AllModes) == (Window | CommandLineModes))
        return InspectorOptions::tr("--%1 does not go with --validate").arg(option);
    return InspectorOptions::tr("--%1 goes with --headless or the window, not with --parse").arg(option);
}

// TAG, a --source or a --fallback: an http(s) or file: URL (TAG also qrc:), or a file.
QUrl readUrl(const QString &text, bool qrc)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == "http"_L1 || scheme == "https"_L1 || scheme == "file"_L1 || (qrc && scheme == "qrc"_L1)))
        return url;
    const QFileInfo info(text);
    return info.isFile() ? QUrl::fromLocalFile(info.absoluteFilePath()) : QUrl();
}

// The checks of the values, in the order their messages take precedence; the first
// problem found is kept.
class OptionReader
{
public:
    OptionReader(const QCommandLineParser &parser, InspectorOptions &options)
        : p(parser)
        , o(options)
    {
    }

    bool failed() const { return !o.ok(); }

    void check(bool good, const QString &problem)
    {
        if (!good && o.ok())
            o.problem = problem;
    }

    template <typename T, typename Convert>
    void number(const QString &option, T *value, Convert convert, T min, const QString &problem)
    {
        if (failed() || (!p.isSet(option) && !hasDefault(option)))
            return;
        bool ok = false;
        const T v = convert(p.value(option), &ok);
        check(ok && v >= min, problem);
        if (ok && v >= min)
            *value = v;
    }

    void size(const QString &option, QSize *value, const QString &problem)
    {
        if (failed() || (!p.isSet(option) && !hasDefault(option)))
            return;
        const QStringList wh = p.value(option).split(u'x');
        const bool good = wh.size() == 2 && wh.at(0).toInt() > 0 && wh.at(1).toInt() > 0;
        check(good, problem);
        if (good)
            *value = QSize(wh.at(0).toInt(), wh.at(1).toInt());
    }

    void seconds(const QString &option, qint64 *ms)
    {
        double s = -1;
        number(option, &s, [](const QString &t, bool *ok) { return t.toDouble(ok); }, 0.0,
               InspectorOptions::tr("--%1 takes a number of seconds >= 0").arg(option));
        if (s >= 0)
            *ms = qint64(s * 1000 + 0.5);
    }

    void kbps(const QString &option, int *value)
    {
        number(option, value, [](const QString &t, bool *ok) { return t.toInt(ok); }, 1,
               InspectorOptions::tr("--%1 takes a bitrate in kbit/s > 0").arg(option));
    }

    void urls(const QString &option, QList<QUrl> *list)
    {
        for (const QString &text : p.values(option)) {
            const QUrl url = readUrl(text, false);
            check(!url.isEmpty(), InspectorOptions::tr("--%1 takes an http(s) or file URL, or a file: %2").arg(option, text));
            if (!url.isEmpty() && !list->contains(url))
                list->append(url);
        }
    }

private:
    bool hasDefault(const QString &option) const { return !p.value(option).isEmpty(); }

    const QCommandLineParser &p;
    InspectorOptions &o;
};

const auto toInt = [](const QString &t, bool *ok) { return t.toInt(ok); };
} // namespace

void InspectorOptions::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Inspects a VAST ad tag: wrapper chain, ad, media files, playback and tracking beacons. Without --headless or "
           "--parse it opens a window."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const OptionEntry &e : optionTable) {
        QCommandLineOption option(QString::fromLatin1(e.name), tr(e.description));
        if (e.valueName)
            option.setValueName(QString::fromLatin1(e.valueName));
        if (e.defaultValue)
            option.setDefaultValue(QString::fromLatin1(e.defaultValue));
        parser.addOption(option);
    }
    parser.addPositionalArgument(u"TAG"_s, tr("An http(s) URL, a file, or - for standard input."), u"[TAG]"_s);
}

InspectorOptions InspectorOptions::parse(const QStringList &arguments)
{
    InspectorOptions o;
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(withoutQtOptions(arguments))) {
        o.problem = parser.errorText();
        return o;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        o.mode = Mode::Help;
        return o;
    }
    if (parser.isSet(u"version"_s)) {
        o.mode = Mode::Version;
        return o;
    }
    o.mode = parser.isSet(u"validate"_s)    ? Mode::Validate
        : parser.isSet(u"parse"_s)           ? Mode::Parse
        : parser.isSet(u"summarize"_s)       ? Mode::Summarize
        : parser.isSet(u"batch"_s)           ? Mode::Batch
        : parser.isSet(u"headless"_s)        ? Mode::Headless
                                             : Mode::Window;
    if (o.mode == Mode::Validate && (parser.isSet(u"parse"_s) || parser.isSet(u"headless"_s))) {
        o.problem = tr("--validate does not go with --headless or --parse");
        return o;
    }
    const int mode = o.mode == Mode::Window ? Window
        : o.mode == Mode::Headless          ? Headless
        : o.mode == Mode::Batch             ? Batch | Headless
        : o.mode == Mode::Summarize         ? Summarize
        : o.mode == Mode::Validate          ? Validate
                                            : Parse;
    for (const OptionEntry &e : optionTable) {
        const QString name = QString::fromLatin1(e.name);
        if (!(e.modes & mode) && parser.isSet(name)) {
            o.problem = modeProblem(name, e.modes, mode);
            return o;
        }
        // Each session of a batch starts from the --headless options of the batch.
        static const QStringList notPerSession{u"headless"_s, u"seed"_s, u"quiet"_s, u"compact"_s, u"verbose"_s, u"lang"_s};
        if (o.mode == Mode::Batch && e.modes & Headless && !(e.modes & Batch) && parser.isSet(name)
            && !notPerSession.contains(name)) {
            if (!e.valueName)
                o.headlessArguments << u"--"_s + name;
            for (const QString &value : parser.values(name))
                o.headlessArguments << u"--"_s + name << value;
        }
    }

    o.language = parser.value(u"lang"_s);
    o.verbose = parser.isSet(u"verbose"_s);
    o.quiet = parser.isSet(u"quiet"_s);
    o.compact = parser.isSet(u"compact"_s);
    OptionReader read(parser, o);
    double speed = -1;
    read.number(u"speed"_s, &speed, [](const QString &t, bool *ok) { return t.toDouble(ok); }, 0.0,
                tr("--speed takes a number >= 0"));
    if (speed >= 0)
        o.playback.setSpeed(speed);
    if (o.mode == Mode::Window) {
        const QString mode = parser.value(u"mode"_s).toLower();
        read.check(mode == "realtime"_L1 || mode == "headless"_L1, tr("--mode takes realtime or headless"));
        o.realtime = parser.isSet(u"realtime"_s) || mode != "headless"_L1;
    } else {
        o.realtime = parser.isSet(u"realtime"_s);
        read.check(!o.realtime || !parser.isSet(u"speed"_s),
                   tr("--realtime plays at the media's own pace; --speed does not apply"));
        if (o.realtime)
            o.playback.setMode(PlaybackConfig::Mode::Realtime);
    }
    o.readProfiles(parser);
    read.number(u"timeout"_s, &o.timeoutMs, toInt, 1, tr("--timeout takes a number of milliseconds > 0"));
    read.number(u"max-depth"_s, &o.maxDepth, toInt, 1, tr("--max-depth takes a number from 1 to 10"));
    read.check(o.maxDepth <= 10, tr("--max-depth takes a number from 1 to 10"));
    read.number(u"retries"_s, &o.beaconRetries, toInt, 0, tr("--retries takes a number >= 0"));
    read.number(u"content-duration"_s, &o.contentDurationMs, [](const QString &t, bool *ok) { return t.toLongLong(ok); },
                qint64(0), tr("--content-duration takes a number of milliseconds >= 0"));
    read.size(u"player-size"_s, &o.playerSize, tr("--player-size takes WIDTHxHEIGHT, e.g. 1280x720"));
    read.number(u"seed"_s, &o.seed, [](const QString &t, bool *ok) { return t.toUInt(ok); }, 0u,
                tr("--seed takes a number from 0 to 4294967295"));
    if (parser.isSet(u"seed"_s))
        o.playback.setSeed(o.seed);
    QList<InterruptionRule> interactions;
    for (const QString &rule : parser.values(u"interaction"_s)) {
        bool ruleOk = false;
        const QJsonObject json = QJsonDocument::fromJson(rule.toUtf8()).object();
        interactions << InterruptionRule::fromJson(json, &ruleOk);
        read.check(ruleOk && !json.isEmpty(),
                   tr("--interaction takes a JSON rule such as {\"action\":\"skip\",\"minOffsetMs\":5000}: %1").arg(rule));
    }
    if (!interactions.isEmpty())
        o.playback.setInterruptionRules(interactions);
    if (o.mode == Mode::Batch) {
        o.batchFile = parser.value(u"batch"_s);
        o.unordered = parser.isSet(u"unordered"_s);
        o.summaryFile = parser.value(u"summary"_s);
        read.number(u"repeat"_s, &o.repeat, toInt, 1, tr("--repeat takes a number >= 1"));
        read.number(u"jobs"_s, &o.jobs, toInt, 1, tr("--jobs takes a number from 1 to 10000"));
        read.check(o.jobs <= 10000, tr("--jobs takes a number from 1 to 10000"));
        if (parser.isSet(u"shard"_s)) {
            const QStringList in = parser.value(u"shard"_s).split(u'/');
            bool indexOk = false;
            bool countOk = false;
            o.shardIndex = in.value(0).toInt(&indexOk);
            o.shardCount = in.value(1).toInt(&countOk);
            read.check(in.size() == 2 && indexOk && countOk && o.shardCount >= 1 && o.shardIndex >= 0
                           && o.shardIndex < o.shardCount,
                       tr("--shard takes I/N with 0 <= I < N, e.g. 0/3"));
        }
        read.check(!parser.isSet(u"demo"_s) && !parser.isSet(u"demo-vmap"_s),
                   tr("--batch reads its tags from FILE: no --demo or --demo-vmap"));
        read.check(parser.positionalArguments().isEmpty(), tr("--batch reads its tags from FILE: give no TAG"));
        return o;
    }
    if (o.mode == Mode::Summarize) {
        o.summarizeFiles = parser.positionalArguments();
        read.check(!o.summarizeFiles.isEmpty(), tr("--summarize takes one or more files of reports or summaries"));
        return o;
    }

    // TAG, or the demo.
    const QStringList positional = parser.positionalArguments();
    o.demo = parser.isSet(u"demo"_s);
    o.demoVmap = parser.isSet(u"demo-vmap"_s);
    o.multiSource = parser.isSet(u"source"_s) || parser.isSet(u"fallback"_s);
    if (o.demo || o.demoVmap) {
        read.check(positional.isEmpty() && !(o.demo && o.demoVmap), tr("--demo and --demo-vmap take no TAG, and only one of them"));
        if (o.demoVmap && o.contentDurationMs < 0)
            o.contentDurationMs = 60000;
    } else if (o.mode == Mode::Window) {
        read.check(positional.size() <= 1, tr("give at most one TAG (see --help)"));
    } else {
        const bool sourcesOnly = positional.isEmpty() && parser.isSet(u"source"_s) && o.mode == Mode::Headless;
        read.check(sourcesOnly || positional.size() == 1, tr("give exactly one TAG (see --help)"));
    }
    if (!read.failed() && !positional.isEmpty()) {
        const QString &tag = positional.constFirst();
        o.tagFromStdin = tag == "-"_L1;
        o.tagUrl = o.tagFromStdin ? QUrl(u"stdin:"_s) : readUrl(tag, true);
        read.check(!o.tagUrl.isEmpty(), tr("no such file: %1 (TAG is an http(s) URL, a file or - for stdin)").arg(tag));
    }

    // The sources: TAG first.
    read.check(!o.tagFromStdin || !o.multiSource, tr("--source and --fallback do not go with a TAG from standard input"));
    if (!o.tagUrl.isEmpty() && !o.tagFromStdin)
        o.sources.append(o.tagUrl);
    read.urls(u"source"_s, &o.sources);
    read.urls(u"fallback"_s, &o.fallbacks);
    bool strategyOk = false;
    o.strategy = FetchConfig::strategyFromName(parser.value(u"strategy"_s), &strategyOk);
    read.check(strategyOk, tr("--strategy takes sequential, parallel or race"));
    read.number(u"overall-timeout"_s, &o.overallTimeoutMs, toInt, 0, tr("--overall-timeout takes a number of milliseconds >= 0"));
    read.number(u"source-retries"_s, &o.sourceRetries, toInt, 0, tr("--source-retries takes a number >= 0"));
    read.seconds(u"min-duration"_s, &o.filter.minDurationMs);
    read.seconds(u"max-duration"_s, &o.filter.maxDurationMs);
    read.kbps(u"min-bitrate"_s, &o.filter.minBitrate);
    read.kbps(u"max-bitrate"_s, &o.filter.maxBitrate);
    o.filter.mediaTypes = parser.values(u"media-type"_s);
    read.size(u"dimensions"_s, &o.filter.requiredDimensions, tr("--dimensions takes WIDTHxHEIGHT, e.g. 1920x1080"));

    if (o.mode == Mode::Window)
        read.check(displayAvailable(arguments), tr("no display: use --headless, or run under xvfb-run"));
    return o;
}

void InspectorOptions::readProfiles(const QCommandLineParser &parser)
{
    const QStringList files = parser.values(u"profile-file"_s);
    profile = parser.value(u"profile"_s);
    publisher = parser.value(u"publisher"_s);
    if (!ok() || (profile.isEmpty() && publisher.isEmpty() && files.isEmpty()))
        return;
    profiles = ProviderProfiles::standard();
    profilesLoaded = true;
    // The user's folder may hold a broken file that is not asked for: only the one asked for counts.
    QString lastFileProfile;
    for (const QString &file : files) {
        if (!profiles.loadFile(file, &lastFileProfile)) {
            problem = tr("malformed profile: %1").arg(profiles.errors().constLast().toString());
            return;
        }
    }
    if (profile.isEmpty())
        profile = lastFileProfile;
    if (profile.isEmpty())
        return;
    if (!profiles.contains(profile)) {
        for (const ProfileError &e : profiles.errors()) {
            if (QFileInfo(e.file).completeBaseName() == profile) {
                problem = tr("malformed profile: %1").arg(e.toString());
                return;
            }
        }
        problem = tr("no provider profile named %1 (known: %2)").arg(profile, profiles.names().join(u", "_s));
    }
}

bool InspectorOptions::displayAvailable(const QStringList &arguments)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD) || defined(Q_OS_OPENBSD) || defined(Q_OS_NETBSD)
    QString platforms = qEnvironmentVariable("QT_QPA_PLATFORM");
    withoutQtOptions(arguments, &platforms);
    const bool x11 = qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool wayland = qEnvironmentVariableIsSet("WAYLAND_DISPLAY") && !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    const bool displayOption = arguments.contains(u"-display"_s) || arguments.contains(u"--display"_s);
    if (platforms.trimmed().isEmpty())
        return x11 || wayland || displayOption;
    // "wayland;xcb" is a list tried in order; "offscreen:fontengine=freetype" has arguments.
    const QStringList names = platforms.split(u';', Qt::SkipEmptyParts);
    for (const QString &entry : names) {
        const QString name = entry.section(u':', 0, 0).trimmed().toLower();
        if (name == "xcb"_L1 ? x11 || displayOption : name.startsWith("wayland"_L1) ? wayland : true)
            return true;
    }
    return false;
#else
    Q_UNUSED(arguments)
    return true;
#endif
}

void InspectorOptions::applyTo(VastClient &client) const
{
    client.setPlaybackOverride(playback);
    if (profilesLoaded)
        client.setProviderProfiles(profiles);
    client.setProfile(profile);
    client.setPublisher(publisher);
    FetchConfig config = client.fetchConfig();
    config.sourceTimeoutMs = timeoutMs;
    config.maxWrapperDepth = maxDepth;
    config.mediaFiles.playerWidth = playerSize.width();
    config.mediaFiles.playerHeight = playerSize.height();
    config.sources = sources;
    config.fallbacks = fallbacks;
    config.strategy = strategy;
    config.overallTimeoutMs = overallTimeoutMs;
    config.retries = sourceRetries;
    config.filter = filter;
    client.setFetchConfig(config);
    RetryPolicy retry = client.retryPolicy();
    retry.maxRetries = beaconRetries;
    retry.timeoutMs = config.sourceTimeoutMs;
    client.setRetryPolicy(retry);
    client.setAutoPlay(true);
    AdRequest request = client.adRequest();
    request.contentDurationMs = contentDurationMs;
    client.setAdRequest(request);
}

QByteArray InspectorOptions::readStandardInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

void InspectorOptions::setUpApplication(bool systemLanguage) const
{
    QCoreApplication::setApplicationName(u"vastqt-inspector"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VASTQT_VERSION));
    QCoreApplication::setOrganizationName(u"VastQt"_s);
    // Library diagnostics only when asked for: --verbose, or QT_LOGGING_RULES (applied after these).
    if (!verbose)
        QLoggingCategory::setFilterRules(u"vastqt.*.debug=false\nvastqt.*.info=false"_s);
    if (language.isEmpty() && !systemLanguage)
        return;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    const auto install = [&locale](const QString &name, const QString &directory) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(locale, name, u"_"_s, directory))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    install(u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(u"vastqt"_s, u":/i18n"_s);
    // The library's messages (errors, MediaFile reasons, parser warnings), also in the JSON
    // report's message texts; only with --lang on the command line, so its JSON stays English.
    VastQt::installTranslator(locale);
}

class CommandLine::Private
{
public:
    CommandLine *q = nullptr;
    QIODevice *out = nullptr;
    QIODevice *err = nullptr;
    InspectorOptions options;

    std::unique_ptr<DemoServer> demo;
    std::unique_ptr<VastClient> client;
    std::unique_ptr<BatchRunner> batch;
    bool errIsTerminal = false;
    bool validated = false; // --validate printed its report

    void progress(const QString &line)
    {
        if (!options.quiet)
            err->write((line + u'\n').toUtf8());
    }

    void finishLater(int code)
    {
        QTimer::singleShot(0, q, [this, code] { Q_EMIT q->finished(code); });
    }

    void fail(int code, const QString &message)
    {
        err->write((u"vastqt-inspector: "_s + message + u'\n').toUtf8());
        finishLater(code);
    }

    void printJson(const QJsonObject &o)
    {
        out->write(QJsonDocument(o).toJson(options.compact ? QJsonDocument::Compact : QJsonDocument::Indented));
        if (options.compact)
            out->write("\n");
    }

    // --parse: the document model of TAG, fetched through the client's transports.
    void runParse(const QUrl &url, const QByteArray &xml)
    {
        auto printParsed = [this, url](const QByteArray &bytes) {
            const VastParseResult parsed = VastParser::parse(bytes);
            QJsonObject o = VastJson::toJson(parsed.document);
            // The document's compliance, as one hop of the --headless report's "compliance".
            o.insert(u"compliance"_s, RunReport::complianceJson({ComplianceValidator::validate(bytes, 0, url)}));
            if (!parsed.ok()) {
                o.insert(u"error"_s, QJsonObject{{u"code"_s, int(parsed.error)},
                                                  {u"phase"_s, phaseName(Phase::Parse)},
                                                  {u"message"_s, parsed.errorString},
                                                  {u"line"_s, parsed.line},
                                                  {u"column"_s, parsed.column}});
                progress(tr("error %1 [%2]: %3").arg(int(parsed.error)).arg(phaseName(Phase::Parse), parsed.errorString));
            }
            if (!parsed.warnings.isEmpty())
                o.insert(u"warnings"_s, QJsonArray::fromStringList(parsed.warnings));
            printJson(o);
            Q_EMIT q->finished(parsed.ok() ? Completed : VastError);
        };
        if (options.tagFromStdin) {
            QTimer::singleShot(0, q, [printParsed, xml] { printParsed(xml); });
            return;
        }
        // The client's transport stack (HTTP, files), with the limits of its loads.
        client = std::make_unique<VastClient>();
        TransportRequest request(url);
        request.timeoutMs = options.timeoutMs;
        request.maxResponseBytes = client->fetchConfig().maxResponseBytes;
        TransportReply *reply = client->transport()->send(request);
        QObject::connect(reply, &TransportReply::finished, q, [this, reply, url, printParsed] {
            reply->deleteLater();
            if (const FetchError fault = FetchError::fromReply(*reply); !fault.ok()) {
                const QJsonObject o{{u"error"_s, QJsonObject{{u"code"_s, int(fault.code)},
                                                             {u"phase"_s, phaseName(fault.phase)},
                                                             {u"message"_s, reply->errorString()}}}};
                progress(tr("error %1 [%2]: %3").arg(int(fault.code))
                             .arg(phaseName(fault.phase), url.toDisplayString() + u": "_s + reply->errorString()));
                printJson(o);
                Q_EMIT q->finished(VastError);
                return;
            }
            printParsed(reply->body());
        });
    }

    // --batch: the entries of the file (or standard input), run by a BatchRunner.
    void runBatch()
    {
        QByteArray input;
        if (options.batchFile == "-"_L1) {
            input = InspectorOptions::readStandardInput();
        } else {
            QFile file(options.batchFile);
            if (!file.open(QIODevice::ReadOnly)) {
                fail(Usage, tr("cannot read %1: %2").arg(options.batchFile, file.errorString()));
                return;
            }
            input = file.readAll();
        }
        batch = std::make_unique<BatchRunner>(options, out, err);
        if (const QString problem = batch->setInput(input); !problem.isEmpty()) {
            fail(Usage, options.batchFile + u": "_s + problem);
            return;
        }
        batch->setProgressBar(errIsTerminal);
        QObject::connect(batch.get(), &BatchRunner::finished, q, &CommandLine::finished);
        batch->start();
    }

    // --summarize: each file is a summary (one JSON object of kind RunSummary::kind()) or
    // reports, one JSON object a line (the output of --batch, or --headless --compact).
    void runSummarize()
    {
        RunSummary total;
        for (const QString &name : std::as_const(options.summarizeFiles)) {
            QByteArray bytes;
            if (name == "-"_L1) {
                bytes = InspectorOptions::readStandardInput();
            } else {
                QFile file(name);
                if (!file.open(QIODevice::ReadOnly)) {
                    fail(Usage, tr("cannot read %1: %2").arg(name, file.errorString()));
                    return;
                }
                bytes = file.readAll();
            }
            const QJsonObject whole = QJsonDocument::fromJson(bytes).object();
            if (whole.value("kind"_L1).toString() == RunSummary::kind()) {
                bool ok = false;
                const RunSummary summary = RunSummary::fromJson(whole, &ok);
                if (!ok) {
                    fail(Usage, tr("%1: not a summary of vastqt-inspector").arg(name));
                    return;
                }
                total.merge(summary);
                continue;
            }
            const QList<QByteArray> lines = bytes.split('\n');
            for (int n = 0; n < lines.size(); ++n) {
                if (lines.at(n).trimmed().isEmpty())
                    continue;
                const QJsonDocument line = QJsonDocument::fromJson(lines.at(n));
                if (!line.isObject() || !line.object().contains("result"_L1)) {
                    fail(Usage, tr("%1:%2: not a report of vastqt-inspector").arg(name).arg(n + 1));
                    return;
                }
                total.addReport(line.object());
            }
        }
        printJson(total.toJson());
        finishLater(Completed);
    }

    // The client of --headless and --validate, configured from the options.
    void makeClient(const QUrl &url)
    {
        client = std::make_unique<VastClient>();
        if (demo) {
            InspectorOptions withDemo = options;
            withDemo.sources.prepend(url);
            withDemo.applyTo(*client);
        } else {
            options.applyTo(*client);
        }
        QObject::connect(client.get(), &VastClient::hopFinished, q, [this](const WrapperHop &hop) {
            progress(tr("hop: %1 %2 %3 %4 ms %5 bytes %6")
                         .arg(hop.httpStatus)
                         .arg(hop.type.isEmpty() ? u"-"_s : hop.type, hop.adSystem.isEmpty() ? u"-"_s : hop.adSystem)
                         .arg(hop.latencyMs)
                         .arg(hop.bytes)
                         .arg(hop.url.toDisplayString()));
        });
        QObject::connect(client.get(), &VastClient::errorOccurred, q,
                         [this](ErrorCode code, Phase phase, const QString &message) {
                             progress(tr("error %1 [%2]: %3").arg(int(code)).arg(phaseName(phase), message));
                         });
    }

    // Starts the client's load: TAG from standard input, or the configured sources.
    void startLoad(const QUrl &url, const QByteArray &xml)
    {
        progress(tr("loading %1").arg(url.toDisplayString()));
        if (options.tagFromStdin)
            client->load(xml, url);
        else
            client->load(); // TAG is the first of the configured sources
    }

    // --validate: the chain resolved without playing and without firing a tracker, then its
    // compliance report alone; exit 1 when it has an error finding.
    void runValidate(const QUrl &url, const QByteArray &xml)
    {
        makeClient(url);
        client->setAutoPlay(false);
        FetchConfig config = client->fetchConfig();
        config.autoTrackErrors = false;
        client->setFetchConfig(config);
        auto printReport = [this] {
            if (validated)
                return;
            validated = true;
            const RunReport report = client->runReport();
            printJson(QJsonObject{{u"compliance"_s, RunReport::complianceJson(report.compliance)}});
            const int errors = RunReport::complianceErrorCount(report.compliance);
            progress(tr("compliance: %1 document(s), %2 error finding(s)").arg(report.compliance.size()).arg(errors));
            Q_EMIT q->finished(errors == 0 ? Completed : VastError);
        };
        // loaded() after a load that gave an ad; finished() after one that failed.
        QObject::connect(client.get(), &VastClient::loaded, q, printReport);
        QObject::connect(client.get(), &VastClient::finished, q, printReport);
        startLoad(url, xml);
    }

    void runHeadless(const QUrl &url, const QByteArray &xml)
    {
        makeClient(url);
        client->setAutoPlay(true);
        QObject::connect(client.get(), &VastClient::breakStarted, q, [this](int index) {
            const ScheduledBreak b = client->breaks().value(index);
            progress(tr("break %1 start: %2 (%3) at %4 ms")
                         .arg(index)
                         .arg(b.adBreak.breakId.isEmpty() ? u"-"_s : b.adBreak.breakId, b.adBreak.timeOffset)
                         .arg(b.timeMs));
        });
        QObject::connect(client.get(), &VastClient::breakEnded, q,
                         [this](int index) { progress(tr("break %1 end").arg(index)); });
        QObject::connect(client.get(), &VastClient::adStarted, q, [this](int breakIndex, int podIndex) {
            if (client->isVmap() || client->podPlayer())
                progress(tr("ad: break %1, pod slot %2").arg(breakIndex).arg(podIndex));
        });

        QObject::connect(client.get(), &VastClient::beaconFinished, q, [this](Beacon *b) {
            progress(tr("beacon: %1 @%2 ms -> %3 (%4 attempt(s), %5 ms) %6")
                         .arg(b->event())
                         .arg(b->offsetMs())
                         .arg(b->httpStatus())
                         .arg(b->attempts())
                         .arg(b->latencyMs())
                         .arg(b->url().toDisplayString()));
        });
        QObject::connect(client.get(), &VastClient::finished, q, [this] {
            QJsonObject report = client->report();
            printJson(report);
            Q_EMIT q->finished(exitCodeOf(report));
        });
        startLoad(url, xml);
    }
};

CommandLine::CommandLine(QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->out = out;
    d->err = err;
}

CommandLine::~CommandLine() = default;

void CommandLine::start(const QStringList &arguments)
{
    d->options = InspectorOptions::parse(arguments);
    const InspectorOptions &o = d->options;
    if (!o.ok()) {
        d->fail(Usage, o.problem);
        return;
    }
    switch (o.mode) {
    case InspectorOptions::Mode::Help: {
        QCommandLineParser parser;
        InspectorOptions::addOptions(parser);
        d->out->write(parser.helpText().toUtf8());
        d->finishLater(Completed);
        return;
    }
    case InspectorOptions::Mode::Version:
        d->out->write((QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n').toUtf8());
        d->finishLater(Completed);
        return;
    case InspectorOptions::Mode::Window:
        d->fail(Usage, tr("give --headless, --parse or --validate"));
        return;
    case InspectorOptions::Mode::Batch:
        d->runBatch();
        return;
    case InspectorOptions::Mode::Summarize:
        d->runSummarize();
        return;
    case InspectorOptions::Mode::Headless:
    case InspectorOptions::Mode::Parse:
    case InspectorOptions::Mode::Validate:
        break;
    }

    QUrl url = o.tagUrl.isEmpty() ? o.sources.value(0) : o.tagUrl;
    if (o.demo || o.demoVmap) {
        d->demo = std::make_unique<DemoServer>();
        if (!d->demo->start()) {
            d->fail(VastError, InspectorOptions::tr("cannot start the demo ad server on 127.0.0.1"));
            return;
        }
        url = o.demoVmap ? d->demo->vmapUrl() : d->demo->tagUrl();
        d->progress(tr("demo ad server on %1").arg(d->demo->baseUrl().toString()));
    }
    const QByteArray xml = o.tagFromStdin ? InspectorOptions::readStandardInput() : QByteArray();
    if (o.mode == InspectorOptions::Mode::Parse)
        d->runParse(url, xml);
    else if (o.mode == InspectorOptions::Mode::Validate)
        d->runValidate(url, xml);
    else
        d->runHeadless(url, xml);
}

void CommandLine::setProgressBar(bool bar)
{
    d->errIsTerminal = bar;
}

int CommandLine::exitCodeOf(const QJsonObject &report)
{
    // Same as status Finished with a completed session for one ad; for a pod, every slot
    // completed; for VMAP, every break that could play completed (README).
    return report.value(u"result"_s).toString() == "completed"_L1 ? Completed : VastError;
}

int CommandLine::exec(int argc, char *argv[], const InspectorOptions &options)
{
    QCoreApplication app(argc, argv);
    options.setUpApplication(false);

    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);

    CommandLine commandLine(&out, &err);
    commandLine.setProgressBar(isatty(fileno(stderr)));
    QObject::connect(&commandLine, &CommandLine::finished, &app, [](int code) { QCoreApplication::exit(code); });
    commandLine.start(QCoreApplication::arguments());
    return app.exec();
}
