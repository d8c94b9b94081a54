// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#include <VastQt/macroexpander.h>
#include "macroexpander_p.h"

#include <VastQt/vastmodel.h>
#include <VastQt/trackingcontext.h>

#include <QtCore/QHash>
#include <QtCore/QVarLengthArray>
#include <QtCore/QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace VastQt
{

namespace
{

// The IAB VAST 4.x macro registry (corpus/macros/macros-data.json), alphabetically, so a
// name is found by binary search without building a QString. `array` is true for the
// registry's Array<...> data types.
enum class Macro : quint8 {
    ADCATEGORIES,
    ADCOUNT,
    ADPLAYHEAD,
    ADSERVINGID,
    ADTYPE,
    APIFRAMEWORKS,
    APPBUNDLE,
    ASSETURI,
    BLOCKEDADCATEGORIES,
    BREAKMAXADLENGTH,
    BREAKMAXADS,
    BREAKMAXDURATION,
    BREAKMINADLENGTH,
    BREAKPOSITION,
    CACHEBUSTING,
    CLICKPOS,
    CLICKTYPE,
    CLIENTUA,
    CONTENTCAT,
    CONTENTID,
    CONTENTPLAYHEAD,
    CONTENTURI,
    DEVICEIP,
    DEVICEUA,
    DOMAIN,
    DSAPARAMS,
    DSAPUBRENDER,
    DSAREQUIRED,
    ERRORCODE,
    EXTENSIONS,
    GDPRCONSENT,
    GPPSECTIONID,
    GPPSTRING,
    IFA,
    IFATYPE,
    INVENTORYSTATE,
    LATLONG,
    LIMITADTRACKING,
    MEDIAMIME,
    MEDIAPLAYHEAD,
    OMIDPARTNER,
    PAGEURL,
    PLACEMENTTYPE,
    PLAYBACKMETHODS,
    PLAYERCAPABILITIES,
    PLAYERSIZE,
    PLAYERSTATE,
    PODSEQUENCE,
    REASON,
    REGULATIONS,
    SERVERSIDE,
    SERVERUA,
    STOREID,
    STOREURL,
    TIMESTAMP,
    TRANSACTIONID,
    UNIVERSALADID,
    VASTVERSIONS,
    VERIFICATIONVENDORS,
};

struct MacroInfo
{
    QLatin1StringView name;
    bool array;
};

constexpr MacroInfo registry[] = {
    { "ADCATEGORIES"_L1, true },
    { "ADCOUNT"_L1, false },
    { "ADPLAYHEAD"_L1, false },
    { "ADSERVINGID"_L1, false },
    { "ADTYPE"_L1, false },
    { "APIFRAMEWORKS"_L1, true },
    { "APPBUNDLE"_L1, false },
    { "ASSETURI"_L1, false },
    { "BLOCKEDADCATEGORIES"_L1, true },
    { "BREAKMAXADLENGTH"_L1, false },
    { "BREAKMAXADS"_L1, false },
    { "BREAKMAXDURATION"_L1, false },
    { "BREAKMINADLENGTH"_L1, false },
    { "BREAKPOSITION"_L1, false },
    { "CACHEBUSTING"_L1, false },
    { "CLICKPOS"_L1, true },
    { "CLICKTYPE"_L1, false },
    { "CLIENTUA"_L1, false },
    { "CONTENTCAT"_L1, true },
    { "CONTENTID"_L1, false },
    { "CONTENTPLAYHEAD"_L1, false },
    { "CONTENTURI"_L1, false },
    { "DEVICEIP"_L1, false },
    { "DEVICEUA"_L1, false },
    { "DOMAIN"_L1, false },
    { "DSAPARAMS"_L1, true },
    { "DSAPUBRENDER"_L1, false },
    { "DSAREQUIRED"_L1, false },
    { "ERRORCODE"_L1, false },
    { "EXTENSIONS"_L1, true },
    { "GDPRCONSENT"_L1, false },
    { "GPPSECTIONID"_L1, true },
    { "GPPSTRING"_L1, false },
    { "IFA"_L1, false },
    { "IFATYPE"_L1, false },
    { "INVENTORYSTATE"_L1, true },
    { "LATLONG"_L1, true },
    { "LIMITADTRACKING"_L1, false },
    { "MEDIAMIME"_L1, true },
    { "MEDIAPLAYHEAD"_L1, false },
    { "OMIDPARTNER"_L1, false },
    { "PAGEURL"_L1, false },
    { "PLACEMENTTYPE"_L1, false },
    { "PLAYBACKMETHODS"_L1, false },
    { "PLAYERCAPABILITIES"_L1, true },
    { "PLAYERSIZE"_L1, true },
    { "PLAYERSTATE"_L1, true },
    { "PODSEQUENCE"_L1, false },
    { "REASON"_L1, false },
    { "REGULATIONS"_L1, true },
    { "SERVERSIDE"_L1, false },
    { "SERVERUA"_L1, false },
    { "STOREID"_L1, false },
    { "STOREURL"_L1, false },
    { "TIMESTAMP"_L1, false },
    { "TRANSACTIONID"_L1, false },
    { "UNIVERSALADID"_L1, true },
    { "VASTVERSIONS"_L1, true },
    { "VERIFICATIONVENDORS"_L1, true },
};
constexpr int registrySize = int(std::size(registry));
static_assert(registrySize == 59, "the IAB registry lists 59 macros");
static_assert(int(Macro::VERIFICATIONVENDORS) == registrySize - 1, "Macro and registry[] must match");

constexpr int maxNameLength = 64;

// Index in registry[] of `name`, or -1.
int registryIndex(QStringView name)
{
    int lo = 0;
    int hi = registrySize - 1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        const int c = name.compare(registry[mid].name);
        if (c == 0)
            return mid;
        if (c < 0)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
    return -1;
}

// If a macro opening delimiter starts at t[i], returns its length and sets the closing
// delimiter: "[" … "]", "${" … "}", and their percent-encoded forms "%5B" … "%5D" and
// "$%7B" … "%7D" (URIs that went through a URL encoder, QUrl included, carry those).
inline qsizetype macroOpening(QStringView t, qsizetype i, QLatin1StringView *close)
{
    const char16_t ch = t[i].unicode();
    if (ch == u'[') {
        *close = "]"_L1;
        return 1;
    }
    if (ch == u'$') {
        if (i + 1 < t.size() && t[i + 1] == u'{') {
            *close = "}"_L1;
            return 2;
        }
        if (t.mid(i + 1, 3).compare("%7B"_L1, Qt::CaseInsensitive) == 0) {
            *close = "%7D"_L1;
            return 4;
        }
        return 0;
    }
    if (ch == u'%' && t.mid(i + 1, 2).compare("5B"_L1, Qt::CaseInsensitive) == 0) {
        *close = "%5D"_L1;
        return 3;
    }
    return 0;
}

// If a macro starts at t[i], returns the index just past it and sets `name`; else -1.
inline qsizetype matchMacro(QStringView t, qsizetype i, QStringView *name);

inline bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_';
}

inline qsizetype matchMacro(QStringView t, qsizetype i, QStringView *name)
{
    QLatin1StringView close;
    const qsizetype open = macroOpening(t, i, &close);
    if (open == 0)
        return -1;
    const qsizetype nameStart = i + open;
    const qsizetype n = t.size();
    qsizetype j = nameStart;
    while (j < n && j - nameStart <= maxNameLength && isNameChar(t[j]))
        ++j;
    if (j == nameStart || j - nameStart > maxNameLength)
        return -1;
    if (t.mid(j, close.size()).compare(close, Qt::CaseInsensitive) != 0)
        return -1;
    *name = t.mid(nameStart, j - nameStart);
    return j + close.size();
}

// encodeURIComponent keeps these besides ASCII letters and digits.
inline bool isKeptAscii(char16_t u)
{
    if ((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
        return true;
    switch (u) {
    case u'-':
    case u'_':
    case u'.':
    case u'!':
    case u'~':
    case u'*':
    case u'\'':
    case u'(':
    case u')':
        return true;
    default:
        return false;
    }
}

void appendEncoded(QString &out, QStringView value)
{
    // Fast path: nothing to escape (the common case of ids and numbers).
    qsizetype plainPrefix = 0;
    bool ascii = true;
    for (QChar c : value) {
        if (!isKeptAscii(c.unicode()))
            break;
        ++plainPrefix;
    }
    if (plainPrefix == value.size()) {
        out.append(value);
        return;
    }
    for (qsizetype i = plainPrefix; i < value.size(); ++i) {
        if (value[i].unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    static constexpr char16_t hex[] = u"0123456789ABCDEF";
    // Written straight into the result, grown once to the worst case and cut back (one
    // QString::append(QChar) per character cost more than the rest of the expansion).
    QByteArray utf8;
    const qsizetype n = ascii ? value.size() : (utf8 = value.toUtf8()).size();
    const qsizetype old = out.size();
    out.resize(old + 3 * n);
    QChar *const begin = out.data() + old;
    QChar *p = begin;
    auto put = [&p](unsigned char b) {
        if (b < 0x80 && isKeptAscii(char16_t(b))) {
            *p++ = QChar(char16_t(b));
        } else {
            *p++ = QChar(u'%');
            *p++ = QChar(hex[b >> 4]);
            *p++ = QChar(hex[b & 0xF]);
        }
    };
    if (ascii) {
        for (QChar c : value)
            put(static_cast<unsigned char>(c.unicode()));
    } else {
        for (const char ch : std::as_const(utf8))
            put(static_cast<unsigned char>(ch));
    }
    out.truncate(old + (p - begin));
}

// appendEncoded() of a whole QString, with the last few values whose encoding differs from
// them remembered per thread with their encoded form: an ad's asset URI is the same in every
// beacon and every session, and is then encoded once. Found by their text.
void appendEncodedString(QString &out, const QString &value)
{
    struct Entry
    {
        QString raw;
        QString encoded;
    };
    struct Memo
    {
        Entry entries[4];
        unsigned next = 0; // the entry replaced next
    };
    thread_local Memo memo;
    for (const Entry &e : memo.entries) {
        if (e.raw.size() == value.size() && e.raw == value && !e.raw.isEmpty()) {
            out.append(e.encoded);
            return;
        }
    }
    const qsizetype old = out.size();
    appendEncoded(out, value);
    const QStringView encoded = QStringView(out).mid(old);
    if (encoded != QStringView(value)) {
        Entry &e = memo.entries[memo.next++ % 4];
        e.raw = value;
        e.encoded = encoded.toString();
    }
}

// An Array value given as one string: each comma-separated item encoded, commas kept.
void appendEncodedList(QString &out, QStringView list)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype comma = list.indexOf(u',', start);
        appendEncoded(out, list.mid(start, comma < 0 ? -1 : comma - start));
        if (comma < 0)
            break;
        out.append(u',');
        start = comma + 1;
    }
}

void appendEncodedList(QString &out, const QStringList &items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out.append(u',');
        appendEncoded(out, items.at(i));
    }
}

// Appends the ASCII text [s, s + n), widened in place: QString::append(QLatin1StringView)
// costs several times more for the few characters of a number or a playhead.
void appendAscii(QString &out, const char *s, qsizetype n)
{
    const qsizetype old = out.size();
    out.resize(old + n);
    QChar *p = out.data() + old;
    for (qsizetype i = 0; i < n; ++i)
        p[i] = QLatin1Char(s[i]);
}

// Appends the decimal digits of \a v >= 0 (no QString temporary).
void appendNumber(QString &out, qint64 v)
{
    char buf[24];
    char *end = buf + sizeof buf;
    char *p = end;
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v > 0);
    appendAscii(out, p, end - p);
}

void appendTwo(char *&p, int v)
{
    *p++ = char('0' + (v / 10) % 10);
    *p++ = char('0' + v % 10);
}

// [TIMESTAMP] of QDateTime::currentDateTime(), encoded. Converting the time to local date,
// time and UTC offset is most of its cost, and every beacon fired within the same second
// shares all but the milliseconds: those parts are kept per thread for the current second
// (a UTC offset only changes on a whole second).
void appendCurrentTimestamp(QString &out)
{
    struct Cache
    {
        qint64 second = std::numeric_limits<qint64>::min();
        QString head; // "YYYY-MM-DDTHH%3AMM%3ASS."
        QString tail; // "%2BHH%3AMM"
    };
    thread_local Cache cache;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    qint64 second = ms / 1000;
    if (ms % 1000 < 0)
        --second;
    const int millis = int(ms - second * 1000);
    if (second != cache.second) {
        QString full;
        appendEncoded(full, MacroExpander::formatTimestamp(QDateTime::fromMSecsSinceEpoch(second * 1000)));
        const qsizetype dot = full.lastIndexOf(u'.');
        if (dot < 0)
            return;
        cache.head = full.left(dot + 1);
        cache.tail = full.mid(dot + 4);
        cache.second = second;
    }
    out.append(cache.head);
    const char digits[3] = { char('0' + millis / 100), char('0' + (millis / 10) % 10), char('0' + millis % 10) };
    appendAscii(out, digits, 3);
    out.append(cache.tail);
}

} // namespace

class MacroExpanderPrivate
{
public:
    MacroExpander::Clock clock;
    // [CACHEBUSTING] draws from QRandomGenerator::global() unless setRandomSeed() was
    // called; the seeded generator is only built on its first draw. Seeding a
    // QRandomGenerator (a Mersenne Twister) costs tens of thousands of instructions, and
    // every Tracker holds an expander, so seeding one per expander dominated a session.
    std::optional<QRandomGenerator> random;
    std::optional<quint32> seed;
    quint32 cacheBuster()
    {
        if (!seed)
            return QRandomGenerator::global()->bounded(10000000, 100000000);
        if (!random)
            random.emplace(*seed);
        return random->bounded(10000000, 100000000);
    }
    MacroExpander::UnknownMacroPolicy unknownPolicy = MacroExpander::UnknownMacroPolicy::LeaveAsIs;
    MacroExpander::UnknownMacroPolicy unavailablePolicy = MacroExpander::UnknownMacroPolicy::ReplaceWithMinusOne;

    // Per expand() call: the clock is read once, however many [TIMESTAMP]s there are.
    QString timestamp;
    bool timestampRead = false;

    // Appends the encoded value of registry macro `m`; false when the context has none.
    bool appendRegistryValue(QString &out, Macro m, const TrackingContext &c);
    void appendPolicy(QString &out, MacroExpander::UnknownMacroPolicy policy, QStringView token);
    // Appends the value of the macro \a token (name \a name, registry \a index or -1).
    void appendMacro(QString &out, QStringView token, QStringView name, int index, const TrackingContext &context);
};

void MacroExpanderPrivate::appendPolicy(QString &out, MacroExpander::UnknownMacroPolicy policy, QStringView token)
{
    switch (policy) {
    case MacroExpander::UnknownMacroPolicy::LeaveAsIs:
        out.append(token);
        break;
    case MacroExpander::UnknownMacroPolicy::ReplaceWithMinusOne:
        appendAscii(out, "-1", 2);
        break;
    case MacroExpander::UnknownMacroPolicy::Remove:
        break;
    }
}

bool MacroExpanderPrivate::appendRegistryValue(QString &out, Macro m, const TrackingContext &c)
{
    auto str = [&out](const QString &s) {
        if (s.isEmpty())
            return false;
        appendEncodedString(out, s);
        return true;
    };
    auto num = [&out](qint64 v) {
        if (v < 0)
            return false;
        appendNumber(out, v);
        return true;
    };
    auto time = [&out](qint64 ms) {
        if (ms < 0)
            return false;
        // formatVastTime()'s HH:MM:SS.mmm without its four QString::arg() calls: this runs
        // for every beacon that carries a playhead.
        char buf[40];
        char *p = buf;
        const qint64 hours = ms / 3600000;
        if (hours < 100)
            appendTwo(p, int(hours));
        else
            p += std::snprintf(p, 24, "%lld", static_cast<long long>(hours));
        *p++ = ':';
        appendTwo(p, int((ms / 60000) % 60));
        *p++ = ':';
        appendTwo(p, int((ms / 1000) % 60));
        *p++ = '.';
        const int millis = int(ms % 1000);
        *p++ = char('0' + millis / 100);
        appendTwo(p, millis % 100);
        // Encoded as it is written: only the colons need it (%3A).
        char enc[64];
        char *e = enc;
        for (const char *c = buf; c != p; ++c) {
            if (*c == ':') {
                *e++ = '%';
                *e++ = '3';
                *e++ = 'A';
            } else {
                *e++ = *c;
            }
        }
        appendAscii(out, enc, e - enc);
        return true;
    };

    switch (m) {
    case Macro::TIMESTAMP:
        if (!timestampRead) {
            timestampRead = true;
            timestamp.clear();
            if (clock) {
                const QDateTime now = clock();
                if (now.isValid())
                    appendEncoded(timestamp, MacroExpander::formatTimestamp(now));
            } else {
                appendCurrentTimestamp(timestamp);
            }
        }
        if (timestamp.isEmpty())
            return false;
        out.append(timestamp);
        return true;
    case Macro::CACHEBUSTING:
        appendNumber(out, cacheBuster());
        return true;
    case Macro::ERRORCODE:
        if (c.errorCode == ErrorCode::NoError)
            return false;
        appendNumber(out, int(c.errorCode));
        return true;
    case Macro::REASON:
        return num(c.reason);
    case Macro::ADPLAYHEAD:
        return time(c.adPlayheadMs);
    case Macro::MEDIAPLAYHEAD:
        return time(c.mediaPlayheadMs);
    case Macro::CONTENTPLAYHEAD:
        return time(c.contentPlayheadMs);
    case Macro::ASSETURI:
        return str(c.assetUri);
    case Macro::ADSERVINGID:
        return str(c.adServingId);
    case Macro::UNIVERSALADID:
        if (c.universalAdId.isEmpty())
            return false;
        appendEncodedList(out, c.universalAdId);
        return true;
    case Macro::PODSEQUENCE:
        return num(c.podSequence);
    case Macro::BREAKPOSITION:
        return num(c.breakPosition);
    case Macro::ADCOUNT:
        return num(c.adCount);
    case Macro::TRANSACTIONID:
        return str(c.transactionId);
    case Macro::LIMITADTRACKING:
        return num(c.limitAdTracking);
    case Macro::CLIENTUA:
        return str(c.clientUa);
    case Macro::DEVICEUA:
        return str(c.deviceUa);
    case Macro::DEVICEIP:
        return str(c.deviceIp);
    case Macro::IFA:
        return str(c.ifa);
    case Macro::IFATYPE:
        return str(c.ifaType);
    case Macro::DOMAIN:
        return str(c.domain);
    case Macro::PAGEURL:
        return str(c.pageUrl);
    case Macro::APPBUNDLE:
        return str(c.appBundle);
    case Macro::ADTYPE:
        return str(c.adType);
    case Macro::CONTENTID:
        return str(c.contentId);
    case Macro::CONTENTURI:
        return str(c.contentUri);
    case Macro::PLAYERSIZE:
        if (!c.playerSize.isValid())
            return false;
        out.append(QString::number(c.playerSize.width()));
        out.append(u',');
        out.append(QString::number(c.playerSize.height()));
        return true;
    case Macro::PLAYERSTATE:
        // An empty list is a known state: neither muted nor fullscreen.
        appendEncodedList(out, c.playerState);
        return true;
    case Macro::CLICKPOS:
        if (c.clickPos.x() < 0 || c.clickPos.y() < 0)
            return false;
        out.append(QString::number(c.clickPos.x()));
        out.append(u',');
        out.append(QString::number(c.clickPos.y()));
        return true;
    default:
        // The remaining registry macros have no typed member: TrackingContext::extra only.
        return false;
    }
}

MacroExpander::MacroExpander()
    : d(new MacroExpanderPrivate)
{ }

MacroExpander::MacroExpander(const MacroExpander &other)
    : d(new MacroExpanderPrivate(*other.d))
{ }

MacroExpander::MacroExpander(MacroExpander &&other) noexcept
    : d(std::move(other.d))
{ }

MacroExpander &MacroExpander::operator=(const MacroExpander &other)
{
    if (this != &other)
        d.reset(new MacroExpanderPrivate(*other.d));
    return *this;
}

MacroExpander &MacroExpander::operator=(MacroExpander &&other) noexcept
{
    d.swap(other.d);
    return *this;
}

MacroExpander::~MacroExpander() = default;

void MacroExpander::setClock(const Clock &clock)
{
    d->clock = clock;
}

MacroExpander::Clock MacroExpander::clock() const
{
    if (d->clock)
        return d->clock;
    return [] { return QDateTime::currentDateTime(); };
}

void MacroExpander::setRandomSeed(quint32 seed)
{
    d->seed = seed;
    d->random.reset();
}

void MacroExpander::setUnknownMacroPolicy(UnknownMacroPolicy policy)
{
    d->unknownPolicy = policy;
}

MacroExpander::UnknownMacroPolicy MacroExpander::unknownMacroPolicy() const
{
    return d->unknownPolicy;
}

void MacroExpander::setUnavailableMacroPolicy(UnknownMacroPolicy policy)
{
    d->unavailablePolicy = policy;
}

MacroExpander::UnknownMacroPolicy MacroExpander::unavailableMacroPolicy() const
{
    return d->unavailablePolicy;
}

void MacroExpanderPrivate::appendMacro(
    QString &out, QStringView token, QStringView name, int index, const TrackingContext &context)
{
    if (!context.withheld.isEmpty() && context.withheld.contains(name.toString())) {
        appendAscii(out, "-2", 2);
        return;
    }
    if (!context.extra.isEmpty()) {
        const auto it = context.extra.constFind(name.toString());
        if (it != context.extra.constEnd()) {
            if (index >= 0 && registry[index].array)
                appendEncodedList(out, *it);
            else
                appendEncoded(out, *it);
            return;
        }
    }
    if (index < 0) {
        appendPolicy(out, unknownPolicy, token);
        return;
    }
    if (!appendRegistryValue(out, Macro(index), context))
        appendPolicy(out, unavailablePolicy, token);
}

QString MacroExpander::expand(QStringView t, const TrackingContext &context)
{
    const qsizetype n = t.size();
    QString out;
    qsizetype copied = 0; // t[copied, i) is plain text not yet appended
    qsizetype i = 0;
    d->timestampRead = false;
    while (i < n) {
        const char16_t ch = t[i].unicode();
        if (ch != u'[' && ch != u'$' && ch != u'%') {
            ++i;
            continue;
        }
        QStringView name;
        const qsizetype end = matchMacro(t, i, &name);
        if (end < 0) {
            ++i;
            continue;
        }
        const QStringView token = t.mid(i, end - i);
        if (out.isNull())
            out.reserve(n + 64);
        out.append(t.mid(copied, i - copied));
        i = end;
        copied = i;
        d->appendMacro(out, token, name, registryIndex(name), context);
    }
    if (copied == 0)
        return t.toString();
    out.append(t.mid(copied));
    return out;
}

const CompiledTemplate &MacroExpanderAccess::compiled(const QString &uriTemplate)
{
    // Per thread, so that no locking is needed; bounded (an ad has a few dozen templates,
    // and they are the same in every session).
    thread_local QHash<QString, CompiledTemplate> cache;
    auto it = cache.constFind(uriTemplate);
    if (it != cache.cend())
        return *it;
    if (cache.size() >= 1024)
        cache.clear();

    CompiledTemplate t;
    t.text = uriTemplate;
    const QStringView v(t.text);
    const qsizetype n = v.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t ch = v[i].unicode();
        if (ch != u'[' && ch != u'$' && ch != u'%') {
            ++i;
            continue;
        }
        QStringView name;
        const qsizetype end = matchMacro(v, i, &name);
        if (end < 0) {
            ++i;
            continue;
        }
        t.macros.append(CompiledTemplate::Slot { i, end, name.data() - v.data(), name.size(), registryIndex(name) });
        i = end;
    }
    const qsizetype question = v.indexOf(u'?');
    const bool constantBase = question > 0 && !v.contains(u'#') && (t.macros.isEmpty() || t.macros.first().start > question);
    if (constantBase) {
        t.validityKnown = true;
        t.valid = parseTrackingUrl(t.text.left(question + 1)).isValid();
    } else if (t.macros.isEmpty()) {
        t.validityKnown = true;
        const QUrl url = parseTrackingUrl(t.text);
        t.valid = url.isValid() && !url.isEmpty();
    }
    return *cache.insert(uriTemplate, std::move(t));
}

QString MacroExpanderAccess::expand(MacroExpander &expander, const CompiledTemplate &t, const TrackingContext &context)
{
    if (t.macros.isEmpty())
        return t.text;
    MacroExpanderPrivate *d = expander.d.get();
    d->timestampRead = false;
    const QStringView v(t.text);
    QString out;
    out.reserve(v.size() + 64);
    qsizetype copied = 0;
    for (const CompiledTemplate::Slot &s : t.macros) {
        out.append(v.mid(copied, s.start - copied));
        d->appendMacro(out, v.mid(s.start, s.end - s.start), v.mid(s.nameStart, s.nameLength), s.index, context);
        copied = s.end;
    }
    out.append(v.mid(copied));
    return out;
}

// QUrl(url, QUrl::TolerantMode), parsing only the query when the part before it was seen
// before: the same ad's tracking URLs are expanded in every session, and only their queries
// change (macros), while parsing scheme, authority and path (host address included) is most
// of a QUrl parse. A query set on a copy of the parsed base gives the same QUrl as parsing
// the whole string (QUrl parses the query on its own in both cases); URLs with a fragment
// or an invalid base take the plain path, so error states are QUrl's own.
QUrl parseTrackingUrl(const QString &url)
{
    const qsizetype question = url.indexOf(u'?');
    if (question <= 0 || url.contains(u'#'))
        return QUrl(url, QUrl::TolerantMode);
    // Per thread, so that no locking is needed; bounded (ad servers' URL bases are few).
    thread_local QHash<QString, QUrl> bases;
    QString key = url.left(question);
    auto it = bases.constFind(key);
    if (it == bases.cend()) {
        if (bases.size() >= 256)
            bases.clear();
        QUrl base(key, QUrl::TolerantMode);
        it = bases.insert(std::move(key), std::move(base));
    }
    if (!it->isValid())
        return QUrl(url, QUrl::TolerantMode);
    QUrl parsed = *it;
    parsed.setQuery(url.mid(question + 1), QUrl::TolerantMode);
    return parsed;
}

QUrl MacroExpander::expandUrl(QStringView uriTemplate, const TrackingContext &context)
{
    return parseTrackingUrl(expand(uriTemplate.trimmed(), context));
}

QStringList MacroExpander::macroNames(QStringView t)
{
    QStringList names;
    const qsizetype n = t.size();
    qsizetype i = 0;
    while (i < n) {
        QStringView name;
        const qsizetype end = matchMacro(t, i, &name);
        if (end < 0) {
            ++i;
            continue;
        }
        const QString s = name.toString();
        if (!names.contains(s))
            names.append(s);
        i = end;
    }
    return names;
}

QStringList MacroExpander::registryMacros()
{
    QStringList names;
    names.reserve(registrySize);
    for (const MacroInfo &info : registry)
        names.append(QString(info.name));
    return names;
}

bool MacroExpander::isRegistryMacro(QStringView name)
{
    return registryIndex(name) >= 0;
}

bool MacroExpander::isArrayMacro(QStringView name)
{
    const int index = registryIndex(name);
    return index >= 0 && registry[index].array;
}

QString MacroExpander::encodeValue(QStringView value)
{
    QString out;
    out.reserve(value.size());
    appendEncoded(out, value);
    return out;
}

QString MacroExpander::formatTimestamp(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    int offset = dateTime.offsetFromUtc() / 60; // minutes
    const char sign = offset < 0 ? '-' : '+';
    offset = qAbs(offset);

    char buf[40];
    char *p = buf;
    const int year = qBound(0, date.year(), 9999);
    *p++ = char('0' + year / 1000);
    *p++ = char('0' + (year / 100) % 10);
    appendTwo(p, year % 100);
    *p++ = '-';
    appendTwo(p, date.month());
    *p++ = '-';
    appendTwo(p, date.day());
    *p++ = 'T';
    appendTwo(p, time.hour());
    *p++ = ':';
    appendTwo(p, time.minute());
    *p++ = ':';
    appendTwo(p, time.second());
    *p++ = '.';
    const int ms = time.msec();
    *p++ = char('0' + ms / 100);
    appendTwo(p, ms % 100);
    *p++ = sign;
    appendTwo(p, offset / 60);
    *p++ = ':';
    appendTwo(p, offset % 60);
    return QLatin1StringView(buf, p - buf);
}

} // namespace VastQt
