// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_MEDIAFILESELECTOR_H
#define VASTQT_MEDIAFILESELECTOR_H

#include "protocol/vastmodel.h"
#include "vastqt_export.h"

#include <QtCore/QStringList>

namespace VastQt
{

/*!
    \brief The outcome of MediaFileSelector::select(): the chosen MediaFile and why.

    index is the position of mediaFile in Linear::mediaFiles, -1 when no file fits; a player
    then reports VAST error 403 (ErrorCode::NoSupportedMediaFile). reason says in one line
    why the file won (or why none did); rejected has one line per file that was not a
    candidate, "#<index> [id=<id>] <type>: <why>", in document order.
*/
struct VASTQT_EXPORT MediaFileSelection
{
    Q_GADGET
    Q_PROPERTY(int index MEMBER index)
    Q_PROPERTY(VastQt::MediaFile mediaFile MEMBER mediaFile)
    Q_PROPERTY(QString reason MEMBER reason)
    Q_PROPERTY(QStringList rejected MEMBER rejected)
public:
    int index = -1;
    MediaFile mediaFile;
    QString reason;
    QStringList rejected;

    bool isValid() const { return index >= 0; }
    bool operator!=(const MediaFileSelection &o) const { return !(*this == o); }
    bool operator==(const MediaFileSelection &o) const
    {
        return index == o.index && mediaFile == o.mediaFile && reason == o.reason && rejected == o.rejected;
    }
};

/*!
    \brief Picks the MediaFile of a Linear creative that this player should play (VAST 4.3
    §3.9.1.1, error 403 of §2.3.6.3). A pure function of its Config: no state, no I/O.

    A file is rejected when
    \list
    \li its URL is empty;
    \li it needs an API to run: apiFramework "VPAID" (any case) or any apiFramework naming
        JavaScript; type application/javascript, text/javascript, application/x-javascript
        (interactive, VPAID JS) or application/x-shockwave-flash (Flash/VPAID SWF);
    \li its type (MIME, compared case-insensitively, parameters such as "; codecs=..."
        ignored) is not in Config::supportedTypes. The default list holds the progressive
        containers video/mp4, video/webm, video/ogg and video/3gpp; HLS
        (application/x-mpegURL, application/vnd.apple.mpegurl) and DASH
        (application/dash+xml) count only when the caller adds them;
    \li its delivery is "streaming" while Config::allowStreaming is false, or is neither
        "progressive" nor "streaming" (an absent delivery counts as progressive);
    \li Config::maxBitrate (kbit/s, 0 = no cap) is set and the file's bitrate (for
        adaptive files without bitrate: its minBitrate) is above it. Files that give no
        bitrate at all pass the cap.
    \endlist
    Among the remaining candidates, progressive delivery beats streaming; then the file
    closest to the player size wins, by |ln(area ratio)| + |ln(aspect ratio)| against
    playerWidth x playerHeight (files without a size rank last; with no player size set the
    size does not matter); ties keep document order.
*/
class VASTQT_EXPORT MediaFileSelector
{
public:
    /*! The player's capabilities. Sizes in pixels (0 = unknown), maxBitrate in kbit/s
        (0 = no cap), supportedTypes are MIME types (case-insensitive). */
    struct Config
    {
        int playerWidth = 1280;
        int playerHeight = 720;
        QStringList supportedTypes = MediaFileSelector::defaultSupportedTypes();
        int maxBitrate = 0;
        bool allowStreaming = true;
        bool operator==(const Config &o) const
        {
            return playerWidth == o.playerWidth && playerHeight == o.playerHeight && supportedTypes == o.supportedTypes
                && maxBitrate == o.maxBitrate && allowStreaming == o.allowStreaming;
        }
        bool operator!=(const Config &o) const { return !(*this == o); }
    };

    /*! video/mp4, video/webm, video/ogg, video/3gpp. */
    static QStringList defaultSupportedTypes();
    /*! application/x-mpegURL, application/vnd.apple.mpegurl (HLS). */
    static QStringList hlsTypes();
    /*! application/dash+xml (MPEG-DASH). */
    static QStringList dashTypes();

    MediaFileSelector();
    explicit MediaFileSelector(const Config &config);

    Config config() const { return m_config; }
    void setConfig(const Config &config) { m_config = config; }

    /*! Selects among \a linear's MediaFiles. */
    MediaFileSelection select(const Linear &linear) const;
    /*! Selects among \a mediaFiles. */
    MediaFileSelection select(const QList<MediaFile> &mediaFiles) const;

    /*! Why \a mediaFile cannot be played under this config, or an empty string if it can. */
    QString rejectionReason(const MediaFile &mediaFile) const;

private:
    Config m_config;
};

} // namespace VastQt

Q_DECLARE_METATYPE(VastQt::MediaFileSelection)
Q_DECLARE_METATYPE(VastQt::MediaFileSelector::Config)

#endif // VASTQT_MEDIAFILESELECTOR_H
