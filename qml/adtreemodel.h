// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_QML_ADTREEMODEL_H
#define VASTQT_QML_ADTREEMODEL_H

#include <VastQt/vastmodel.h>
#include <VastQt/vastqtqml_export.h>

#include <QtCore/QAbstractItemModel>
#include <QtCore/QJsonObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace VastQt
{

class AdTreeModelPrivate;

/*!
    \brief The ad as a tree for a TreeView: one node per member of its JSON form
    (VastJson::toJson(), the `--parse` model documented in the README): objects and arrays
    are branches, strings, numbers and booleans leaves. One column.

    Roles: display ("key: value"), key (member name, or "[i]" in an array), value (the
    leaf's text; for a branch a summary such as "3 items"), isBranch, path (dot-separated
    keys from the root, e.g. "creatives.[0].linear.mediaFiles").
*/
class VASTQTQML_EXPORT AdTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by VastAdLoader.adTree")
    Q_PROPERTY(bool empty READ isEmpty NOTIFY emptyChanged)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        ValueRole,
        IsBranchRole,
        PathRole,
    };
    Q_ENUM(Role)

    explicit AdTreeModel(QObject *parent = nullptr);
    ~AdTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /*! Shows \a ad (its VastJson form). */
    void setAd(const Ad &ad);
    /*! Shows any JSON object \a json. */
    void setJson(const QJsonObject &json);
    void clear();
    bool isEmpty() const;

Q_SIGNALS:
    void emptyChanged();

private:
    std::unique_ptr<AdTreeModelPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_QML_ADTREEMODEL_H
