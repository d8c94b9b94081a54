// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_PLAYERFACTORY_H
#define VASTQT_PLAYERFACTORY_H

#include <VastQt/adselector.h>
#include <VastQt/playbackconfig.h>
#include <VastQt/vastqt_export.h>

#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtCore/QSize>

namespace VastQt
{

class Player;
class Transport;

/*!
    \brief Which player PlayerFactory made for an ad, and why (the report's "player").
    mode is Realtime or Headless, never Auto.
*/
struct VASTQT_EXPORT PlayerChoice
{
    //! Realtime or Headless, never Auto.
    PlaybackConfig::Mode mode = PlaybackConfig::Mode::Headless;
    //! Why that player, in words.
    QString reason;

    /*! {"mode": "realtime" | "headless", "reason": text}. */
    QJsonObject toJson() const;
    //! Equal when every member is equal.
    bool operator==(const PlayerChoice &o) const { return mode == o.mode && reason == o.reason; }
};

/*!
    \brief Makes the Player of each ad (seed 003 "PlayerFactory"): the one place players are
    made and configured.

    The kind follows PlaybackConfig::mode():
    \list
    \li Realtime: a RealtimePlayer (Qt Multimedia; a VastQt built without it fails each ad
        with 400);
    \li Headless: a HeadlessPlayer;
    \li Auto: a RealtimePlayer when a video output is attached (setVideoOutput(): a window's
        QVideoSink, a QML VideoOutput) and the first-ranked MediaFile of the SelectedAd can
        be decoded here (canDecode()); a HeadlessPlayer otherwise.
    \endlist
    The player gets the config (Player::setPlaybackConfig()); a HeadlessPlayer also its
    speed, tick interval, seed and interruption rules; a RealtimePlayer the video output,
    audio switch and transport. The caller owns the player.
*/
class VASTQT_EXPORT PlayerFactory
{
public:
    //! The configuration each player gets (PlaybackConfig::mode() picks its kind).
    void setConfig(const PlaybackConfig &config) { m_config = config; }
    //! The configuration set with setConfig().
    PlaybackConfig config() const { return m_config; }
    /*! Where a RealtimePlayer's video goes; not owned; nullptr: none attached. */
    void setVideoOutput(QObject *output) { m_videoOutput = output; }
    //! The video output set with setVideoOutput(); nullptr when none.
    QObject *videoOutput() const { return m_videoOutput.data(); }
    //! Whether a RealtimePlayer plays the sound (RealtimePlayer::setAudioEnabled()).
    void setAudioEnabled(bool enabled) { m_audioEnabled = enabled; }
    //! The audio switch set with setAudioEnabled().
    bool isAudioEnabled() const { return m_audioEnabled; }
    /*! The transport a RealtimePlayer fetches http(s) media through; not owned. */
    void setTransport(Transport *transport) { m_transport = transport; }
    /*! Player::setPlayerSize() of each player; default 1280x720. */
    void setPlayerSize(const QSize &size) { m_playerSize = size; }
    //! The player size each player gets, in pixels.
    QSize playerSize() const { return m_playerSize; }

    /*! Whether Qt Multimedia can decode \a mediaFile's container here: its MIME type is
        one of QMediaFormat's file formats, and one the backend lists as decodable
        (QMediaFormat::supportedFileFormats()). Qt 6.4's GStreamer backend lists only Wave and
        AVI although it plays MP4 and WebM, so when the list lacks MP4 every known container
        counts. False when built without Qt Multimedia; \a why says why not. */
    static bool canDecode(const MediaFile &mediaFile, QString *why = nullptr);
    /*! The choice for \a ad under \a mode, with a video output attached or not. */
    static PlayerChoice choose(PlaybackConfig::Mode mode, const SelectedAd &ad, bool hasVideoOutput);
    /*! choose() with this factory's mode and video output. */
    PlayerChoice choose(const SelectedAd &ad) const;

    /*! A new player for \a ad (Player::setSelectedAd() done), configured; \a choice (if
        given) says which and why. */
    Player *create(const SelectedAd &ad, PlayerChoice *choice = nullptr) const;

private:
    PlaybackConfig m_config;
    QPointer<QObject> m_videoOutput;
    bool m_audioEnabled = false;
    Transport *m_transport = nullptr;
    QSize m_playerSize {1280, 720};
};

} // namespace VastQt

#endif // VASTQT_PLAYERFACTORY_H
