// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/playbacksession.h>

#include <QtCore/QDebug>
#include <QtCore/QJsonArray>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QSaveFile>
#include <QtCore/QUuid>

#include "vastqt_logging_p.h"

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{

// Reads \a key as a whole number; a present value of another type clears *ok.
qint64 readInteger(const QJsonObject &json, QLatin1StringView key, qint64 fallback, bool *ok)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble()) {
        *ok = false;
        return fallback;
    }
    const double number = value.toDouble();
    if (number != double(qint64(number))) {
        *ok = false;
        return fallback;
    }
    return qint64(number);
}

QString readString(const QJsonObject &json, QLatin1StringView key, bool *ok)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return QString();
    if (!value.isString()) {
        *ok = false;
        return QString();
    }
    return value.toString();
}

PlaybackEvent readEvent(const QJsonObject &json, bool *ok)
{
    PlaybackEvent event;
    event.event = readString(json, "event"_L1, ok);
    event.offsetMs = readInteger(json, "offsetMs"_L1, 0, ok);
    event.elapsedMs = readInteger(json, "elapsedMs"_L1, 0, ok);
    event.detail = readString(json, "detail"_L1, ok);
    return event;
}

} // namespace

QJsonObject PlaybackEvent::toJson() const
{
    QJsonObject json {
        { u"event"_s, event },
        { u"offsetMs"_s, offsetMs },
        { u"elapsedMs"_s, elapsedMs },
    };
    if (!detail.isEmpty())
        json.insert(u"detail"_s, detail);
    return json;
}

PlaybackEvent PlaybackEvent::fromJson(const QJsonObject &json)
{
    bool ok = true;
    return readEvent(json, &ok);
}

QStringList PlaybackSession::eventNames() const
{
    QStringList names;
    names.reserve(events.size());
    for (const PlaybackEvent &e : events)
        names.append(e.event);
    return names;
}

QString PlaybackSession::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return u"pending"_s;
    case Status::Running:
        return u"running"_s;
    case Status::Completed:
        return u"completed"_s;
    case Status::Skipped:
        return u"skipped"_s;
    case Status::Stopped:
        return u"stopped"_s;
    case Status::Error:
        return u"error"_s;
    }
    return QString();
}

PlaybackSession::Status PlaybackSession::statusFromName(QStringView name, bool *ok)
{
    for (Status s :
        { Status::Pending, Status::Running, Status::Completed, Status::Skipped, Status::Stopped, Status::Error }) {
        if (name == statusName(s)) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return Status::Pending;
}

QJsonObject MediaFileAttempt::toJson() const
{
    return QJsonObject{
        {u"url"_s, url},
        {u"result"_s, played ? u"played"_s : u"failed"_s},
        {u"code"_s, int(code)},
        {u"message"_s, message},
    };
}

MediaFileAttempt MediaFileAttempt::fromJson(const QJsonObject &json)
{
    MediaFileAttempt a;
    a.url = json.value("url"_L1).toString();
    a.played = json.value("result"_L1).toString() == "played"_L1;
    a.code = ErrorCode(json.value("code"_L1).toInt());
    a.message = json.value("message"_L1).toString();
    return a;
}

bool PlaybackSession::writeToDirectory(const QString &directory, QString *fileName) const
{
    if (!QDir().mkpath(directory)) {
        qCWarning(lcVastPlayback) << "PlaybackSession: cannot make the folder" << directory;
        return false;
    }
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_.-]"_s);
    const QString name = u"session-%1-%2-%3.json"_s.arg(
        QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz"_s), QString(adId).replace(unsafe, u"_"_s).left(64),
        QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QString path = QDir(directory).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        qCWarning(lcVastPlayback) << "PlaybackSession: cannot write" << path << file.errorString();
        return false;
    }
    if (fileName)
        *fileName = path;
    return true;
}

QJsonObject PlaybackSession::toJson() const
{
    QJsonArray eventArray;
    for (const PlaybackEvent &e : events)
        eventArray.append(e.toJson());
    QJsonArray quartileArray;
    for (int q : quartilesTracked)
        quartileArray.append(q);
    QJsonArray attemptArray;
    for (const MediaFileAttempt &a : mediaFileAttempts)
        attemptArray.append(a.toJson());

    return QJsonObject {
        { u"status"_s, statusName(status) },
        { u"adId"_s, adId },
        { u"creativeId"_s, creativeId },
        { u"creativeIndex"_s, creativeIndex },
        { u"mediaFileUrl"_s, mediaFileUrl },
        { u"mediaFileAttempts"_s, attemptArray },
        { u"durationMs"_s, durationMs },
        { u"positionMs"_s, positionMs },
        { u"skipoffsetMs"_s, skipoffsetMs },
        { u"startedAtMs"_s, startedAtMs },
        { u"endedAtMs"_s, endedAtMs },
        { u"events"_s, eventArray },
        { u"quartilesTracked"_s, quartileArray },
        { u"errorCode"_s, int(errorCode) },
        { u"errorMessage"_s, errorMessage },
    };
}

PlaybackSession PlaybackSession::fromJson(const QJsonObject &json, bool *ok)
{
    bool good = true;
    PlaybackSession s;

    const QJsonValue statusValue = json.value("status"_L1);
    if (!statusValue.isUndefined()) {
        bool known = false;
        s.status = statusFromName(statusValue.toString(), &known);
        good = good && known;
    }
    s.adId = readString(json, "adId"_L1, &good);
    s.creativeId = readString(json, "creativeId"_L1, &good);
    s.creativeIndex = int(readInteger(json, "creativeIndex"_L1, s.creativeIndex, &good));
    s.mediaFileUrl = readString(json, "mediaFileUrl"_L1, &good);
    s.durationMs = readInteger(json, "durationMs"_L1, s.durationMs, &good);
    s.positionMs = readInteger(json, "positionMs"_L1, s.positionMs, &good);
    s.skipoffsetMs = readInteger(json, "skipoffsetMs"_L1, s.skipoffsetMs, &good);
    s.startedAtMs = readInteger(json, "startedAtMs"_L1, s.startedAtMs, &good);
    s.endedAtMs = readInteger(json, "endedAtMs"_L1, s.endedAtMs, &good);

    const QJsonValue eventsValue = json.value("events"_L1);
    if (eventsValue.isArray()) {
        const QJsonArray array = eventsValue.toArray();
        for (const QJsonValue &v : array) {
            if (!v.isObject()) {
                good = false;
                continue;
            }
            s.events.append(readEvent(v.toObject(), &good));
        }
    } else if (!eventsValue.isUndefined()) {
        good = false;
    }

    const QJsonValue attemptsValue = json.value("mediaFileAttempts"_L1);
    if (attemptsValue.isArray()) {
        const QJsonArray array = attemptsValue.toArray();
        for (const QJsonValue &v : array) {
            if (!v.isObject()) {
                good = false;
                continue;
            }
            s.mediaFileAttempts.append(MediaFileAttempt::fromJson(v.toObject()));
        }
    } else if (!attemptsValue.isUndefined()) {
        good = false;
    }

    const QJsonValue quartilesValue = json.value("quartilesTracked"_L1);
    if (quartilesValue.isArray()) {
        const QJsonArray array = quartilesValue.toArray();
        for (const QJsonValue &v : array) {
            if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
                good = false;
                continue;
            }
            s.quartilesTracked.append(v.toInt());
        }
    } else if (!quartilesValue.isUndefined()) {
        good = false;
    }

    s.errorCode = ErrorCode(readInteger(json, "errorCode"_L1, 0, &good));
    s.errorMessage = readString(json, "errorMessage"_L1, &good);
    if (ok)
        *ok = good;
    return s;
}

bool PlaybackSession::operator==(const PlaybackSession &o) const
{
    return status == o.status && adId == o.adId && creativeId == o.creativeId && creativeIndex == o.creativeIndex
        && mediaFileUrl == o.mediaFileUrl && mediaFileAttempts == o.mediaFileAttempts && durationMs == o.durationMs && positionMs == o.positionMs
        && skipoffsetMs == o.skipoffsetMs && startedAtMs == o.startedAtMs && endedAtMs == o.endedAtMs
        && events == o.events && quartilesTracked == o.quartilesTracked && errorCode == o.errorCode
        && errorMessage == o.errorMessage;
}

QDebug operator<<(QDebug debug, const PlaybackEvent &event)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "PlaybackEvent(" << event.event << " @" << event.offsetMs << "ms, clock " << event.elapsedMs
                    << "ms";
    if (!event.detail.isEmpty())
        debug << ", " << event.detail;
    debug << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const PlaybackSession &session)
{
    QDebugStateSaver saver(debug);
    debug.noquote().nospace() << "PlaybackSession("
                              << QString::fromUtf8(QJsonDocument(session.toJson()).toJson(QJsonDocument::Compact))
                              << ')';
    return debug;
}

} // namespace VastQt
