// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/breakplayer.h>

#include <VastQt/podplayer.h>
#include <VastQt/wrapperresolver.h>
#include <VastQt/tracker.h>
#include "vastqt_logging_p.h"

#include <QtCore/QTimer>

#include <vector>

using namespace Qt::StringLiterals;

namespace VastQt
{

QString BreakOutcome::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::Playing:
        return u"playing"_s;
    case State::Completed:
        return u"completed"_s;
    case State::Skipped:
        return u"skipped"_s;
    case State::Stopped:
        return u"stopped"_s;
    case State::Error:
        return u"error"_s;
    case State::Unplaced:
        return u"unplaced"_s;
    case State::Unsupported:
        return u"unsupported"_s;
    }
    return QString();
}

namespace
{
struct BreakRun {
    BreakOutcome outcome;
    std::unique_ptr<Tracker> tracker;
    std::unique_ptr<PodPlayer> pod;
};

BreakOutcome::State stateOf(PlaybackSession::Status status)
{
    switch (status) {
    case PlaybackSession::Status::Completed:
        return BreakOutcome::State::Completed;
    case PlaybackSession::Status::Skipped:
        return BreakOutcome::State::Skipped;
    case PlaybackSession::Status::Stopped:
        return BreakOutcome::State::Stopped;
    default:
        return BreakOutcome::State::Error;
    }
}
} // namespace

class BreakPlayerPrivate
{
public:
    BreakPlayer *q = nullptr;
    Transport *transport = nullptr;
    QList<ScheduledBreak> schedule;
    QList<VmapBreakResult> results;
    QUrl vmapUrl;
    TrackingContext context;
    RetryPolicy retryPolicy;
    MacroExpander expander;
    bool autoTrackErrors = true;
    BreakPlayer::PodFactory podFactory;

    std::vector<std::unique_ptr<BreakRun>> runs;
    int current = -1;
    bool started = false;
    bool stopping = false;
    bool finished = false;

    Tracker *makeTracker(int index, const TrackingContext &ctx)
    {
        BreakRun &run = *runs.at(index);
        run.tracker = std::make_unique<Tracker>(transport);
        run.tracker->setRetryPolicy(retryPolicy);
        run.tracker->setMacroExpander(expander);
        run.tracker->setContext(ctx);
        QObject::connect(run.tracker.get(), &Tracker::beaconCreated, q,
                         [this, index](Beacon *b) { Q_EMIT q->beaconCreated(b, index, -1); });
        QObject::connect(run.tracker.get(), &Tracker::beaconFinished, q, &BreakPlayer::beaconFinished);
        return run.tracker.get();
    }

    // The break's VMAP error tracking, with [ERRORCODE] = the VMAP code.
    void fireVmapError(int index, Tracker *t, const TrackingContext &ctx, VmapErrorCode code)
    {
        const QStringList urls = schedule.at(index).adBreak.trackingUrls(u"error"_s);
        if (urls.isEmpty())
            return;
        TrackingContext c = ctx;
        c.extra.insert(u"ERRORCODE"_s, QString::number(int(code)));
        t->setContext(c);
        t->trackUrls(u"error"_s, urls);
        t->setContext(ctx);
    }

    void endBreak(int index)
    {
        Q_EMIT q->breakEnded(index);
        QTimer::singleShot(0, q, [this] { next(); });
    }

    void finish()
    {
        if (finished)
            return;
        finished = true;
        Q_EMIT q->finished();
    }

    void next()
    {
        ++current;
        if (stopping || current >= schedule.size()) {
            for (int i = qMax(0, current); i < schedule.size(); ++i) {
                if (runs.at(i)->outcome.state == BreakOutcome::State::Pending)
                    runs.at(i)->outcome.state = BreakOutcome::State::Stopped;
            }
            finish();
            return;
        }
        const int i = current;
        const ScheduledBreak &sb = schedule.at(i);
        BreakOutcome &outcome = runs.at(i)->outcome;
        if (sb.timeMs < 0 && sb.position != ScheduledBreak::Position::PostRoll) {
            outcome.state = BreakOutcome::State::Unplaced;
            QTimer::singleShot(0, q, [this] { next(); });
            return;
        }
        TrackingContext ctx = context;
        ctx.breakPosition = sb.breakPositionMacroValue();
        ctx.contentPlayheadMs = sb.timeMs;
        ctx.mediaPlayheadMs = sb.timeMs;
        Tracker *t = makeTracker(i, ctx);
        outcome.state = BreakOutcome::State::Playing;
        Q_EMIT q->breakStarted(i);
        if (stopping) {
            // stop() from a breakStarted() handler: nothing of the break plays or is tracked.
            outcome.state = BreakOutcome::State::Stopped;
            endBreak(i);
            return;
        }

        const QStringList &types = sb.adBreak.breakTypes;
        if (!types.isEmpty() && !types.contains(u"linear"_s, Qt::CaseInsensitive)) {
            outcome.state = BreakOutcome::State::Unsupported;
            outcome.vmapError = VmapErrorCode::BreakTypeNotSupported;
            outcome.error = ErrorCode::LinearityMismatch;
            outcome.message =
                BreakPlayer::tr("Break %1 (%2) has no linear break type: %3").arg(i).arg(sb.adBreak.breakId, types.join(u','));
            fireVmapError(i, t, ctx, outcome.vmapError);
            endBreak(i);
            return;
        }
        const VmapBreakResult res = results.value(sb.breakIndex);
        QUrl source = vmapUrl;
        source.setFragment(u"adbreak-%1"_s.arg(sb.breakIndex));
        // The Error URIs of the break's failed chains (TRACK).
        for (const ResolvedAd &r : res.results) {
            if (r.ok())
                continue;
            Q_EMIT q->errorOccurred(r.error, WrapperResolver::errorPhase(r.error), source, r.errorString);
            if (!r.errorUrls.isEmpty() && autoTrackErrors) {
                TrackingContext c = ctx;
                c.errorCode = r.error;
                t->setContext(c);
                t->trackUrls(u"error"_s, r.errorUrls);
                t->setContext(ctx);
            }
        }
        if (res.selected.isEmpty()) {
            outcome.state = BreakOutcome::State::Error;
            outcome.error = res.error == ErrorCode::NoError ? ErrorCode::NoAdAfterWrapper : res.error;
            outcome.vmapError = res.vmapError == VmapErrorCode::None ? VmapErrorCode::AdResponseError : res.vmapError;
            outcome.message = res.errorString;
            if (res.results.isEmpty())
                Q_EMIT q->errorOccurred(outcome.error, WrapperResolver::errorPhase(outcome.error), source, outcome.message);
            fireVmapError(i, t, ctx, outcome.vmapError);
            endBreak(i);
            return;
        }
        const QStringList starts = sb.adBreak.trackingUrls(u"breakStart"_s);
        if (!starts.isEmpty())
            t->trackUrls(u"breakStart"_s, starts);
        PodPlayer *p = podFactory(i, res.selected, res.buffet, ctx);
        runs.at(i)->pod.reset(p);
        QObject::connect(p, &PodPlayer::adStarted, q, [this, i](int podIndex, int) { Q_EMIT q->adStarted(i, podIndex); });
        QObject::connect(p, &PodPlayer::beaconCreated, q,
                         [this, i](Beacon *b, int playIndex) { Q_EMIT q->beaconCreated(b, i, playIndex); });
        QObject::connect(p, &PodPlayer::beaconFinished, q, &BreakPlayer::beaconFinished);
        QObject::connect(p, &PodPlayer::errorOccurred, q,
                         [this, source](ErrorCode code, Phase phase, const QString &message) {
                             Q_EMIT q->errorOccurred(code, phase, source, message);
                         });
        QObject::connect(p, &PodPlayer::finished, q, [this, i, p, t] {
            BreakOutcome &o = runs.at(i)->outcome;
            o.state = stateOf(p->status());
            if (o.state == BreakOutcome::State::Error) {
                for (const PodAdPlay &pl : p->plays()) {
                    if (!pl.played()) {
                        o.error = pl.error;
                        o.message = pl.errorString;
                        break;
                    }
                }
            }
            const QStringList ends = schedule.at(i).adBreak.trackingUrls(u"breakEnd"_s);
            if (!ends.isEmpty())
                t->trackUrls(u"breakEnd"_s, ends);
            endBreak(i);
        });
        p->play();
    }
};

BreakPlayer::BreakPlayer(Transport *transport, QObject *parent)
    : QObject(parent)
    , d(new BreakPlayerPrivate)
{
    d->q = this;
    d->transport = transport;
}

BreakPlayer::~BreakPlayer()
{
    // Pods first: their players refer to their trackers.
    for (auto &run : d->runs)
        run->pod.reset();
}

void BreakPlayer::setBreaks(const QList<ScheduledBreak> &schedule, const QList<VmapBreakResult> &results,
                            const QUrl &vmapUrl)
{
    if (d->started)
        return;
    d->schedule = schedule;
    d->results = results;
    d->vmapUrl = vmapUrl;
    d->runs.clear();
    for (int i = 0; i < schedule.size(); ++i)
        d->runs.push_back(std::make_unique<BreakRun>());
}

QList<ScheduledBreak> BreakPlayer::schedule() const
{
    return d->schedule;
}

void BreakPlayer::setTrackingContext(const TrackingContext &context)
{
    d->context = context;
}

void BreakPlayer::setRetryPolicy(const RetryPolicy &policy)
{
    d->retryPolicy = policy;
}

void BreakPlayer::setMacroExpander(const MacroExpander &expander)
{
    d->expander = expander;
}

void BreakPlayer::setAutoTrackErrors(bool enabled)
{
    d->autoTrackErrors = enabled;
}

void BreakPlayer::setPodFactory(const PodFactory &factory)
{
    d->podFactory = factory;
}

bool BreakPlayer::play()
{
    if (d->started)
        return false;
    d->started = true;
    if (!d->podFactory) {
        d->podFactory = [this](int, const QList<SelectedAd> &ads, const QList<SelectedAd> &buffet,
                               const TrackingContext &ctx) {
            auto *p = new PodPlayer(d->transport);
            p->setAds(ads);
            p->setBuffet(buffet);
            p->setTrackingContext(ctx);
            p->setRetryPolicy(d->retryPolicy);
            p->setMacroExpander(d->expander);
            return p;
        };
    }
    QTimer::singleShot(0, this, [this] { d->next(); });
    return true;
}

void BreakPlayer::stop()
{
    if (d->finished || !d->started)
        return;
    d->stopping = true;
    if (PodPlayer *p = currentPodPlayer())
        p->stop();
}

bool BreakPlayer::isFinished() const
{
    return d->finished;
}

bool BreakPlayer::isIdle() const
{
    return std::all_of(d->runs.cbegin(), d->runs.cend(), [](const auto &run) {
        return (!run->tracker || run->tracker->isIdle()) && (!run->pod || run->pod->isIdle());
    });
}

QList<BreakOutcome> BreakPlayer::outcomes() const
{
    QList<BreakOutcome> out;
    for (const auto &run : d->runs)
        out.append(run->outcome);
    return out;
}

PodPlayer *BreakPlayer::podPlayer(int index) const
{
    return index >= 0 && index < int(d->runs.size()) ? d->runs.at(index)->pod.get() : nullptr;
}

PodPlayer *BreakPlayer::currentPodPlayer() const
{
    for (auto it = d->runs.crbegin(); it != d->runs.crend(); ++it) {
        if ((*it)->pod)
            return (*it)->pod.get();
    }
    return nullptr;
}

bool BreakPlayer::isCompleted() const
{
    return std::all_of(d->runs.cbegin(), d->runs.cend(), [](const auto &run) { return run->outcome.isFine(); });
}

} // namespace VastQt
