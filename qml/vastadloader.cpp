// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "vastadloader.h"

#include "adtreemodel.h"
#include "client/vastclient.h"
#include "mediafilemodel.h"
#include "trackingtimelinemodel.h"
#include "wrapperchainmodel.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcVastQml, "vastqt.qml")

namespace VastQt
{

class VastAdLoaderPrivate
{
public:
    VastAdLoader *q = nullptr;
    VastClient client;
    WrapperChainModel chain;
    MediaFileModel mediaFiles;
    TrackingTimelineModel timeline;
    AdTreeModel adTree;

    QUrl source;
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
        if (!active || (xml.trimmed().isEmpty() && source.isEmpty())) {
            setStatus(VastAdLoader::Status::Null);
            return;
        }
        FetchConfig config = client.fetchConfig();
        config.sourceTimeoutMs = timeout;
        config.maxWrapperDepth = maxDepth;
        client.setFetchConfig(config);
        RetryPolicy retry = client.retryPolicy();
        retry.timeoutMs = timeout;
        client.setRetryPolicy(retry);
        setStatus(VastAdLoader::Status::Loading);
        if (!xml.trimmed().isEmpty())
            client.load(xml.toUtf8(), source);
        else
            client.load(source);
    }

    void takeResponse()
    {
        const AdResponse r = client.response();
        QList<WrapperHop> hops = r.chain;
        if (hops.isEmpty()) {
            // A failed load keeps its hops in the source outcomes.
            for (const SourceOutcome &o : r.sources)
                hops += o.chain;
        }
        chain.setHops(hops);
        if (!r.success)
            return;
        const Creative creative = (r.creativeIndex >= 0 && r.creativeIndex < r.ad.creatives.size())
            ? r.ad.creatives.at(r.creativeIndex)
            : Creative();
        mediaFiles.setMediaFiles(creative.linear.mediaFiles, r.mediaFileIndex, r.mediaFileReason,
                                 r.mediaFileRejections);
        adTree.setAd(r.ad);
        const qint64 duration = creative.linear.durationMs;
        timeline.setDurationMs(duration);
        QList<qint64> offsets;
        for (const TrackingEvent &e : creative.linear.trackingEvents) {
            if (e.event != "progress"_L1 || e.offset.isEmpty())
                continue;
            const qint64 ms = parseVastTime(e.offset, duration);
            if (ms >= 0)
                offsets.append(ms);
        }
        timeline.setProgressOffsets(offsets);
        Q_EMIT q->adChanged();
    }

    Linear linear() const
    {
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
    connect(c, &VastClient::finished, this, &VastAdLoader::finished);
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
    return d->client.response().ad.adTitle;
}

QString VastAdLoader::adSystem() const
{
    return d->client.response().ad.adSystem.name;
}

QString VastAdLoader::adId() const
{
    return d->client.response().ad.id;
}

qint64 VastAdLoader::durationMs() const
{
    return d->client.response().success ? d->linear().durationMs : -1;
}

qint64 VastAdLoader::skipoffsetMs() const
{
    const Linear l = d->linear();
    return l.skipoffset.isEmpty() ? -1 : parseVastTime(l.skipoffset, l.durationMs);
}

QUrl VastAdLoader::mediaUrl() const
{
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
