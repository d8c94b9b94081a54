// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_QML_TRACKINGTIMELINEMODEL_H
#define VASTQT_QML_TRACKINGTIMELINEMODEL_H

#include <VastQt/beacon.h>
#include <VastQt/vastqtqml_export.h>

#include <QtCore/QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace VastQt
{

class TrackingTimelineModelPrivate;

/*!
    \brief Every beacon of an ad in firing order (VAST 4.3 §2.3.4): what fired when on the ad's
    clock, what it answered and how long it took. Rows are added by addBeacon() and updated
    live on Beacon::stateChanged(); a row keeps its last values when its Beacon is deleted.

    Roles: event (IAB name, "firstQuartile", "error", ...), offsetMs (ad playhead when it
    fired, ms), url (final URL, macros expanded), templateUrl, status (HTTP status of the
    last answered attempt, 0 = none), latencyMs (last attempt, ms, -1 = none yet), attempts,
    state (Beacon.State), stateName ("pending", "sending", "waiting", "tracked", "failed"),
    errorString, stack (how many earlier rows of the same segment share this offsetMs: 0, 1,
    ..., so a view can pile marks fired at the same instant), segment (see below).

    Segments: the ads of a pod or of VMAP breaks each have their own clock. startSegment()
    starts a new one (VastAdLoader does it as each break and each later pod ad starts); rows
    added after it carry the new segment number, and a view of "the ad's time axis" draws
    only the rows of the current segment. A single ad is segment 0.

    durationMs and progressOffsets describe the ad's time axis (the Linear's Duration and
    its progress TrackingEvent offsets, ms) for views that draw quartile and progress marks.
*/
class VASTQTQML_EXPORT TrackingTimelineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by VastAdLoader.timeline")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(qint64 durationMs READ durationMs WRITE setDurationMs NOTIFY durationMsChanged)
    Q_PROPERTY(QVariantList progressOffsets READ progressOffsets NOTIFY progressOffsetsChanged)
    Q_PROPERTY(int trackedCount READ trackedCount NOTIFY countsChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY countsChanged)
    Q_PROPERTY(int maxStack READ maxStack NOTIFY maxStackChanged)
    Q_PROPERTY(int segment READ segment NOTIFY segmentChanged)
public:
    //! The model's roles, named in roleNames() as listed in the class description (event, offsetMs, ...).
    enum Role {
        EventRole = Qt::UserRole + 1,
        OffsetRole,
        UrlRole,
        TemplateUrlRole,
        StatusRole,
        LatencyRole,
        AttemptsRole,
        StateRole,
        StateNameRole,
        ErrorStringRole,
        StackRole,
        SegmentRole,
    };
    Q_ENUM(Role)

    //! An empty model, segment 0, duration unknown.
    explicit TrackingTimelineModel(QObject *parent = nullptr);
    ~TrackingTimelineModel() override;

    //! The number of beacons; 0 for a valid \a parent (a list has no children).
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    //! The value of \a role (a Role) for the beacon at \a index; an invalid QVariant when out of range.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    //! The role names QML delegates use (see the class description).
    QHash<int, QByteArray> roleNames() const override;

    /*! Appends a row for \a beacon and follows its state changes. Not owned. */
    void addBeacon(Beacon *beacon);
    /*! Removes every row (the beacons are not touched); back to segment 0. */
    void clear();
    /*! Rows added from now on belong to a new segment (the next ad's clock). */
    void startSegment();
    //! The number of the current segment, from 0; segmentChanged() on a change.
    int segment() const;

    /*! The ad's duration in ms, -1 when unknown. */
    qint64 durationMs() const;
    //! Sets durationMs(); emits durationMsChanged().
    void setDurationMs(qint64 durationMs);
    /*! Progress offsets of the ad in ms, ascending. */
    QVariantList progressOffsets() const;
    //! Sets progressOffsets() (ms; sorted ascending, duplicates dropped); emits progressOffsetsChanged() on a change.
    void setProgressOffsets(const QList<qint64> &offsetsMs);

    /*! Rows in state Tracked / Failed. */
    int trackedCount() const;
    //! The rows in state Failed.
    int failedCount() const;
    /*! The highest stack role + 1 among the rows of the current segment (0 when it has
        none): marks piled at one offset. */
    int maxStack() const;

    /*! The lower-case name of \a state as in the JSON report ("tracked", ...). */
    static QString stateName(Beacon::State state);

    /*! Row \a row as a map of role name to value; empty when out of range. */
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    //! The number of rows changed.
    void countChanged();
    //! trackedCount() or failedCount() changed.
    void countsChanged();
    //! durationMs() changed.
    void durationMsChanged();
    //! progressOffsets() changed.
    void progressOffsetsChanged();
    //! maxStack() changed.
    void maxStackChanged();
    //! segment() changed.
    void segmentChanged();

private:
    std::unique_ptr<TrackingTimelineModelPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_QML_TRACKINGTIMELINEMODEL_H
