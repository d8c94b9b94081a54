// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_TRACKINGCONTEXT_H
#define VASTQT_TRACKINGCONTEXT_H

#include <VastQt/vastqt_export.h>
#include <VastQt/vastqtnamespace.h>

#include <QtCore/QHash>
#include <QtCore/QMetaType>
#include <QtCore/QPoint>
#include <QtCore/QSet>
#include <QtCore/QSize>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/qobjectdefs.h>

namespace VastQt
{

/*!
    \brief The values a client knows for the VAST macros (VAST 4.3 §6, IAB macro registry).

    A plain value passed explicitly to MacroExpander::expand() and Tracker::setContext()
    (no global context). Each member is named after its registry macro in lower camel
    case and documents it. Every member has an "unknown" value (-1, an empty string or
    list, an invalid QSize, a negative click position, ErrorCode::NoError); a macro whose
    member is unknown expands per MacroExpander::unavailableMacroPolicy() (default "-1",
    VAST 4.3 §6.1).

    Any macro, including one not listed here (for example [GDPRCONSENT], [REGULATIONS] or a
    proprietary [MYMACRO]), can be given in \l extra as its unencoded value; a value in
    \l extra overrides the typed member. For a registry macro of type Array (such as
    [MEDIAMIME] or [REGULATIONS]) the \l extra value is a comma-separated list: each item
    is encoded, the commas are kept (VAST 4.3 §6.1). Names in \l withheld expand to "-2"
    ("known but not shared because of policy", VAST 4.3 §6.1), whatever their value.

    [TIMESTAMP] and [CACHEBUSTING] are not here: MacroExpander produces them from its
    clock and its random generator.
*/
struct VASTQT_EXPORT TrackingContext
{
    Q_GADGET
    Q_PROPERTY(VastQt::ErrorCode errorCode MEMBER errorCode)
    Q_PROPERTY(int reason MEMBER reason)
    Q_PROPERTY(qint64 adPlayheadMs MEMBER adPlayheadMs)
    Q_PROPERTY(qint64 mediaPlayheadMs MEMBER mediaPlayheadMs)
    Q_PROPERTY(qint64 contentPlayheadMs MEMBER contentPlayheadMs)
    Q_PROPERTY(QString assetUri MEMBER assetUri)
    Q_PROPERTY(QString adServingId MEMBER adServingId)
    Q_PROPERTY(QStringList universalAdId MEMBER universalAdId)
    Q_PROPERTY(int podSequence MEMBER podSequence)
    Q_PROPERTY(int breakPosition MEMBER breakPosition)
    Q_PROPERTY(int adCount MEMBER adCount)
    Q_PROPERTY(QString transactionId MEMBER transactionId)
    Q_PROPERTY(int limitAdTracking MEMBER limitAdTracking)
    Q_PROPERTY(QString clientUa MEMBER clientUa)
    Q_PROPERTY(QString deviceUa MEMBER deviceUa)
    Q_PROPERTY(QString deviceIp MEMBER deviceIp)
    Q_PROPERTY(QString ifa MEMBER ifa)
    Q_PROPERTY(QString ifaType MEMBER ifaType)
    Q_PROPERTY(QString domain MEMBER domain)
    Q_PROPERTY(QString pageUrl MEMBER pageUrl)
    Q_PROPERTY(QString appBundle MEMBER appBundle)
    Q_PROPERTY(QString adType MEMBER adType)
    Q_PROPERTY(QString contentId MEMBER contentId)
    Q_PROPERTY(QString contentUri MEMBER contentUri)
    Q_PROPERTY(QSize playerSize MEMBER playerSize)
    Q_PROPERTY(QStringList playerState MEMBER playerState)
    Q_PROPERTY(QPoint clickPos MEMBER clickPos)
public:
    /*! [ERRORCODE]: the VAST error code (§2.3.6.3) of an Error URI; NoError = unknown. */
    ErrorCode errorCode = ErrorCode::NoError;
    /*! [REASON]: why verification was not executed (1..3, verificationNotExecuted
        pixels); -1 = unknown. */
    int reason = -1;
    /*! [ADPLAYHEAD]: the ad's playhead in milliseconds, expanded as HH:MM:SS.mmm; -1 =
        unknown. The Tracker sets it from Tracker::updatePosition(). */
    qint64 adPlayheadMs = -1;
    /*! [MEDIAPLAYHEAD]: the content's playhead in milliseconds (not the ad's); -1 = unknown. */
    qint64 mediaPlayheadMs = -1;
    /*! [CONTENTPLAYHEAD] (deprecated in VAST 4.1): the content's playhead in ms; -1 = unknown. */
    qint64 contentPlayheadMs = -1;
    /*! [ASSETURI]: the URI of the MediaFile being played. */
    QString assetUri;
    /*! [ADSERVINGID]: the ad's <AdServingId>. The Tracker fills it from the Ad when empty. */
    QString adServingId;
    /*! [UNIVERSALADID]: one "registryID idValue" item per <UniversalAdId> (space between
        registry and value). The Tracker fills it from the creative when empty. */
    QStringList universalAdId;
    /*! [PODSEQUENCE]: the sequence attribute of the playing <Ad>; -1 = unknown. The
        Tracker fills it from the Ad (when it has one) when -1. */
    int podSequence = -1;
    /*! [BREAKPOSITION]: 1 pre-roll, 2 mid-roll, 3 post-roll, 4 standalone, 0 other;
        -1 = unknown. */
    int breakPosition = -1;
    /*! [ADCOUNT]: the number of InLine ads played in the current chain, from 1; -1 = unknown. */
    int adCount = -1;
    /*! [TRANSACTIONID]: the UUID of the originating ad request chain. */
    QString transactionId;
    /*! [LIMITADTRACKING]: 1 the user limited ad tracking, 0 not; -1 = unknown. */
    int limitAdTracking = -1;
    /*! [CLIENTUA]: "player/version plugin/version" of this client. */
    QString clientUa;
    /*! [DEVICEUA]: the User-Agent of the device that renders the ad. */
    QString deviceUa;
    /*! [DEVICEIP]: the IP address of the device that renders the ad. */
    QString deviceIp;
    /*! [IFA]: the resettable advertising id. */
    QString ifa;
    /*! [IFATYPE]: the kind of [IFA], e.g. "rida", "aaid", "idfa". */
    QString ifaType;
    /*! [DOMAIN]: the domain of the top-level page. */
    QString domain;
    /*! [PAGEURL]: the full URL of the top-level page ("0" when not applicable, in an app). */
    QString pageUrl;
    /*! [APPBUNDLE]: the application's bundle or package name. */
    QString appBundle;
    /*! [ADTYPE]: the type of the ad, "video", "audio" or "hybrid". The Tracker fills it from the Ad when
        empty. */
    QString adType;
    /*! [CONTENTID]: "registryId contentId" of the content the ad plays in. */
    QString contentId;
    /*! [CONTENTURI]: the URI of the content the ad plays in. */
    QString contentUri;
    /*! [PLAYERSIZE]: the player's width and height in device-independent pixels,
        expanded as "w,h"; invalid = unknown. */
    QSize playerSize;
    /*! [PLAYERSTATE]: the player's state items ("muted", "fullscreen"); an empty list
        expands to "" (nothing to report). */
    QStringList playerState;
    /*! [CLICKPOS]: the click position relative to the player in device-independent
        pixels, expanded as "x,y"; a negative coordinate = unknown. */
    QPoint clickPos = QPoint(-1, -1);

    /*! Values for any macro name (without brackets), unencoded; they override the
        typed members above. */
    QHash<QString, QString> extra;
    /*! Macro names the client will not share: they expand to "-2". */
    QSet<QString> withheld;

    //! Equal when every member is equal.
    bool operator==(const TrackingContext &other) const;
    //! Not equal: the opposite of operator==().
    bool operator!=(const TrackingContext &other) const { return !(*this == other); }
};

} // namespace VastQt

Q_DECLARE_METATYPE(VastQt::TrackingContext)

#endif // VASTQT_TRACKINGCONTEXT_H
