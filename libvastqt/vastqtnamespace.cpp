// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastqtnamespace.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtCore/QTranslator>

using namespace Qt::StringLiterals;

namespace VastQt
{

QString errorCodeDescription(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NoError:
        return QCoreApplication::translate("VastQt::ErrorCode", "No error.");
    case ErrorCode(100):
        return QCoreApplication::translate("VastQt::ErrorCode", "XML parsing error.");
    case ErrorCode(101):
        return QCoreApplication::translate("VastQt::ErrorCode", "VAST schema validation error.");
    case ErrorCode(102):
        return QCoreApplication::translate("VastQt::ErrorCode", "VAST version of response not supported.");
    case ErrorCode(200):
        return QCoreApplication::translate("VastQt::ErrorCode", "Trafficking error. Media player received an Ad type that it was not expecting and/or cannot play.");
    case ErrorCode(201):
        return QCoreApplication::translate("VastQt::ErrorCode", "Media player expecting different linearity.");
    case ErrorCode(202):
        return QCoreApplication::translate("VastQt::ErrorCode", "Media player expecting different duration.");
    case ErrorCode(203):
        return QCoreApplication::translate("VastQt::ErrorCode", "Media player expecting different size.");
    case ErrorCode(204):
        return QCoreApplication::translate("VastQt::ErrorCode", "Ad category was required but not provided.");
    case ErrorCode(205):
        return QCoreApplication::translate("VastQt::ErrorCode", "Inline Category violates Wrapper BlockedAdCategories (refer 3.19.2).");
    case ErrorCode(206):
        return QCoreApplication::translate("VastQt::ErrorCode", "Ad Break shortened. Ad was not served.");
    case ErrorCode(300):
        return QCoreApplication::translate("VastQt::ErrorCode", "General Wrapper error.");
    case ErrorCode(301):
        return QCoreApplication::translate("VastQt::ErrorCode", "Timeout of VAST URI provided in Wrapper element, or of VAST URI provided in a subsequent Wrapper element. (URI was either unavailable or reached a timeout as defined by the media player.)");
    case ErrorCode(302):
        return QCoreApplication::translate("VastQt::ErrorCode", "Wrapper limit reached, as defined by the media player. Too many Wrapper responses have been received with no InLine response.");
    case ErrorCode(303):
        return QCoreApplication::translate("VastQt::ErrorCode", "No VAST response after one or more Wrappers.");
    case ErrorCode(304):
        return QCoreApplication::translate("VastQt::ErrorCode", "InLine response returned ad unit that failed to result in ad display within defined time limit.");
    case ErrorCode(400):
        return QCoreApplication::translate("VastQt::ErrorCode", "General Linear error. Media player is unable to display the Linear Ad.");
    case ErrorCode(401):
        return QCoreApplication::translate("VastQt::ErrorCode", "File not found. Unable to find Linear/MediaFile from URI.");
    case ErrorCode(402):
        return QCoreApplication::translate("VastQt::ErrorCode", "Timeout of MediaFile URI.");
    case ErrorCode(403):
        return QCoreApplication::translate("VastQt::ErrorCode", "Couldn't find MediaFile that is supported by this media player, based on the attributes of the MediaFile element.");
    case ErrorCode(405):
        return QCoreApplication::translate("VastQt::ErrorCode", "Problem displaying MediaFile. Media player found a MediaFile with supported type but couldn't display it. MediaFile may include: unsupported codecs, different MIME type than MediaFile@type, unsupported delivery method, etc.");
    case ErrorCode(406):
        return QCoreApplication::translate("VastQt::ErrorCode", "Mezzanine was required but not provided. Ad not served.");
    case ErrorCode(407):
        return QCoreApplication::translate("VastQt::ErrorCode", "Mezzanine is in the process of being downloaded for the first time. Download may take several hours. Ad will not be served until mezzanine is downloaded and transcoded.");
    case ErrorCode(408):
        return QCoreApplication::translate("VastQt::ErrorCode", "Conditional ad rejected. (deprecated along with conditionalAd)");
    case ErrorCode(409):
        return QCoreApplication::translate("VastQt::ErrorCode", "Interactive unit in the InteractiveCreativeFile node was not executed.");
    case ErrorCode(410):
        return QCoreApplication::translate("VastQt::ErrorCode", "Verification unit in the Verification node was not executed.");
    case ErrorCode(411):
        return QCoreApplication::translate("VastQt::ErrorCode", "Mezzanine was provided as required, but file did not meet required specification. Ad not served.");
    case ErrorCode(500):
        return QCoreApplication::translate("VastQt::ErrorCode", "General NonLinearAds error.");
    case ErrorCode(501):
        return QCoreApplication::translate("VastQt::ErrorCode", "Unable to display NonLinearAd because creative dimensions do not align with creative display area (i.e. creative dimension too large).");
    case ErrorCode(502):
        return QCoreApplication::translate("VastQt::ErrorCode", "Unable to fetch NonLinearAds/NonLinear resource.");
    case ErrorCode(503):
        return QCoreApplication::translate("VastQt::ErrorCode", "Couldn't find NonLinear resource with supported type.");
    case ErrorCode(600):
        return QCoreApplication::translate("VastQt::ErrorCode", "General CompanionAds error.");
    case ErrorCode(601):
        return QCoreApplication::translate("VastQt::ErrorCode", "Unable to display Companion because creative dimensions do not fit within Companion display area (i.e., no available space).");
    case ErrorCode(602):
        return QCoreApplication::translate("VastQt::ErrorCode", "Unable to display required Companion.");
    case ErrorCode(603):
        return QCoreApplication::translate("VastQt::ErrorCode", "Unable to fetch CompanionAds/Companion resource.");
    case ErrorCode(604):
        return QCoreApplication::translate("VastQt::ErrorCode", "Couldn't find Companion resource with supported type.");
    case ErrorCode(900):
        return QCoreApplication::translate("VastQt::ErrorCode", "Undefined Error.");
    case ErrorCode(901):
        return QCoreApplication::translate("VastQt::ErrorCode", "General VPAID error.");
    case ErrorCode(902):
        return QCoreApplication::translate("VastQt::ErrorCode", "General InteractiveCreativeFile error code.");
    }
    return QCoreApplication::translate("VastQt::ErrorCode", "Unknown error code.");
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

bool installTranslator(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return false;
    // The one translator of the library's catalog; a child of the application.
    static QPointer<QTranslator> installed;
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
    }
    auto *translator = new QTranslator(app);
    if (!translator->load(locale, u"libvastqt"_s, u"_"_s, u":/VastQt/i18n"_s)
        || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    installed = translator;
    return true;
}

bool installTranslator()
{
    return installTranslator(QLocale());
}

} // namespace VastQt
