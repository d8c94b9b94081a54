// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_QML_WRAPPERCHAINMODEL_H
#define VASTQT_QML_WRAPPERCHAINMODEL_H

#include <VastQt/wrapperresolver.h>
#include <VastQt/vastqtqml_export.h>

#include <QtCore/QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace VastQt
{

class WrapperChainModelPrivate;

/*!
    \brief The Wrapper chain of a load, one row per document fetched, tag first (VAST 4.3
    §2.3.5). Filled live by VastAdLoader as each hop arrives.

    Roles: url (string), httpStatus (int, 0 when none), latencyMs (request to complete
    body, ms), bytes, adSystem, type ("Wrapper", "InLine" or empty when the hop failed),
    vastVersion, error (IAB code, 0 = none), errorString, rawXml (the document as received).
*/
class VASTQTQML_EXPORT WrapperChainModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by VastAdLoader.wrapperChain")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    //! The model's roles, named in roleNames() as listed in the class description (url, httpStatus, ...).
    enum Role {
        UrlRole = Qt::UserRole + 1,
        HttpStatusRole,
        LatencyRole,
        BytesRole,
        AdSystemRole,
        TypeRole,
        VastVersionRole,
        ErrorRole,
        ErrorStringRole,
        RawXmlRole,
    };
    Q_ENUM(Role)

    //! An empty model.
    explicit WrapperChainModel(QObject *parent = nullptr);
    ~WrapperChainModel() override;

    //! The number of hops; 0 for a valid \a parent (a list has no children).
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    //! The value of \a role (a Role) for the hop at \a index; an invalid QVariant when out of range.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    //! The role names QML delegates use (see the class description).
    QHash<int, QByteArray> roleNames() const override;

    /*! Replaces every row with \a hops. */
    void setHops(const QList<WrapperHop> &hops);
    /*! Appends \a hop as the last row. */
    void appendHop(const WrapperHop &hop);
    //! Removes every row.
    void clear();
    //! The hops of the rows, tag first.
    QList<WrapperHop> hops() const;

    /*! Row \a row as a map of role name to value; empty when out of range. */
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    //! The number of rows changed.
    void countChanged();

private:
    std::unique_ptr<WrapperChainModelPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_QML_WRAPPERCHAINMODEL_H
