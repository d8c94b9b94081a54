// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/headlessplayer.h>
#include "player_p.h"
#include "simulatedtimesource_p.h"

#include "vastqt_logging_p.h"

#include <QtCore/QMetaMethod>
#include <QtCore/QRandomGenerator>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace VastQt
{

class HeadlessPlayerPrivate : public PlayerPrivate, public SimulatedClockScheduler
{
    Q_DECLARE_PUBLIC(HeadlessPlayer)
public:
    explicit HeadlessPlayerPrivate(HeadlessPlayer *qq)
        : PlayerPrivate(qq)
    { }

    SimulatedTimeSource *clock() const { return static_cast<SimulatedTimeSource *>(timeSource); }
    void plan();
    void applyRules();
    qint64 nextMilestoneMs(qint64 elapsedMs) const override;
    qint64 nextTickDueMs(qint64 elapsedMs) const override;
    // The playhead at clock time elapsedMs, or -1 when it does not move with the clock
    // (not playing, or a subclass reports its own media position).
    qint64 playheadAt(qint64 elapsedMs) const;

    quint32 seed = PlaybackConfig::DefaultSeed;
    QList<InterruptionRule> rules;
    QList<PlannedInterruption> planned;
    QList<bool> done; // per planned interruption
    bool rulePause = false; // the current pause comes from a rule
    qint64 resumeAtMs = -1; // session clock time to end a rule's pause
    QString resumeDetail;
    qint64 unmuteAtMs = -1; // session clock time to end a rule's mute
    QString unmuteDetail;
};

void HeadlessPlayerPrivate::plan()
{
    planned.clear();
    if (rules.isEmpty()) {
        // Nothing to draw; seeding a QRandomGenerator costs tens of thousands of instructions.
        done.clear();
        return;
    }
    QRandomGenerator random(seed);
    for (int i = 0; i < rules.size(); ++i) {
        const InterruptionRule &rule = rules.at(i);
        const double draw = random.generateDouble();
        const qint64 low = qMax<qint64>(0, rule.minOffsetMs);
        const qint64 high = qMax(low, rule.maxOffsetMs);
        // Bounded by 2^31 ms (24 days): far beyond any ad.
        const qint64 span = qMin<qint64>(high - low, std::numeric_limits<qint32>::max() - 1);
        const qint64 offset = low + qint64(random.bounded(quint32(span + 1)));
        if (!(draw < rule.probability))
            continue;
        PlannedInterruption p;
        p.rule = i;
        p.action = rule.action;
        p.positionMs = offset;
        p.durationMs = qMax<qint64>(0, rule.durationMs);
        planned.append(p);
    }
    std::stable_sort(planned.begin(), planned.end(),
        [](const PlannedInterruption &a, const PlannedInterruption &b) { return a.positionMs < b.positionMs; });
    done = QList<bool>(planned.size(), false);
}

qint64 HeadlessPlayerPrivate::playheadAt(qint64 elapsedMs) const
{
    Q_Q(const HeadlessPlayer);
    if (finished || state != Player::State::Playing || durationMs <= 0 || q->mediaPosition() != clockPositionMs)
        return -1;
    // While playing, position and clock advance together.
    return clockPositionMs + qMax<qint64>(0, elapsedMs - lastElapsedMs);
}

// The milestones of the ad (Player::updatePosition(): quartiles, progress offsets, the
// skipoffset, the end), from its AdTimeline: the clock ticks exactly there.
qint64 HeadlessPlayerPrivate::nextMilestoneMs(qint64 elapsedMs) const
{
    const qint64 position = playheadAt(elapsedMs);
    if (position < 0)
        return -1;
    const qint64 next = timeline.nextOffsetMs(position);
    return next < 0 ? -1 : elapsedMs + (next - position);
}

// Everything else a tick of the clock can set off while this player runs: the planned
// interruptions and the ends of a rule's pause or mute (applyRules()). A tick before the
// earliest of them and before the next milestone changes nothing but the position, so the
// clock may skip it unless someone watches positionChanged().
qint64 HeadlessPlayerPrivate::nextTickDueMs(qint64 elapsedMs) const
{
    Q_Q(const HeadlessPlayer);
    static const QMetaMethod positionSignal = QMetaMethod::fromSignal(&Player::positionChanged);
    if (finished || q->isSignalConnected(positionSignal))
        return -1;
    qint64 due = std::numeric_limits<qint64>::max();
    auto consider = [&due](qint64 atMs) { due = qMin(due, atMs); };
    if (config.maxSessionDurationMs() > 0) // the session's end (Player's onTick())
        consider(config.maxSessionDurationMs());
    if (unmuteAtMs >= 0)
        consider(unmuteAtMs);
    if (state == Player::State::Paused) {
        if (!rulePause)
            return -1; // the caller's pause: the clock is paused too
        consider(resumeAtMs);
        return due;
    }
    const qint64 position = playheadAt(elapsedMs);
    if (position < 0)
        return -1; // its positions cannot be predicted
    for (qsizetype i = 0; i < planned.size(); ++i) {
        if (done.at(i))
            continue;
        const PlannedInterruption &p = planned.at(i);
        // A skip waits for the skipoffset.
        const qint64 at = p.action == InterruptionRule::Action::Skip ? qMax(p.positionMs, skipoffsetMs()) : p.positionMs;
        consider(elapsedMs + (at - position));
    }
    return due;
}

void HeadlessPlayerPrivate::applyRules()
{
    Q_Q(HeadlessPlayer);
    const qint64 now = timeSource->elapsedMs();

    if (state == Player::State::Paused && rulePause && now >= resumeAtMs) {
        actionDetail = resumeDetail;
        q->resume();
        actionDetail.clear();
    }
    if (unmuteAtMs >= 0 && now >= unmuteAtMs && isActive()) {
        unmuteAtMs = -1;
        actionDetail = unmuteDetail;
        q->setMuted(false);
        actionDetail.clear();
    }

    for (int i = 0; i < planned.size(); ++i) {
        if (state != Player::State::Playing)
            return;
        if (done.at(i))
            continue;
        const PlannedInterruption &p = planned.at(i);
        if (positionMs < p.positionMs)
            break; // planned is sorted by position
        const QString detail = u"rule %1"_s.arg(p.rule);
        if (p.action == InterruptionRule::Action::Skip) {
            if (skipoffsetMs() < 0) {
                done[i] = true; // not skippable: this rule never fires
                qCDebug(lcVastPlayback) << "HeadlessPlayer: rule" << p.rule << "skip ignored, ad not skippable";
                continue;
            }
            if (!q->canSkip())
                continue; // wait for the skipoffset; later rules may still fire
        }
        done[i] = true;
        qCDebug(lcVastPlayback) << "HeadlessPlayer: rule" << p.rule << InterruptionRule::actionName(p.action) << "at"
                                << positionMs << "ms";
        actionDetail = detail;
        switch (p.action) {
        case InterruptionRule::Action::Pause:
            rulePause = true;
            resumeAtMs = now + p.durationMs;
            resumeDetail = detail;
            if (!q->pause())
                rulePause = false;
            break;
        case InterruptionRule::Action::Mute:
            if (!muted) {
                q->setMuted(true);
                if (p.durationMs > 0) {
                    unmuteAtMs = now + p.durationMs;
                    unmuteDetail = detail;
                }
            }
            break;
        case InterruptionRule::Action::Unmute:
            unmuteAtMs = -1;
            q->setMuted(false);
            break;
        case InterruptionRule::Action::Skip:
            q->skip();
            break;
        case InterruptionRule::Action::Close:
            q->close();
            break;
        case InterruptionRule::Action::Stop:
            q->stop();
            break;
        case InterruptionRule::Action::Click:
            q->click();
            break;
        }
        actionDetail.clear();
    }
}

HeadlessPlayer::HeadlessPlayer(QObject *parent)
    : Player(*new HeadlessPlayerPrivate(this), new SimulatedTimeSource, parent)
{
    Q_D(HeadlessPlayer);
    SimulatedTimeSourcePrivate::setScheduler(d->clock(), d);
}

HeadlessPlayer::~HeadlessPlayer()
{
    Q_D(HeadlessPlayer);
    SimulatedTimeSourcePrivate::setScheduler(d->clock(), nullptr);
}

SimulatedTimeSource *HeadlessPlayer::simulatedTimeSource() const
{
    Q_D(const HeadlessPlayer);
    return d->clock();
}

qreal HeadlessPlayer::speedFactor() const
{
    Q_D(const HeadlessPlayer);
    return d->clock()->speedFactor();
}

void HeadlessPlayer::setSpeedFactor(qreal factor)
{
    Q_D(HeadlessPlayer);
    const qreal before = d->clock()->speedFactor();
    d->clock()->setSpeedFactor(factor);
    if (d->clock()->speedFactor() != before)
        Q_EMIT speedFactorChanged(d->clock()->speedFactor());
}

int HeadlessPlayer::tickIntervalMs() const
{
    Q_D(const HeadlessPlayer);
    return d->clock()->tickIntervalMs();
}

void HeadlessPlayer::setTickIntervalMs(int msecs)
{
    Q_D(HeadlessPlayer);
    const int before = d->clock()->tickIntervalMs();
    d->clock()->setTickIntervalMs(msecs);
    if (d->clock()->tickIntervalMs() != before)
        Q_EMIT tickIntervalMsChanged(d->clock()->tickIntervalMs());
}

quint32 HeadlessPlayer::seed() const
{
    Q_D(const HeadlessPlayer);
    return d->seed;
}

void HeadlessPlayer::setSeed(quint32 seed)
{
    Q_D(HeadlessPlayer);
    if (d->playRequested) {
        qCWarning(lcVastPlayback) << "HeadlessPlayer: setSeed() after play() ignored";
        return;
    }
    if (d->seed == seed)
        return;
    d->seed = seed;
    Q_EMIT seedChanged(seed);
}

QList<InterruptionRule> HeadlessPlayer::interruptionRules() const
{
    Q_D(const HeadlessPlayer);
    return d->rules;
}

void HeadlessPlayer::setInterruptionRules(const QList<InterruptionRule> &rules)
{
    Q_D(HeadlessPlayer);
    if (d->playRequested) {
        qCWarning(lcVastPlayback) << "HeadlessPlayer: setInterruptionRules() after play() ignored";
        return;
    }
    d->rules = rules;
}

void HeadlessPlayer::addInterruptionRule(const InterruptionRule &rule)
{
    Q_D(HeadlessPlayer);
    if (d->playRequested) {
        qCWarning(lcVastPlayback) << "HeadlessPlayer: addInterruptionRule() after play() ignored";
        return;
    }
    d->rules.append(rule);
}

QList<PlannedInterruption> HeadlessPlayer::plannedInterruptions() const
{
    Q_D(const HeadlessPlayer);
    return d->planned;
}

void HeadlessPlayer::loadMedia(const MediaFile &mediaFile)
{
    Q_D(HeadlessPlayer);
    qCDebug(lcVastPlayback) << "HeadlessPlayer: simulating" << mediaFile.url;
    d->plan();
    mediaLoaded(-1); // nothing to fetch: the Linear's <Duration> is the duration
}

void HeadlessPlayer::startMedia()
{
    Q_D(HeadlessPlayer);
    // Interruptions planned at position 0 happen right away, not one tick later.
    d->applyRules();
}

void HeadlessPlayer::pauseMedia()
{
    Q_D(HeadlessPlayer);
    if (!d->rulePause && d->clock()->isRunning())
        d->clock()->pause();
}

void HeadlessPlayer::resumeMedia()
{
    Q_D(HeadlessPlayer);
    d->rulePause = false;
    d->resumeAtMs = -1;
    if (d->clock()->isPaused())
        d->clock()->resume();
}

void HeadlessPlayer::timeAdvanced(qint64 elapsedMs)
{
    Q_D(HeadlessPlayer);
    Q_UNUSED(elapsedMs)
    d->applyRules();
}

} // namespace VastQt
