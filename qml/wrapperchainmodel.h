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

    explicit WrapperChainModel(QObject *parent = nullptr);
    ~WrapperChainModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /*! Replaces every row with \a hops. */
    void setHops(const QList<WrapperHop> &hops);
    /*! Appends \a hop as the last row. */
    void appendHop(const WrapperHop &hop);
    void clear();
    QList<WrapperHop> hops() const;

    /*! Row \a row as a map of role name to value; empty when out of range. */
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    std::unique_ptr<WrapperChainModelPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_QML_WRAPPERCHAINMODEL_H
