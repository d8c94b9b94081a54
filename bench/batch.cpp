// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause
//
// vastqt-bench serve
//   A lean HTTP/1.1 server on 127.0.0.1 (keep-alive, one thread) serving the demo 3-hop
//   Wrapper chain (resources/demo: /vast/tag.xml → /vast/wrapper-2.xml → /vast/inline.xml,
//   {{BASE}} replaced by its URL) and answering /track/... with 200 and a 1×1 GIF, as the
//   inspector's DemoServer does but without QtHttpServer's per-request cost, so that the
//   clients, not the server, are measured. Prints its base URL on one line, serves until
//   standard input closes. Used by both sides of bench/run.sh's batch comparison.
//
// vastqt-bench batch N JOBS [--server URL]
//   N sessions of the demo chain, JOBS at once, through BatchRunner: what
//   `vastqt-inspector --batch - --repeat N --jobs JOBS --speed 0 --quiet` does, the reports
//   serialized and dropped. Every hop and every beacon goes over loopback to the server at
//   URL, or to a `vastqt-bench serve` process started for the run (never this process, so
//   the server's memory is not counted). Prints one JSON line:
//   {"bench":"batch","impl":"vastqt","sessions":N,"jobs":JOBS,"ms":..,"sessionsPerSec":..,
//    "beacons":..,"beaconsPerSec":..,"cpuMs":..,"baselineRssKiB":..,"peakRssKiB":..,
//    "kibPerSession":..,"errors":..}
//   beacons counts beacon HTTP requests (retries included); kibPerSession is
//   (peak RSS - RSS before the first session) / JOBS.

#include "batchrunner.h"
#include "commandline.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QSocketNotifier>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace
{
// A field of /proc/self/status in KiB (VmRSS, VmHWM); -1 when unknown.
qint64 statusKiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Writes nothing anywhere: the reports are made and serialized, as by the inspector, then dropped.
class NullDevice : public QIODevice
{
public:
    NullDevice() { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override { return len; }
};
} // namespace

// Keep-alive HTTP/1.1: answers each complete request head in the buffer (no request bodies).
class ChainServer : public QTcpServer
{
public:
    QHash<QByteArray, QByteArray> documents; // path → answer, head included

    bool start()
    {
        if (!listen(QHostAddress::LocalHost, 0))
            return false;
        const QByteArray base = "http://127.0.0.1:" + QByteArray::number(serverPort());
        for (const char *name : {"tag.xml", "wrapper-2.xml", "inline.xml"}) {
            QFile file(u":/demo/"_s + QLatin1StringView(name));
            if (!file.open(QIODevice::ReadOnly))
                return false;
            QByteArray xml = file.readAll();
            xml.replace("{{BASE}}", base);
            documents.insert("/vast/" + QByteArray(name), answer(200, "application/xml", xml));
        }
        return true;
    }

    static QByteArray answer(int status, const QByteArray &type, const QByteArray &body)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found")
            + "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: keep-alive\r\n\r\n" + body;
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        static const QByteArray gif = answer(
            200, "image/gif",
            QByteArray::fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"));
        static const QByteArray notFound = answer(404, "text/plain", "not found");
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            qsizetype end;
            while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                const qsizetype lineEnd = buffer->indexOf(' ', buffer->indexOf(' ') + 1);
                const QByteArray target = buffer->mid(buffer->indexOf(' ') + 1, lineEnd - buffer->indexOf(' ') - 1);
                const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
                buffer->remove(0, end + 4);
                socket->write(path.startsWith("/track/") ? gif : documents.value(path, notFound));
            }
        });
    }
};

int runServe()
{
    ChainServer server;
    if (!server.start()) {
        std::fprintf(stderr, "vastqt-bench serve: cannot listen on 127.0.0.1\n");
        return 1;
    }
    std::printf("http://127.0.0.1:%d\n", int(server.serverPort()));
    std::fflush(stdout);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, qApp, [] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

int runBatch(int count, int jobs, QStringList args)
{
    QProcess serverProcess;
    QUrl base;
    const int at = args.indexOf("--server"_L1);
    if (at >= 0 && at + 1 < args.size()) {
        base = QUrl(args.at(at + 1));
    } else {
        serverProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        serverProcess.start(QCoreApplication::applicationFilePath(), {u"serve"_s});
        if (!serverProcess.waitForReadyRead(10000)) {
            std::fprintf(stderr, "vastqt-bench batch: the server process did not start\n");
            return 1;
        }
        base = QUrl(QString::fromUtf8(serverProcess.readLine().trimmed()));
    }
    const QUrl tag = base.resolved(QUrl(u"/vast/tag.xml"_s));

    const InspectorOptions options = InspectorOptions::parse(
        {u"vastqt-bench"_s, u"--batch"_s, u"-"_s, u"--repeat"_s, QString::number(count), u"--jobs"_s,
         QString::number(jobs), u"--speed"_s, u"0"_s, u"--quiet"_s});
    if (!options.ok()) {
        std::fprintf(stderr, "vastqt-bench batch: %s\n", qPrintable(options.problem));
        return 2;
    }
    NullDevice out;
    NullDevice err;
    BatchRunner runner(options, &out, &err);
    if (const QString problem = runner.setInput(tag.toString().toUtf8()); !problem.isEmpty()) {
        std::fprintf(stderr, "vastqt-bench batch: %s\n", qPrintable(problem));
        return 2;
    }
    int exitCode = -1;
    QEventLoop loop;
    QObject::connect(&runner, &BatchRunner::finished, &loop, [&](int code) {
        exitCode = code;
        loop.quit();
    });
    const qint64 baseline = statusKiB("VmRSS:");
    const double cpu0 = cpuMs();
    QElapsedTimer clock;
    clock.start();
    runner.start();
    loop.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const double cpu = cpuMs() - cpu0;
    const qint64 peak = statusKiB("VmHWM:");
    if (serverProcess.state() != QProcess::NotRunning) {
        serverProcess.closeWriteChannel();
        serverProcess.waitForFinished(5000);
    }

    const QJsonObject summary = runner.summary().toJson();
    const QJsonObject counts = summary.value("counts"_L1).toObject();
    const qint64 beacons = counts.value("beacons"_L1).toObject().value("attempts"_L1).toInteger();
    const qint64 errors = counts.value("results"_L1).toObject().value("error"_L1).toInteger();
    const QJsonObject line{
        {u"bench"_s, u"batch"_s},
        {u"impl"_s, u"vastqt"_s},
        {u"sessions"_s, count},
        {u"jobs"_s, jobs},
        {u"ms"_s, qRound64(ms * 1000) / 1000.0},
        {u"sessionsPerSec"_s, qRound64(count * 1e4 / ms) / 10.0},
        {u"beacons"_s, beacons},
        {u"beaconsPerSec"_s, qRound64(beacons * 1e4 / ms) / 10.0},
        {u"cpuMs"_s, qRound64(cpu)},
        {u"baselineRssKiB"_s, baseline},
        {u"peakRssKiB"_s, peak},
        {u"kibPerSession"_s, qRound64((peak - baseline) * 10.0 / jobs) / 10.0},
        {u"errors"_s, errors},
        {u"p50BeaconMs"_s, summary.value("beaconLatencyMs"_L1).toObject().value("p50"_L1)},
        {u"p99BeaconMs"_s, summary.value("beaconLatencyMs"_L1).toObject().value("p99"_L1)},
    };
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    return exitCode == CommandLine::Completed ? 0 : 1;
}
