# `\N{name}` in a string names a character: any case for ordinary names and aliases
# (`lf`, `BOM`, `VS1`), but the algorithmic Hangul and CJK names only in upper case,
# with 4 or 5 hex digits. Unicode 14.0's names, as CPython 3.11 has them.
# Notice f-strings take the escape too.
samples = [
    "\N{SPACE}", "\N{snowman}", "\N{Latin Small Letter Sharp S}", "\N{MELTING FACE}",
    "\N{EGYPTIAN HIEROGLYPH A001}", "\N{cjk compatibility ideograph-f900}",
    "\N{KHITAN SMALL SCRIPT CHARACTER-18B00}", "\N{VARIATION SELECTOR-1}",
    "\N{lf}", "\N{NULL}", "\N{BOM}", "\N{ZWNBSP}", "\N{vs1}", "\N{LATIN CAPITAL LETTER GHA}",
    "\N{HANGUL SYLLABLE GAG}", "\N{HANGUL SYLLABLE A}", "\N{HANGUL SYLLABLE GGAEGG}",
    "\N{CJK UNIFIED IDEOGRAPH-4E00}", "\N{CJK UNIFIED IDEOGRAPH-04E00}",
    "\N{CJK UNIFIED IDEOGRAPH-2EBE0}", f"{1 + 1}\N{BLACK STAR}",
]
for s in samples:
    print(ascii(s), [ord(c) for c in s])
print("a\N{COMBINING ACUTE ACCENT}" == "a\u0301", len("\N{EM DASH}\N{EN DASH}"))
