// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

// The "multisource" benchmark: one Orchestrator::serve() over three loopback sources that
// answer after set delays (300 ms with an ad, 100 ms with an ad, at once with HTTP 500),
// for each strategy, reporting wall time against the ideal: the largest delay of the
// sources needed for parallel (every source before the winner by order, and the winner),
// the smallest delay of a usable source for race, and the sum of the delays up to the
// first success for sequential. One JSON line per strategy and source order.
//
// The "multisource" mode of vastqt-bench: `vastqt-bench multisource [RUNS]`.

#include <VastQt/orchestrator.h>
#include <VastQt/httptransport.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace VastQt;

namespace
{

QByteArray inlineAd(const QByteArray &id)
{
    return "<VAST version=\"4.1\"><Ad id=\"" + id + "\"><InLine><AdSystem>bench</AdSystem><AdTitle>t</AdTitle>"
           "<Impression><![CDATA[http://127.0.0.1:9/imp]]></Impression><Creatives><Creative><Linear>"
           "<Duration>00:00:15</Duration><MediaFiles><MediaFile delivery=\"progressive\" type=\"video/mp4\" "
           "width=\"1280\" height=\"720\" bitrate=\"800\"><![CDATA[http://127.0.0.1:9/" + id + ".mp4]]></MediaFile>"
           "</MediaFiles></Linear></Creative></Creatives></InLine></Ad></VAST>";
}

// A minimal HTTP/1.1 server on 127.0.0.1: /slow answers an ad after 300 ms, /fast after
// 100 ms, /fail answers 500 at once. One request per connection (Connection: close).
class DelayServer : public QTcpServer
{
public:
    struct Route {
        int delayMs;
        int status;
        QByteArray body;
    };
    QHash<QByteArray, Route> routes{
        {"/slow", {300, 200, inlineAd("slow")}},
        {"/fast", {100, 200, inlineAd("fast")}},
        {"/fail", {0, 500, "failing source"}},
    };

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (!buffer->contains("\r\n\r\n"))
                return;
            const QByteArray path = buffer->split(' ').value(1).split('?').value(0);
            buffer->clear();
            const Route route = routes.value(path, Route{0, 404, "not found"});
            QTimer::singleShot(route.delayMs, Qt::PreciseTimer, socket, [socket, route] {
                const QByteArray reason = route.status == 200 ? "OK" : route.status == 500 ? "Internal Server Error" : "Not Found";
                socket->write("HTTP/1.1 " + QByteArray::number(route.status) + ' ' + reason
                              + "\r\nContent-Type: application/xml\r\nConnection: close\r\nContent-Length: "
                              + QByteArray::number(route.body.size()) + "\r\n\r\n" + route.body);
                socket->disconnectFromHost();
            });
        });
    }
};

struct Scenario {
    FetchConfig::Strategy strategy;
    QList<QByteArray> order;
};

// The ideal wall time of \a s, from the delays and outcomes of the sources.
qint64 idealMs(const Scenario &s, const DelayServer &server)
{
    const auto delay = [&](const QByteArray &p) { return qint64(server.routes.value(p).delayMs); };
    const auto usable = [&](const QByteArray &p) { return server.routes.value(p).status == 200; };
    qint64 ideal = 0;
    switch (s.strategy) {
    case FetchConfig::Strategy::Sequential:
        for (const QByteArray &p : s.order) {
            ideal += delay(p);
            if (usable(p))
                break;
        }
        return ideal;
    case FetchConfig::Strategy::Parallel:
        for (const QByteArray &p : s.order) {
            ideal = std::max(ideal, delay(p));
            if (usable(p))
                break;
        }
        return ideal;
    case FetchConfig::Strategy::Race: {
        qint64 best = -1;
        for (const QByteArray &p : s.order) {
            if (usable(p) && (best < 0 || delay(p) < best))
                best = delay(p);
        }
        return best;
    }
    }
    return 0;
}

} // namespace

int runMultiSource(int runs, const QStringList &args)
{
    Q_UNUSED(args);
    DelayServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "vastqt-bench: cannot listen on 127.0.0.1\n");
        return 1;
    }
    const auto url = [&](const QByteArray &path) {
        return QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort()) + QString::fromLatin1(path));
    };
    HttpTransport transport;
    Orchestrator orchestrator(&transport);
    const QList<QByteArray> slowFirst{"/slow", "/fast", "/fail"};
    const QList<QByteArray> failFirst{"/fail", "/fast", "/slow"};
    const QList<Scenario> scenarios{
        {FetchConfig::Strategy::Parallel, slowFirst}, {FetchConfig::Strategy::Race, slowFirst},
        {FetchConfig::Strategy::Sequential, slowFirst}, {FetchConfig::Strategy::Parallel, failFirst},
        {FetchConfig::Strategy::Race, failFirst}, {FetchConfig::Strategy::Sequential, failFirst},
    };
    QTextStream out(stdout);
    for (const Scenario &s : scenarios) {
        FetchConfig config;
        for (const QByteArray &p : s.order)
            config.sources.append(url(p));
        config.strategy = s.strategy;
        QList<qint64> times;
        QString winner;
        for (int i = 0; i < runs + 1; ++i) { // the first run warms up and is not counted
            QElapsedTimer timer;
            timer.start();
            std::unique_ptr<ServeReply> reply(orchestrator.serve(AdRequest(), config));
            QEventLoop loop;
            QObject::connect(reply.get(), &ServeReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const qint64 elapsed = timer.elapsed();
            const AdResponse r = reply->response();
            winner = r.success ? r.source.path() : u"none"_s;
            if (i > 0)
                times.append(elapsed);
        }
        std::sort(times.begin(), times.end());
        const qint64 median = times.at(times.size() / 2);
        const qint64 ideal = idealMs(s, server);
        QStringList order;
        for (const QByteArray &p : s.order)
            order.append(QString::fromLatin1(p.mid(1)));
        const QJsonObject line{
            {u"mode"_s, u"multisource"_s},
            {u"strategy"_s, FetchConfig::strategyName(s.strategy)},
            {u"sources"_s, order.join(u',')},
            {u"runs"_s, runs},
            {u"winner"_s, winner},
            {u"idealMs"_s, ideal},
            {u"medianMs"_s, median},
            {u"minMs"_s, times.constFirst()},
            {u"maxMs"_s, times.constLast()},
            {u"overheadMs"_s, median - ideal},
            {u"ratio"_s, ideal > 0 ? double(median) / ideal : 0.0},
        };
        out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        out.flush();
    }
    return 0;
}

