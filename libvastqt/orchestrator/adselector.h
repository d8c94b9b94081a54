// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_ADSELECTOR_H
#define VASTQT_ADSELECTOR_H

#include <VastQt/vastqt_export.h>
#include <VastQt/vastqtnamespace.h>
#include <VastQt/mediafileselector.h>
#include <VastQt/parsefilter.h>
#include <VastQt/vastmodel.h>
#include <VastQt/wrapperresolver.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QMetaType>

namespace VastQt
{

/*!
    \brief One ad as SELECT left it: the unit of play (DESIGN.md, "SelectedAd").

    ad is the InLine ad (its Wrappers' tracking merged in), creativeIndex the index of the
    creative to play in Ad::creatives, mediaFiles the playable MediaFiles of its Linear in
    rank order (the first is played; the next ones are tried when one fails to load before
    its first frame), rejections the MediaFiles that cannot be played, each with a typed
    reason. chain is the documents that led to the ad (tag first).

    When the ad cannot be played, error says why in VAST terms and errorString in words:
    200 (a Wrapper, no creative, a creative index out of range), 201 (only NonLinear
    creatives), 202 (the ParseFilter's duration bounds), 403 (no playable MediaFile);
    VAST 4.3 §2.3.6.3. Players report that error and fire the ad's Error URIs with it.
*/
struct VASTQT_EXPORT SelectedAd
{
    Q_GADGET
    Q_PROPERTY(VastQt::Ad ad MEMBER ad)
    Q_PROPERTY(int creativeIndex MEMBER creativeIndex)
    Q_PROPERTY(QList<VastQt::MediaFileCandidate> mediaFiles MEMBER mediaFiles)
    Q_PROPERTY(QList<VastQt::MediaFileRejection> rejections MEMBER rejections)
    Q_PROPERTY(VastQt::ErrorCode error MEMBER error)
    Q_PROPERTY(QString errorString MEMBER errorString)
public:
    //! The InLine ad, its Wrappers' tracking merged in.
    Ad ad;
    //! The index in Ad::creatives of the creative to play; -1 when none.
    int creativeIndex = -1;
    //! The playable MediaFiles of its Linear, in rank order (the first is played first).
    QList<MediaFileCandidate> mediaFiles;
    //! The MediaFiles that cannot be played, each with a typed reason.
    QList<MediaFileRejection> rejections;
    //! Why the ad cannot be played (200, 201, 202, 403); NoError when it can.
    ErrorCode error = ErrorCode::NoError;
    //! The error in words, empty when the ad can be played.
    QString errorString;
    //! The documents that led to the ad, the tag first.
    QList<WrapperHop> chain;

    /*! Whether a player can play the ad: no error and at least one MediaFile. */
    bool isPlayable() const { return error == ErrorCode::NoError && !mediaFiles.isEmpty(); }
    /*! Whether the ParseFilter (the caller's own criteria) refused the ad: 202, or 403 with
        every MediaFile rejected by the filter. Other refusals are the player's: it cannot
        play the ad. */
    bool isRefusedByFilter() const;
    /*! The Linear to play (an empty Linear when creativeIndex is not a Linear creative). */
    Linear linear() const;
    /*! The first-ranked MediaFile (an empty one when none is playable). */
    MediaFile mediaFile() const { return mediaFiles.isEmpty() ? MediaFile() : mediaFiles.constFirst().mediaFile; }
    /*! The index in Linear::mediaFiles of the first-ranked file, -1 when none. */
    int mediaFileIndex() const { return mediaFiles.isEmpty() ? -1 : mediaFiles.constFirst().index; }
    /*! Why the first-ranked file ranks first (or why none is playable). */
    QString mediaFileReason() const;
    /*! The report lines of the rejections, in document order. */
    QStringList rejectionLines() const;

    //! Equal when every member is equal.
    bool operator==(const SelectedAd &o) const
    {
        return ad == o.ad && creativeIndex == o.creativeIndex && mediaFiles == o.mediaFiles
            && rejections == o.rejections && error == o.error && errorString == o.errorString && chain == o.chain;
    }
    //! Not equal: the opposite of operator==().
    bool operator!=(const SelectedAd &o) const { return !(*this == o); }

private:
    friend class AdSelector;
    QString m_noFileReason;
};

/*!
    \brief SELECT (seeds 002 and 004): checks an ad against the player's capabilities and
    the ParseFilter and ranks its MediaFiles. The one place where an ad and its MediaFile
    are chosen; the Orchestrator, the pod player and the QML loader use it, players take
    its SelectedAd. A pure function of its configuration: no state, no I/O.

    select() checks, in this order (VAST 4.3 §2.3.6.3):
    \list 1
    \li a Wrapper ad, an ad without creatives, or a \a creativeIndex out of range: 200;
    \li no Linear creative (with \a creativeIndex -1: the first Linear one is taken): 201
        when the ad has a NonLinear creative, else 200; a \a creativeIndex that is not
        Linear: 201 (NonLinear) or 200;
    \li the ParseFilter's duration bounds (ParseFilter::durationRejection()): 202;
    \li the MediaFiles: the ParseFilter's MIME type, bitrate and size rules, then the
        MediaFileSelector's player capabilities; none left: 403.
    \endlist
*/
class VASTQT_EXPORT AdSelector
{
    Q_DECLARE_TR_FUNCTIONS(VastQt::AdSelector)
public:
    AdSelector();
    //! A selector for a player with \a mediaFiles capabilities and the caller's \a filter.
    explicit AdSelector(const MediaFileSelector::Config &mediaFiles, const ParseFilter &filter = ParseFilter());

    //! The player's capabilities the MediaFiles are ranked against.
    MediaFileSelector::Config mediaFileConfig() const { return m_mediaFiles; }
    //! The caller's criteria (duration, MIME type, bitrate, size).
    ParseFilter filter() const { return m_filter; }

    /*! Selects \a ad's creative \a creativeIndex (-1: its first Linear creative). */
    SelectedAd select(const Ad &ad, int creativeIndex = -1) const;
    /*! Selects a resolved ad; the SelectedAd keeps its chain. */
    SelectedAd select(const ResolvedAd &resolved) const;

private:
    MediaFileSelector::Config m_mediaFiles;
    ParseFilter m_filter;
};

} // namespace VastQt

Q_DECLARE_METATYPE(VastQt::SelectedAd)

#endif // VASTQT_ADSELECTOR_H
