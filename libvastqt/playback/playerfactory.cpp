// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/playerfactory.h>

#include <VastQt/headlessplayer.h>
#ifndef VASTQT_NO_MULTIMEDIA
#include <VastQt/realtimeplayer.h>

#include <QtCore/QMimeDatabase>
#include <QtMultimedia/QMediaFormat>
#else
#include "player_p.h"
#include <VastQt/simulatedtimesource.h>
#endif

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{
#ifdef VASTQT_NO_MULTIMEDIA
// libvastqt built without Qt Multimedia (VASTQT_WITH_MULTIMEDIA=OFF) has no RealtimePlayer:
// in Realtime mode each ad fails with 400 (its Error URIs fire) instead of being tracked as
// played without being shown.
class NoMediaPlayer : public Player
{
public:
    NoMediaPlayer()
        : Player(*new PlayerPrivate(this), new SimulatedTimeSource, nullptr)
    { }

protected:
    void loadMedia(const MediaFile &) override
    {
        mediaFailed(ErrorCode::GeneralLinearError,
                    u"this VastQt was built without Qt Multimedia (VASTQT_WITH_MULTIMEDIA=OFF): no real-time playback"_s);
    }
};
#endif
} // namespace

QJsonObject PlayerChoice::toJson() const
{
    return QJsonObject {{u"mode"_s, PlaybackConfig::modeName(mode)}, {u"reason"_s, reason}};
}

bool PlayerFactory::canDecode(const MediaFile &mediaFile, QString *why)
{
#ifdef VASTQT_NO_MULTIMEDIA
    Q_UNUSED(mediaFile)
    if (why)
        *why = u"built without Qt Multimedia"_s;
    return false;
#else
    const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForName(mediaFile.type.trimmed());
    if (!type.isValid()) {
        if (why)
            *why = u"MediaFile type \"%1\" is not a known MIME type"_s.arg(mediaFile.type);
        return false;
    }
    // The container of the MediaFile, among those Qt Multimedia knows.
    QMediaFormat::FileFormat format = QMediaFormat::UnspecifiedFormat;
    for (int f = 0; f <= int(QMediaFormat::LastFileFormat); ++f) {
        const QMimeType known = QMediaFormat(QMediaFormat::FileFormat(f)).mimeType();
        if (known.isValid() && (known == type || type.inherits(known.name()))) {
            format = QMediaFormat::FileFormat(f);
            break;
        }
    }
    if (format == QMediaFormat::UnspecifiedFormat) {
        if (why)
            *why = u"Qt Multimedia cannot decode %1 here"_s.arg(type.name());
        return false;
    }
    const QList<QMediaFormat::FileFormat> decodable = QMediaFormat().supportedFileFormats(QMediaFormat::Decode);
    // Qt 6.4's GStreamer backend lists only Wave and AVI as decodable while it plays MP4,
    // WebM and the rest (measured on Debian 12): a list without MP4 is not the backend's
    // real answer, so any container Qt Multimedia knows counts then.
    if (decodable.contains(format) || !decodable.contains(QMediaFormat::MPEG4))
        return true;
    if (why)
        *why = u"Qt Multimedia cannot decode %1 here"_s.arg(type.name());
    return false;
#endif
}

PlayerChoice PlayerFactory::choose(PlaybackConfig::Mode mode, const SelectedAd &ad, bool hasVideoOutput)
{
    switch (mode) {
    case PlaybackConfig::Mode::Realtime:
        return {PlaybackConfig::Mode::Realtime, u"mode realtime"_s};
    case PlaybackConfig::Mode::Headless:
        return {PlaybackConfig::Mode::Headless, u"mode headless"_s};
    case PlaybackConfig::Mode::Auto:
        break;
    }
    if (!hasVideoOutput)
        return {PlaybackConfig::Mode::Headless, u"auto: no video output attached"_s};
    if (ad.mediaFiles.isEmpty())
        return {PlaybackConfig::Mode::Headless, u"auto: no playable MediaFile selected"_s};
    const MediaFile file = ad.mediaFile();
    QString why;
    if (!canDecode(file, &why))
        return {PlaybackConfig::Mode::Headless, u"auto: %1"_s.arg(why)};
    return {PlaybackConfig::Mode::Realtime, u"auto: video output attached and %1 can be decoded"_s.arg(file.type)};
}

PlayerChoice PlayerFactory::choose(const SelectedAd &ad) const
{
    return choose(m_config.mode(), ad, !m_videoOutput.isNull());
}

Player *PlayerFactory::create(const SelectedAd &ad, PlayerChoice *choice) const
{
    const PlayerChoice chosen = choose(ad);
    if (choice)
        *choice = chosen;
    Player *player = nullptr;
    if (chosen.mode == PlaybackConfig::Mode::Realtime) {
#ifdef VASTQT_NO_MULTIMEDIA
        player = new NoMediaPlayer;
#else
        auto *realtime = new RealtimePlayer;
        realtime->setVideoOutput(m_videoOutput);
        realtime->setAudioEnabled(m_audioEnabled);
        realtime->setTransport(m_transport);
        player = realtime;
#endif
    } else {
        auto *headless = new HeadlessPlayer;
        headless->setSpeedFactor(m_config.speed());
        headless->setTickIntervalMs(m_config.tickIntervalMs());
        headless->setSeed(m_config.seed());
        headless->setInterruptionRules(m_config.interruptionRules());
        player = headless;
    }
    player->setPlaybackConfig(m_config);
    player->setPlayerSize(m_playerSize);
    player->setSelectedAd(ad);
    return player;
}

} // namespace VastQt
