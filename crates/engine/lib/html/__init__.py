# HTML escaping and unescaping (CPython 3.11's html package, written for Loopscope).
# unescape follows the HTML 5 rules for references: numeric ones in the C1 range map as
# Windows-1252 did, surrogates and out-of-range numbers become U+FFFD, non-characters
# vanish; a named one without ';' matches its longest known prefix.
import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    # '&' first, or the other replacements would be escaped again
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace('\'', "&#x27;")
    return s


_invalid_charrefs = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81',
    0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026',
    0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030',
    0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d',
    0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018',
    0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022',
    0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122',
    0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9d: '\x9d',
    0x9e: '\u017e', 0x9f: '\u0178',
}


def _noncharacters():
    found = set(range(0x1, 0x9))
    found.update(range(0xe, 0x20))
    found.update(range(0x7f, 0xa0))
    found.update(range(0xfdd0, 0xfdf0))
    found.add(0xb)
    # the last two code points of every plane
    for plane in range(17):
        found.add(plane * 0x10000 + 0xfffe)
        found.add(plane * 0x10000 + 0xffff)
    return found


_invalid_codepoints = _noncharacters()
del _noncharacters


def _replace_charref(match):
    ref = match.group(1)
    if ref[0] != '#':
        if ref in _html5:
            return _html5[ref]
        # the longest known name the reference starts with (at least two characters)
        for end in range(len(ref) - 1, 1, -1):
            head = ref[:end]
            if head in _html5:
                return _html5[head] + ref[end:]
        return '&' + ref
    if ref[1] in 'xX':
        num = int(ref[2:].rstrip(';'), 16)
    else:
        num = int(ref[1:].rstrip(';'))
    if num in _invalid_charrefs:
        return _invalid_charrefs[num]
    if num > 0x10FFFF or 0xD800 <= num <= 0xDFFF:
        return '\uFFFD'
    if num in _invalid_codepoints:
        return ''
    return chr(num)


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
