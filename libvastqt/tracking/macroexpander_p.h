// SPDX-FileCopyrightText: 2026 VastQt contributors
// SPDX-License-Identifier: BSD-3-Clause

//
//  W A R N I N G
//  -------------
//
// This file is not part of the VastQt API. It may change without notice.
//

#ifndef VASTQT_MACROEXPANDER_P_H
#define VASTQT_MACROEXPANDER_P_H

#include <VastQt/macroexpander.h>

#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtCore/QVarLengthArray>

namespace VastQt
{

struct TrackingContext;

// A URI template scanned once: its literal text and the macros in it (what expand() finds
// by scanning, character by character, on every call). Expanding it only appends.
struct CompiledTemplate
{
    struct Slot
    {
        qsizetype start; // the macro token, delimiters included: text[start, end)
        qsizetype end;
        qsizetype nameStart; // its name: text[nameStart, nameStart + nameLength)
        qsizetype nameLength;
        int index; // in the IAB registry, -1 if not there
    };
    QString text;
    QVarLengthArray<Slot, 4> macros;
    // Whether every expansion's URL validity is known from the template alone: no macro
    // before the '?' (nor a '#'), so the scheme, authority and path are the template's own;
    // then `valid` says whether they parse (QUrl::TolerantMode); a query cannot make such a
    // URL invalid.
    bool validityKnown = false;
    bool valid = false;
};

struct MacroExpanderAccess
{
    // The compiled form of \a uriTemplate (already trimmed), from a per-thread cache keyed
    // by the template text: the same ad's templates are compiled once, not per session.
    // The reference is valid until the next call.
    static const CompiledTemplate &compiled(const QString &uriTemplate);
    // MacroExpander::expand(t.text, context), without scanning.
    static QString expand(MacroExpander &expander, const CompiledTemplate &t, const TrackingContext &context);
};

// QUrl(url, QUrl::TolerantMode), parsing only the query when the part before it was
// parsed before (per-thread cache of bases).
QUrl parseTrackingUrl(const QString &url);

} // namespace VastQt

#endif // VASTQT_MACROEXPANDER_P_H
