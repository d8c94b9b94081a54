// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_QML_MEDIAFILEMODEL_H
#define VASTQT_QML_MEDIAFILEMODEL_H

#include <VastQt/mediafileselector.h>
#include <VastQt/vastqtqml_export.h>

#include <QtCore/QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace VastQt
{

class MediaFileModelPrivate;

/*!
    \brief The MediaFiles of the played Linear creative (VAST 4.3 §3.9.1.1) with the one the
    MediaFileSelector chose and why.

    Roles: url, type (MIME), width, height (px), bitrate (kbit/s, 0 = not given), delivery,
    codec, mediaFileId, apiFramework, chosen (bool), reason (why this file was chosen, or
    why it was rejected; empty for a candidate that lost on size).
*/
class VASTQTQML_EXPORT MediaFileModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by VastAdLoader.mediaFiles")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int chosenIndex READ chosenIndex NOTIFY chosenIndexChanged)
public:
    //! The model's roles, named in roleNames(): url, type, width, height, bitrate, delivery, codec, id, apiFramework,
    //! chosen, reason.
    enum Role {
        UrlRole = Qt::UserRole + 1,
        TypeRole,
        WidthRole,
        HeightRole,
        BitrateRole,
        DeliveryRole,
        CodecRole,
        IdRole,
        ApiFrameworkRole,
        ChosenRole,
        ReasonRole,
    };
    Q_ENUM(Role)

    //! An empty model.
    explicit MediaFileModel(QObject *parent = nullptr);
    ~MediaFileModel() override;

    //! The number of MediaFiles; 0 for a valid \a parent (a list has no children).
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    //! The value of \a role (a Role) for the MediaFile at \a index; an invalid QVariant when out of range.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    //! The role names QML delegates use (see Role).
    QHash<int, QByteArray> roleNames() const override;

    /*!
        Replaces the rows with \a files. \a chosenIndex is the selected file (-1: none),
        \a reason why it won; \a rejected holds the selector's lines
        "#<index> [id=<id>] <type>: <why>" (MediaFileSelection::rejected), matched to rows
        by their index.
    */
    void setMediaFiles(const QList<MediaFile> &files, int chosenIndex, const QString &reason,
                       const QStringList &rejected);
    //! Removes every row; chosenIndex() becomes -1.
    void clear();

    /*! The row of the chosen file, -1 when none. */
    int chosenIndex() const;
    /*! Row \a row as a map of role name to value; empty when out of range. */
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    //! The number of rows changed.
    void countChanged();
    //! chosenIndex() changed.
    void chosenIndexChanged();

private:
    std::unique_ptr<MediaFileModelPrivate> const d;
};

} // namespace VastQt

#endif // VASTQT_QML_MEDIAFILEMODEL_H
