// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "batchrunner.h"

#include <VastQt/vastclient.h>

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QIODevice>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QMap>
#include <QtCore/QTimer>

#include <unordered_map>

using namespace Qt::StringLiterals;
using namespace VastQt;

namespace
{
// The command-line arguments of one JSON Lines entry. Its members are the long options of
// --headless (e.g. "timeout", "max-depth"), with these spellings too: "tag" (TAG),
// "sources" (--source), "fallbacks" (--fallback), "playerSize" (--player-size: "WxH" or
// [w, h]), "interactions" (--interaction, rule objects) and "profile" (--profile). The TAG
// comes last. The option parser checks the rest, as on the command line.
QStringList argumentsOf(const QJsonObject &entry, QString *problem)
{
    static const QMap<QString, QString> aliases{
        {u"sources"_s, u"source"_s},         {u"fallbacks"_s, u"fallback"_s},
        {u"playerSize"_s, u"player-size"_s}, {u"interactions"_s, u"interaction"_s},
    };
    QStringList arguments;
    QString tag;
    for (auto it = entry.constBegin(); it != entry.constEnd(); ++it) {
        const QString key = aliases.value(it.key(), it.key());
        if (key == "tag"_L1) {
            tag = it.value().toString();
            if (tag.isEmpty())
                *problem = BatchRunner::tr("\"tag\" takes a URL or a file");
            continue;
        }
        if (key == "seed"_L1) {
            *problem = BatchRunner::tr("\"seed\" is not an entry's option: session i of the batch uses --seed S+i");
            continue;
        }
        const QJsonValue value = it.value();
        const QJsonArray values = value.isArray() && key != "player-size"_L1 ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &v : values) {
            const QString option = u"--"_s + key;
            if (v.isBool()) {
                if (v.toBool())
                    arguments << option;
            } else if (v.isDouble()) {
                arguments << option << QString::number(v.toDouble(), 'g', 17);
            } else if (v.isString()) {
                arguments << option << v.toString();
            } else if (v.isObject()) { // an interaction
                arguments << option << QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            } else if (v.isArray() && v.toArray().size() == 2) { // player size [w, h]
                arguments << option << u"%1x%2"_s.arg(v.toArray().at(0).toInt()).arg(v.toArray().at(1).toInt());
            } else {
                *problem = BatchRunner::tr("\"%1\" has a value of the wrong type").arg(it.key());
            }
        }
    }
    if (!tag.isEmpty())
        arguments << tag;
    return arguments;
}

QString duration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    const QString minutes = u"%1:%2"_s.arg(s / 60 % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
    return s >= 3600 ? QString::number(s / 3600) + u':' + minutes : minutes;
}
} // namespace

class BatchRunner::Private
{
public:
    struct Entry {
        int index = 0; // among the entries of the whole input
        int line = 0; // in the input, from 1
        QStringList arguments; // the entry's own
        InspectorOptions options; // of the batch's --headless options and the entry's
    };
    struct Session {
        int position = 0; // in this run's order
        int index = 0; // over the whole input
        const Entry *entry = nullptr;
        int repeat = 0;
        quint32 seed = 0;
        qint64 startedAtMs = 0;
        std::unique_ptr<VastClient> client;
    };

    BatchRunner *q = nullptr;
    InspectorOptions options;
    QIODevice *out = nullptr;
    QIODevice *err = nullptr;
    bool progressBar = false;

    QList<Entry> entries; // of this shard
    int next = 0; // position of the next session to start
    int running = 0;
    int done = 0;
    int failedSessions = 0; // result "error"
    bool anyVastError = false;
    std::unordered_map<int, Session> sessions; // running, by position
    QMap<int, QByteArray> waiting; // finished reports not yet written, by position
    int nextOut = 0;
    RunSummary summary;
    QElapsedTimer clock;
    qint64 lastBarMs = -1;
    int lastPlainStep = 0;

    int total() const { return int(entries.size()) * options.repeat; }

    void startNext()
    {
        while (running < options.jobs && next < total()) {
            const int position = next++;
            Session &s = sessions[position];
            s.position = position;
            s.entry = &entries.at(position / options.repeat);
            s.repeat = position % options.repeat;
            s.index = s.entry->index * options.repeat + s.repeat;
            s.seed = options.seed + quint32(s.index);
            s.startedAtMs = QDateTime::currentMSecsSinceEpoch();
            s.client = std::make_unique<VastClient>();
            InspectorOptions o = s.entry->options;
            o.seed = s.seed;
            o.playback.setSeed(s.seed);
            o.applyTo(*s.client);
            ++running;
            QObject::connect(s.client.get(), &VastClient::finished, q, [this, position] { sessionFinished(position); });
            s.client->load();
        }
    }

    void sessionFinished(int position)
    {
        auto it = sessions.find(position);
        Session &s = it->second;
        QJsonObject report = s.client->report();
        const int exitCode = CommandLine::exitCodeOf(report);
        QStringList arguments{u"--headless"_s};
        arguments << options.headlessArguments << s.entry->arguments << u"--seed"_s << QString::number(s.seed);
        report.insert(u"batch"_s, QJsonObject{
                                      {u"index"_s, s.index},
                                      {u"entry"_s, s.entry->index},
                                      {u"line"_s, s.entry->line},
                                      {u"repeat"_s, s.repeat},
                                      {u"seed"_s, qint64(s.seed)},
                                      {u"exitCode"_s, exitCode},
                                      {u"startedAtMs"_s, s.startedAtMs},
                                      {u"finishedAtMs"_s, QDateTime::currentMSecsSinceEpoch()},
                                      {u"arguments"_s, QJsonArray::fromStringList(arguments)},
                                  });
        summary.addReport(report);
        anyVastError = anyVastError || exitCode != CommandLine::Completed;
        if (report.value("result"_L1).toString() == "error"_L1)
            ++failedSessions;
        s.client.release()->deleteLater(); // we are inside its finished()
        sessions.erase(it);
        --running;
        ++done;

        QByteArray line = QJsonDocument(report).toJson(QJsonDocument::Compact);
        line += '\n';
        if (options.unordered) {
            out->write(line);
        } else {
            waiting.insert(position, line);
            for (auto w = waiting.begin(); w != waiting.end() && w.key() == nextOut; w = waiting.erase(w), ++nextOut)
                out->write(w.value());
        }
        progress();
        if (done == total()) {
            finish();
            return;
        }
        startNext();
    }

    void progress()
    {
        if (options.quiet)
            return;
        const bool last = done == total();
        const qint64 elapsedMs = clock.elapsed();
        const double rate = elapsedMs > 0 ? done * 1000.0 / double(elapsedMs) : 0.0;
        const QString eta = rate > 0 ? duration((total() - done) / rate) : u"-"_s;
        if (progressBar) {
            if (!last && lastBarMs >= 0 && elapsedMs - lastBarMs < 100)
                return;
            lastBarMs = elapsedMs;
            constexpr int width = 30;
            const int filled = total() > 0 ? done * width / total() : width;
            const QString bar = QString(filled, u'#') + QString(width - filled, u'-');
            err->write((u"\r["_s + bar + u"] "_s
                        + tr("%1/%2  %3 sessions/s  ETA %4  %5 errors")
                              .arg(done)
                              .arg(total())
                              .arg(rate, 0, 'f', 1)
                              .arg(eta)
                              .arg(failedSessions)
                        + u"\x1b[K"_s + (last ? u"\n"_s : QString()))
                           .toUtf8());
            return;
        }
        // Plain lines: one per tenth of the run, and the last.
        const int step = qMax(1, total() / 10);
        if (!last && done / step == lastPlainStep)
            return;
        lastPlainStep = done / step;
        err->write((tr("batch: %1/%2 sessions, %3 sessions/s, ETA %4, %5 errors")
                        .arg(done)
                        .arg(total())
                        .arg(rate, 0, 'f', 1)
                        .arg(eta)
                        .arg(failedSessions)
                    + u'\n')
                       .toUtf8());
    }

    void finish()
    {
        int code = anyVastError ? CommandLine::VastError : CommandLine::Completed;
        if (!options.summaryFile.isEmpty()) {
            QFile file(options.summaryFile);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(QJsonDocument(summary.toJson()).toJson()) < 0) {
                err->write((u"vastqt-inspector: "_s + tr("cannot write the summary to %1: %2").arg(options.summaryFile, file.errorString())
                            + u'\n')
                               .toUtf8());
                code = CommandLine::Usage;
            }
        }
        QTimer::singleShot(0, q, [this, code] { Q_EMIT q->finished(code); });
    }

    // progress() translates in BatchRunner's context.
    static QString tr(const char *text) { return BatchRunner::tr(text); }
};

BatchRunner::BatchRunner(const InspectorOptions &options, QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->options = options;
    d->out = out;
    d->err = err;
}

BatchRunner::~BatchRunner() = default;

QString BatchRunner::setInput(const QByteArray &input)
{
    d->entries.clear();
    const QList<QByteArray> lines = input.split('\n');
    int index = 0;
    for (int n = 0; n < lines.size(); ++n) {
        const QByteArray text = lines.at(n).trimmed();
        if (text.isEmpty() || text.startsWith('#'))
            continue;
        const int entryIndex = index++;
        if (entryIndex % d->options.shardCount != d->options.shardIndex)
            continue;
        Private::Entry entry;
        entry.index = entryIndex;
        entry.line = n + 1;
        QString problem;
        if (text.startsWith('{')) {
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(text, &error);
            if (!json.isObject())
                return tr("line %1: %2").arg(entry.line).arg(error.errorString());
            entry.arguments = argumentsOf(json.object(), &problem);
        } else {
            entry.arguments = QStringList{QString::fromUtf8(text)};
        }
        if (problem.isEmpty()) {
            QStringList arguments{u"vastqt-inspector"_s, u"--headless"_s};
            arguments << d->options.headlessArguments << entry.arguments;
            entry.options = InspectorOptions::parse(arguments);
            problem = entry.options.problem;
            if (problem.isEmpty() && entry.options.tagFromStdin)
                problem = tr("an entry's TAG cannot be standard input");
        }
        if (!problem.isEmpty())
            return tr("line %1: %2").arg(entry.line).arg(problem);
        d->entries.append(entry);
    }
    return QString();
}

void BatchRunner::setProgressBar(bool bar)
{
    d->progressBar = bar;
}

int BatchRunner::total() const
{
    return d->total();
}

void BatchRunner::start()
{
    d->clock.start();
    if (d->total() == 0) {
        d->progress();
        d->finish();
        return;
    }
    QTimer::singleShot(0, this, [this] { d->startNext(); });
}

RunSummary BatchRunner::summary() const
{
    return d->summary;
}
