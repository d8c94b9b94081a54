// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/tracker.h>

#include "beacon_p.h"
#include "macroexpander_p.h"
#include <VastQt/transport.h>
#include "vastqt_logging_p.h"

#include <QtCore/QPointer>
#include <QtCore/QVarLengthArray>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{

// VAST 4.3 §3.14.1 (and the VAST 2/3 names still found in the corpus).
const QStringList &onceEvents()
{
    static const QStringList list = {
        u"creativeView"_s,
        u"loaded"_s,
        u"start"_s,
        u"firstQuartile"_s,
        u"midpoint"_s,
        u"thirdQuartile"_s,
        u"complete"_s,
        u"skip"_s,
        u"close"_s,
        u"closeLinear"_s,
        u"notUsed"_s,
        u"interactiveStart"_s,
        u"acceptInvitation"_s,
        u"acceptInvitationLinear"_s,
        u"overlayViewDuration"_s,
        u"verificationNotExecuted"_s,
    };
    return list;
}

const QStringList &repeatableEvents()
{
    static const QStringList list = { u"rewind"_s, u"minimize"_s, u"otherAdInteraction"_s, u"timeSpentViewing"_s };
    return list;
}

// {enter, leave} pairs: the enter event is legal only outside the state, leave only inside.
struct StatePair
{
    QLatin1StringView enter;
    QLatin1StringView leave;
};
constexpr StatePair statePairs[] = {
    { "pause"_L1, "resume"_L1 },
    { "mute"_L1, "unmute"_L1 },
    { "fullscreen"_L1, "exitFullscreen"_L1 },
    { "playerExpand"_L1, "playerCollapse"_L1 },
    { "expand"_L1, "collapse"_L1 },
    { "adExpand"_L1, "adCollapse"_L1 },
};

bool isPlaybackEvent(const QString &e)
{
    // Scanned rather than hashed: most names differ in length, compared first.
    static const QString names[] = { u"loaded"_s, u"start"_s, u"firstQuartile"_s, u"midpoint"_s, u"thirdQuartile"_s,
        u"complete"_s, u"skip"_s, u"pause"_s, u"resume"_s, u"rewind"_s, u"progress"_s };
    return std::find(std::cbegin(names), std::cend(names), e) != std::cend(names);
}

bool isEndEvent(const QString &e)
{
    return e == "complete"_L1 || e == "skip"_L1 || e == "close"_L1 || e == "closeLinear"_L1;
}

// A set of a few elements in an array on the object: a QSet allocates and hashes for the ten
// or so events of an ad, in every session. Linear lookups (a long list of progress offsets
// is still cheap to scan).
template <typename T> class SmallSet
{
public:
    bool contains(const T &value) const { return std::find(items.cbegin(), items.cend(), value) != items.cend(); }
    void insert(const T &value)
    {
        if (!contains(value))
            items.append(value);
    }
    void remove(const T &value)
    {
        const auto it = std::find(items.begin(), items.end(), value);
        if (it != items.end())
            items.erase(it);
    }
    void clear() { items.clear(); }

private:
    QVarLengthArray<T, 16> items;
};

} // namespace

class TrackerPrivate : public BeaconObserver
{
public:
    explicit TrackerPrivate(Tracker *qq)
        : q(qq)
    {
        // One allocation each instead of growing from empty one append at a time: an ad
        // fires about ten events and as many beacons.
        tracked.reserve(16);
        beacons.reserve(16);
        fired.reserve(8);
    }

    void beaconFinished(Beacon *beacon) override;
    void beaconDestroyed(Beacon *beacon) override;

    const Linear *linear() const;
    void resetEventState();
    void seedStatesFromContext();
    // The milestones updatePosition() walks: setTimeline()'s, or built from the Linear on
    // first use after setAd() or setDurationMs().
    const AdTimeline &currentTimeline();
    // An event's URLs on the stack (an event rarely has more than a few), for fire().
    using UrlList = QVarLengthArray<QString, 4>;
    void appendLinearUrls(UrlList &urls, const QString &event) const;
    qint64 reportedPosition() const { return positionMs < 0 ? 0 : positionMs; }
    // The context of the beacons fired now: setContext()'s, completed from the ad (kept
    // until setAd() or setContext()), with the current playhead.
    const TrackingContext &beaconContext();
    void fire(const QString &event, const QString *urls, qsizetype count, const TrackingContext &context);
    void fire(const QString &event, const QStringList &urls, const TrackingContext &context)
    {
        fire(event, urls.constData(), urls.size(), context);
    }
    void fire(const QString &event, const UrlList &urls, const TrackingContext &context)
    {
        fire(event, urls.constData(), urls.size(), context);
    }
    void flushFired();

    Tracker *const q;
    QPointer<Transport> transport;
    Ad ad;
    int creativeIndex = -1;
    TrackingContext context;
    RetryPolicy retryPolicy;
    MacroExpander expander;
    qint64 durationMs = -1;
    qint64 positionMs = -1; // -1: updatePosition() not called yet

    QStringList tracked;
    SmallSet<QString> firedOnce;
    SmallSet<QString> activeStates; // enter events of statePairs currently in effect
    AdTimeline timeline;
    bool timelineBuilt = false;
    // timeline's milestones [0, milestonesPassed) are done: fired, fired before by
    // trackEvent(), or without URIs. Reset with a new timeline.
    qsizetype milestonesPassed = 0;
    SmallSet<qint64> firedProgress; // offsets, kept across a new duration
    bool ended = false;
    bool notUsed = false;
    int verificationReason = 0; // [REASON] of the verificationNotExecuted being fired, 0: the context's

    TrackingContext derived;
    bool derivedValid = false;

    // Events fired since the last flushFired(): one queued call per event loop pass emits,
    // for each in order, eventTracked() and, per beacon, beaconCreated() followed by the
    // beacon's first attempt.
    struct Fired
    {
        QString event;
        qint64 offsetMs;
        qsizetype first; // its beacons: beacons[first, first + count)
        qsizetype count;
    };
    QList<Fired> fired;

    QList<Beacon *> beacons; // nullptr where a beacon was deleted by someone else
    qsizetype deletedBeacons = 0;
    int outstanding = 0;
};

const Linear *TrackerPrivate::linear() const
{
    if (creativeIndex < 0 || creativeIndex >= ad.creatives.size())
        return nullptr;
    const Creative &c = ad.creatives.at(creativeIndex);
    if (c.kind != Creative::Kind::Linear)
        return nullptr;
    return &c.linear;
}

void TrackerPrivate::resetEventState()
{
    tracked.clear();
    firedOnce.clear();
    activeStates.clear();
    firedProgress.clear();
    milestonesPassed = 0;
    ended = false;
    notUsed = false;
    positionMs = -1;
    seedStatesFromContext();
}

void TrackerPrivate::seedStatesFromContext()
{
    activeStates.remove(u"mute"_s);
    activeStates.remove(u"fullscreen"_s);
    if (context.playerState.contains("muted"_L1))
        activeStates.insert(u"mute"_s);
    if (context.playerState.contains("fullscreen"_L1))
        activeStates.insert(u"fullscreen"_s);
}

const AdTimeline &TrackerPrivate::currentTimeline()
{
    if (!timelineBuilt) {
        const Linear *l = linear();
        timeline = l ? AdTimeline(*l, durationMs) : AdTimeline();
        timelineBuilt = true;
        milestonesPassed = 0;
    }
    return timeline;
}

void TrackerPrivate::appendLinearUrls(UrlList &urls, const QString &event) const
{
    if (const Linear *l = linear()) {
        for (const TrackingEvent &te : l->trackingEvents) {
            if (te.event == event)
                urls.append(te.url);
        }
    }
}

const TrackingContext &TrackerPrivate::beaconContext()
{
    if (!derivedValid) {
        derived = context;
        TrackingContext &c = derived;
        if (c.adServingId.isEmpty())
            c.adServingId = ad.adServingId;
        if (c.podSequence < 0 && ad.sequence > 0)
            c.podSequence = ad.sequence;
        if (c.adType.isEmpty())
            c.adType = ad.adType;
        if (c.universalAdId.isEmpty() && creativeIndex >= 0 && creativeIndex < ad.creatives.size()) {
            for (const UniversalAdId &id : ad.creatives.at(creativeIndex).universalAdIds) {
                if (!id.value.isEmpty() || !id.idRegistry.isEmpty())
                    c.universalAdId.append(id.idRegistry + u' ' + id.value);
            }
        }
        derivedValid = true;
    }
    derived.adPlayheadMs = positionMs >= 0 ? positionMs : context.adPlayheadMs;
    return derived;
}

void TrackerPrivate::fire(const QString &event, const QString *urls, qsizetype count, const TrackingContext &ctx)
{
    const qint64 offset = reportedPosition();
    tracked.append(event);
    qCDebug(lcVastTracking) << "Tracker:" << event << "at" << offset << "ms," << count << "URI(s)";

    const qsizetype first = beacons.size();
    for (qsizetype u = 0; u < count; ++u) {
        const QString &templateUrl = urls[u];
        const QString trimmed = templateUrl.trimmed();
        if (trimmed.isEmpty())
            continue;
        // Compiled once per template (per thread), expanded by appending; the URL stays
        // text until someone needs a QUrl.
        const CompiledTemplate &t = MacroExpanderAccess::compiled(trimmed);
        const QString urlText = MacroExpanderAccess::expand(expander, t, ctx);
        // Marked started (as start()): its first attempt runs from flushFired().
        Beacon *beacon = BeaconAccess::create(
            transport.data(), event, trimmed, urlText, t.validityKnown, t.valid, offset, retryPolicy, this, q);
        BeaconAccess::markStarted(beacon);
        beacons.append(beacon);
        ++outstanding;
    }
    if (fired.isEmpty())
        QMetaObject::invokeMethod(
            q, [this] { flushFired(); }, Qt::QueuedConnection);
    fired.append(Fired { event, offset, first, beacons.size() - first });
}

void TrackerPrivate::flushFired()
{
    // Taken first: events tracked from the slots below go to the next call, as they did
    // when each event had its own queued call.
    QList<Fired> batch;
    batch.swap(fired);
    QPointer<Tracker> self(q);
    for (const Fired &f : batch) {
        Q_EMIT q->eventTracked(f.event, f.offsetMs);
        for (qsizetype i = f.first; i < f.first + f.count; ++i) {
            if (!self)
                return;
            // Read afresh: a slot may have deleted a beacon (its entry is then null).
            if (Beacon *beacon = beacons.at(i))
                Q_EMIT q->beaconCreated(beacon);
            if (!self)
                return;
            if (Beacon *beacon = beacons.at(i))
                BeaconAccess::sendFirstAttempt(beacon);
        }
        if (!self)
            return;
    }
    if (fired.isEmpty()) {
        batch.clear(); // capacity kept for the next pass
        fired.swap(batch);
    }
}

void TrackerPrivate::beaconFinished(Beacon *beacon)
{
    --outstanding;
    Q_EMIT q->beaconFinished(beacon);
    if (outstanding == 0)
        Q_EMIT q->idle();
}

void TrackerPrivate::beaconDestroyed(Beacon *beacon)
{
    // Someone deleted a beacon the tracker owns: forget it (an unfinished one no longer
    // keeps the tracker busy).
    const qsizetype i = beacons.lastIndexOf(beacon);
    if (i < 0)
        return;
    beacons[i] = nullptr;
    ++deletedBeacons;
    if (!beacon->isFinished())
        --outstanding;
}

Tracker::Tracker(Transport *transport, QObject *parent)
    : QObject(parent)
    , d(new TrackerPrivate(this))
{
    d->transport = transport;
}

Tracker::~Tracker()
{
    // The beacons are children, deleted after d: they must not call back.
    for (Beacon *beacon : std::as_const(d->beacons)) {
        if (beacon)
            BeaconAccess::setObserver(beacon, nullptr);
    }
}

void Tracker::setAd(const Ad &ad, int creativeIndex)
{
    d->ad = ad;
    d->creativeIndex = creativeIndex;
    if (creativeIndex >= ad.creatives.size()
        || (creativeIndex >= 0 && ad.creatives.at(creativeIndex).kind != Creative::Kind::Linear))
        qCWarning(lcVastTracking) << "Tracker::setAd: creative" << creativeIndex << "is not a Linear creative of ad"
                                  << ad.id;
    const Linear *l = d->linear();
    d->durationMs = l ? l->durationMs : -1;
    d->derivedValid = false;
    d->timelineBuilt = false;
    d->resetEventState();
}

Ad Tracker::ad() const
{
    return d->ad;
}

int Tracker::creativeIndex() const
{
    return d->creativeIndex;
}

void Tracker::setContext(const TrackingContext &context)
{
    d->context = context;
    d->derivedValid = false;
    if (d->tracked.isEmpty())
        d->seedStatesFromContext();
}

TrackingContext Tracker::context() const
{
    return d->context;
}

void Tracker::setRetryPolicy(const RetryPolicy &policy)
{
    d->retryPolicy = policy;
}

RetryPolicy Tracker::retryPolicy() const
{
    return d->retryPolicy;
}

void Tracker::setMacroExpander(const MacroExpander &expander)
{
    d->expander = expander;
}

MacroExpander Tracker::macroExpander() const
{
    return d->expander;
}

void Tracker::setUnknownMacroPolicy(MacroExpander::UnknownMacroPolicy policy)
{
    d->expander.setUnknownMacroPolicy(policy);
}

void Tracker::setDurationMs(qint64 ms)
{
    const qint64 duration = ms > 0 ? ms : -1;
    if (duration == d->durationMs)
        return; // the progress points are those of this duration already (setAd() built them)
    d->durationMs = duration;
    d->timelineBuilt = false;
}

qint64 Tracker::durationMs() const
{
    return d->durationMs;
}

void Tracker::setTimeline(const AdTimeline &timeline)
{
    d->timeline = timeline;
    d->durationMs = timeline.durationMs();
    d->timelineBuilt = true;
    d->milestonesPassed = 0;
}

AdTimeline Tracker::timeline() const
{
    return d->currentTimeline();
}

qint64 Tracker::positionMs() const
{
    return d->reportedPosition();
}

bool Tracker::trackImpression()
{
    if (d->notUsed || d->firedOnce.contains(u"impression"_s)) {
        qCWarning(lcVastTracking) << "Tracker: impression refused (already tracked or notUsed)";
        return false;
    }
    d->firedOnce.insert(u"impression"_s);
    // The ad is about to play: its playhead is 0 until the player reports a position.
    if (d->positionMs < 0)
        d->positionMs = 0;
    TrackerPrivate::UrlList urls;
    for (const VastUri &u : std::as_const(d->ad.impressions))
        urls.append(u.url);
    d->fire(u"impression"_s, urls, d->beaconContext());
    return true;
}

bool Tracker::trackEvent(const QString &event)
{
    auto refuse = [&event](const char *why) {
        qCWarning(lcVastTracking) << "Tracker: event" << event << "refused:" << why;
        return false;
    };
    if (event.isEmpty())
        return refuse("empty name");
    if (d->positionMs < 0 && (event == "start"_L1 || event == "creativeView"_L1))
        d->positionMs = 0; // playback begins at the ad's first frame
    if (event == "impression"_L1)
        return trackImpression();
    if (event == "click"_L1)
        return trackClick();
    if (event == "progress"_L1)
        return refuse("progress events fire from updatePosition()");
    if (d->notUsed)
        return refuse("the ad was reported notUsed");
    if (d->ended && isPlaybackEvent(event))
        return refuse("the ad has ended");

    const bool once = onceEvents().contains(event);
    const StatePair *pair = nullptr;
    bool entering = false;
    for (const StatePair &p : statePairs) {
        // The length first: this loop runs for every event tracked.
        if (event.size() == p.enter.size() && event == p.enter) {
            pair = &p;
            entering = true;
            break;
        }
        if (event.size() == p.leave.size() && event == p.leave) {
            pair = &p;
            break;
        }
    }
    TrackerPrivate::UrlList urls;
    if (event != "verificationNotExecuted"_L1)
        d->appendLinearUrls(urls, event);
    if (!once && !pair && !repeatableEvents().contains(event) && urls.isEmpty())
        return refuse("not an IAB event and the Linear has no Tracking for it");

    if (once) {
        if (d->firedOnce.contains(event))
            return refuse("already tracked");
        if (event == "notUsed"_L1
            && (d->firedOnce.contains(u"impression"_s) || d->firedOnce.contains(u"start"_s)
                || d->firedOnce.contains(u"creativeView"_s)))
            return refuse("the ad was already shown");
    }
    if (pair) {
        const QString enter = QString(pair->enter);
        const bool active = d->activeStates.contains(enter);
        if (entering == active)
            return refuse(entering ? "already in that state" : "not in the state it leaves");
        if (entering)
            d->activeStates.insert(enter);
        else
            d->activeStates.remove(enter);
    }
    if (once)
        d->firedOnce.insert(event);
    if (isEndEvent(event))
        d->ended = true;
    if (event == "notUsed"_L1)
        d->notUsed = true;

    if (event == "verificationNotExecuted"_L1) {
        for (const Verification &v : std::as_const(d->ad.adVerifications)) {
            for (const TrackingEvent &te : v.trackingEvents) {
                if (te.event == event)
                    urls.append(te.url);
            }
        }
        if (d->verificationReason > 0) {
            TrackingContext ctx = d->beaconContext();
            ctx.reason = d->verificationReason;
            d->fire(event, urls, ctx);
            return true;
        }
    }
    d->fire(event, urls, d->beaconContext());
    return true;
}

bool Tracker::trackVerificationNotExecuted(int reasonCode)
{
    if (reasonCode < 1 || reasonCode > 3) {
        qCWarning(lcVastTracking) << "Tracker: verificationNotExecuted refused: [REASON] must be 1, 2 or 3, not" << reasonCode;
        return false;
    }
    d->verificationReason = reasonCode;
    const bool accepted = trackEvent(u"verificationNotExecuted"_s);
    d->verificationReason = 0;
    return accepted;
}

void Tracker::updatePosition(qint64 positionMs)
{
    if (positionMs < 0)
        return;
    d->positionMs = positionMs;
    if (d->ended || d->notUsed)
        return;
    const AdTimeline &timeline = d->currentTimeline();
    const qsizetype reached = timeline.reachedBy(positionMs);
    if (d->milestonesPassed >= reached)
        return; // the common case: a tick between two milestones
    const Linear *linear = d->linear();
    const TrackingContext &ctx = d->beaconContext();
    while (d->milestonesPassed < reached) {
        const AdTimeline::Milestone &m = timeline.at(d->milestonesPassed++);
        TrackerPrivate::UrlList urls;
        switch (m.kind) {
        case AdTimeline::Kind::FirstQuartile:
        case AdTimeline::Kind::Midpoint:
        case AdTimeline::Kind::ThirdQuartile: {
            const QString name = AdTimeline::kindName(m.kind);
            if (d->firedOnce.contains(name))
                break; // tracked by trackEvent() already
            d->firedOnce.insert(name);
            d->appendLinearUrls(urls, name);
            d->fire(name, urls, ctx);
            break;
        }
        case AdTimeline::Kind::Progress:
            if (!linear || d->firedProgress.contains(m.offsetMs))
                break;
            for (int i : m.trackingEvents) {
                if (i >= linear->trackingEvents.size())
                    continue; // a timeline of another Linear
                const TrackingEvent &te = linear->trackingEvents.at(i);
                if (te.event == "progress"_L1 && !QStringView(te.url).trimmed().isEmpty())
                    urls.append(te.url);
            }
            if (urls.isEmpty())
                break; // a progress offset without a URI is not an event
            d->firedProgress.insert(m.offsetMs);
            d->fire(AdTimeline::kindName(m.kind), urls, ctx);
            break;
        case AdTimeline::Kind::Skipoffset:
        case AdTimeline::Kind::End:
            break; // the player's: canSkip and trackEvent("complete")
        }
    }
}

bool Tracker::trackClick()
{
    if (d->notUsed) {
        qCWarning(lcVastTracking) << "Tracker: click refused: the ad was reported notUsed";
        return false;
    }
    QStringList urls;
    if (const Linear *l = d->linear()) {
        for (const VastUri &u : l->videoClicks.clickTracking)
            urls.append(u.url);
    }
    d->fire(u"click"_s, urls, d->beaconContext());
    return true;
}

void Tracker::trackError(ErrorCode code)
{
    TrackingContext ctx = d->beaconContext();
    ctx.errorCode = code == ErrorCode::NoError ? ErrorCode::UndefinedError : code;
    d->fire(u"error"_s, d->ad.errors, ctx);
}

void Tracker::trackUrls(const QString &event, const QStringList &urls)
{
    d->fire(event.isEmpty() ? u"custom"_s : event, urls, d->beaconContext());
}

QStringList Tracker::trackedEvents() const
{
    return d->tracked;
}

QList<Beacon *> Tracker::beacons() const
{
    if (d->deletedBeacons == 0)
        return d->beacons;
    QList<Beacon *> out;
    out.reserve(d->beacons.size() - d->deletedBeacons);
    for (Beacon *beacon : std::as_const(d->beacons)) {
        if (beacon)
            out.append(beacon);
    }
    return out;
}

bool Tracker::isIdle() const
{
    return d->outstanding == 0;
}

QStringList Tracker::knownEvents()
{
    QStringList all = onceEvents();
    all += repeatableEvents();
    for (const StatePair &p : statePairs) {
        all.append(QString(p.enter));
        all.append(QString(p.leave));
    }
    all.append(u"progress"_s);
    return all;
}

} // namespace VastQt
