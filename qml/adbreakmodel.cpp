// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/adbreakmodel.h>

#include <QtCore/QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{
struct Row {
    ScheduledBreak scheduled;
    double fraction = 0;
    bool placed = false;
    AdBreakModel::State state = AdBreakModel::State::Pending;
    int adsStarted = 0;
    int currentAd = -1;
    int resolvedAds = -1;
    int vmapError = 0;
    int error = 0;
    QString errorString;
    QString result;
};

QString stateName(AdBreakModel::State state)
{
    switch (state) {
    case AdBreakModel::State::Pending:
        return u"pending"_s;
    case AdBreakModel::State::Playing:
        return u"playing"_s;
    case AdBreakModel::State::Played:
        return u"played"_s;
    }
    return QString();
}
} // namespace

class AdBreakModelPrivate
{
public:
    AdBreakModel *q = nullptr;
    QList<Row> rows;
    qint64 contentDurationMs = -1;
    qint64 axisEndMs = 0;

    void place()
    {
        qint64 latestMidRoll = 0;
        for (const Row &r : std::as_const(rows)) {
            if (r.scheduled.position == ScheduledBreak::Position::MidRoll)
                latestMidRoll = qMax(latestMidRoll, r.scheduled.timeMs);
        }
        axisEndMs = contentDurationMs > 0 ? contentDurationMs : latestMidRoll + latestMidRoll / 4;

        const auto unplaced = [](const Row &r) {
            return r.scheduled.timeMs < 0 && r.scheduled.position != ScheduledBreak::Position::PreRoll
                && r.scheduled.position != ScheduledBreak::Position::PostRoll;
        };
        const auto unplacedCount = std::count_if(rows.cbegin(), rows.cend(), unplaced);
        int k = 0;
        for (Row &r : rows) {
            const ScheduledBreak &b = r.scheduled;
            if (b.position == ScheduledBreak::Position::PreRoll) {
                r.fraction = 0;
                r.placed = true;
            } else if (b.position == ScheduledBreak::Position::PostRoll) {
                r.fraction = 1;
                r.placed = true;
            } else if (unplaced(r)) {
                r.fraction = double(++k) / double(unplacedCount + 1);
                r.placed = false;
            } else {
                r.fraction = axisEndMs > 0 ? qBound(0.0, double(b.timeMs) / double(axisEndMs), 1.0) : 0.5;
                r.placed = true;
            }
        }
    }

    void rowChanged(int row)
    {
        const QModelIndex i = q->index(row);
        Q_EMIT q->dataChanged(i, i, {AdBreakModel::StateRole, AdBreakModel::StateNameRole,
                                     AdBreakModel::AdsStartedRole, AdBreakModel::CurrentAdRole});
    }

    bool finishPlaying(int except)
    {
        bool changed = false;
        for (int i = 0; i < rows.size(); ++i) {
            Row &r = rows[i];
            if (i != except && r.state == AdBreakModel::State::Playing) {
                r.state = AdBreakModel::State::Played;
                r.currentAd = -1;
                rowChanged(i);
                changed = true;
            }
        }
        return changed;
    }
};

AdBreakModel::AdBreakModel(QObject *parent)
    : QAbstractListModel(parent)
    , d(new AdBreakModelPrivate)
{
    d->q = this;
}

AdBreakModel::~AdBreakModel() = default;

int AdBreakModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

QVariant AdBreakModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = d->rows.at(index.row());
    const ScheduledBreak &b = r.scheduled;
    const VmapAdSource &source = b.adBreak.adSource;
    switch (role) {
    case Qt::DisplayRole:
    case BreakIdRole:
        return b.adBreak.breakId;
    case BreakIndexRole:
        return b.breakIndex;
    case RepetitionRole:
        return b.repetition;
    case OpportunityRole:
        return b.opportunity;
    case TimeOffsetRole:
        return b.adBreak.timeOffset;
    case BreakTypesRole:
        return b.adBreak.breakTypes.join(u", "_s);
    case TimeRole:
        return b.timeMs;
    case PositionRole:
        return int(b.position);
    case PositionNameRole:
        return b.positionName();
    case PlacedRole:
        return r.placed;
    case FractionRole:
        return r.fraction;
    case SourceKindRole:
        return source.kindName();
    case AdTagUriRole:
        return source.adTagUri;
    case AllowMultipleAdsRole:
        return source.allowMultipleAds;
    case AdCountRole:
        return source.kind == VmapAdSource::Kind::VastAdData ? int(source.vastData.ads.size()) : -1;
    case PodSizeRole:
        return int(std::count_if(source.vastData.ads.cbegin(), source.vastData.ads.cend(),
                                 [](const Ad &ad) { return ad.sequence > 0; }));
    case StateRole:
        return int(r.state);
    case StateNameRole:
        return stateName(r.state);
    case AdsStartedRole:
        return r.adsStarted;
    case CurrentAdRole:
        return r.currentAd;
    case ResolvedAdsRole:
        return r.resolvedAds;
    case VmapErrorRole:
        return r.vmapError;
    case ErrorRole:
        return r.error;
    case ErrorStringRole:
        return r.errorString;
    case ResultRole:
        return r.result;
    default:
        return {};
    }
}

QHash<int, QByteArray> AdBreakModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {BreakIndexRole, "breakIndex"},
        {RepetitionRole, "repetition"},
        {OpportunityRole, "opportunity"},
        {BreakIdRole, "breakId"},
        {TimeOffsetRole, "timeOffset"},
        {BreakTypesRole, "breakTypes"},
        {TimeRole, "timeMs"},
        {PositionRole, "position"},
        {PositionNameRole, "positionName"},
        {PlacedRole, "placed"},
        {FractionRole, "fraction"},
        {SourceKindRole, "sourceKind"},
        {AdTagUriRole, "adTagUri"},
        {AllowMultipleAdsRole, "allowMultipleAds"},
        {AdCountRole, "adCount"},
        {PodSizeRole, "podSize"},
        {StateRole, "state"},
        {StateNameRole, "stateName"},
        {AdsStartedRole, "adsStarted"},
        {CurrentAdRole, "currentAd"},
        {ResolvedAdsRole, "resolvedAds"},
        {VmapErrorRole, "vmapError"},
        {ErrorRole, "error"},
        {ErrorStringRole, "errorString"},
        {ResultRole, "result"},
    };
}

void AdBreakModel::setSchedule(const QList<ScheduledBreak> &breaks, qint64 contentDurationMs)
{
    const int oldCount = rowCount();
    const int oldPlaying = playingIndex();
    const int oldPlayed = playedCount();
    beginResetModel();
    d->rows.clear();
    d->rows.reserve(breaks.size());
    for (const ScheduledBreak &b : breaks)
        d->rows.append(Row{b});
    d->contentDurationMs = contentDurationMs > 0 ? contentDurationMs : -1;
    d->place();
    endResetModel();
    if (oldCount != rowCount())
        Q_EMIT countChanged();
    Q_EMIT scheduleChanged();
    if (oldPlaying != -1 || oldPlayed != 0)
        Q_EMIT playbackChanged();
}

void AdBreakModel::setDocument(const VmapDocument &document, qint64 contentDurationMs)
{
    setSchedule(document.schedule(contentDurationMs), contentDurationMs);
}

void AdBreakModel::setBreakResults(const QList<VmapBreakResult> &results)
{
    for (const VmapBreakResult &result : results) {
        for (int i = 0; i < d->rows.size(); ++i) {
            Row &r = d->rows[i];
            if (r.scheduled.breakIndex != result.breakIndex)
                continue;
            r.resolvedAds = int(result.ads().size());
            r.vmapError = result.vmapErrorValue();
            r.error = int(result.error);
            r.errorString = result.errorString;
            const QModelIndex idx = index(i);
            Q_EMIT dataChanged(idx, idx, {ResolvedAdsRole, VmapErrorRole, ErrorRole, ErrorStringRole});
        }
    }
}

void AdBreakModel::setBreakReport(const QList<BreakReport> &breaks)
{
    for (int i = 0; i < d->rows.size() && i < breaks.size(); ++i) {
        const BreakReport &b = breaks.at(i);
        Row &r = d->rows[i];
        const QString result = BreakOutcome::stateName(b.outcome.state);
        bool changed = result != r.result;
        r.result = result;
        if (b.outcome.error != ErrorCode::NoError || b.outcome.vmapError != VmapErrorCode::None) {
            const int vmapError = int(b.outcome.vmapError);
            const int code = int(b.outcome.error);
            changed = changed || vmapError != r.vmapError || code != r.error || b.outcome.message != r.errorString;
            r.vmapError = vmapError;
            r.error = code;
            r.errorString = b.outcome.message;
            if (vmapError != 0 && r.resolvedAds < 0) {
                r.resolvedAds = 0;
                changed = true;
            }
        }
        if (!b.ads.isEmpty() && r.resolvedAds < 0) {
            r.resolvedAds = int(b.ads.size());
            changed = true;
        }
        if (changed) {
            const QModelIndex idx = index(i);
            Q_EMIT dataChanged(idx, idx, {ResolvedAdsRole, VmapErrorRole, ErrorRole, ErrorStringRole, ResultRole});
        }
    }
}

void AdBreakModel::clear()
{
    if (d->rows.isEmpty())
        return;
    setSchedule({}, -1);
}

QList<ScheduledBreak> AdBreakModel::schedule() const
{
    QList<ScheduledBreak> breaks;
    breaks.reserve(d->rows.size());
    for (const Row &r : std::as_const(d->rows))
        breaks.append(r.scheduled);
    return breaks;
}

qint64 AdBreakModel::contentDurationMs() const
{
    return d->contentDurationMs;
}

qint64 AdBreakModel::axisEndMs() const
{
    return d->axisEndMs;
}

int AdBreakModel::playingIndex() const
{
    for (int i = 0; i < d->rows.size(); ++i) {
        if (d->rows.at(i).state == State::Playing)
            return i;
    }
    return -1;
}

int AdBreakModel::playedCount() const
{
    return int(std::count_if(d->rows.cbegin(), d->rows.cend(), [](const Row &r) { return r.state == State::Played; }));
}

int AdBreakModel::rowForBreak(int breakIndex) const
{
    int last = -1;
    for (int i = 0; i < d->rows.size(); ++i) {
        const Row &r = d->rows.at(i);
        if (r.scheduled.breakIndex != breakIndex)
            continue;
        if (r.state != State::Played)
            return i;
        last = i;
    }
    return last;
}

void AdBreakModel::setBreakStarted(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    bool changed = d->finishPlaying(row);
    Row &r = d->rows[row];
    if (r.state != State::Playing) {
        r.state = State::Playing;
        r.adsStarted = 0;
        r.currentAd = -1;
        d->rowChanged(row);
        changed = true;
    }
    if (changed)
        Q_EMIT playbackChanged();
}

void AdBreakModel::setAdStarted(int row, int podIndex)
{
    if (row < 0 || row >= rowCount() || podIndex < 0)
        return;
    if (d->rows.at(row).state != State::Playing)
        setBreakStarted(row);
    Row &r = d->rows[row];
    r.currentAd = podIndex;
    r.adsStarted = qMax(r.adsStarted + 1, podIndex + 1);
    d->rowChanged(row);
}

void AdBreakModel::setBreakEnded(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    Row &r = d->rows[row];
    if (r.state == State::Played)
        return;
    r.state = State::Played;
    r.currentAd = -1;
    d->rowChanged(row);
    Q_EMIT playbackChanged();
}

QVariantMap AdBreakModel::get(int row) const
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
