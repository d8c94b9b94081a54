// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// vastqt-bench: throughput of the VAST parser and of headless playback sessions, printed as
// one JSON line each so bench/run.sh can set them beside vast-client-js (bench/js/).
//
//   vastqt-bench parse ROUNDS FILE...
//   vastqt-bench sessions N FILE [--concurrency K] [--manual]
//
// See bench/README.md for what exactly is measured.

#include <VastQt/headlessplayer.h>
#include <VastQt/adselector.h>
#include <VastQt/simulatedtimesource.h>
#include <VastQt/vastparser.h>
#include <VastQt/tracker.h>
#include <VastQt/memorytransport.h>

#include <QtCore/QAbstractEventDispatcher>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>

#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace VastQt;

namespace
{

void usage()
{
    std::fputs("usage: vastqt-bench parse ROUNDS FILE...\n"
               "       vastqt-bench sessions N FILE [--concurrency K] [--manual]\n"
               "       vastqt-bench multisource [RUNS]\n"
               "       vastqt-bench batch N JOBS [--server URL]\n"
               "       vastqt-bench serve\n"
               "  --glib (anywhere) keeps Qt's GLib event dispatcher (default: QT_NO_GLIB=1)\n"
               "  parse     parses the files ROUNDS times (read once into memory)\n"
               "  sessions  plays N headless sessions of FILE's first linear ad at speed 0,\n"
               "            beacons answered 200 by a MemoryTransport; K sessions in flight\n"
               "            at a time (default 1: one after another); --manual steps each\n"
               "            session's clock with advance() instead of its speed-0 timer\n"
               "  multisource  three loopback sources (300 ms, 100 ms, failing), each strategy;\n"
               "            median wall time of RUNS (default 10) against the ideal\n"
               "  batch     N sessions of the demo 3-hop chain, JOBS at once (BatchRunner), every\n"
               "            hop and beacon over loopback to the demo server of URL or of a\n"
               "            `vastqt-bench serve` process; rates, peak RSS, KiB per session\n"
               "  serve     the demo ad server; prints its URL, serves until stdin closes\n",
        stderr);
}

void fail(const QString &message)
{
    std::fprintf(stderr, "vastqt-bench: %s\n", qUtf8Printable(message));
}

bool readFile(const QString &path, QByteArray *out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(u"cannot read %1: %2"_s.arg(path, f.errorString()));
        return false;
    }
    *out = f.readAll();
    return true;
}

// CPU time of the whole process (all threads), in ns: next to the wall time because the
// machine may be shared, and a busy neighbour stretches wall time but not CPU time.
qint64 processCpuNs()
{
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double perSecond(double count, qint64 ns)
{
    return ns > 0 ? count * 1e9 / double(ns) : 0.0;
}

// Which event dispatcher runs the sessions (see main()).
const char *dispatcherName()
{
    const QAbstractEventDispatcher *dispatcher = QCoreApplication::eventDispatcher();
    if (!dispatcher)
        return "none";
    return qstrcmp(dispatcher->metaObject()->className(), "QEventDispatcherGlib") == 0 ? "glib" : "unix";
}

// ---------------------------------------------------------------------------------------
// parse

int runParse(int rounds, const QStringList &paths)
{
    std::vector<QByteArray> docs;
    docs.reserve(paths.size());
    qint64 bytesPerRound = 0;
    for (const QString &path : paths) {
        QByteArray bytes;
        if (!readFile(path, &bytes))
            return 1;
        bytesPerRound += bytes.size();
        docs.push_back(bytes);
    }

    // Check every file once, untimed: the benchmark only measures documents that parse.
    bool ok = true;
    for (size_t i = 0; i < docs.size(); ++i) {
        const VastParseResult r = VastParser::parse(docs[i]);
        if (!r.ok()) {
            fail(u"%1 failed to parse: error %2: %3"_s.arg(paths.at(int(i))).arg(int(r.error)).arg(r.errorString));
            ok = false;
        }
    }
    if (!ok)
        return 1;

    // An untimed warm-up (caches, allocator), as the JavaScript side warms its JIT: a tenth
    // of the rounds, at least 20.
    const int warmup = qMax(20, rounds / 10);
    qint64 sink = 0;
    for (int r = 0; r < warmup; ++r) {
        for (const QByteArray &doc : docs)
            sink += VastParser::parse(doc).document.ads.size();
    }

    QElapsedTimer timer;
    const qint64 cpu0 = processCpuNs();
    timer.start();
    for (int r = 0; r < rounds; ++r) {
        for (const QByteArray &doc : docs) {
            const VastParseResult result = VastParser::parse(doc);
            sink += result.document.ads.size(); // keeps the result observable
        }
    }
    const qint64 ns = timer.nsecsElapsed();
    const qint64 cpuNs = processCpuNs() - cpu0;

    const qint64 n = qint64(rounds) * qint64(docs.size());
    const qint64 bytes = qint64(rounds) * bytesPerRound;
    std::printf("{\"bench\":\"parse\",\"impl\":\"vastqt\",\"docs\":%lld,\"bytes\":%lld,\"ms\":%.3f,"
                "\"docsPerSec\":%.1f,\"MBps\":%.3f,\"cpuMs\":%.3f,\"docsPerCpuSec\":%.1f}\n",
        static_cast<long long>(n), static_cast<long long>(bytes), double(ns) / 1e6, perSecond(double(n), ns),
        perSecond(double(bytes), ns) / 1e6, double(cpuNs) / 1e6, perSecond(double(n), cpuNs));
    std::fflush(stdout);
    if (sink <= 0) {
        fail(u"no ad was parsed"_s);
        return 1;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------
// sessions

// One playback: a Tracker and a HeadlessPlayer at speed 0 over the shared MemoryTransport.
// Done when the player finished and every beacon has its (in-memory) answer.
struct Session
{
    std::unique_ptr<Tracker> tracker;
    std::unique_ptr<HeadlessPlayer> player;
    bool playerFinished = false;
    bool done = false;
};

class SessionRunner : public QObject
{
public:
    SessionRunner(const Ad &ad, int creativeIndex, int total, int concurrency, bool manual)
        : m_ad(ad)
        , m_creativeIndex(creativeIndex)
        , m_total(total)
        , m_concurrency(concurrency)
        , m_manual(manual)
    {
        // Every beacon is answered 200 with an empty body from memory; nothing is recorded,
        // so memory stays flat over millions of beacons.
        m_transport.setDefaultResponse(MemoryResponse(QByteArray(), 200));
        m_transport.setRecordRequests(false);
    }

    void start()
    {
        m_cpuStart = processCpuNs();
        m_timer.start();
        for (int i = 0; i < m_concurrency && m_started < m_total; ++i)
            startOne();
    }

    qint64 elapsedNs() const { return m_elapsedNs; }
    qint64 cpuNs() const { return m_cpuNs; }
    qint64 beacons() const { return m_beacons; }
    int completed() const { return m_completed; }
    QString failure() const { return m_failure; }
    int requests() const { return m_transport.requestCount(); }

private:
    void startOne()
    {
        ++m_started;
        auto s = std::make_unique<Session>();
        Session *raw = s.get();
        s->tracker = std::make_unique<Tracker>(&m_transport);
        s->player = std::make_unique<HeadlessPlayer>();
        // As fast as the clock allows: the ticks that matter, several per event loop pass.
        s->player->setSpeedFactor(0);
        s->player->setTracker(s->tracker.get());
        s->player->setSelectedAd(AdSelector().select(m_ad, m_creativeIndex));
        if (m_manual) {
            // Manual clock: once playing, the whole ad is stepped tick by tick in one go
            // (SimulatedTimeSource::advance()), through the same Player::onTick path.
            s->player->simulatedTimeSource()->setManual(true);
            connect(s->player.get(), &Player::stateChanged, this, [raw](Player::State state) {
                if (state != Player::State::Playing)
                    return;
                QMetaObject::invokeMethod(
                    raw->player.get(),
                    [raw] {
                        if (raw->player->state() == Player::State::Playing)
                            raw->player->simulatedTimeSource()->advance(raw->player->duration() + 1);
                    },
                    Qt::QueuedConnection);
            });
        }
        connect(s->player.get(), &Player::finished, this, [this, raw] {
            raw->playerFinished = true;
            check(raw);
        });
        connect(s->tracker.get(), &Tracker::idle, this, [this, raw] { check(raw); });
        m_sessions.push_back(std::move(s));
        raw->player->play();
    }

    // A session is over when its player finished and its tracker is idle (every beacon
    // answered). It is checked at once; the next session starts at once (its play() only
    // queues the start, so nothing runs inside this signal); the finished session is torn
    // down from the event loop, not from inside its player's or tracker's signal.
    void check(Session *s)
    {
        if (s->done || !s->playerFinished || !s->tracker->isIdle())
            return;
        s->done = true;
        verify(s);
        ++m_completed;
        QMetaObject::invokeMethod(this, [this, s] { destroy(s); }, Qt::QueuedConnection);
        if (m_started < m_total && m_failure.isEmpty()) {
            startOne();
        } else if (m_completed == m_started) {
            m_elapsedNs = m_timer.nsecsElapsed();
            m_cpuNs = processCpuNs() - m_cpuStart;
            QCoreApplication::quit();
        }
    }

    void destroy(Session *s)
    {
        for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
            if (it->get() == s) {
                m_sessions.erase(it);
                break;
            }
        }
    }

    // Each session must really have run the template loop and fired its beacons.
    void verify(Session *s)
    {
        if (!m_failure.isEmpty())
            return;
        if (s->player->state() != Player::State::Completed) {
            m_failure = u"session %1 ended in state %2: %3"_s.arg(m_completed)
                            .arg(int(s->player->state()))
                            .arg(s->player->errorString());
            return;
        }
        const QStringList events = s->tracker->trackedEvents();
        if (!events.contains("impression"_L1) || !events.contains("start"_L1) || !events.contains("complete"_L1)) {
            m_failure = u"session %1 tracked only %2"_s.arg(m_completed).arg(events.join(u','));
            return;
        }
        const QList<Beacon *> beacons = s->tracker->beacons();
        for (const Beacon *b : beacons) {
            if (b->state() != Beacon::State::Tracked) {
                m_failure = u"session %1: beacon %2 not tracked: %3"_s.arg(m_completed)
                                .arg(b->url().toString(), b->errorString());
                return;
            }
        }
        m_beacons += beacons.size();
    }

    MemoryTransport m_transport;
    const Ad m_ad;
    const int m_creativeIndex;
    const int m_total;
    const int m_concurrency;
    const bool m_manual;
    int m_started = 0;
    int m_completed = 0;
    qint64 m_beacons = 0;
    qint64 m_elapsedNs = 0;
    qint64 m_cpuStart = 0;
    qint64 m_cpuNs = 0;
    QString m_failure;
    QElapsedTimer m_timer;
    std::vector<std::unique_ptr<Session>> m_sessions;
};

int runSessions(int count, const QString &path, int concurrency, bool manual)
{
    QByteArray bytes;
    if (!readFile(path, &bytes))
        return 1;
    const VastParseResult parsed = VastParser::parse(bytes);
    if (!parsed.ok()) {
        fail(u"%1 failed to parse: error %2: %3"_s.arg(path).arg(int(parsed.error)).arg(parsed.errorString));
        return 1;
    }
    int adIndex = -1;
    int creativeIndex = -1;
    for (int i = 0; i < parsed.document.ads.size(); ++i) {
        const Ad &ad = parsed.document.ads.at(i);
        if (!ad.isWrapper() && ad.firstLinearCreative() >= 0) {
            adIndex = i;
            creativeIndex = ad.firstLinearCreative();
            break;
        }
    }
    if (adIndex < 0) {
        fail(u"%1 has no InLine ad with a Linear creative"_s.arg(path));
        return 1;
    }

    SessionRunner runner(parsed.document.ads.at(adIndex), creativeIndex, count, concurrency, manual);
    QTimer::singleShot(0, &runner, [&runner] { runner.start(); });
    QCoreApplication::exec();

    if (!runner.failure().isEmpty()) {
        fail(runner.failure());
        return 1;
    }
    if (runner.completed() != count || runner.beacons() <= 0 || runner.requests() != runner.beacons()) {
        fail(u"%1 of %2 sessions completed, %3 beacons, %4 requests"_s.arg(runner.completed())
                 .arg(count)
                 .arg(runner.beacons())
                 .arg(runner.requests()));
        return 1;
    }
    const qint64 ns = runner.elapsedNs();
    const qint64 cpuNs = runner.cpuNs();
    std::printf("{\"bench\":\"sessions\",\"impl\":\"vastqt\",\"sessions\":%d,\"ms\":%.3f,\"sessionsPerSec\":%.1f,"
                "\"beacons\":%lld,\"cpuMs\":%.3f,\"sessionsPerCpuSec\":%.1f,\"concurrency\":%d,\"clock\":\"%s\","
                "\"dispatcher\":\"%s\"}\n",
        count, double(ns) / 1e6, perSecond(double(count), ns), static_cast<long long>(runner.beacons()),
        double(cpuNs) / 1e6, perSecond(double(count), cpuNs), concurrency, manual ? "manual" : "speed0",
        dispatcherName());
    std::fflush(stdout);
    return 0;
}

bool toPositiveInt(const QString &text, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v <= 0)
        return false;
    *out = v;
    return true;
}

} // namespace

int runMultiSource(int runs, const QStringList &args); // multisource.cpp
#ifdef VASTQT_BENCH_BATCH
int runServe(); // batch.cpp
int runBatch(int count, int jobs, QStringList args); // batch.cpp
#endif

int main(int argc, char **argv)
{
    // Qt's UNIX event dispatcher instead of the GLib one, unless --glib: GLib's wakes the
    // loop with an eventfd write on every posted event (queued signals, transport replies),
    // which made a third of a session's CPU time system calls. A headless service using
    // VastQt can make the same choice; the library does not depend on either.
    bool glib = false;
    for (int i = 1; i < argc; ++i)
        glib = glib || qstrcmp(argv[i], "--glib") == 0;
    if (!glib)
        qputenv("QT_NO_GLIB", "1");

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"vastqt-bench"_s);
    // Parser warnings about the samples and per-beacon debug output are not what is measured.
    QLoggingCategory::setFilterRules(u"vastqt.*.debug=false\nvastqt.*.info=false\nvastqt.*.warning=false"_s);

    QStringList args = QCoreApplication::arguments().mid(1);
    args.removeAll("--glib"_L1);
    if (args.size() >= 1 && args.constFirst() == "multisource"_L1) {
        // multisource [RUNS]: three loopback sources, each strategy against its ideal (multisource.cpp).
        int runs = 10;
        if (args.size() > 2 || (args.size() == 2 && !toPositiveInt(args.at(1), &runs))) {
            usage();
            return 2;
        }
        return runMultiSource(runs, {});
    }
#ifdef VASTQT_BENCH_BATCH
    if (args.size() == 1 && args.constFirst() == "serve"_L1)
        return runServe();
    if (args.size() >= 3 && args.constFirst() == "batch"_L1) {
        // batch N JOBS [--server URL]: N sessions of the demo chain over loopback (batch.cpp).
        int count = 0;
        int jobs = 0;
        if (!toPositiveInt(args.at(1), &count) || !toPositiveInt(args.at(2), &jobs)) {
            usage();
            return 2;
        }
        return runBatch(count, jobs, args.mid(3));
    }
#endif
    if (args.size() < 3) {
        usage();
        return 2;
    }
    const QString mode = args.takeFirst();
    int count = 0;
    if (!toPositiveInt(args.takeFirst(), &count)) {
        usage();
        return 2;
    }
    if (mode == "parse"_L1)
        return runParse(count, args);
    if (mode == "sessions"_L1) {
        int concurrency = 1;
        const bool manual = args.removeAll("--manual"_L1) > 0;
        const int opt = args.indexOf("--concurrency"_L1);
        if (opt >= 0) {
            if (opt + 1 >= args.size() || !toPositiveInt(args.at(opt + 1), &concurrency)) {
                usage();
                return 2;
            }
            args.remove(opt, 2);
        }
        if (args.size() != 1) {
            usage();
            return 2;
        }
        return runSessions(count, args.first(), concurrency, manual);
    }
    usage();
    return 2;
}
