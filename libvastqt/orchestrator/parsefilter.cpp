// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/parsefilter.h>

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("VastQt::ParseFilter", text);
}
} // namespace

bool ParseFilter::isEmpty() const
{
    return mediaTypes.isEmpty() && minDurationMs < 0 && maxDurationMs < 0 && minBitrate <= 0 && maxBitrate <= 0
        && requiredDimensions.isEmpty();
}

QString ParseFilter::durationRejection(const Linear &linear) const
{
    if (minDurationMs < 0 && maxDurationMs < 0)
        return QString();
    if (linear.durationMs < 0)
        return tr("the Linear has no Duration and the filter bounds it");
    if (minDurationMs >= 0 && linear.durationMs < minDurationMs)
        return tr("duration %1 ms is below the minimum of %2 ms").arg(linear.durationMs).arg(minDurationMs);
    if (maxDurationMs >= 0 && linear.durationMs > maxDurationMs)
        return tr("duration %1 ms is above the maximum of %2 ms").arg(linear.durationMs).arg(maxDurationMs);
    return QString();
}

QString ParseFilter::mediaFileRejection(const MediaFile &mediaFile) const
{
    if (!mediaTypes.isEmpty()) {
        const QString type = mediaFile.type.section(u';', 0, 0).trimmed().toLower();
        const bool accepted = std::any_of(mediaTypes.cbegin(), mediaTypes.cend(), [&type](const QString &wanted) {
            const QString w = wanted.trimmed().toLower();
            return w.contains(u'/') ? w == type : type.section(u'/', 0, 0) == w;
        });
        if (!accepted)
            return tr("type \"%1\" is not one of %2").arg(mediaFile.type, mediaTypes.join(u", "_s));
    }
    const int high = mediaFile.bitrate > 0 ? mediaFile.bitrate : mediaFile.maxBitrate;
    const int low = mediaFile.bitrate > 0 ? mediaFile.bitrate : mediaFile.minBitrate;
    if (minBitrate > 0 && high > 0 && high < minBitrate)
        return tr("bitrate %1 kbit/s is below the minimum of %2 kbit/s").arg(high).arg(minBitrate);
    if (maxBitrate > 0 && low > 0 && low > maxBitrate)
        return tr("bitrate %1 kbit/s is above the maximum of %2 kbit/s").arg(low).arg(maxBitrate);
    if (!requiredDimensions.isEmpty()
        && (mediaFile.width != requiredDimensions.width() || mediaFile.height != requiredDimensions.height()))
        return tr("size %1x%2 is not the required %3x%4")
            .arg(mediaFile.width)
            .arg(mediaFile.height)
            .arg(requiredDimensions.width())
            .arg(requiredDimensions.height());
    return QString();
}

} // namespace VastQt
