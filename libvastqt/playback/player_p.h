// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

//
//  W A R N I N G
//  -------------
//
// This file is not part of the VastQt API. It may change without notice.
//

#ifndef VASTQT_PLAYER_P_H
#define VASTQT_PLAYER_P_H

#include <VastQt/player.h>
#include <VastQt/timesource.h>
#include <VastQt/adtimeline.h>
#include <VastQt/tracker.h>

#include <QtCore/QPointer>

namespace VastQt
{

class PlayerPrivate
{
    Q_DECLARE_PUBLIC(Player)
public:
    explicit PlayerPrivate(Player *qq);
    virtual ~PlayerPrivate();

    void begin();
    void loadCandidate();
    MediaFileCandidate currentCandidate() const;
    void startPlaying();
    void setState(Player::State newState);
    void record(const QString &event, const QString &detail = QString());
    void trackAndRecord(const QString &event);
    void trackQuartile(int quartile);
    void reachMilestones(qint64 positionMs);
    void syncClock();
    void syncTrackerContext();
    void onTick(qint64 elapsedMs);
    void updateCanSkip();
    void complete();
    void finish(Player::State finalState);
    void fail(ErrorCode code, const QString &message);
    // The Linear's skipoffset in ms (the AdTimeline's), -1 when not skippable or not loaded.
    qint64 skipoffsetMs() const { return timeline.skipoffsetMs(); }
    bool isActive() const { return state == Player::State::Playing || state == Player::State::Paused; }

    Player *const q_ptr;
    TimeSource *timeSource = nullptr;
    QPointer<Tracker> tracker;
    SelectedAd selected;
    Ad ad; // selected.ad
    int creativeIndex = -1;
    Linear linear;
    int candidate = -1; // the index in selected.mediaFiles of the MediaFile loading or playing
    QSize playerSize = QSize(1280, 720);

    Player::State state = Player::State::Idle;
    bool playRequested = false;
    bool finished = false;
    qint64 positionMs = 0;
    qint64 durationMs = -1;
    qint64 clockPositionMs = 0; // time spent Playing, by the session clock
    qint64 lastElapsedMs = 0;
    bool muted = false;
    bool fullscreen = false;
    bool canSkip = false;
    bool contextInSync = false; // the Tracker's context has this player's size, asset and state
    ErrorCode error = ErrorCode::NoError;
    QString errorString;
    // The ad's milestones, built once when the media is loaded and shared with the Tracker;
    // [0, milestonesPassed) have been reported.
    AdTimeline timeline;
    qsizetype milestonesPassed = 0;
    // Detail given to events recorded while it is set (HeadlessPlayer: "rule <n>").
    QString actionDetail;
    PlaybackSession session;
    PlaybackConfig config;
};

} // namespace VastQt

#endif // VASTQT_PLAYER_P_H
