// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include "mediafileselector.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{

// "Video/MP4; codecs=avc1" -> "video/mp4"
QString normalizedType(const QString &type)
{
    const qsizetype semicolon = type.indexOf(u';');
    return (semicolon < 0 ? type : type.left(semicolon)).trimmed().toLower();
}

bool isProgressive(const MediaFile &file)
{
    const QString delivery = file.delivery.trimmed();
    return delivery.isEmpty() || delivery.compare("progressive"_L1, Qt::CaseInsensitive) == 0;
}

QString describe(int index, const MediaFile &file)
{
    QString text = u"#%1"_s.arg(index);
    if (!file.id.isEmpty())
        text += u" id=%1"_s.arg(file.id);
    text += u' ' + (file.type.isEmpty() ? u"(no type)"_s : file.type);
    return text;
}

} // namespace

QStringList MediaFileSelector::defaultSupportedTypes()
{
    return { u"video/mp4"_s, u"video/webm"_s, u"video/ogg"_s, u"video/3gpp"_s };
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
    if (file.url.trimmed().isEmpty())
        return u"no URL"_s;

    const QString api = file.apiFramework.trimmed();
    if (api.compare("VPAID"_L1, Qt::CaseInsensitive) == 0)
        return u"needs apiFramework VPAID (interactive, not played)"_s;
    if (api.contains("javascript"_L1, Qt::CaseInsensitive))
        return u"needs apiFramework %1 (interactive, not played)"_s.arg(api);

    const QString type = normalizedType(file.type);
    if (type == "application/javascript"_L1 || type == "text/javascript"_L1 || type == "application/x-javascript"_L1)
        return u"JavaScript creative (VPAID/interactive, not played)"_s;
    if (type == "application/x-shockwave-flash"_L1)
        return u"Flash creative (not played)"_s;
    bool supported = false;
    for (const QString &t : m_config.supportedTypes) {
        if (normalizedType(t) == type) {
            supported = true;
            break;
        }
    }
    if (!supported)
        return type.isEmpty() ? u"no type"_s : u"unsupported type %1"_s.arg(type);

    const QString delivery = file.delivery.trimmed();
    if (!isProgressive(file)) {
        if (delivery.compare("streaming"_L1, Qt::CaseInsensitive) != 0)
            return u"unknown delivery %1"_s.arg(delivery);
        if (!m_config.allowStreaming)
            return u"streaming delivery not allowed"_s;
    }

    if (m_config.maxBitrate > 0) {
        const int bitrate = file.bitrate > 0 ? file.bitrate : file.minBitrate;
        if (bitrate > m_config.maxBitrate)
            return u"bitrate %1 kbit/s above the cap of %2 kbit/s"_s.arg(bitrate).arg(m_config.maxBitrate);
    }
    return QString();
}

MediaFileSelection MediaFileSelector::select(const Linear &linear) const
{
    return select(linear.mediaFiles);
}

MediaFileSelection MediaFileSelector::select(const QList<MediaFile> &files) const
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

    int candidates = 0;
    int streamingCandidates = 0;
    int best = -1;
    int bestRank = 0;
    double bestDistance = 0.0;
    for (int i = 0; i < files.size(); ++i) {
        const MediaFile &f = files.at(i);
        const QString why = rejectionReason(f);
        if (!why.isEmpty()) {
            selection.rejected.append(describe(i, f) + u": "_s + why);
            continue;
        }
        ++candidates;
        const int rank = isProgressive(f) ? 0 : 1;
        streamingCandidates += rank;
        const double distance = sizeDistance(f);
        // Strictly better only, so ties keep document order. (inf < inf is false.)
        if (best < 0 || rank < bestRank || (rank == bestRank && distance < bestDistance)) {
            best = i;
            bestRank = rank;
            bestDistance = distance;
        }
    }

    if (best < 0) {
        selection.reason = files.isEmpty() ? u"no MediaFile in the Linear creative (403)"_s
                                           : u"none of %1 MediaFiles is supported (403)"_s.arg(files.size());
        return selection;
    }

    const MediaFile &chosen = files.at(best);
    selection.index = best;
    selection.mediaFile = chosen;
    QString what = describe(best, chosen);
    what += isProgressive(chosen) ? u" progressive"_s : u" streaming"_s;
    if (chosen.width > 0 && chosen.height > 0)
        what += u" %1x%2"_s.arg(chosen.width).arg(chosen.height);
    if (chosen.bitrate > 0)
        what += u" %1 kbit/s"_s.arg(chosen.bitrate);
    QString why;
    if (candidates == 1)
        why = u"the only supported file"_s;
    else if (sizeKnown)
        why = u"closest to the %1x%2 player among %3 candidates"_s.arg(m_config.playerWidth)
                  .arg(m_config.playerHeight)
                  .arg(candidates);
    else
        why = u"first of %1 candidates (player size unknown)"_s.arg(candidates);
    if (bestRank == 0 && streamingCandidates > 0)
        why += u", progressive preferred to %1 streaming"_s.arg(streamingCandidates);
    selection.reason = what + u": "_s + why;
    return selection;
}

} // namespace VastQt
