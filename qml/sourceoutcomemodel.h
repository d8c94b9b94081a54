// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_QML_SOURCEOUTCOMEMODEL_H
#define VASTQT_QML_SOURCEOUTCOMEMODEL_H

#include <VastQt/adrequest.h>
#include <VastQt/vastqtqml_export.h>

#include <QtCore/QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace VastQt
{

class SourceOutcomeModelPrivate;

/*!
    \brief What each source of a multi-source load did (seed 002): one row per configured
    source, primaries then fallbacks in configuration order, as AdResponse::sources lists
    them. VastAdLoader fills it: setPending() when a load starts (every row "pending"),
    setOutcomes() when it ends.

    Roles:
    \list
    \li url (string), fallback (bool), role ("primary" or "fallback");
    \li pending (bool): the load is still running, the other roles but url and role are unset;
    \li status (SourceOutcome::Status as int) and statusName ("pending", "notTried", "won",
        "usable", "failed", "aborted");
    \li winner (bool): this source gave the served ad;
    \li httpStatus (HTTP status of its first document, 0 = none), latencyMs (from its start
        to its answer, retries included, ms), hops (documents fetched), cached (bool);
    \li error (IAB ErrorCode, 0 = none), phase ("fetch", "parse", "resolve", "select",
        "play", "track"; empty when error is 0), message, meaning (the IAB description of
        error).
    \endlist

    winnerIndex is the winning row (-1: none, or still loading); usedFallback whether it is
    a fallback.
*/
class VASTQTQML_EXPORT SourceOutcomeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by VastAdLoader.sourceOutcomes")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int winnerIndex READ winnerIndex NOTIFY outcomesChanged)
    Q_PROPERTY(bool usedFallback READ usedFallback NOTIFY outcomesChanged)
    Q_PROPERTY(bool pending READ isPending NOTIFY outcomesChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY outcomesChanged)
public:
    //! The model's roles, named in roleNames() as listed in the class description (url, fallback, ...).
    enum Role {
        UrlRole = Qt::UserRole + 1,
        FallbackRole,
        RoleNameRole,
        PendingRole,
        StatusRole,
        StatusNameRole,
        WinnerRole,
        HttpStatusRole,
        LatencyRole,
        HopsRole,
        CachedRole,
        ErrorRole,
        PhaseRole,
        MessageRole,
        MeaningRole,
    };
    Q_ENUM(Role)

    //! An empty model.
    explicit SourceOutcomeModel(QObject *parent = nullptr);
    ~SourceOutcomeModel() override;

    //! The number of sources; 0 for a valid \a parent (a list has no children).
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    //! The value of \a role (a Role) for the source at \a index; an invalid QVariant when out of range.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    //! The role names QML delegates use (see the class description).
    QHash<int, QByteArray> roleNames() const override;

    /*! A load of \a sources then \a fallbacks started: one pending row each. */
    void setPending(const QList<QUrl> &sources, const QList<QUrl> &fallbacks);
    /*! The load ended: the rows become \a outcomes (AdResponse::sources). Rows that keep
        their URL and role are updated in place (dataChanged), otherwise the model resets. */
    void setOutcomes(const QList<SourceOutcome> &outcomes);
    //! Removes every row.
    void clear();
    //! The outcomes of the rows (pending rows included), in row order.
    QList<SourceOutcome> outcomes() const;

    //! The winning row; -1 when none, or while loading.
    int winnerIndex() const;
    //! Whether the winning row is a fallback.
    bool usedFallback() const;
    /*! True between setPending() and setOutcomes(). */
    bool isPending() const;
    /*! Rows whose status is Failed. */
    int failedCount() const;

    /*! Row \a row as a map of role name to value; empty when out of range. */
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    //! The number of rows changed.
    void countChanged();
    //! The rows' content changed: winnerIndex(), usedFallback(), isPending() and failedCount() with it.
    void outcomesChanged();

private:
    std::unique_ptr<SourceOutcomeModelPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_QML_SOURCEOUTCOMEMODEL_H
