// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/sourceoutcomemodel.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace VastQt
{

class SourceOutcomeModelPrivate
{
public:
    QList<SourceOutcome> rows;
    bool pending = false;

    // Same rows (URL and role, in order) as \a other: an update in place is enough.
    bool sameRows(const QList<SourceOutcome> &other) const
    {
        if (other.size() != rows.size())
            return false;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).url != other.at(i).url || rows.at(i).fallback != other.at(i).fallback)
                return false;
        }
        return true;
    }
};

SourceOutcomeModel::SourceOutcomeModel(QObject *parent)
    : QAbstractListModel(parent)
    , d(new SourceOutcomeModelPrivate)
{
}

SourceOutcomeModel::~SourceOutcomeModel() = default;

int SourceOutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

QVariant SourceOutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceOutcome &o = d->rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case UrlRole:
        return o.url.toString();
    case FallbackRole:
        return o.fallback;
    case RoleNameRole:
        return o.fallback ? u"fallback"_s : u"primary"_s;
    case PendingRole:
        return d->pending;
    case StatusRole:
        return int(o.status);
    case StatusNameRole:
        return d->pending ? u"pending"_s : SourceOutcome::statusName(o.status);
    case WinnerRole:
        return !d->pending && o.winner;
    case HttpStatusRole:
        return o.httpStatus;
    case LatencyRole:
        return o.latencyMs;
    case HopsRole:
        return int(o.chain.size());
    case CachedRole:
        return o.cached;
    case ErrorRole:
        return int(o.error);
    case PhaseRole:
        return o.error == ErrorCode::NoError ? QString() : phaseName(o.phase);
    case MessageRole:
        return o.message;
    case MeaningRole:
        return o.error == ErrorCode::NoError ? QString() : errorCodeDescription(o.error);
    default:
        return {};
    }
}

QHash<int, QByteArray> SourceOutcomeModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {UrlRole, "url"},
        {FallbackRole, "fallback"},
        {RoleNameRole, "role"},
        {PendingRole, "pending"},
        {StatusRole, "status"},
        {StatusNameRole, "statusName"},
        {WinnerRole, "winner"},
        {HttpStatusRole, "httpStatus"},
        {LatencyRole, "latencyMs"},
        {HopsRole, "hops"},
        {CachedRole, "cached"},
        {ErrorRole, "error"},
        {PhaseRole, "phase"},
        {MessageRole, "message"},
        {MeaningRole, "meaning"},
    };
}

void SourceOutcomeModel::setPending(const QList<QUrl> &sources, const QList<QUrl> &fallbacks)
{
    QList<SourceOutcome> rows;
    rows.reserve(sources.size() + fallbacks.size());
    for (const QUrl &url : sources) {
        SourceOutcome o;
        o.url = url;
        rows.append(o);
    }
    for (const QUrl &url : fallbacks) {
        SourceOutcome o;
        o.url = url;
        o.fallback = true;
        rows.append(o);
    }
    const int oldCount = rowCount();
    beginResetModel();
    d->rows = rows;
    d->pending = true;
    endResetModel();
    if (oldCount != rowCount())
        Q_EMIT countChanged();
    Q_EMIT outcomesChanged();
}

void SourceOutcomeModel::setOutcomes(const QList<SourceOutcome> &outcomes)
{
    if (!d->pending && outcomes == d->rows)
        return;
    if (d->sameRows(outcomes)) {
        d->rows = outcomes;
        d->pending = false;
        if (!d->rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        Q_EMIT outcomesChanged();
        return;
    }
    const int oldCount = rowCount();
    beginResetModel();
    d->rows = outcomes;
    d->pending = false;
    endResetModel();
    if (oldCount != rowCount())
        Q_EMIT countChanged();
    Q_EMIT outcomesChanged();
}

void SourceOutcomeModel::clear()
{
    if (d->rows.isEmpty() && !d->pending)
        return;
    beginResetModel();
    const bool hadRows = !d->rows.isEmpty();
    d->rows.clear();
    d->pending = false;
    endResetModel();
    if (hadRows)
        Q_EMIT countChanged();
    Q_EMIT outcomesChanged();
}

QList<SourceOutcome> SourceOutcomeModel::outcomes() const
{
    return d->rows;
}

int SourceOutcomeModel::winnerIndex() const
{
    if (d->pending)
        return -1;
    for (qsizetype i = 0; i < d->rows.size(); ++i) {
        if (d->rows.at(i).winner)
            return int(i);
    }
    return -1;
}

bool SourceOutcomeModel::usedFallback() const
{
    const int w = winnerIndex();
    return w >= 0 && d->rows.at(w).fallback;
}

bool SourceOutcomeModel::isPending() const
{
    return d->pending;
}

int SourceOutcomeModel::failedCount() const
{
    if (d->pending)
        return 0;
    return int(std::count_if(d->rows.cbegin(), d->rows.cend(),
                             [](const SourceOutcome &o) { return o.status == SourceOutcome::Status::Failed; }));
}

QVariantMap SourceOutcomeModel::get(int row) const
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
