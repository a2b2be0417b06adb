"""Shell-style wildcard matching of file names (CPython's `fnmatch`, written for Loopscope).

`translate` turns a pattern into the same regular expression text CPython's does (a program may
print it); `*` runs between fixed parts become atomic groups so matching never backtracks
exponentially.
"""
import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether `name` matches the shell pattern `pat`, after the OS's case normalisation
    (none on Linux)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        regex = bytes(translate(str(pat, 'ISO-8859-1')), 'ISO-8859-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """The names in `names` that match `pat`, as a list."""
    match = _compile_pattern(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether `name` matches `pat`, case-sensitively."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()  # a run of `*` in the first pass's output


def _bracket(pat, start, end):
    """The regex class for the pattern's `[...]` whose contents are `pat[start:end]`."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # Split at the hyphens that make ranges, drop empty ranges (`z-a`), then escape.
        pieces = []
        cut = start
        search = start + 2 if pat[start] == '!' else start + 1
        while True:
            hyphen = pat.find('-', search, end)
            if hyphen < 0:
                break
            pieces.append(pat[cut:hyphen])
            cut = hyphen + 1
            search = hyphen + 3
        last = pat[cut:end]
        if last:
            pieces.append(last)
        else:
            pieces[-1] += '-'
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in pieces)
    # Set operations re might gain one day are escaped.
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'  # an empty range matches nothing
    if body == '!':
        return '.'
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in ('^', '['):
        body = '\\' + body
    return f'[{body}]'


def _tokens(pat):
    """The pattern as regex pieces, with `_STAR` for each run of stars."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')  # no closing bracket: a literal `[`
            else:
                out.append(_bracket(pat, i, j))
                i = j + 1
        else:
            out.append(re.escape(c))
    return out


def translate(pat):
    """The regular expression (text) that matches what the shell pattern `pat` matches."""
    tokens = _tokens(pat)
    parts = []
    i, n = 0, len(tokens)
    while i < n and tokens[i] is not _STAR:
        parts.append(tokens[i])
        i += 1
    while i < n:
        i += 1  # the star
        if i == n:
            parts.append('.*')
            break
        fixed = []
        while i < n and tokens[i] is not _STAR:
            fixed.append(tokens[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            parts.append('.*')
            parts.append(fixed)
        else:
            parts.append(f'(?>.*?{fixed})')
    return fr'(?s:{"".join(parts)})\Z'
