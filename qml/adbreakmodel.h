// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_QML_ADBREAKMODEL_H
#define VASTQT_QML_ADBREAKMODEL_H

#include <VastQt/runreport.h>
#include <VastQt/vmapprotocolhandler.h>
#include <VastQt/vmapparser.h>
#include <VastQt/vastqtqml_export.h>

#include <QtCore/QAbstractListModel>
#include <QtCore/QJsonArray>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace VastQt
{

class AdBreakModelPrivate;

/*!
    \brief The ad breaks of a VMAP 1.0 document on the content timeline, one row per
    scheduled break (VmapDocument::schedule(): pre-rolls, mid-rolls by time, unplaced
    mid-rolls, post-rolls), with how far playback got through them.

    Roles:
    \list
    \li breakIndex (index in VmapDocument::adBreaks), repetition (0, or n for the n-th
        repeatAfter copy), opportunity (m of a "#m" timeOffset, else 0);
    \li breakId, timeOffset (the raw attribute), breakTypes ("linear, nonlinear");
    \li timeMs (ms from the start of the content, -1 when it cannot be placed), position
        (ScheduledBreak::Position as int: 1 pre-roll, 2 mid-roll, 3 post-roll, the
        [BREAKPOSITION] values) and positionName ("preroll", "midroll", "postroll", "other");
    \li placed (bool: the break has a time, or is a pre-/post-roll), fraction (0..1, where a
        view draws it on the axis; see below);
    \li sourceKind ("vastAdData", "adTagUri", "customAdData", "none"), adTagUri,
        allowMultipleAds;
    \li adCount (the <Ad> elements of inline VAST data, -1 when the ads come from an ad tag or
        custom data), podSize (those of them with a sequence: the pod);
    \li resolvedAds (the ads the break's AdSource resolved to, -1 while unknown), vmapError
        (the VMAP error code of a break without ad, 1003..1008, else 0), error (the VAST code
        behind it, 0 = none) and errorString; result (the break's "status" in the
        `--headless` report: "pending", "completed", "error", "unplaced", "unsupported",
        "stopped", ...; empty before setBreakReport());
    \li state (State as int) and stateName ("pending", "playing", "played"), adsStarted (ads of
        the break started so far), currentAd (pod index of the ad playing, -1 when none).
    \endlist

    fraction places a break on a content axis of contentDurationMs; when that is unknown
    (<= 0) the axis ends a quarter past the latest placed mid-roll. Pre-rolls are at 0,
    post-rolls at 1, unplaced mid-rolls spread evenly between in schedule order.

    The playback part is driven from outside (VastAdLoader forwards VastClient's break
    signals): setBreakStarted(), setAdStarted(), setBreakEnded(). playingIndex is the row
    playing (-1: none), playedCount the rows played.
*/
class VASTQTQML_EXPORT AdBreakModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by VastAdLoader.breaks")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(qint64 contentDurationMs READ contentDurationMs NOTIFY scheduleChanged)
    Q_PROPERTY(qint64 axisEndMs READ axisEndMs NOTIFY scheduleChanged)
    Q_PROPERTY(int playingIndex READ playingIndex NOTIFY playbackChanged)
    Q_PROPERTY(int playedCount READ playedCount NOTIFY playbackChanged)
public:
    //! Where a row's break stands in the playback: not played yet, playing, or played.
    enum class State { Pending, Playing, Played };
    Q_ENUM(State)

    //! The model's roles, named in roleNames() as listed in the class description (breakIndex, repetition, ...).
    enum Role {
        BreakIndexRole = Qt::UserRole + 1,
        RepetitionRole,
        OpportunityRole,
        BreakIdRole,
        TimeOffsetRole,
        BreakTypesRole,
        TimeRole,
        PositionRole,
        PositionNameRole,
        PlacedRole,
        FractionRole,
        SourceKindRole,
        AdTagUriRole,
        AllowMultipleAdsRole,
        AdCountRole,
        PodSizeRole,
        StateRole,
        StateNameRole,
        AdsStartedRole,
        CurrentAdRole,
        ResolvedAdsRole,
        VmapErrorRole,
        ErrorRole,
        ErrorStringRole,
        ResultRole,
    };
    Q_ENUM(Role)

    //! An empty model.
    explicit AdBreakModel(QObject *parent = nullptr);
    ~AdBreakModel() override;

    //! The number of scheduled breaks; 0 for a valid \a parent (a list has no children).
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    //! The value of \a role (a Role) for the break at \a index; an invalid QVariant when out of range.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    //! The role names QML delegates use (see the class description).
    QHash<int, QByteArray> roleNames() const override;

    /*! Replaces the rows with \a breaks (as VmapDocument::schedule() orders them) on a content
        timeline of \a contentDurationMs (-1: unknown); every row is pending. */
    void setSchedule(const QList<ScheduledBreak> &breaks, qint64 contentDurationMs);
    /*! Convenience: setSchedule(document.schedule(contentDurationMs), contentDurationMs). */
    void setDocument(const VmapDocument &document, qint64 contentDurationMs);
    /*! What the AdSource of each break resolved to (VmapProtocolHandler::breakResults()):
        sets resolvedAds, vmapError, error and errorString of the rows of each result's
        breakIndex. */
    void setBreakResults(const QList<VmapBreakResult> &results);
    /*! The "breaks" array of VastClient::report() (one object per scheduled break, in row
        order): sets result, and vmapError, error, errorString and resolvedAds of the breaks
        it reports an error or ads for. */
    void setBreakReport(const QList<BreakReport> &breaks);
    //! Removes every row; countChanged() and scheduleChanged() follow.
    void clear();
    //! The scheduled breaks of the rows, in row order.
    QList<ScheduledBreak> schedule() const;

    //! The content duration the schedule was placed on, in ms; -1 when unknown.
    qint64 contentDurationMs() const;
    /*! The time the axis ends at, ms: contentDurationMs when known, else a quarter past the
        latest placed mid-roll; 0 when no break has a time. */
    qint64 axisEndMs() const;
    //! The row playing; -1 when none.
    int playingIndex() const;
    //! The number of rows played.
    int playedCount() const;

    /*! The first row whose break is VmapDocument::adBreaks[\a breakIndex] and that has not
        been played yet (the one a player plays next), else the last such row; -1 when none. */
    int rowForBreak(int breakIndex) const;

    /*! Row \a row starts playing; a row still playing is marked played first. */
    void setBreakStarted(int row);
    /*! The ad at \a podIndex (0-based) of row \a row starts; starts the row if needed. */
    void setAdStarted(int row, int podIndex);
    /*! Row \a row ended. */
    void setBreakEnded(int row);

    /*! Row \a row as a map of role name to value; empty when out of range. */
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    //! The number of rows changed.
    void countChanged();
    //! The schedule changed: contentDurationMs() and axisEndMs() with it.
    void scheduleChanged();
    //! playingIndex() or playedCount() changed.
    void playbackChanged();

private:
    std::unique_ptr<AdBreakModelPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_QML_ADBREAKMODEL_H
