// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/vastmodel.h>
#include <VastQt/macroexpander.h>
#include <VastQt/trackingcontext.h>
#include "corpus.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace VastQt;

namespace
{

QJsonArray registryMacrosJson()
{
    QFile file(QStringLiteral(VASTQT_CORPUS_DIR "/macros/macros-data.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value("macros"_L1).toArray();
}

// Upper-cases the hex digits of every %xx escape, so "%2f" and "%2F" compare equal.
QString normalizeEscapes(QString s)
{
    for (qsizetype i = 0; i + 2 < s.size(); ++i) {
        if (s.at(i) == u'%') {
            s[i + 1] = s.at(i + 1).toUpper();
            s[i + 2] = s.at(i + 2).toUpper();
        }
    }
    return s;
}

// Puts the unencoded registry example `value` of macro `name` into the context: in the
// typed member when TrackingContext has one (so the typed formatting is what is tested),
// otherwise in `extra`.
void putValue(TrackingContext &c, const QString &name, const QString &value)
{
    if (name == "ADPLAYHEAD"_L1)
        c.adPlayheadMs = parseVastTime(value);
    else if (name == "MEDIAPLAYHEAD"_L1)
        c.mediaPlayheadMs = parseVastTime(value);
    else if (name == "CONTENTPLAYHEAD"_L1)
        c.contentPlayheadMs = parseVastTime(value);
    else if (name == "ERRORCODE"_L1)
        c.errorCode = ErrorCode(value.toInt());
    else if (name == "REASON"_L1)
        c.reason = value.toInt();
    else if (name == "BREAKPOSITION"_L1)
        c.breakPosition = value.toInt();
    else if (name == "ADCOUNT"_L1)
        c.adCount = value.toInt();
    else if (name == "PODSEQUENCE"_L1)
        c.podSequence = value.toInt();
    else if (name == "LIMITADTRACKING"_L1)
        c.limitAdTracking = value.toInt();
    else if (name == "UNIVERSALADID"_L1)
        c.universalAdId = value.split(u',');
    else if (name == "PLAYERSTATE"_L1)
        c.playerState = value.split(u',');
    else if (name == "PLAYERSIZE"_L1)
        c.playerSize = QSize(value.section(u',', 0, 0).toInt(), value.section(u',', 1, 1).toInt());
    else if (name == "CLICKPOS"_L1)
        c.clickPos = QPoint(value.section(u',', 0, 0).toInt(), value.section(u',', 1, 1).toInt());
    else if (name == "ASSETURI"_L1)
        c.assetUri = value;
    else if (name == "ADSERVINGID"_L1)
        c.adServingId = value;
    else if (name == "TRANSACTIONID"_L1)
        c.transactionId = value;
    else if (name == "CLIENTUA"_L1)
        c.clientUa = value;
    else if (name == "DEVICEUA"_L1)
        c.deviceUa = value;
    else if (name == "DEVICEIP"_L1)
        c.deviceIp = value;
    else if (name == "IFA"_L1)
        c.ifa = value;
    else if (name == "IFATYPE"_L1)
        c.ifaType = value;
    else if (name == "DOMAIN"_L1)
        c.domain = value;
    else if (name == "PAGEURL"_L1)
        c.pageUrl = value;
    else if (name == "APPBUNDLE"_L1)
        c.appBundle = value;
    else if (name == "ADTYPE"_L1)
        c.adType = value;
    else if (name == "CONTENTID"_L1)
        c.contentId = value;
    else if (name == "CONTENTURI"_L1)
        c.contentUri = value;
    else
        c.extra.insert(name, value); // TIMESTAMP too: a user value overrides the clock
}

const QString prefix = u"https://t.example/px?"_s;

} // namespace

class tst_MacroExpander : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryMatchesCorpus();
    void registryEncodedExamples_data();
    void registryEncodedExamples();
    void registryPlainExamples_data();
    void registryPlainExamples();
    void timestampIsIso8601WithMillisecondsAndOffset_data();
    void timestampIsIso8601WithMillisecondsAndOffset();
    void timestampReadsTheClockOncePerExpansion();
    void defaultClockTimestampIsNow();
    void cachebustingIsEightDigitsAndReproducible();
    void dollarBraceForm();
    void percentEncodedDelimiters();
    void missingValues_data();
    void missingValues();
    void withheldMacrosExpandToMinusTwo();
    void arrayValuesKeepTheirCommas();
    void nonAsciiIsUtf8Encoded();
    void multipleMacros();
    void noMacroReturnsTheTemplate();
    void bracketsThatAreNotMacros_data();
    void bracketsThatAreNotMacros();
    void macroNamesInOrder();
    void expandUrlGivesAValidUrl();
    void copiesAreIndependent();
};

void tst_MacroExpander::registryMatchesCorpus()
{
    VASTQT_REQUIRE_CORPUS("macros");
    const QJsonArray macros = registryMacrosJson();
    QCOMPARE(macros.size(), 59);
    QStringList names;
    for (const QJsonValue &v : macros) {
        const QJsonObject m = v.toObject();
        const QString name = m.value("name"_L1).toString();
        names.append(name);
        QVERIFY2(MacroExpander::isRegistryMacro(name), qPrintable(name));
        QCOMPARE(MacroExpander::isArrayMacro(name), m.value("datatype"_L1).toString().startsWith("Array"_L1));
    }
    names.sort();
    QCOMPARE(MacroExpander::registryMacros(), names);
    QVERIFY(!MacroExpander::isRegistryMacro(u"NOTAMACRO"));
    QVERIFY(!MacroExpander::isRegistryMacro(u"timestamp")); // names are case-sensitive
}

void tst_MacroExpander::registryEncodedExamples_data()
{
    VASTQT_REQUIRE_CORPUS("macros");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("unencoded");
    QTest::addColumn<QString>("encoded");

    static const QRegularExpression pair(u"unencoded:\\s*<code>(.*?)</code>.*?\\bencoded:\\s*<code>(.*?)</code>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    int rows = 0;
    for (const QJsonValue &v : registryMacrosJson()) {
        const QJsonObject m = v.toObject();
        const QString name = m.value("name"_L1).toString();
        auto it = pair.globalMatch(m.value("example"_L1).toString());
        int n = 0;
        while (it.hasNext()) {
            const auto match = it.next();
            QTest::addRow("%s-%d", qPrintable(name), ++n) << name << match.captured(1) << match.captured(2);
            ++rows;
        }
    }
    // The registry has 17 such pairs (CLIENTUA and SERVERUA two each); fewer means the
    // example parser above broke.
    QVERIFY(rows >= 15);
}

void tst_MacroExpander::registryEncodedExamples()
{
    QFETCH(QString, name);
    QFETCH(QString, unencoded);
    QFETCH(QString, encoded);

    TrackingContext context;
    putValue(context, name, unencoded);
    MacroExpander expander;
    const QString expected = prefix + u"a="_s + normalizeEscapes(encoded) + u"&b="_s + normalizeEscapes(encoded);
    QCOMPARE(expander.expand(prefix + u"a=["_s + name + u"]&b=${"_s + name + u'}', context), expected);
}

void tst_MacroExpander::registryPlainExamples_data()
{
    VASTQT_REQUIRE_CORPUS("macros");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");

    // Examples given as just "<code>value</code>" (maybe with a comment after): values
    // that need no encoding, so the expansion is the value itself.
    static const QRegularExpression plain(u"^\\s*<code>([^<]+)</code>"_s);
    int rows = 0;
    for (const QJsonValue &v : registryMacrosJson()) {
        const QJsonObject m = v.toObject();
        const QString name = m.value("name"_L1).toString();
        const QString example = m.value("example"_L1).toString();
        if (name == "CACHEBUSTING"_L1 || example.contains("ncoded"_L1, Qt::CaseInsensitive))
            continue;
        const auto match = plain.match(example);
        if (!match.hasMatch())
            continue;
        QTest::addRow("%s", qPrintable(name)) << name << match.captured(1).trimmed();
        ++rows;
    }
    QVERIFY(rows >= 30);
}

void tst_MacroExpander::registryPlainExamples()
{
    QFETCH(QString, name);
    QFETCH(QString, value);

    TrackingContext context;
    putValue(context, name, value);
    MacroExpander expander;
    QCOMPARE(expander.expand(prefix + u"v=["_s + name + u']', context), prefix + u"v="_s + value);
}

void tst_MacroExpander::timestampIsIso8601WithMillisecondsAndOffset_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");

    QTest::addRow("eastern") << QDateTime(QDate(2016, 1, 17), QTime(8, 15, 7, 127), Qt::OffsetFromUTC, -5 * 3600)
                             << u"2016-01-17T08%3A15%3A07.127-05%3A00"_s;
    QTest::addRow("utc") << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 5), Qt::UTC)
                         << u"2026-12-31T23%3A59%3A59.005%2B00%3A00"_s;
    QTest::addRow("india") << QDateTime(QDate(2020, 2, 29), QTime(0, 0, 0, 0), Qt::OffsetFromUTC, 5 * 3600 + 1800)
                           << u"2020-02-29T00%3A00%3A00.000%2B05%3A30"_s;
}

void tst_MacroExpander::timestampIsIso8601WithMillisecondsAndOffset()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);

    MacroExpander expander;
    expander.setClock([now] { return now; });
    QCOMPARE(expander.expand(u"ts=[TIMESTAMP]", TrackingContext()), u"ts="_s + expected);
    QCOMPARE(MacroExpander::formatTimestamp(now), QUrl::fromPercentEncoding(expected.toLatin1()));
}

void tst_MacroExpander::timestampReadsTheClockOncePerExpansion()
{
    int reads = 0;
    QDateTime t(QDate(2024, 5, 1), QTime(12, 0, 0, 0), Qt::UTC);
    MacroExpander expander;
    expander.setClock([&] {
        ++reads;
        t = t.addMSecs(1);
        return t;
    });
    const QString out = expander.expand(u"a=[TIMESTAMP]&b=${TIMESTAMP}", TrackingContext());
    QCOMPARE(reads, 1);
    QCOMPARE(out, u"a=2024-05-01T12%3A00%3A00.001%2B00%3A00&b=2024-05-01T12%3A00%3A00.001%2B00%3A00"_s);
    expander.expand(u"c=[TIMESTAMP]", TrackingContext());
    QCOMPARE(reads, 2);
    expander.expand(u"no timestamp here [CACHEBUSTING]", TrackingContext());
    QCOMPARE(reads, 2);

    // An invalid time is "unknown".
    expander.setClock([] { return QDateTime(); });
    QCOMPARE(expander.expand(u"ts=[TIMESTAMP]", TrackingContext()), u"ts=-1"_s);
}

void tst_MacroExpander::defaultClockTimestampIsNow()
{
    // Without an injected clock: the current local time, also when expansions share the
    // parts of one second.
    MacroExpander expander;
    const QRegularExpression shape(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d\\d:\\d\\d$"_s);
    for (int i = 0; i < 3; ++i) {
        const QDateTime before = QDateTime::currentDateTime();
        const QString out = expander.expand(u"[TIMESTAMP]", TrackingContext());
        const QDateTime after = QDateTime::currentDateTime();
        const QString decoded = QUrl::fromPercentEncoding(out.toLatin1());
        QVERIFY2(shape.match(decoded).hasMatch(), qPrintable(out));
        QVERIFY2(out.contains(u"%3A"_s), qPrintable(out)); // encoded
        const QDateTime at = QDateTime::fromString(decoded, Qt::ISODateWithMs);
        QVERIFY(at.isValid());
        QVERIFY2(at >= before.addMSecs(-1) && at <= after.addMSecs(1), qPrintable(decoded));
        QCOMPARE(at.offsetFromUtc(), before.offsetFromUtc());
        QCOMPARE(decoded, MacroExpander::formatTimestamp(at.toOffsetFromUtc(before.offsetFromUtc())));
    }
}

void tst_MacroExpander::cachebustingIsEightDigitsAndReproducible()
{
    static const QRegularExpression eight(u"^cb=(\\d{8})&again=(\\d{8})$"_s);
    MacroExpander a;
    a.setRandomSeed(42);
    MacroExpander b;
    b.setRandomSeed(42);
    QStringList seen;
    for (int i = 0; i < 200; ++i) {
        const QString out = a.expand(u"cb=[CACHEBUSTING]&again=${CACHEBUSTING}", TrackingContext());
        const auto m = eight.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        for (int g = 1; g <= 2; ++g) {
            const int v = m.captured(g).toInt();
            QVERIFY(v >= 10000000 && v <= 99999999);
        }
        QCOMPARE(b.expand(u"cb=[CACHEBUSTING]&again=${CACHEBUSTING}", TrackingContext()), out);
        seen.append(out);
    }
    seen.removeDuplicates();
    QVERIFY(seen.size() > 190); // random, not constant
    MacroExpander c;
    c.setRandomSeed(43);
    a.setRandomSeed(42);
    QVERIFY(c.expand(u"[CACHEBUSTING]", TrackingContext()) != a.expand(u"[CACHEBUSTING]", TrackingContext()));
}

void tst_MacroExpander::dollarBraceForm()
{
    TrackingContext context;
    context.adServingId = u"srv-1"_s;
    context.breakPosition = 2;
    MacroExpander expander;
    QCOMPARE(expander.expand(u"x?id=${ADSERVINGID}&bp=${BREAKPOSITION}&mix=[BREAKPOSITION]${ADSERVINGID}", context),
        u"x?id=srv-1&bp=2&mix=2srv-1"_s);
    // "$" alone, or "{NAME}" without "$", is not a macro.
    QCOMPARE(expander.expand(u"a=$ADSERVINGID&b={ADSERVINGID}&c=$", context), u"a=$ADSERVINGID&b={ADSERVINGID}&c=$"_s);
}

void tst_MacroExpander::percentEncodedDelimiters()
{
    TrackingContext context;
    context.adPlayheadMs = 2000;
    context.breakPosition = 3;
    MacroExpander expander;
    QCOMPARE(expander.expand(
                 u"a=%5BBREAKPOSITION%5D&b=$%7BADPLAYHEAD%7D&c=%5bBREAKPOSITION%5d&d=$%7bBREAKPOSITION%7d", context),
        u"a=3&b=00%3A00%3A02.000&c=3&d=3"_s);
    // What QUrl makes of a template: "${NAME}" becomes "$%7BNAME%7D", still expanded.
    const QString viaQUrl = QUrl(u"http://t.example/p?ah=${ADPLAYHEAD}&bp=[BREAKPOSITION]"_s).toString();
    QCOMPARE(expander.expand(viaQUrl, context), u"http://t.example/p?ah=00%3A00%3A02.000&bp=3"_s);
    QCOMPARE(MacroExpander::macroNames(u"%5BA%5D$%7BB%7D"), (QStringList { u"A"_s, u"B"_s }));
    // Mixed or unterminated forms are not macros.
    expander.setUnknownMacroPolicy(MacroExpander::UnknownMacroPolicy::Remove);
    QCOMPARE(expander.expand(u"a=%5BX]&b=[X%5D&c=$%7BX}&d=%5B&e=$%7B&f=%5BX", context),
        u"a=%5BX]&b=[X%5D&c=$%7BX}&d=%5B&e=$%7B&f=%5BX"_s);
}

void tst_MacroExpander::missingValues_data()
{
    using P = MacroExpander::UnknownMacroPolicy;
    QTest::addColumn<P>("unknownPolicy");
    QTest::addColumn<P>("unavailablePolicy");
    QTest::addColumn<QString>("expected");

    const QString tmpl = u"u=[MYMACRO]&v=${OTHER}&ifa=[IFA]&ua=${DEVICEUA}&err=[ERRORCODE]&ps=[PLAYERSIZE]"_s;
    Q_UNUSED(tmpl);
    QTest::addRow("defaults") << P::LeaveAsIs << P::ReplaceWithMinusOne
                              << u"u=[MYMACRO]&v=${OTHER}&ifa=-1&ua=-1&err=-1&ps=-1"_s;
    QTest::addRow("all-minus-one") << P::ReplaceWithMinusOne << P::ReplaceWithMinusOne
                                   << u"u=-1&v=-1&ifa=-1&ua=-1&err=-1&ps=-1"_s;
    QTest::addRow("remove-unknown") << P::Remove << P::ReplaceWithMinusOne << u"u=&v=&ifa=-1&ua=-1&err=-1&ps=-1"_s;
    QTest::addRow("leave-all") << P::LeaveAsIs << P::LeaveAsIs
                               << u"u=[MYMACRO]&v=${OTHER}&ifa=[IFA]&ua=${DEVICEUA}&err=[ERRORCODE]&ps=[PLAYERSIZE]"_s;
    QTest::addRow("remove-all") << P::Remove << P::Remove << u"u=&v=&ifa=&ua=&err=&ps="_s;
}

void tst_MacroExpander::missingValues()
{
    using P = MacroExpander::UnknownMacroPolicy;
    QFETCH(P, unknownPolicy);
    QFETCH(P, unavailablePolicy);
    QFETCH(QString, expected);

    MacroExpander expander;
    QCOMPARE(expander.unknownMacroPolicy(), P::LeaveAsIs);
    QCOMPARE(expander.unavailableMacroPolicy(), P::ReplaceWithMinusOne);
    expander.setUnknownMacroPolicy(unknownPolicy);
    expander.setUnavailableMacroPolicy(unavailablePolicy);
    const QString tmpl = u"u=[MYMACRO]&v=${OTHER}&ifa=[IFA]&ua=${DEVICEUA}&err=[ERRORCODE]&ps=[PLAYERSIZE]"_s;
    QCOMPARE(expander.expand(tmpl, TrackingContext()), expected);

    // A value in extra always wins, for unknown and registry names alike.
    TrackingContext context;
    context.extra.insert(u"MYMACRO"_s, u"a b"_s);
    context.extra.insert(u"IFA"_s, u"x/y"_s);
    const QString out = expander.expand(u"u=[MYMACRO]&ifa=[IFA]", context);
    QCOMPARE(out, u"u=a%20b&ifa=x%2Fy"_s);
}

void tst_MacroExpander::withheldMacrosExpandToMinusTwo()
{
    TrackingContext context;
    context.ifa = u"123e4567-e89b-12d3-a456-426655440000"_s;
    context.domain = u"example.com"_s;
    context.extra.insert(u"GDPRCONSENT"_s, u"abc"_s);
    context.withheld = { u"IFA"_s, u"GDPRCONSENT"_s, u"MYMACRO"_s };
    MacroExpander expander;
    QCOMPARE(expander.expand(u"ifa=[IFA]&d=[DOMAIN]&g=${GDPRCONSENT}&m=[MYMACRO]", context),
        u"ifa=-2&d=example.com&g=-2&m=-2"_s);
}

void tst_MacroExpander::arrayValuesKeepTheirCommas()
{
    // VAST 4.3 §6.1: "abc/def" and "y=z" become "abc%2Fdef,y%3Dz".
    TrackingContext context;
    context.extra.insert(u"REGULATIONS"_s, u"abc/def,y=z"_s); // Array<string>
    context.extra.insert(u"GDPRCONSENT"_s, u"abc/def,y=z"_s); // string: the comma is data
    context.universalAdId = { u"ad-id.org CNPA0484000H"_s, u"other.org a,b"_s };
    context.playerState = { u"muted"_s, u"fullscreen"_s };
    MacroExpander expander;
    QCOMPARE(expander.expand(u"r=[REGULATIONS]&g=[GDPRCONSENT]&u=[UNIVERSALADID]&s=[PLAYERSTATE]", context),
        u"r=abc%2Fdef,y%3Dz&g=abc%2Fdef%2Cy%3Dz&u=ad-id.org%20CNPA0484000H,other.org%20a%2Cb&s=muted,fullscreen"_s);

    // An empty player state is known ("nothing to report"), not -1.
    QCOMPARE(expander.expand(u"s=[PLAYERSTATE]", TrackingContext()), u"s="_s);
}

void tst_MacroExpander::nonAsciiIsUtf8Encoded()
{
    TrackingContext context;
    context.pageUrl = u"https://ex.com/caf\u00e9?q=1&r=2#f"_s;
    context.extra.insert(u"X"_s, u"!'()*~-_.&\u20ac"_s);
    MacroExpander expander;
    QCOMPARE(expander.expand(u"p=[PAGEURL]&x=[X]", context),
        u"p=https%3A%2F%2Fex.com%2Fcaf%C3%A9%3Fq%3D1%26r%3D2%23f&x=!'()*~-_.%26%E2%82%AC"_s);
    QCOMPARE(MacroExpander::encodeValue(u"a b+c"), u"a%20b%2Bc"_s);
}

void tst_MacroExpander::multipleMacros()
{
    TrackingContext context;
    context.errorCode = ErrorCode::NoSupportedMediaFile;
    context.adPlayheadMs = 11355;
    context.mediaPlayheadMs = 321123;
    context.assetUri = u"https://myadserver.com/video.mp4"_s;
    context.playerSize = QSize(640, 360);
    context.clickPos = QPoint(315, 204);
    context.limitAdTracking = 0;
    context.podSequence = 1;
    MacroExpander expander;
    expander.setRandomSeed(7);
    expander.setClock([] { return QDateTime(QDate(2016, 1, 17), QTime(8, 15, 7, 127), Qt::UTC); });
    const QString out = expander.expand(
        u"https://t.example/e?code=[ERRORCODE]&ah=[ADPLAYHEAD]&mh=${MEDIAPLAYHEAD}&a=[ASSETURI]&ps=[PLAYERSIZE]"
        "&cp=[CLICKPOS]&lmt=[LIMITADTRACKING]&seq=[PODSEQUENCE]&ts=[TIMESTAMP]&cb=[CACHEBUSTING]&z=[ZZZ]",
        context);
    static const QRegularExpression re(
        u"^https://t\\.example/e\\?code=403&ah=00%3A00%3A11\\.355&mh=00%3A05%3A21\\.123"
        "&a=https%3A%2F%2Fmyadserver\\.com%2Fvideo\\.mp4&ps=640,360&cp=315,204&lmt=0&seq=1"
        "&ts=2016-01-17T08%3A15%3A07\\.127%2B00%3A00&cb=\\d{8}&z=\\[ZZZ\\]$"_s);
    QVERIFY2(re.match(out).hasMatch(), qPrintable(out));
}

void tst_MacroExpander::noMacroReturnsTheTemplate()
{
    MacroExpander expander;
    const QString t = u"https://ad.server.com/impression/dot.gif?v=1&id=abc"_s;
    QCOMPARE(expander.expand(t, TrackingContext()), t);
    QCOMPARE(expander.expand(u"", TrackingContext()), QString());
}

void tst_MacroExpander::bracketsThatAreNotMacros_data()
{
    QTest::addColumn<QString>("input");
    QTest::addRow("ipv6-host") << u"http://[::1]:8080/t?a=1"_s;
    QTest::addRow("empty") << u"http://x/t?a=[]&b=${}"_s;
    QTest::addRow("dash") << u"http://x/t?a=[A-B]"_s;
    QTest::addRow("unterminated") << u"http://x/t?a=[ERRORCODE&b=${ERRORCODE"_s;
    QTest::addRow("too-long") << (u"http://x/t?a=["_s + QString(65, u'A') + u']');
    QTest::addRow("trailing") << u"http://x/t?a=["_s;
}

void tst_MacroExpander::bracketsThatAreNotMacros()
{
    QFETCH(QString, input);
    MacroExpander expander;
    expander.setUnknownMacroPolicy(MacroExpander::UnknownMacroPolicy::Remove);
    expander.setUnavailableMacroPolicy(MacroExpander::UnknownMacroPolicy::Remove);
    QCOMPARE(expander.expand(input, TrackingContext()), input);
}

void tst_MacroExpander::macroNamesInOrder()
{
    QCOMPARE(MacroExpander::macroNames(u"a=[B]&c=${A}&d=[B]&e=[::1]&f=[lower_1]"),
        (QStringList { u"B"_s, u"A"_s, u"lower_1"_s }));
    QVERIFY(MacroExpander::macroNames(u"none").isEmpty());
}

void tst_MacroExpander::expandUrlGivesAValidUrl()
{
    TrackingContext context;
    context.deviceUa = u"Mozilla/5.0 (X11; Linux x86_64)"_s;
    MacroExpander expander;
    const QUrl url = expander.expandUrl(u"  https://t.example/p?ua=[DEVICEUA]&n=[NOPE]  ", context);
    QVERIFY(url.isValid());
    QCOMPARE(url.host(), u"t.example"_s);
    QCOMPARE(url.query(QUrl::FullyEncoded), u"ua=Mozilla%2F5.0%20(X11%3B%20Linux%20x86_64)&n=[NOPE]"_s);
}

void tst_MacroExpander::copiesAreIndependent()
{
    MacroExpander a;
    a.setRandomSeed(1);
    a.setUnknownMacroPolicy(MacroExpander::UnknownMacroPolicy::Remove);
    MacroExpander b = a;
    b.setUnknownMacroPolicy(MacroExpander::UnknownMacroPolicy::LeaveAsIs);
    QCOMPARE(a.unknownMacroPolicy(), MacroExpander::UnknownMacroPolicy::Remove);
    // Same random state at the copy, then each goes its own way.
    QCOMPARE(a.expand(u"[CACHEBUSTING]", TrackingContext()), b.expand(u"[CACHEBUSTING]", TrackingContext()));
    MacroExpander c(std::move(b));
    QCOMPARE(c.unknownMacroPolicy(), MacroExpander::UnknownMacroPolicy::LeaveAsIs);
    QCOMPARE(c.expand(u"[X]", TrackingContext()), u"[X]"_s);
}

QTEST_GUILESS_MAIN(tst_MacroExpander)
#include "tst_macroexpander.moc"
