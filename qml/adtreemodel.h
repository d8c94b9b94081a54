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
    //! The model's roles besides Qt::DisplayRole ("key: value"), named in roleNames(): key, value, isBranch, path.
    enum Role {
        KeyRole = Qt::UserRole + 1,
        ValueRole,
        IsBranchRole,
        PathRole,
    };
    Q_ENUM(Role)

    //! An empty model.
    explicit AdTreeModel(QObject *parent = nullptr);
    ~AdTreeModel() override;

    //! The index of child \a row of \a parent in the one column; invalid when out of range.
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    //! The parent of \a child; invalid for a top-level node.
    QModelIndex parent(const QModelIndex &child) const override;
    //! The number of children of \a parent (members of an object, items of an array; 0 for a leaf).
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    //! Always 1.
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    //! The value of \a role for the node at \a index (see the class description).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    //! The role names QML delegates use: display, key, value, isBranch, path.
    QHash<int, QByteArray> roleNames() const override;

    /*! Shows \a ad (its VastJson form). */
    void setAd(const Ad &ad);
    /*! Shows any JSON object \a json. */
    void setJson(const QJsonObject &json);
    //! Removes every node; emits emptyChanged() when there were some.
    void clear();
    //! True when the model shows nothing.
    bool isEmpty() const;

Q_SIGNALS:
    //! isEmpty() changed.
    void emptyChanged();

private:
    std::unique_ptr<AdTreeModelPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_QML_ADTREEMODEL_H
