// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastqtnamespace.h>

using namespace Qt::StringLiterals;

namespace VastQt
{

QString errorCodeDescription(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NoError:
        return u"No error."_s;
    case ErrorCode(100):
        return u"XML parsing error."_s;
    case ErrorCode(101):
        return u"VAST schema validation error."_s;
    case ErrorCode(102):
        return u"VAST version of response not supported."_s;
    case ErrorCode(200):
        return u"Trafficking error. Media player received an Ad type that it was not expecting and/or cannot play."_s;
    case ErrorCode(201):
        return u"Media player expecting different linearity."_s;
    case ErrorCode(202):
        return u"Media player expecting different duration."_s;
    case ErrorCode(203):
        return u"Media player expecting different size."_s;
    case ErrorCode(204):
        return u"Ad category was required but not provided."_s;
    case ErrorCode(205):
        return u"Inline Category violates Wrapper BlockedAdCategories (refer 3.19.2)."_s;
    case ErrorCode(206):
        return u"Ad Break shortened. Ad was not served."_s;
    case ErrorCode(300):
        return u"General Wrapper error."_s;
    case ErrorCode(301):
        return u"Timeout of VAST URI provided in Wrapper element, or of VAST URI provided in a subsequent Wrapper element. (URI was either unavailable or reached a timeout as defined by the media player.)"_s;
    case ErrorCode(302):
        return u"Wrapper limit reached, as defined by the media player. Too many Wrapper responses have been received with no InLine response."_s;
    case ErrorCode(303):
        return u"No VAST response after one or more Wrappers."_s;
    case ErrorCode(304):
        return u"InLine response returned ad unit that failed to result in ad display within defined time limit."_s;
    case ErrorCode(400):
        return u"General Linear error. Media player is unable to display the Linear Ad."_s;
    case ErrorCode(401):
        return u"File not found. Unable to find Linear/MediaFile from URI."_s;
    case ErrorCode(402):
        return u"Timeout of MediaFile URI."_s;
    case ErrorCode(403):
        return u"Couldn't find MediaFile that is supported by this media player, based on the attributes of the MediaFile element."_s;
    case ErrorCode(405):
        return u"Problem displaying MediaFile. Media player found a MediaFile with supported type but couldn't display it. MediaFile may include: unsupported codecs, different MIME type than MediaFile@type, unsupported delivery method, etc."_s;
    case ErrorCode(406):
        return u"Mezzanine was required but not provided. Ad not served."_s;
    case ErrorCode(407):
        return u"Mezzanine is in the process of being downloaded for the first time. Download may take several hours. Ad will not be served until mezzanine is downloaded and transcoded."_s;
    case ErrorCode(408):
        return u"Conditional ad rejected. (deprecated along with conditionalAd)"_s;
    case ErrorCode(409):
        return u"Interactive unit in the InteractiveCreativeFile node was not executed."_s;
    case ErrorCode(410):
        return u"Verification unit in the Verification node was not executed."_s;
    case ErrorCode(411):
        return u"Mezzanine was provided as required, but file did not meet required specification. Ad not served."_s;
    case ErrorCode(500):
        return u"General NonLinearAds error."_s;
    case ErrorCode(501):
        return u"Unable to display NonLinearAd because creative dimensions do not align with creative display area (i.e. creative dimension too large)."_s;
    case ErrorCode(502):
        return u"Unable to fetch NonLinearAds/NonLinear resource."_s;
    case ErrorCode(503):
        return u"Couldn't find NonLinear resource with supported type."_s;
    case ErrorCode(600):
        return u"General CompanionAds error."_s;
    case ErrorCode(601):
        return u"Unable to display Companion because creative dimensions do not fit within Companion display area (i.e., no available space)."_s;
    case ErrorCode(602):
        return u"Unable to display required Companion."_s;
    case ErrorCode(603):
        return u"Unable to fetch CompanionAds/Companion resource."_s;
    case ErrorCode(604):
        return u"Couldn't find Companion resource with supported type."_s;
    case ErrorCode(900):
        return u"Undefined Error."_s;
    case ErrorCode(901):
        return u"General VPAID error."_s;
    case ErrorCode(902):
        return u"General InteractiveCreativeFile error code."_s;
    }
    return u"Unknown error code."_s;
}

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Fetch:
        return u"fetch"_s;
    case Phase::Parse:
        return u"parse"_s;
    case Phase::Resolve:
        return u"resolve"_s;
    case Phase::Select:
        return u"select"_s;
    case Phase::Play:
        return u"play"_s;
    case Phase::Track:
        return u"track"_s;
    }
    return QString();
}

} // namespace VastQt
