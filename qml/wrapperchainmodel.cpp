// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/wrapperchainmodel.h>

using namespace Qt::StringLiterals;

namespace VastQt
{

class WrapperChainModelPrivate
{
public:
    QList<WrapperHop> hops;
};

WrapperChainModel::WrapperChainModel(QObject *parent)
    : QAbstractListModel(parent)
    , d(new WrapperChainModelPrivate)
{
}

WrapperChainModel::~WrapperChainModel() = default;

int WrapperChainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->hops.size());
}

QVariant WrapperChainModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WrapperHop &hop = d->hops.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case UrlRole:
        return hop.url.toString();
    case HttpStatusRole:
        return hop.httpStatus;
    case LatencyRole:
        return hop.latencyMs;
    case BytesRole:
        return hop.bytes;
    case AdSystemRole:
        return hop.adSystem;
    case TypeRole:
        return hop.type;
    case VastVersionRole:
        return hop.vastVersion;
    case ErrorRole:
        return int(hop.error);
    case ErrorStringRole:
        return hop.errorString;
    case RawXmlRole:
        return QString::fromUtf8(hop.rawXml);
    default:
        return {};
    }
}

QHash<int, QByteArray> WrapperChainModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {UrlRole, "url"},
        {HttpStatusRole, "httpStatus"},
        {LatencyRole, "latencyMs"},
        {BytesRole, "bytes"},
        {AdSystemRole, "adSystem"},
        {TypeRole, "type"},
        {VastVersionRole, "vastVersion"},
        {ErrorRole, "error"},
        {ErrorStringRole, "errorString"},
        {RawXmlRole, "rawXml"},
    };
}

void WrapperChainModel::setHops(const QList<WrapperHop> &hops)
{
    if (hops == d->hops)
        return;
    const bool countChanges = hops.size() != d->hops.size();
    beginResetModel();
    d->hops = hops;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void WrapperChainModel::appendHop(const WrapperHop &hop)
{
    const int row = int(d->hops.size());
    beginInsertRows(QModelIndex(), row, row);
    d->hops.append(hop);
    endInsertRows();
    Q_EMIT countChanged();
}

void WrapperChainModel::clear()
{
    if (d->hops.isEmpty())
        return;
    beginResetModel();
    d->hops.clear();
    endResetModel();
    Q_EMIT countChanged();
}

QList<WrapperHop> WrapperChainModel::hops() const
{
    return d->hops;
}

QVariantMap WrapperChainModel::get(int row) const
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
