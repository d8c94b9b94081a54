// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/trackingtimelinemodel.h>

#include <QtCore/QPointer>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{
struct Row {
    QPointer<Beacon> beacon;
    QString event;
    qint64 offsetMs = 0;
    QString url;
    QString templateUrl;
    int status = 0;
    qint64 latencyMs = -1;
    int attempts = 0;
    Beacon::State state = Beacon::State::Pending;
    QString errorString;
    int stack = 0;
    int segment = 0;

    void refresh()
    {
        if (!beacon)
            return;
        status = beacon->httpStatus();
        latencyMs = beacon->latencyMs();
        attempts = beacon->attempts();
        state = beacon->state();
        errorString = beacon->errorString();
    }
};
} // namespace

class TrackingTimelineModelPrivate
{
public:
    QList<Row> rows;
    qint64 durationMs = -1;
    QList<qint64> progressOffsets;
    int tracked = 0;
    int failed = 0;
    int maxStack = 0;
    int segment = 0;
    QList<QMetaObject::Connection> connections;

    void recount(TrackingTimelineModel *q)
    {
        int t = 0;
        int f = 0;
        for (const Row &r : std::as_const(rows)) {
            t += r.state == Beacon::State::Tracked;
            f += r.state == Beacon::State::Failed;
        }
        if (t == tracked && f == failed)
            return;
        tracked = t;
        failed = f;
        Q_EMIT q->countsChanged();
    }
};

TrackingTimelineModel::TrackingTimelineModel(QObject *parent)
    : QAbstractListModel(parent)
    , d(new TrackingTimelineModelPrivate)
{
}

TrackingTimelineModel::~TrackingTimelineModel()
{
    for (const auto &c : std::as_const(d->connections))
        disconnect(c);
}

int TrackingTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

QVariant TrackingTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = d->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case EventRole:
        return r.event;
    case OffsetRole:
        return r.offsetMs;
    case UrlRole:
        return r.url;
    case TemplateUrlRole:
        return r.templateUrl;
    case StatusRole:
        return r.status;
    case LatencyRole:
        return r.latencyMs;
    case AttemptsRole:
        return r.attempts;
    case StateRole:
        return int(r.state);
    case StateNameRole:
        return stateName(r.state);
    case ErrorStringRole:
        return r.errorString;
    case StackRole:
        return r.stack;
    case SegmentRole:
        return r.segment;
    default:
        return {};
    }
}

QHash<int, QByteArray> TrackingTimelineModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {EventRole, "event"},
        {OffsetRole, "offsetMs"},
        {UrlRole, "url"},
        {TemplateUrlRole, "templateUrl"},
        {StatusRole, "status"},
        {LatencyRole, "latencyMs"},
        {AttemptsRole, "attempts"},
        {StateRole, "state"},
        {StateNameRole, "stateName"},
        {ErrorStringRole, "errorString"},
        {StackRole, "stack"},
        {SegmentRole, "segment"},
    };
}

void TrackingTimelineModel::addBeacon(Beacon *beacon)
{
    if (!beacon)
        return;
    Row r;
    r.beacon = beacon;
    r.event = beacon->event();
    r.offsetMs = beacon->offsetMs();
    r.url = beacon->url().toString();
    r.templateUrl = beacon->templateUrl();
    r.refresh();
    r.segment = d->segment;
    for (const Row &other : std::as_const(d->rows))
        r.stack += other.segment == r.segment && other.offsetMs == r.offsetMs;
    const int oldMaxStack = d->maxStack;
    d->maxStack = qMax(d->maxStack, r.stack + 1);
    const int row = int(d->rows.size());
    beginInsertRows(QModelIndex(), row, row);
    d->rows.append(r);
    endInsertRows();
    Q_EMIT countChanged();
    if (d->maxStack != oldMaxStack)
        Q_EMIT maxStackChanged();
    d->recount(this);

    d->connections.append(connect(beacon, &Beacon::stateChanged, this, [this, beacon] {
        for (int i = 0; i < d->rows.size(); ++i) {
            if (d->rows.at(i).beacon != beacon)
                continue;
            d->rows[i].refresh();
            const QModelIndex idx = index(i);
            Q_EMIT dataChanged(idx, idx);
            d->recount(this);
            return;
        }
    }));
}

void TrackingTimelineModel::clear()
{
    for (const auto &c : std::as_const(d->connections))
        disconnect(c);
    d->connections.clear();
    if (d->segment != 0) {
        d->segment = 0;
        Q_EMIT segmentChanged();
    }
    if (d->rows.isEmpty())
        return;
    beginResetModel();
    d->rows.clear();
    const bool stacked = d->maxStack != 0;
    d->maxStack = 0;
    endResetModel();
    Q_EMIT countChanged();
    if (stacked)
        Q_EMIT maxStackChanged();
    d->recount(this);
}

void TrackingTimelineModel::startSegment()
{
    ++d->segment;
    Q_EMIT segmentChanged();
    if (d->maxStack != 0) {
        d->maxStack = 0;
        Q_EMIT maxStackChanged();
    }
}

int TrackingTimelineModel::segment() const
{
    return d->segment;
}

qint64 TrackingTimelineModel::durationMs() const
{
    return d->durationMs;
}

void TrackingTimelineModel::setDurationMs(qint64 durationMs)
{
    if (durationMs == d->durationMs)
        return;
    d->durationMs = durationMs;
    Q_EMIT durationMsChanged();
}

QVariantList TrackingTimelineModel::progressOffsets() const
{
    QVariantList out;
    for (qint64 o : std::as_const(d->progressOffsets))
        out.append(o);
    return out;
}

void TrackingTimelineModel::setProgressOffsets(const QList<qint64> &offsetsMs)
{
    QList<qint64> sorted = offsetsMs;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (sorted == d->progressOffsets)
        return;
    d->progressOffsets = sorted;
    Q_EMIT progressOffsetsChanged();
}

int TrackingTimelineModel::trackedCount() const
{
    return d->tracked;
}

int TrackingTimelineModel::maxStack() const
{
    return d->maxStack;
}

int TrackingTimelineModel::failedCount() const
{
    return d->failed;
}

QString TrackingTimelineModel::stateName(Beacon::State state)
{
    switch (state) {
    case Beacon::State::Pending:
        return u"pending"_s;
    case Beacon::State::Sending:
        return u"sending"_s;
    case Beacon::State::Waiting:
        return u"waiting"_s;
    case Beacon::State::Tracked:
        return u"tracked"_s;
    case Beacon::State::Failed:
        return u"failed"_s;
    }
    return QString();
}

QVariantMap TrackingTimelineModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= rowCount())
        return map;
    const QModelIndex idx = index(row);
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(idx, it.key()));
    return map;
}

} // namespace VastQt
