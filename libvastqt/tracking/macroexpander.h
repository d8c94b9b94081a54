// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

#ifndef VASTQT_MACROEXPANDER_H
#define VASTQT_MACROEXPANDER_H

#include <VastQt/vastqt_export.h>

#include <QtCore/QDateTime>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QStringView>
#include <QtCore/QUrl>
#include <QtCore/qobjectdefs.h>

#include <functional>
#include <memory>

namespace VastQt
{

struct TrackingContext;
class MacroExpanderPrivate;

/*!
    \brief Replaces the VAST macros of a URI template with their values (VAST 4.3 §6).

    Both spellings are recognised: \c [NAME] (the spec's) and \c ${NAME}, and also their
    percent-encoded forms \c %5BNAME%5D and \c $%7BNAME%7D (hex in either case), which a
    template carries after it went through a URL encoder (QUrl writes "${" as "$%7B"). A
    name is made of ASCII letters, digits and '_' (up to 64 characters); anything else in
    brackets, such as an IPv6 host "[::1]", is left alone. expand() makes one pass over the template, with no
    regular expression, so it stays cheap when thousands of URLs are expanded.

    Values come from a TrackingContext, except:
    - [TIMESTAMP]: the time of the injected clock (setClock(), default
      QDateTime::currentDateTime) as ISO 8601 with milliseconds and the zone offset,
      "2016-01-17T08:15:07.127-05:00";
    - [CACHEBUSTING]: a random 8-digit integer, 10000000..99999999, drawn from a
      QRandomGenerator seeded with setRandomSeed() (random seed by default), so runs can be
      reproduced.

    Every value is percent-encoded as JavaScript's encodeURIComponent does, as VAST 4.3
    §6.1 requires: letters, digits and \c {- _ . ! ~ * ' ( )} are kept, every other UTF-8
    byte becomes %XX (upper-case hex). The values of Array macros ([UNIVERSALADID],
    [PLAYERSIZE], [PLAYERSTATE], [MEDIAMIME], ...) are encoded one by one and joined with
    an unencoded comma. Playheads are HH:MM:SS.mmm (formatVastTime()).

    Macros without a value follow a policy. The spec (§6.1) asks for "-1" ("unknown") and
    "-2" ("not shared", see TrackingContext::withheld) only for the macros it lists, so two
    policies apply:
    - unavailableMacroPolicy() for the 59 macros of the IAB registry whose value the
      context does not hold: ReplaceWithMinusOne by default;
    - unknownMacroPolicy() for names that are not in the registry and not in
      TrackingContext::extra (proprietary macros of some ad server): LeaveAsIs by default,
      so the server that owns the macro can still see it.

    A MacroExpander is a value: copies are independent (each continues the random sequence
    from where the original was when copied).
*/
class VASTQT_EXPORT MacroExpander
{
    Q_GADGET
public:
    /*! What happens to a macro that has no value. */
    enum class UnknownMacroPolicy {
        LeaveAsIs, //!< keep the macro text, brackets included
        ReplaceWithMinusOne, //!< replace it with "-1" ("unknown", VAST 4.3 §6.1)
        Remove, //!< replace it with nothing
    };
    Q_ENUM(UnknownMacroPolicy)

    //! The clock [TIMESTAMP] reads: returns the current date and time.
    using Clock = std::function<QDateTime()>;

    MacroExpander();
    //! A copy of \a other that continues its random sequence from where \a other is.
    MacroExpander(const MacroExpander &other);
    //! Takes over \a other's state.
    MacroExpander(MacroExpander &&other) noexcept;
    //! Makes this a copy of \a other (see the copy constructor).
    MacroExpander &operator=(const MacroExpander &other);
    //! Takes over \a other's state.
    MacroExpander &operator=(MacroExpander &&other) noexcept;
    ~MacroExpander();

    /*! The clock of [TIMESTAMP]; a null function restores QDateTime::currentDateTime. */
    void setClock(const Clock &clock);
    //! The clock of [TIMESTAMP].
    Clock clock() const;

    /*! Reseeds the generator of [CACHEBUSTING]: the same seed gives the same values. */
    void setRandomSeed(quint32 seed);

    /*! Policy for names outside the IAB registry without a value (default LeaveAsIs). */
    void setUnknownMacroPolicy(UnknownMacroPolicy policy);
    //! The policy for names outside the IAB registry without a value.
    UnknownMacroPolicy unknownMacroPolicy() const;

    /*! Policy for registry macros without a value (default ReplaceWithMinusOne). */
    void setUnavailableMacroPolicy(UnknownMacroPolicy policy);
    //! The policy for registry macros without a value.
    UnknownMacroPolicy unavailableMacroPolicy() const;

    /*!
        Returns \a uriTemplate with every macro replaced as described above. Draws one
        random number per [CACHEBUSTING] occurrence and reads the clock at most once.
    */
    QString expand(QStringView uriTemplate, const TrackingContext &context);

    /*! expand() as a URL (QUrl::TolerantMode: stray spaces and the like are fixed). */
    QUrl expandUrl(QStringView uriTemplate, const TrackingContext &context);

    /*! The macro names found in \a uriTemplate, in order, each once. */
    static QStringList macroNames(QStringView uriTemplate);

    /*! The 59 macro names of the IAB VAST 4.x macro registry, alphabetically. */
    static QStringList registryMacros();
    /*! Whether \a name (without brackets) is in the IAB registry. */
    static bool isRegistryMacro(QStringView name);
    /*! Whether the registry types \a name as an Array (comma-separated values). */
    static bool isArrayMacro(QStringView name);

    /*! \a value percent-encoded as encodeURIComponent does (VAST 4.3 §6.1). */
    static QString encodeValue(QStringView value);
    /*! [TIMESTAMP]'s unencoded form of \a dateTime: "YYYY-MM-DDTHH:MM:SS.mmm+HH:MM". */
    static QString formatTimestamp(const QDateTime &dateTime);

private:
    friend struct MacroExpanderAccess;
    std::unique_ptr<MacroExpanderPrivate> d;
};

} // namespace VastQt

#endif // VASTQT_MACROEXPANDER_H
