// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastadloader.h>

#include <VastQt/adbreakmodel.h>
#include <VastQt/adtreemodel.h>
#include <VastQt/podplayer.h>
#include <VastQt/vastclient.h>
#include <VastQt/mediafilemodel.h>
#include <VastQt/vmapprotocolhandler.h>
#include <VastQt/adtimeline.h>
#include <VastQt/sourceoutcomemodel.h>
#include <VastQt/trackingtimelinemodel.h>
#include <VastQt/wrapperchainmodel.h>

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcVastQml, "vastqt.qml")

namespace VastQt
{

class VastAdLoaderPrivate
{
public:
    VastAdLoader *q = nullptr;
    MetricsMiddleware metrics; // outlives the client, whose requests it may still count
    VastClient client;
    WrapperChainModel chain;
    MediaFileModel mediaFiles;
    TrackingTimelineModel timeline;
    AdTreeModel adTree;
    SourceOutcomeModel sourceOutcomes;
    AdBreakModel breaks;
    ComplianceModel compliance;

    QUrl source;
    QList<QUrl> sources;
    QList<QUrl> fallbacks;
    VastAdLoader::Strategy strategy = VastAdLoader::Strategy::Sequential;
    int overallTimeout = 0;
    qint64 contentDurationMs = -1;
    bool vmap = false;
    // The ad of a pod or VMAP break playing now, shown instead of the response's ad.
    bool hasCurrentAd = false;
    Ad currentAd;
    int currentCreative = -1;
    MediaFile currentMediaFile;
    QString xml;
    bool active = true;
    bool complete = false;
    bool loadScheduled = false;
    VastAdLoader::Status status = VastAdLoader::Status::Null;
    QString errorString;
    QVariantList errors;
    int timeout = 5000;
    int maxDepth = 5;

    void setStatus(VastAdLoader::Status s, const QString &error = QString())
    {
        if (s == status && error == errorString)
            return;
        status = s;
        errorString = error;
        Q_EMIT q->statusChanged();
    }

    // Coalesces property changes made together into one load, run from the event loop.
    void scheduleLoad()
    {
        if (!complete || loadScheduled)
            return;
        loadScheduled = true;
        QTimer::singleShot(0, q, [this] {
            loadScheduled = false;
            load();
        });
    }

    void resetResults()
    {
        chain.clear();
        mediaFiles.clear();
        timeline.clear();
        timeline.setDurationMs(-1);
        timeline.setProgressOffsets({});
        adTree.clear();
        sourceOutcomes.clear();
        breaks.clear();
        compliance.clear();
        setVmap(false);
        hasCurrentAd = false;
        currentAd = Ad();
        if (!errors.isEmpty()) {
            errors.clear();
            Q_EMIT q->errorsChanged();
        }
        Q_EMIT q->adChanged();
    }

    void load()
    {
        // VastClient::load() abandons a running load or playback itself.
        resetResults();
        const bool hasXml = !xml.trimmed().isEmpty();
        if (!active || (!hasXml && source.isEmpty() && sources.isEmpty())) {
            setStatus(VastAdLoader::Status::Null);
            return;
        }
        FetchConfig config = client.fetchConfig();
        config.sourceTimeoutMs = timeout;
        config.maxWrapperDepth = maxDepth;
        config.sources = sources;
        config.fallbacks = fallbacks;
        config.strategy = fetchStrategy(strategy);
        config.overallTimeoutMs = overallTimeout;
        client.setFetchConfig(config);
        AdRequest request = client.adRequest();
        request.contentDurationMs = contentDurationMs;
        client.setAdRequest(request);
        RetryPolicy retry = client.retryPolicy();
        retry.timeoutMs = timeout;
        client.setRetryPolicy(retry);
        setStatus(VastAdLoader::Status::Loading);
        if (hasXml) {
            sourceOutcomes.setPending({source}, fallbacks);
            client.load(xml.toUtf8(), source);
        } else if (!sources.isEmpty()) {
            sourceOutcomes.setPending(sources, fallbacks);
            client.load();
        } else {
            sourceOutcomes.setPending({source}, fallbacks);
            client.load(source);
        }
    }

    static FetchConfig::Strategy fetchStrategy(VastAdLoader::Strategy s)
    {
        switch (s) {
        case VastAdLoader::Strategy::Sequential:
            break;
        case VastAdLoader::Strategy::Parallel:
            return FetchConfig::Strategy::Parallel;
        case VastAdLoader::Strategy::Race:
            return FetchConfig::Strategy::Race;
        }
        return FetchConfig::Strategy::Sequential;
    }

    void setVmap(bool v)
    {
        if (v == vmap)
            return;
        vmap = v;
        Q_EMIT q->vmapChanged();
    }

    // The client's own schedule: the break indexes of its signals are the model's rows.
    void takeBreaks()
    {
        const bool vmap = client.isVmap();
        if (vmap) {
            breaks.setSchedule(client.breaks(), contentDurationMs);
            breaks.setBreakResults(client.response().vmapBreaks);
        } else {
            breaks.clear();
        }
        setVmap(vmap);
    }

    // What became of each break (played, failed and why): the typed report's breaks.
    void takeBreakReport()
    {
        if (client.isVmap())
            breaks.setBreakReport(client.runReport().breaks);
    }

    void takeResponse()
    {
        const AdResponse r = client.response();
        sourceOutcomes.setOutcomes(r.sources);
        takeBreaks();
        QList<WrapperHop> hops = r.chain;
        if (hops.isEmpty()) {
            // A failed load keeps its hops in the source outcomes.
            for (const SourceOutcome &o : r.sources)
                hops += o.chain;
        }
        // VMAP: the document, then what its breaks' ad sources fetched (as they arrived;
        // not the VAST pipeline's failed attempt at the VMAP document itself).
        if (client.isVmap()) {
            const QList<WrapperHop> own = hops;
            for (const WrapperHop &live : chain.hops()) {
                const bool same = std::any_of(own.cbegin(), own.cend(),
                                              [&live](const WrapperHop &h) { return h.url == live.url; });
                if (!same)
                    hops.append(live);
            }
        }
        chain.setHops(hops);
        takeCompliance(hops);
        if (!r.success)
            return;
        showAd(r.selected);
    }

    // The run's compliance report, each document with the raw XML of its hop (found by URL
    // among \a hops and the documents of a VMAP's breaks).
    void takeCompliance(const QList<WrapperHop> &hops)
    {
        const QList<DocumentCompliance> documents = client.runReport().compliance;
        QList<WrapperHop> known = hops;
        for (const VmapBreakResult &b : client.response().vmapBreaks)
            known += b.chain;
        QList<QByteArray> rawXml;
        for (const DocumentCompliance &c : documents) {
            const auto it = std::find_if(known.cbegin(), known.cend(), [&c](const WrapperHop &h) { return h.url == c.url; });
            rawXml.append(it != known.cend() ? it->rawXml : QByteArray());
        }
        compliance.setDocuments(documents, rawXml);
    }

    // Fills the ad's models from the ad as SELECT left it: media files, tree, the time axis
    // of the timeline and its progress marks (the ad's AdTimeline).
    void showAd(const SelectedAd &selected)
    {
        const Linear linear = selected.linear();
        mediaFiles.setMediaFiles(linear.mediaFiles, selected.mediaFileIndex(), selected.mediaFileReason(),
                                 selected.rejectionLines());
        adTree.setAd(selected.ad);
        timeline.setDurationMs(linear.durationMs);
        QList<qint64> offsets;
        for (const AdTimeline::Milestone &m : AdTimeline(linear, linear.durationMs).milestones()) {
            if (m.kind == AdTimeline::Kind::Progress)
                offsets.append(m.offsetMs);
        }
        timeline.setProgressOffsets(offsets);
        Q_EMIT q->adChanged();
    }

    // An ad of a pod or a VMAP break starts: it becomes the ad shown.
    void takeCurrentAd()
    {
        const PodPlayer *pod = client.podPlayer();
        if (!pod)
            return;
        if (pod->currentPlay() < 0)
            return;
        // The ad as SELECT left it: the loader shows what the player plays.
        const SelectedAd selected = pod->currentAd();
        hasCurrentAd = true;
        currentAd = selected.ad;
        currentCreative = selected.creativeIndex;
        currentMediaFile = selected.mediaFile();
        showAd(selected);
    }

    Ad shownAd() const
    {
        return hasCurrentAd ? currentAd : client.response().ad;
    }

    Linear linear() const
    {
        if (hasCurrentAd) {
            return currentCreative >= 0 && currentCreative < currentAd.creatives.size()
                ? currentAd.creatives.at(currentCreative).linear
                : Linear();
        }
        const AdResponse r = client.response();
        if (!r.success || r.creativeIndex < 0 || r.creativeIndex >= r.ad.creatives.size())
            return Linear();
        return r.ad.creatives.at(r.creativeIndex).linear;
    }
};

VastAdLoader::VastAdLoader(QObject *parent)
    : QObject(parent)
    , d(new VastAdLoaderPrivate)
{
    d->q = this;
    VastClient *c = &d->client;
    c->addMiddleware(&d->metrics);
    connect(c, &VastClient::hopFinished, this, [this](const WrapperHop &hop) { d->chain.appendHop(hop); });
    connect(c, &VastClient::beaconCreated, this, [this](Beacon *b) { d->timeline.addBeacon(b); });
    connect(c, &VastClient::errorOccurred, this, [this](ErrorCode code, Phase phase, const QString &message) {
        QVariantMap e;
        e.insert(u"code"_s, int(code));
        e.insert(u"phase"_s, phaseName(phase));
        e.insert(u"message"_s, message);
        e.insert(u"meaning"_s, errorCodeDescription(code));
        d->errors.append(e);
        Q_EMIT errorsChanged();
        Q_EMIT errorOccurred(int(code), phaseName(phase), message);
    });
    connect(c, &VastClient::statusChanged, this, [this](VastClient::Status s) {
        switch (s) {
        case VastClient::Status::Null:
            break;
        case VastClient::Status::Loading:
            d->setStatus(Status::Loading);
            break;
        case VastClient::Status::Ready:
            d->takeResponse();
            d->setStatus(Status::Ready);
            break;
        case VastClient::Status::Playing:
        case VastClient::Status::Finished:
            break;
        case VastClient::Status::Error:
            // A playback error leaves the loaded ad Ready; VastPlayer reports it.
            if (d->status == Status::Loading) {
                d->takeResponse();
                const AdResponse r = d->client.response();
                d->setStatus(Status::Error,
                             r.errorString.isEmpty() ? errorCodeDescription(r.errorCode) : r.errorString);
            }
            break;
        }
    });
    connect(c, &VastClient::breakStarted, this, [this](int breakIndex) {
        d->timeline.startSegment();
        d->breaks.setBreakStarted(breakIndex);
    });
    connect(c, &VastClient::breakEnded, this, [this](int breakIndex) {
        d->breaks.setBreakEnded(breakIndex);
        d->takeBreakReport();
    });
    connect(c, &VastClient::adStarted, this, [this](int breakIndex, int podIndex) {
        if (breakIndex >= 0)
            d->breaks.setAdStarted(breakIndex, podIndex);
        // The first ad of a break shares the break's segment (its breakStart beacon).
        if (podIndex > 0)
            d->timeline.startSegment();
        d->takeCurrentAd();
    });
    connect(c, &VastClient::finished, this, [this] {
        d->takeBreakReport();
        Q_EMIT finished();
    });
}

VastAdLoader::~VastAdLoader()
{
    d->client.disconnect(this);
}

QUrl VastAdLoader::source() const
{
    return d->source;
}

void VastAdLoader::setSource(const QUrl &source)
{
    if (source == d->source)
        return;
    d->source = source;
    Q_EMIT sourceChanged();
    d->scheduleLoad();
}

QString VastAdLoader::xml() const
{
    return d->xml;
}

void VastAdLoader::setXml(const QString &xml)
{
    if (xml == d->xml)
        return;
    d->xml = xml;
    Q_EMIT xmlChanged();
    d->scheduleLoad();
}

bool VastAdLoader::isActive() const
{
    return d->active;
}

void VastAdLoader::setActive(bool active)
{
    if (active == d->active)
        return;
    d->active = active;
    Q_EMIT activeChanged();
    if (active)
        d->scheduleLoad();
}

VastAdLoader::Status VastAdLoader::status() const
{
    return d->status;
}

QString VastAdLoader::errorString() const
{
    return d->errorString;
}

int VastAdLoader::timeout() const
{
    return d->timeout;
}

void VastAdLoader::setTimeout(int msecs)
{
    msecs = qMax(1, msecs);
    if (msecs == d->timeout)
        return;
    d->timeout = msecs;
    Q_EMIT timeoutChanged();
}

int VastAdLoader::maxDepth() const
{
    return d->maxDepth;
}

void VastAdLoader::setMaxDepth(int depth)
{
    depth = qBound(1, depth, 10);
    if (depth == d->maxDepth)
        return;
    d->maxDepth = depth;
    Q_EMIT maxDepthChanged();
}

QVariantList VastAdLoader::errors() const
{
    return d->errors;
}

QString VastAdLoader::adTitle() const
{
    return d->shownAd().adTitle;
}

QString VastAdLoader::adSystem() const
{
    return d->shownAd().adSystem.name;
}

QString VastAdLoader::adId() const
{
    return d->shownAd().id;
}

qint64 VastAdLoader::durationMs() const
{
    return d->client.response().success || d->hasCurrentAd ? d->linear().durationMs : -1;
}

qint64 VastAdLoader::skipoffsetMs() const
{
    const Linear l = d->linear();
    return l.skipoffset.isEmpty() ? -1 : parseVastTime(l.skipoffset, l.durationMs);
}

QUrl VastAdLoader::mediaUrl() const
{
    if (d->hasCurrentAd)
        return QUrl(d->currentMediaFile.url);
    const AdResponse r = d->client.response();
    return r.success ? QUrl(r.mediaFile.url) : QUrl();
}

QUrl VastAdLoader::clickThrough() const
{
    return QUrl(d->linear().videoClicks.clickThrough.url);
}

qint64 VastAdLoader::resolutionTimeMs() const
{
    return d->client.response().resolutionTimeMs;
}

QList<QUrl> VastAdLoader::sources() const
{
    return d->sources;
}

void VastAdLoader::setSources(const QList<QUrl> &sources)
{
    if (sources == d->sources)
        return;
    d->sources = sources;
    Q_EMIT sourcesChanged();
    d->scheduleLoad();
}

QList<QUrl> VastAdLoader::fallbacks() const
{
    return d->fallbacks;
}

void VastAdLoader::setFallbacks(const QList<QUrl> &fallbacks)
{
    if (fallbacks == d->fallbacks)
        return;
    d->fallbacks = fallbacks;
    Q_EMIT fallbacksChanged();
    d->scheduleLoad();
}

VastAdLoader::Strategy VastAdLoader::strategy() const
{
    return d->strategy;
}

void VastAdLoader::setStrategy(Strategy strategy)
{
    if (strategy == d->strategy)
        return;
    d->strategy = strategy;
    Q_EMIT strategyChanged();
}

int VastAdLoader::overallTimeout() const
{
    return d->overallTimeout;
}

void VastAdLoader::setOverallTimeout(int msecs)
{
    msecs = qMax(0, msecs);
    if (msecs == d->overallTimeout)
        return;
    d->overallTimeout = msecs;
    Q_EMIT overallTimeoutChanged();
}

qint64 VastAdLoader::contentDurationMs() const
{
    return d->contentDurationMs;
}

void VastAdLoader::setContentDurationMs(qint64 msecs)
{
    msecs = msecs > 0 ? msecs : -1;
    if (msecs == d->contentDurationMs)
        return;
    d->contentDurationMs = msecs;
    Q_EMIT contentDurationMsChanged();
}

SourceOutcomeModel *VastAdLoader::sourceOutcomes() const
{
    return &d->sourceOutcomes;
}

MetricsMiddleware *VastAdLoader::metrics() const
{
    return &d->metrics;
}

ComplianceModel *VastAdLoader::compliance() const
{
    return &d->compliance;
}

AdBreakModel *VastAdLoader::breaks() const
{
    return &d->breaks;
}

bool VastAdLoader::isVmap() const
{
    return d->vmap;
}

WrapperChainModel *VastAdLoader::wrapperChain() const
{
    return &d->chain;
}

MediaFileModel *VastAdLoader::mediaFiles() const
{
    return &d->mediaFiles;
}

TrackingTimelineModel *VastAdLoader::timeline() const
{
    return &d->timeline;
}

AdTreeModel *VastAdLoader::adTree() const
{
    return &d->adTree;
}

VastClient *VastAdLoader::client() const
{
    return &d->client;
}

void VastAdLoader::reload()
{
    d->scheduleLoad();
}

QString VastAdLoader::reportJson(bool compact) const
{
    return QString::fromUtf8(
        QJsonDocument(d->client.report()).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
}

bool VastAdLoader::exportReport(const QUrl &fileUrl) const
{
    const QString path = fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString();
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCWarning(lcVastQml) << "cannot write the report to" << path << f.errorString();
        return false;
    }
    return f.write(reportJson().toUtf8()) >= 0;
}

QString VastAdLoader::sourceDocument(int row) const
{
    const QList<SourceOutcome> outcomes = d->sourceOutcomes.outcomes();
    if (row < 0 || row >= outcomes.size() || outcomes.at(row).chain.isEmpty())
        return QString();
    return QString::fromUtf8(outcomes.at(row).chain.constFirst().rawXml);
}

QString VastAdLoader::errorMeaning(int code) const
{
    return errorCodeDescription(ErrorCode(code));
}

void VastAdLoader::classBegin()
{
}

void VastAdLoader::componentComplete()
{
    d->complete = true;
    d->scheduleLoad();
}

} // namespace VastQt
