// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/trackingcontext.h>

namespace VastQt
{

bool TrackingContext::operator==(const TrackingContext &o) const
{
    return errorCode == o.errorCode && reason == o.reason && adPlayheadMs == o.adPlayheadMs
        && mediaPlayheadMs == o.mediaPlayheadMs && contentPlayheadMs == o.contentPlayheadMs && assetUri == o.assetUri
        && adServingId == o.adServingId && universalAdId == o.universalAdId && podSequence == o.podSequence
        && breakPosition == o.breakPosition && adCount == o.adCount && transactionId == o.transactionId
        && limitAdTracking == o.limitAdTracking && clientUa == o.clientUa && deviceUa == o.deviceUa
        && deviceIp == o.deviceIp && ifa == o.ifa && ifaType == o.ifaType && domain == o.domain && pageUrl == o.pageUrl
        && appBundle == o.appBundle && adType == o.adType && contentId == o.contentId && contentUri == o.contentUri
        && playerSize == o.playerSize && playerState == o.playerState && clickPos == o.clickPos && extra == o.extra
        && withheld == o.withheld;
}

} // namespace VastQt
