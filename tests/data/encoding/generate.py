#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 VastQt contributors
# SPDX-License-Identifier: BSD-3-Clause
"""Writes the VAST documents of tst_vastparser::rawXmlInDeclaredEncoding.

Each document is encoded in the encoding it declares, with non-ASCII text in <AdTitle>,
in <Extensions> and in <CreativeExtensions> (text and attribute values). Run it from this
directory; the test holds the same strings, so change both together.
"""

CASES = [
    # file name, declared encoding, Python codec, title, extension text
    ("windows-1252.xml", "windows-1252", "cp1252",
     "Caf\u00e9 \u20ac5 \u2013 \u201cOffre\u201d \u0152uvre",
     "\u00e0 \u20ac \u2018\u0160\u2019 \u2026 \u0178"),
    ("koi8-r.xml", "KOI8-R", "koi8_r",
     "\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440",
     "\u0420\u0435\u043a\u043b\u0430\u043c\u0430 \u0451\u0436 \u042f"),
    ("iso-8859-15.xml", "ISO-8859-15", "iso8859_15",
     "\u20ac \u0152\u0153 \u0160\u0161 \u017d\u017e \u0178",
     "Pr\u00eat \u00e0 \u20ac \u0153uf"),
    ("shift_jis.xml", "Shift_JIS", "shift_jis",
     "\u65e5\u672c\u8a9e\u306e\u5e83\u544a",
     "\u8868\u793a \u30bd\u30d5\u30c8 \u80fd\u529b"),
]

TEMPLATE = """<?xml version="1.0" encoding="{encoding}"?>
<!-- SPDX-FileCopyrightText: 2026 VastQt contributors -->
<!-- SPDX-License-Identifier: BSD-3-Clause -->
<VAST version="4.1">
  <Ad id="{encoding}">
    <InLine>
      <AdSystem>s</AdSystem>
      <AdTitle>{title}</AdTitle>
      <Impression>http://i</Impression>
      <Creatives>
        <Creative>
          <CreativeExtensions><CreativeExtension type="text/plain" label="{ext}">{title}</CreativeExtension></CreativeExtensions>
          <CompanionAds/>
        </Creative>
      </Creatives>
      <Extensions><Extension type="t" label="{title}">{ext}</Extension></Extensions>
    </InLine>
  </Ad>
</VAST>
"""

for name, encoding, codec, title, ext in CASES:
    with open(name, "wb") as out:
        out.write(TEMPLATE.format(encoding=encoding, title=title, ext=ext).encode(codec))
