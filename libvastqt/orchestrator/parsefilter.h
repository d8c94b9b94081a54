// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_PARSEFILTER_H
#define VASTQT_PARSEFILTER_H

#include <VastQt/vastqt_export.h>
#include <VastQt/vastmodel.h>

#include <QtCore/QSize>
#include <QtCore/QStringList>

namespace VastQt
{

/*!
    \brief What a player accepts of a resolved ad, applied in the SELECT phase (seed 002,
    "VastParseFilter"). An empty filter (the default) accepts everything.

    \list
    \li mediaTypes: MIME types ("video/mp4", parameters ignored) or top-level types
        ("video" accepts every "video/..."), case-insensitive; empty: any type.
    \li minDurationMs / maxDurationMs: bounds of the Linear's <Duration>, in ms
        (-1: no bound). A Linear without a duration fails a set bound. A rejected Linear
        is reported with VAST error 202 (DurationMismatch).
    \li minBitrate / maxBitrate: bounds in kbit/s of a MediaFile's bitrate (0: no bound);
        for adaptive files without bitrate, minBitrate is checked against the file's
        maxBitrate and maxBitrate against its minBitrate. Files giving no bitrate at all
        pass, as VAST makes the attribute optional.
    \li requiredDimensions: the exact width x height a MediaFile must have (an empty size:
        any).
    \endlist
    When no MediaFile of the ad passes, the ad is rejected with 403 (NoSupportedMediaFile)
    in phase select, the message listing each file's reason. Files that pass still go
    through MediaFileSelector.
*/
struct VASTQT_EXPORT ParseFilter {
    Q_GADGET
    Q_PROPERTY(QStringList mediaTypes MEMBER mediaTypes)
    Q_PROPERTY(qint64 minDurationMs MEMBER minDurationMs)
    Q_PROPERTY(qint64 maxDurationMs MEMBER maxDurationMs)
    Q_PROPERTY(int minBitrate MEMBER minBitrate)
    Q_PROPERTY(int maxBitrate MEMBER maxBitrate)
    Q_PROPERTY(QSize requiredDimensions MEMBER requiredDimensions)
public:
    //! The MIME types or top-level types accepted (case-insensitive); empty: any.
    QStringList mediaTypes;
    //! The shortest Linear duration accepted, in ms; -1: no bound.
    qint64 minDurationMs = -1;
    //! The longest Linear duration accepted, in ms; -1: no bound.
    qint64 maxDurationMs = -1;
    //! The lowest MediaFile bitrate accepted, in kbit/s; 0: no bound.
    int minBitrate = 0;
    //! The highest MediaFile bitrate accepted, in kbit/s; 0: no bound.
    int maxBitrate = 0;
    //! The exact MediaFile size required, in pixels; an empty size: any.
    QSize requiredDimensions;

    /*! True when the filter accepts everything. */
    bool isEmpty() const;
    /*! Why \a linear's duration is out of bounds, or an empty string if it is not. */
    QString durationRejection(const Linear &linear) const;
    /*! Why \a mediaFile does not pass, or an empty string if it does. */
    QString mediaFileRejection(const MediaFile &mediaFile) const;

    //! Equal when every member is equal.
    bool operator==(const ParseFilter &o) const
    {
        return mediaTypes == o.mediaTypes && minDurationMs == o.minDurationMs && maxDurationMs == o.maxDurationMs
            && minBitrate == o.minBitrate && maxBitrate == o.maxBitrate && requiredDimensions == o.requiredDimensions;
    }
    //! Not equal: the opposite of operator==().
    bool operator!=(const ParseFilter &o) const { return !(*this == o); }
};

} // namespace VastQt

#endif // VASTQT_PARSEFILTER_H
