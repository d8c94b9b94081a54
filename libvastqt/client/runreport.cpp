// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/runreport.h>

#include <VastQt/vastjson.h>

#include <QtCore/QJsonArray>
#include <QtCore/QMetaEnum>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{

QJsonObject hopJson(const WrapperHop &hop)
{
    QJsonObject o{
        {u"url"_s, hop.url.toString()},
        {u"status"_s, hop.httpStatus},
        {u"latencyMs"_s, hop.latencyMs},
        {u"bytes"_s, hop.bytes},
        {u"adSystem"_s, hop.adSystem},
        {u"type"_s, hop.type},
        {u"vastVersion"_s, hop.vastVersion},
    };
    if (hop.error != ErrorCode::NoError) {
        o.insert(u"error"_s, int(hop.error));
        o.insert(u"message"_s, hop.errorString);
    }
    if (hop.transportError != TransportReply::Error::NoError) {
        const QMetaEnum errors = QMetaEnum::fromType<TransportReply::Error>();
        o.insert(u"transportError"_s, QString::fromLatin1(errors.valueToKey(int(hop.transportError))));
    }
    // What the server said in <Extensions>, kept for a chain that failed too.
    if (!hop.extensions.isEmpty())
        o.insert(u"extensions"_s, QJsonArray::fromStringList(hop.extensions));
    // The parser's warnings for the hop's document (the tolerances: what, where, line).
    if (!hop.warnings.isEmpty())
        o.insert(u"warnings"_s, QJsonArray::fromStringList(hop.warnings));
    return o;
}

QJsonObject findingJson(const ComplianceFinding &f)
{
    return QJsonObject{
        {u"severity"_s, f.severityName()},
        {u"hop"_s, f.hop},
        {u"line"_s, f.line},
        {u"column"_s, f.column},
        {u"rule"_s, f.rule},
        {u"message"_s, f.message},
        {u"specSection"_s, f.specSection},
    };
}

QJsonObject beaconJson(const BeaconRecord &b)
{
    const QMetaEnum states = QMetaEnum::fromType<Beacon::State>();
    QString state = QString::fromLatin1(states.valueToKey(int(b.state)));
    if (!state.isEmpty())
        state[0] = state[0].toLower();
    QJsonObject o{
        {u"event"_s, b.event},
        {u"offsetMs"_s, b.offsetMs},
        {u"url"_s, b.url.toString(QUrl::FullyEncoded)},
        {u"templateUrl"_s, b.templateUrl},
        {u"status"_s, b.httpStatus},
        {u"latencyMs"_s, b.latencyMs},
        {u"attempts"_s, b.attempts},
        {u"state"_s, state},
    };
    if (b.queuedMs > 0)
        o.insert(u"queuedMs"_s, b.queuedMs);
    if (!b.errorString.isEmpty())
        o.insert(u"error"_s, b.errorString);
    return o;
}

QJsonObject errorJson(const PipelineError &e)
{
    QJsonObject o{
        {u"code"_s, int(e.code)},
        {u"phase"_s, phaseName(e.phase)},
        {u"message"_s, e.message},
        {u"meaning"_s, errorCodeDescription(e.code)},
    };
    if (!e.source.isEmpty())
        o.insert(u"source"_s, e.source.toString());
    return o;
}

QJsonObject sourceJson(const SourceOutcome &s)
{
    QJsonObject o{
        {u"url"_s, s.url.toString()},
        {u"fallback"_s, s.fallback},
        {u"winner"_s, s.winner},
        {u"status"_s, SourceOutcome::statusName(s.status)},
        {u"httpStatus"_s, s.httpStatus},
        {u"latencyMs"_s, s.latencyMs},
        {u"cached"_s, s.cached},
    };
    if (s.status == SourceOutcome::Status::Failed) {
        o.insert(u"error"_s, int(s.error));
        o.insert(u"phase"_s, phaseName(s.phase));
        o.insert(u"message"_s, s.message);
    }
    return o;
}

// The indices in \a timeline of the beacons of break \a breakIndex and ad \a adIndex.
QJsonArray indicesOf(const QList<BeaconRecord> &timeline, int breakIndex, int adIndex)
{
    QJsonArray out;
    for (int b = 0; b < timeline.size(); ++b) {
        if (timeline.at(b).breakIndex == breakIndex && timeline.at(b).adIndex == adIndex)
            out.append(b);
    }
    return out;
}

QJsonArray playsJson(const QList<PodAdPlay> &plays, int breakIndex, const QList<BeaconRecord> &timeline)
{
    QJsonArray out;
    for (int k = 0; k < plays.size(); ++k) {
        const PodAdPlay &p = plays.at(k);
        QJsonObject o{
            {u"podIndex"_s, p.podIndex},
            {u"podSequence"_s, p.podSequence},
            {u"adCount"_s, p.adCount},
            {u"adId"_s, p.ad.id},
            {u"adTitle"_s, p.ad.adTitle},
            {u"replacement"_s, p.replacement},
            {u"status"_s, p.played() ? PlaybackSession::statusName(p.session.status) : u"error"_s},
            {u"session"_s, p.session.status == PlaybackSession::Status::Pending ? QJsonValue(QJsonValue::Null)
                                                                                 : QJsonValue(p.session.toJson())},
            {u"timeline"_s, indicesOf(timeline, breakIndex, k)},
        };
        if (p.replacement)
            o.insert(u"replaces"_s, p.replacedAdId);
        if (!p.played()) {
            o.insert(u"error"_s, int(p.error));
            o.insert(u"phase"_s, phaseName(p.phase));
            o.insert(u"message"_s, p.errorString);
        }
        out.append(o);
    }
    return out;
}

QJsonObject breakJson(const BreakReport &b, int index, const QList<BeaconRecord> &timeline)
{
    const ScheduledBreak &sb = b.scheduled;
    const VmapAdSource &src = sb.adBreak.adSource;
    QJsonObject o{
        {u"index"_s, index},
        {u"breakIndex"_s, sb.breakIndex},
        {u"breakId"_s, sb.adBreak.breakId},
        {u"timeOffset"_s, sb.adBreak.timeOffset},
        {u"offsetMs"_s, sb.timeMs},
        {u"position"_s, sb.positionName()},
        {u"breakPosition"_s, sb.breakPositionMacroValue()},
        {u"repetition"_s, sb.repetition},
        {u"breakTypes"_s, QJsonArray::fromStringList(sb.adBreak.breakTypes)},
        {u"source"_s,
         QJsonObject{{u"kind"_s, src.kindName()},
                     {u"uri"_s, src.kind == VmapAdSource::Kind::AdTagUri ? src.adTagUri : QString()},
                     {u"allowMultipleAds"_s, src.allowMultipleAds},
                     {u"followRedirects"_s, src.followRedirects}}},
        {u"status"_s, BreakOutcome::stateName(b.outcome.state)},
        {u"error"_s, QJsonValue(QJsonValue::Null)},
        {u"ads"_s, playsJson(b.ads, index, timeline)},
        {u"timeline"_s, indicesOf(timeline, index, -1)},
    };
    if (b.outcome.error != ErrorCode::NoError || b.outcome.vmapError != VmapErrorCode::None) {
        o.insert(u"error"_s, QJsonObject{{u"code"_s, int(b.outcome.error)},
                                          {u"vmapCode"_s, int(b.outcome.vmapError)},
                                          {u"message"_s, b.outcome.message}});
    }
    return o;
}

} // namespace

BeaconRecord BeaconRecord::of(const Beacon &beacon, int breakIndex, int adIndex)
{
    BeaconRecord r;
    r.event = beacon.event();
    r.offsetMs = beacon.offsetMs();
    r.url = beacon.url();
    r.templateUrl = beacon.templateUrl();
    r.httpStatus = beacon.httpStatus();
    r.latencyMs = beacon.latencyMs();
    r.queuedMs = beacon.queuedMs();
    r.attempts = beacon.attempts();
    r.state = beacon.state();
    r.errorString = beacon.errorString();
    r.breakIndex = breakIndex;
    r.adIndex = adIndex;
    return r;
}

QJsonArray RunReport::complianceJson(const QList<DocumentCompliance> &documents)
{
    QJsonArray out;
    for (const DocumentCompliance &d : documents) {
        QJsonArray findings;
        for (const ComplianceFinding &f : d.findings)
            findings.append(findingJson(f));
        out.append(QJsonObject{
            {u"hop"_s, d.hop},
            {u"url"_s, d.url.toString()},
            {u"kind"_s, d.kind},
            {u"version"_s, d.version},
            {u"schema"_s, d.schema},
            {u"schemaValidated"_s, d.schemaValidated},
            {u"errors"_s, d.errorCount()},
            {u"warnings"_s, d.warningCount()},
            {u"findings"_s, findings},
        });
    }
    return out;
}

int RunReport::complianceErrorCount(const QList<DocumentCompliance> &documents)
{
    int errors = 0;
    for (const DocumentCompliance &d : documents)
        errors += d.errorCount();
    return errors;
}

QString RunReport::resultName(Result result)
{
    QString name = QString::fromLatin1(QMetaEnum::fromType<Result>().valueToKey(int(result)));
    if (!name.isEmpty())
        name[0] = name[0].toLower();
    return name;
}

QJsonObject RunReport::toJson() const
{
    QJsonArray chainJson;
    for (const WrapperHop &h : chain)
        chainJson.append(hopJson(h));
    QJsonArray timelineJson;
    for (const BeaconRecord &b : timeline) {
        QJsonObject o = beaconJson(b);
        // Pods and VMAP: which break (index in "breaks") and which ad (index in its "ads").
        if (isVmap)
            o.insert(u"breakIndex"_s, b.breakIndex);
        if (isVmap || isPod)
            o.insert(u"adIndex"_s, b.adIndex);
        timelineJson.append(o);
    }
    QJsonArray errorsJson;
    for (const PipelineError &e : errors)
        errorsJson.append(errorJson(e));

    QJsonValue mediaFile = QJsonValue::Null;
    if (served && served->mediaFileIndex() >= 0) {
        QJsonObject m = VastJson::toJson(served->mediaFile());
        m.insert(u"index"_s, served->mediaFileIndex());
        m.insert(u"reason"_s, served->mediaFileReason());
        m.insert(u"rejected"_s, QJsonArray::fromStringList(served->rejectionLines()));
        mediaFile = m;
    }
    QJsonArray sourcesJson;
    QJsonValue winner = QJsonValue::Null;
    for (const SourceOutcome &s : sources) {
        sourcesJson.append(sourceJson(s));
        if (s.winner)
            winner = s.url.toString();
    }
    QJsonObject report{
        {u"tag"_s, tag.toString()},
        {u"result"_s, resultName(result)},
        {u"chain"_s, chainJson},
        {u"ad"_s, served ? QJsonValue(VastJson::toJson(served->ad)) : QJsonValue(QJsonValue::Null)},
        {u"creativeIndex"_s, served ? served->creativeIndex : -1},
        {u"mediaFile"_s, mediaFile},
        {u"timeline"_s, timelineJson},
        {u"errors"_s, errorsJson},
        {u"session"_s, session ? QJsonValue(session->toJson()) : QJsonValue(QJsonValue::Null)},
        {u"resolutionTimeMs"_s, resolutionTimeMs},
        {u"strategy"_s, FetchConfig::strategyName(strategy)},
        {u"sources"_s, sourcesJson},
        {u"winner"_s, winner},
        {u"usedFallback"_s, usedFallback},
        {u"cached"_s, cached},
        {u"config"_s, config.toJson()},
        {u"player"_s, player ? QJsonValue(player->toJson()) : QJsonValue(QJsonValue::Null)},
        {u"compliance"_s, complianceJson(compliance)},
    };
    if (isPod)
        report.insert(u"ads"_s, playsJson(ads, -1, timeline));
    if (isVmap) {
        report.insert(u"vmap"_s, QJsonObject{{u"url"_s, vmapUrl.toString()},
                                              {u"version"_s, vmapVersion},
                                              {u"contentDurationMs"_s, contentDurationMs},
                                              {u"adBreaks"_s, adBreakCount}});
        QJsonArray breaksJson;
        for (int i = 0; i < breaks.size(); ++i)
            breaksJson.append(breakJson(breaks.at(i), i, timeline));
        report.insert(u"breaks"_s, breaksJson);
    }
    return report;
}

} // namespace VastQt
