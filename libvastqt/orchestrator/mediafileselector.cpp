// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/mediafileselector.h>

#include <VastQt/parsefilter.h>

#include <algorithm>

#include <cmath>
#include <iterator>
#include <limits>

#include <QtCore/QCoreApplication>
#include <QtCore/QVarLengthArray>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{

// "Video/MP4; codecs=avc1" -> "Video/MP4": the type without parameters, trimmed; compared
// case-insensitively (MIME types are ASCII) so that nothing is allocated per file.
QStringView bareType(QStringView type)
{
    const qsizetype semicolon = type.indexOf(u';');
    return (semicolon < 0 ? type : type.left(semicolon)).trimmed();
}

bool sameType(QStringView a, QStringView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isProgressive(const MediaFile &file)
{
    if (file.delivery.isEmpty() || file.delivery == "progressive"_L1) // as the samples spell it
        return true;
    const QStringView delivery = QStringView(file.delivery).trimmed();
    return delivery.isEmpty() || delivery.compare("progressive"_L1, Qt::CaseInsensitive) == 0;
}

// Appends the decimal digits of n, as QString::number() would, without a temporary string.
void appendNumber(QString &out, qint64 n)
{
    char16_t buffer[24];
    char16_t *end = buffer + std::size(buffer);
    char16_t *p = end;
    const bool negative = n < 0;
    quint64 v = negative ? 0 - quint64(n) : quint64(n);
    do {
        *--p = char16_t(u'0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        *--p = u'-';
    out.append(QStringView(p, end - p));
}

// "#<index>[ id=<id>] <type>", appended to out.
void describe(QString &out, int index, const MediaFile &file)
{
    out += u'#';
    appendNumber(out, index);
    if (!file.id.isEmpty()) {
        out += " id="_L1;
        out += file.id;
    }
    out += u' ';
    if (file.type.isEmpty())
        out += QCoreApplication::translate("VastQt::MediaFileSelector", "(no type)");
    else
        out += file.type;
}

} // namespace

QStringList MediaFileSelector::defaultSupportedTypes()
{
    // Shared: every Config (so every Player) starts with a copy of this list.
    static const QStringList types { u"video/mp4"_s, u"video/webm"_s, u"video/ogg"_s, u"video/3gpp"_s };
    return types;
}

QStringList MediaFileSelector::hlsTypes()
{
    return { u"application/x-mpegURL"_s, u"application/vnd.apple.mpegurl"_s };
}

QStringList MediaFileSelector::dashTypes()
{
    return { u"application/dash+xml"_s };
}

MediaFileSelector::MediaFileSelector() = default;

MediaFileSelector::MediaFileSelector(const Config &config)
    : m_config(config)
{ }

QString MediaFileSelector::rejectionReason(const MediaFile &file) const
{
    return rejectionReason(file, nullptr);
}

QString MediaFileSelector::rejectionReason(const MediaFile &file, MediaFileRejection::Reason *reason) const
{
    using Reason = MediaFileRejection::Reason;
    const auto rejected = [reason](Reason r, QString why) {
        if (reason)
            *reason = r;
        return why;
    };
    if (QStringView(file.url).trimmed().isEmpty())
        return rejected(Reason::NoUrl, QCoreApplication::translate("VastQt::MediaFileSelector", "no URL"));

    const QStringView api = QStringView(file.apiFramework).trimmed();
    if (api.compare("VPAID"_L1, Qt::CaseInsensitive) == 0)
        return rejected(Reason::ApiFramework, QCoreApplication::translate("VastQt::MediaFileSelector", "needs apiFramework %1 (interactive, not played)").arg("VPAID"_L1));
    if (api.contains("javascript"_L1, Qt::CaseInsensitive))
        return rejected(Reason::ApiFramework, QCoreApplication::translate("VastQt::MediaFileSelector", "needs apiFramework %1 (interactive, not played)").arg(api));

    const QStringView type = bareType(file.type);
    if (sameType(type, u"application/javascript") || sameType(type, u"text/javascript")
        || sameType(type, u"application/x-javascript"))
        return rejected(Reason::Interactive, QCoreApplication::translate("VastQt::MediaFileSelector", "JavaScript creative (VPAID/interactive, not played)"));
    if (sameType(type, u"application/x-shockwave-flash"))
        return rejected(Reason::Flash, QCoreApplication::translate("VastQt::MediaFileSelector", "Flash creative (not played)"));
    bool supported = false;
    for (const QString &t : m_config.supportedTypes) {
        if (sameType(bareType(t), type)) {
            supported = true;
            break;
        }
    }
    if (!supported) {
        if (type.isEmpty())
            return rejected(Reason::NoType, QCoreApplication::translate("VastQt::MediaFileSelector", "no type"));
        return rejected(Reason::UnsupportedType, QCoreApplication::translate("VastQt::MediaFileSelector", "unsupported type %1").arg(type.toString().toLower()));
    }

    if (!isProgressive(file)) {
        const QStringView delivery = QStringView(file.delivery).trimmed();
        if (delivery.compare("streaming"_L1, Qt::CaseInsensitive) != 0)
            return rejected(Reason::UnknownDelivery, QCoreApplication::translate("VastQt::MediaFileSelector", "unknown delivery %1").arg(delivery));
        if (!m_config.allowStreaming)
            return rejected(Reason::StreamingNotAllowed, QCoreApplication::translate("VastQt::MediaFileSelector", "streaming delivery not allowed"));
    }

    if (m_config.maxBitrate > 0) {
        const int bitrate = file.bitrate > 0 ? file.bitrate : file.minBitrate;
        if (bitrate > m_config.maxBitrate)
            return rejected(Reason::BitrateAboveCap,
                            QCoreApplication::translate("VastQt::MediaFileSelector", "bitrate %1 kbit/s above the cap of %2 kbit/s").arg(bitrate).arg(m_config.maxBitrate));
    }
    return QString();
}

MediaFileSelection MediaFileSelector::select(const Linear &linear) const
{
    return select(linear.mediaFiles);
}

MediaFileSelection MediaFileSelector::select(const QList<MediaFile> &files, const ParseFilter *filter) const
{
    MediaFileSelection selection;
    const bool sizeKnown = m_config.playerWidth > 0 && m_config.playerHeight > 0;
    const double playerArea = double(m_config.playerWidth) * m_config.playerHeight;
    const double playerAspect = sizeKnown ? double(m_config.playerWidth) / m_config.playerHeight : 1.0;

    // Lower is better: delivery rank first, then size distance.
    auto sizeDistance = [&](const MediaFile &f) {
        if (!sizeKnown)
            return 0.0;
        if (f.width <= 0 || f.height <= 0)
            return std::numeric_limits<double>::infinity();
        const double area = double(f.width) * f.height;
        const double aspect = double(f.width) / f.height;
        return std::abs(std::log(area / playerArea)) + std::abs(std::log(aspect / playerAspect));
    };

    struct Ranked {
        int index;
        int rank;
        double distance;
    };
    QVarLengthArray<Ranked, 8> ranked;
    int streamingCandidates = 0;
    for (int i = 0; i < files.size(); ++i) {
        const MediaFile &f = files.at(i);
        MediaFileRejection::Reason reason = MediaFileRejection::Reason::Filter;
        QString why;
        bool byFilter = false;
        if (filter) {
            why = filter->mediaFileRejection(f);
            byFilter = !why.isEmpty();
        }
        if (!byFilter)
            why = rejectionReason(f, &reason);
        if (!why.isEmpty()) {
            MediaFileRejection rejection;
            rejection.index = i;
            rejection.reason = reason;
            QString &line = rejection.text;
            line.reserve(why.size() + f.type.size() + f.id.size() + 24);
            describe(line, i, f);
            line += ": "_L1;
            line += byFilter ? QCoreApplication::translate("VastQt::MediaFileSelector", "filter: %1").arg(why) : why;
            rejection.message = std::move(why);
            selection.rejected.append(line);
            selection.rejections.append(std::move(rejection));
            continue;
        }
        const int rank = isProgressive(f) ? 0 : 1;
        streamingCandidates += rank;
        ranked.append({i, rank, sizeDistance(f)});
    }
    // Stable: ties keep document order. (inf < inf is false.)
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return a.rank < b.rank || (a.rank == b.rank && a.distance < b.distance);
    });

    if (ranked.isEmpty()) {
        selection.reason = files.isEmpty() ? QCoreApplication::translate("VastQt::MediaFileSelector", "no MediaFile in the Linear creative (403)")
                                           : QCoreApplication::translate("VastQt::MediaFileSelector", "none of %1 MediaFiles is supported (403)").arg(files.size());
        return selection;
    }

    const int candidates = int(ranked.size());
    selection.candidates.reserve(candidates);
    for (int k = 0; k < candidates; ++k) {
        const int index = ranked.at(k).index;
        const MediaFile &chosen = files.at(index);
        MediaFileCandidate candidate;
        candidate.index = index;
        candidate.mediaFile = chosen;
        // "<describe> progressive|streaming[ WxH][ N kbit/s]: <why>", built in one buffer.
        QString &reason = candidate.reason;
        reason.reserve(chosen.id.size() + chosen.type.size() + 96);
        describe(reason, index, chosen);
        reason += isProgressive(chosen) ? " progressive"_L1 : " streaming"_L1;
        if (chosen.width > 0 && chosen.height > 0) {
            reason += u' ';
            appendNumber(reason, chosen.width);
            reason += u'x';
            appendNumber(reason, chosen.height);
        }
        if (chosen.bitrate > 0) {
            reason += u' ';
            appendNumber(reason, chosen.bitrate);
            reason += " kbit/s"_L1;
        }
        reason += ": "_L1;
        if (k > 0) {
            reason += QCoreApplication::translate("VastQt::MediaFileSelector",
                                                  "candidate %1 of %2, played if the ones before it fail to load")
                          .arg(k + 1)
                          .arg(candidates);
        } else if (candidates == 1) {
            reason += QCoreApplication::translate("VastQt::MediaFileSelector", "the only supported file");
        } else if (sizeKnown) {
            reason += QCoreApplication::translate("VastQt::MediaFileSelector",
                                                  "closest to the %1x%2 player among %3 candidates")
                          .arg(m_config.playerWidth)
                          .arg(m_config.playerHeight)
                          .arg(candidates);
        } else {
            reason += QCoreApplication::translate("VastQt::MediaFileSelector",
                                                  "first of %1 candidates (player size unknown)")
                          .arg(candidates);
        }
        if (k == 0 && ranked.at(0).rank == 0 && streamingCandidates > 0) {
            reason += ", "_L1;
            reason += QCoreApplication::translate("VastQt::MediaFileSelector", "progressive preferred to %1 streaming")
                          .arg(streamingCandidates);
        }
        selection.candidates.append(std::move(candidate));
    }
    const MediaFileCandidate &best = selection.candidates.constFirst();
    selection.index = best.index;
    selection.mediaFile = best.mediaFile;
    selection.reason = best.reason;
    return selection;
}

} // namespace VastQt
