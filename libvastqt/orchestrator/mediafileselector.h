// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_MEDIAFILESELECTOR_H
#define VASTQT_MEDIAFILESELECTOR_H

#include <VastQt/vastmodel.h>
#include <VastQt/vastqt_export.h>

#include <QtCore/QStringList>

namespace VastQt
{

struct ParseFilter;

/*!
    \brief Why one MediaFile of a Linear creative cannot be played: a typed reason, the
    file's index in Linear::mediaFiles, a one-line message, and the report line.

    text is "#<index>[ id=<id>] <type>: <message>" (the ParseFilter's rejections read
    "...: filter: <message>"), the form of the report's mediaFile.rejected entries.
*/
struct VASTQT_EXPORT MediaFileRejection
{
    Q_GADGET
    Q_PROPERTY(int index MEMBER index)
    Q_PROPERTY(Reason reason MEMBER reason)
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(QString text MEMBER text)
public:
    /*!
        \value Filter the ParseFilter (FetchConfig::filter) does not accept it
        \value NoUrl the MediaFile has no URL
        \value ApiFramework it needs an API to run (VPAID, a JavaScript apiFramework)
        \value Interactive a JavaScript creative (VPAID JS, interactive)
        \value Flash a Flash (SWF) creative
        \value NoType no type attribute
        \value UnsupportedType a MIME type the player does not play
        \value UnknownDelivery delivery neither progressive nor streaming
        \value StreamingNotAllowed streaming delivery while the player allows none
        \value BitrateAboveCap the bitrate is above the player's cap
    */
    enum class Reason {
        Filter,
        NoUrl,
        ApiFramework,
        Interactive,
        Flash,
        NoType,
        UnsupportedType,
        UnknownDelivery,
        StreamingNotAllowed,
        BitrateAboveCap
    };
    Q_ENUM(Reason)

    //! The file's index in Linear::mediaFiles.
    int index = -1;
    //! Why the file was refused.
    Reason reason = Reason::UnsupportedType;
    //! The reason in words (translated).
    QString message;
    //! The report line: "#<index>[ id=<id>] <type>: <message>".
    QString text;

    //! Equal when every member is equal.
    bool operator==(const MediaFileRejection &o) const
    {
        return index == o.index && reason == o.reason && message == o.message && text == o.text;
    }
    //! Not equal: the opposite of operator==().
    bool operator!=(const MediaFileRejection &o) const { return !(*this == o); }
};

/*!
    \brief A playable MediaFile: its index in Linear::mediaFiles, the file, and why it ranks
    where it does ("#<index>[ id=<id>] <type> progressive|streaming[ WxH][ N kbit/s]: ...").
*/
struct VASTQT_EXPORT MediaFileCandidate
{
    Q_GADGET
    Q_PROPERTY(int index MEMBER index)
    Q_PROPERTY(VastQt::MediaFile mediaFile MEMBER mediaFile)
    Q_PROPERTY(QString reason MEMBER reason)
public:
    //! The file's index in Linear::mediaFiles.
    int index = -1;
    //! The MediaFile.
    MediaFile mediaFile;
    //! Why it ranks where it does: "#<index>[ id=<id>] <type> progressive|streaming[ WxH][ N kbit/s]: ...".
    QString reason;

    //! Equal when every member is equal.
    bool operator==(const MediaFileCandidate &o) const
    {
        return index == o.index && mediaFile == o.mediaFile && reason == o.reason;
    }
    //! Not equal: the opposite of operator==().
    bool operator!=(const MediaFileCandidate &o) const { return !(*this == o); }
};

/*!
    \brief The outcome of MediaFileSelector::select(): the playable MediaFiles in rank order,
    the rejected ones, and the winner.

    candidates are the playable files, best first; index / mediaFile / reason repeat the
    first of them (index -1 when no file fits: a player then reports VAST error 403,
    ErrorCode::NoSupportedMediaFile, and reason says why none did). rejections has one
    entry per file that was not a candidate, in document order; rejected holds their
    text lines ("#<index> [id=<id>] <type>: <why>").
*/
struct VASTQT_EXPORT MediaFileSelection
{
    Q_GADGET
    Q_PROPERTY(int index MEMBER index)
    Q_PROPERTY(VastQt::MediaFile mediaFile MEMBER mediaFile)
    Q_PROPERTY(QString reason MEMBER reason)
    Q_PROPERTY(QStringList rejected MEMBER rejected)
public:
    //! The index in Linear::mediaFiles of the best candidate; -1 when no file fits (VAST error 403).
    int index = -1;
    //! The best candidate's MediaFile (empty when index is -1).
    MediaFile mediaFile;
    //! Why the best candidate ranks first, or why no file fits.
    QString reason;
    //! The rejections' text lines, in document order.
    QStringList rejected;
    //! The playable files, best first.
    QList<MediaFileCandidate> candidates;
    //! One entry per file that was not a candidate, in document order.
    QList<MediaFileRejection> rejections;

    //! True when a file fits (index >= 0).
    bool isValid() const { return index >= 0; }
    //! Not equal: the opposite of operator==().
    bool operator!=(const MediaFileSelection &o) const { return !(*this == o); }
    //! Equal when every member is equal.
    bool operator==(const MediaFileSelection &o) const
    {
        return index == o.index && mediaFile == o.mediaFile && reason == o.reason && rejected == o.rejected
            && candidates == o.candidates && rejections == o.rejections;
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
    Among the remaining candidates (MediaFileSelection::candidates, best first), progressive
    delivery beats streaming; then the file closest to the player size ranks first, by |ln(area ratio)| + |ln(aspect ratio)| against
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
        //! The player's width in pixels; 0 when unknown (the size then does not rank).
        int playerWidth = 1280;
        //! The player's height in pixels; 0 when unknown.
        int playerHeight = 720;
        //! The MIME types the player plays (case-insensitive); defaultSupportedTypes() unless set.
        QStringList supportedTypes = MediaFileSelector::defaultSupportedTypes();
        //! The highest bitrate accepted, in kbit/s; 0 for no cap.
        int maxBitrate = 0;
        //! Whether files with delivery "streaming" are accepted.
        bool allowStreaming = true;
        //! Equal when every member is equal.
        bool operator==(const Config &o) const
        {
            return playerWidth == o.playerWidth && playerHeight == o.playerHeight && supportedTypes == o.supportedTypes
                && maxBitrate == o.maxBitrate && allowStreaming == o.allowStreaming;
        }
        //! Not equal: the opposite of operator==().
        bool operator!=(const Config &o) const { return !(*this == o); }
    };

    /*! video/mp4, video/webm, video/ogg, video/3gpp. */
    static QStringList defaultSupportedTypes();
    /*! application/x-mpegURL, application/vnd.apple.mpegurl (HLS). */
    static QStringList hlsTypes();
    /*! application/dash+xml (MPEG-DASH). */
    static QStringList dashTypes();

    MediaFileSelector();
    //! A selector for a player with \a config.
    explicit MediaFileSelector(const Config &config);

    //! The player's capabilities the selector ranks against.
    Config config() const { return m_config; }
    //! Sets config() to \a config.
    void setConfig(const Config &config) { m_config = config; }

    /*! Ranks \a linear's MediaFiles. */
    MediaFileSelection select(const Linear &linear) const;
    /*! Ranks \a mediaFiles; when \a filter is given, the files it does not accept are
        rejected first (MediaFileRejection::Reason::Filter). */
    MediaFileSelection select(const QList<MediaFile> &mediaFiles, const ParseFilter *filter = nullptr) const;

    /*! Why \a mediaFile cannot be played under this config, or an empty string if it can. */
    QString rejectionReason(const MediaFile &mediaFile) const;
    /*! As rejectionReason(), with the typed reason in \a reason when it is not playable. */
    QString rejectionReason(const MediaFile &mediaFile, MediaFileRejection::Reason *reason) const;

private:
    Config m_config;
};

} // namespace VastQt

Q_DECLARE_METATYPE(VastQt::MediaFileSelection)
Q_DECLARE_METATYPE(VastQt::MediaFileRejection)
Q_DECLARE_METATYPE(VastQt::MediaFileCandidate)
Q_DECLARE_METATYPE(VastQt::MediaFileSelector::Config)

#endif // VASTQT_MEDIAFILESELECTOR_H
