# SPDX-FileCopyrightText: 2026 VastQt contributors
# SPDX-License-Identifier: BSD-3-Clause
#
# Doxygen's INPUT_FILTER (docs/Doxyfile.in): what the header comments write in qdoc's way,
# or as plain text, that Doxygen would read otherwise. The headers stay as they are.

# An IAB element named in the text (<MediaFile>, </Creative>, <vmap:Tracking event="error">)
# is not HTML: escaped for Doxygen. A template argument list (QList<VastUri>) follows a
# name and is left alone, as is #include <QtCore/QString>.
# Twice: a match takes the character before it, so <VideoClicks><ClickTracking> needs two.
/^[[:space:]]*#/! {
    s/(^|[^A-Za-z0-9_:<\\])<(\/?[A-Za-z][A-Za-z0-9:]*)( [^<>]*)?>/\1\\<\2\3\\>/g
    s/(^|[^A-Za-z0-9_:<\\])<(\/?[A-Za-z][A-Za-z0-9:]*)( [^<>]*)?>/\1\\<\2\3\\>/g
}

# qdoc's \c{text with spaces}.
s/\\c\{([^}]*)\}/<tt>\1<\/tt>/g

# qdoc's numbered list: \list 1.
s/\\list 1$/\\list/

# A qdoc table: \table ... \endtable, rows \header or \row, cells \li.
/\\table/,/\\endtable/ {
    /\\header/ s/\\li /<th>/g
    s/\\li /<td>/g
    s/\\header/<tr>/
    s/\\row/<tr>/
    s/\\table/<table>/
    s/\\endtable/<\/table>/
}

# Element@attribute (Ad@id) is not a Doxygen command.
s/([A-Za-z])@([A-Za-z])/\1\\@\2/g
