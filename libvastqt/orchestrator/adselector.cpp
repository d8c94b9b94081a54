// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/adselector.h>

using namespace Qt::StringLiterals;

namespace VastQt
{

Linear SelectedAd::linear() const
{
    if (creativeIndex < 0 || creativeIndex >= ad.creatives.size())
        return Linear();
    const Creative &c = ad.creatives.at(creativeIndex);
    return c.kind == Creative::Kind::Linear ? c.linear : Linear();
}

bool SelectedAd::isRefusedByFilter() const
{
    if (error == ErrorCode::DurationMismatch)
        return true;
    return error == ErrorCode::NoSupportedMediaFile && !rejections.isEmpty()
        && std::all_of(rejections.cbegin(), rejections.cend(),
                       [](const MediaFileRejection &r) { return r.reason == MediaFileRejection::Reason::Filter; });
}

QString SelectedAd::mediaFileReason() const
{
    return mediaFiles.isEmpty() ? m_noFileReason : mediaFiles.constFirst().reason;
}

QStringList SelectedAd::rejectionLines() const
{
    QStringList out;
    out.reserve(rejections.size());
    for (const MediaFileRejection &r : rejections)
        out.append(r.text);
    return out;
}

AdSelector::AdSelector() = default;

AdSelector::AdSelector(const MediaFileSelector::Config &mediaFiles, const ParseFilter &filter)
    : m_mediaFiles(mediaFiles)
    , m_filter(filter)
{
}

SelectedAd AdSelector::select(const ResolvedAd &resolved) const
{
    SelectedAd s = select(resolved.ad);
    s.chain = resolved.chain;
    return s;
}

SelectedAd AdSelector::select(const Ad &ad, int creativeIndex) const
{
    SelectedAd s;
    s.ad = ad;
    s.creativeIndex = creativeIndex;
    const auto refuse = [&s](ErrorCode code, const QString &message) {
        s.error = code;
        s.errorString = message;
        return s;
    };
    const auto kindCode = [](Creative::Kind kind) {
        return kind == Creative::Kind::NonLinear ? ErrorCode::LinearityMismatch : ErrorCode::TraffickingError;
    };

    if (ad.isWrapper())
        return refuse(ErrorCode::TraffickingError, tr("Ad %1 is a Wrapper; only an InLine ad can be played").arg(ad.id));
    if (ad.creatives.isEmpty())
        return refuse(ErrorCode::TraffickingError, tr("Ad %1 has no creatives").arg(ad.id));
    if (creativeIndex < 0) {
        s.creativeIndex = ad.firstLinearCreative();
        if (s.creativeIndex < 0) {
            const bool nonLinear = std::any_of(ad.creatives.cbegin(), ad.creatives.cend(),
                                               [](const Creative &c) { return c.kind == Creative::Kind::NonLinear; });
            return refuse(nonLinear ? ErrorCode::LinearityMismatch : ErrorCode::TraffickingError,
                          nonLinear ? tr("Ad %1 has no Linear creative, only NonLinear ones").arg(ad.id)
                                    : tr("Ad %1 has no Linear creative").arg(ad.id));
        }
    } else if (creativeIndex >= ad.creatives.size()) {
        return refuse(ErrorCode::TraffickingError, tr("Creative index %1 is out of range (ad %2 has %3 creatives)")
                                                       .arg(creativeIndex)
                                                       .arg(ad.id)
                                                       .arg(ad.creatives.size()));
    } else if (ad.creatives.at(creativeIndex).kind != Creative::Kind::Linear) {
        return refuse(kindCode(ad.creatives.at(creativeIndex).kind),
                      tr("Creative %1 of ad %2 is not Linear").arg(creativeIndex).arg(ad.id));
    }

    const Linear &linear = ad.creatives.at(s.creativeIndex).linear;
    const QString duration = m_filter.durationRejection(linear);
    if (!duration.isEmpty())
        return refuse(ErrorCode::DurationMismatch, tr("The filter rejects ad %1: %2").arg(ad.id, duration));

    MediaFileSelection ranked = MediaFileSelector(m_mediaFiles).select(linear.mediaFiles, &m_filter);
    s.mediaFiles = std::move(ranked.candidates);
    s.rejections = std::move(ranked.rejections);
    if (s.mediaFiles.isEmpty()) {
        s.m_noFileReason = ranked.reason;
        s.error = ErrorCode::NoSupportedMediaFile;
        const bool allByFilter = s.isRefusedByFilter();
        const QString lines = s.rejectionLines().join(u"; "_s);
        if (linear.mediaFiles.isEmpty())
            return refuse(ErrorCode::NoSupportedMediaFile, tr("Ad %1 has no MediaFile: %2").arg(ad.id, ranked.reason));
        return refuse(ErrorCode::NoSupportedMediaFile,
                      allByFilter ? tr("The filter rejects every MediaFile of ad %1: %2").arg(ad.id, lines)
                                  : tr("No supported MediaFile in ad %1: %2").arg(ad.id, lines));
    }
    return s;
}

} // namespace VastQt
