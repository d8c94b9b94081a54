// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/mediafilemodel.h>

#include <QtCore/QRegularExpression>

using namespace Qt::StringLiterals;

namespace VastQt
{

class MediaFileModelPrivate
{
public:
    QList<MediaFile> files;
    QStringList reasons;
    int chosen = -1;
};

MediaFileModel::MediaFileModel(QObject *parent)
    : QAbstractListModel(parent)
    , d(new MediaFileModelPrivate)
{
}

MediaFileModel::~MediaFileModel() = default;

int MediaFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->files.size());
}

QVariant MediaFileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MediaFile &f = d->files.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case UrlRole:
        return f.url;
    case TypeRole:
        return f.type;
    case WidthRole:
        return f.width;
    case HeightRole:
        return f.height;
    case BitrateRole:
        return f.bitrate;
    case DeliveryRole:
        return f.delivery;
    case CodecRole:
        return f.codec;
    case IdRole:
        return f.id;
    case ApiFrameworkRole:
        return f.apiFramework;
    case ChosenRole:
        return index.row() == d->chosen;
    case ReasonRole:
        return d->reasons.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> MediaFileModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {UrlRole, "url"},
        {TypeRole, "type"},
        {WidthRole, "width"},
        {HeightRole, "height"},
        {BitrateRole, "bitrate"},
        {DeliveryRole, "delivery"},
        {CodecRole, "codec"},
        {IdRole, "mediaFileId"},
        {ApiFrameworkRole, "apiFramework"},
        {ChosenRole, "chosen"},
        {ReasonRole, "reason"},
    };
}

void MediaFileModel::setMediaFiles(const QList<MediaFile> &files, int chosenIndex, const QString &reason,
                                   const QStringList &rejected)
{
    const bool countChanges = files.size() != d->files.size();
    const bool chosenChanges = chosenIndex != d->chosen;
    beginResetModel();
    d->files = files;
    d->chosen = (chosenIndex >= 0 && chosenIndex < files.size()) ? chosenIndex : -1;
    d->reasons = QStringList(files.size(), QString());
    if (d->chosen >= 0)
        d->reasons[d->chosen] = reason;
    // "#<index> [id=<id>] <type>: <why>" → the why, on row <index>.
    static const QRegularExpression line(u"^#(\\d+)[^:]*:\\s*(.*)$"_s);
    for (const QString &r : rejected) {
        const QRegularExpressionMatch m = line.match(r);
        if (!m.hasMatch())
            continue;
        const int row = m.captured(1).toInt();
        if (row >= 0 && row < d->reasons.size() && row != d->chosen)
            d->reasons[row] = m.captured(2);
    }
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
    if (chosenChanges)
        Q_EMIT chosenIndexChanged();
}

void MediaFileModel::clear()
{
    setMediaFiles({}, -1, QString(), {});
}

int MediaFileModel::chosenIndex() const
{
    return d->chosen;
}

QVariantMap MediaFileModel::get(int row) const
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
