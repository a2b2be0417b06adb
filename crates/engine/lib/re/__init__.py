"""Regular expressions: a parser to a small node tree, a compiler to instructions and a
backtracking matcher with an explicit stack (long inputs never deepen the Python stack)."""

import enum
import sys

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
    "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X",
    "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
    "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


def _unsupported(what):
    import _loopscope
    _loopscope.unsupported(what)


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = self._value_
        if value == 0:
            return "re.NOFLAG"
        parts = []
        rest = value
        for name, bit in _FLAG_ORDER:
            if value & bit:
                parts.append("re." + name)
                rest &= ~bit
        if rest:
            if not parts:
                return "re.RegexFlag(%d)" % value
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(self._value_, spec)
        return repr(self)


_FLAG_ORDER = [("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
               ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
               ("DEBUG", 128)]

# the order a Pattern's repr names them in
_PATTERN_FLAG_ORDER = [("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
                       ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
                       ("ASCII", 256)]

NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

_I, _L, _M, _S, _U, _X, _A = 2, 4, 8, 16, 32, 64, 256
_MAXREPEAT = 4294967295
_MAXGROUPS = 1073741823


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


# ---------------------------------------------------------------------------------------
# Parsing: pattern text -> nodes. A node is a tuple whose first item names its kind:
#   ("L", ch, flags)            one character
#   ("ANY", flags)              `.`
#   ("IN", negate, items, flags) a class; items are ("R", lo, hi) or ("C", category)
#   ("C", category, flags)      \d \w \s and their negations outside a class
#   ("AT", kind, flags)         ^ $ \A \Z \b \B
#   ("G", index, seq)           a capturing group
#   ("ALT", [seq, ...])
#   ("REP", lo, hi, mode, seq)  mode 0 greedy, 1 lazy, 2 possessive
#   ("REF", index, flags)
#   ("LOOK", behind, negate, seq)
#   ("ATOM", seq)
#   ("COND", index, yes_seq, no_seq)
# ---------------------------------------------------------------------------------------

_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WHITESPACE = " \t\n\r\v\f"
_SIMPLE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                   "v": "\v", "\\": "\\"}
_CATEGORIES = {"d": "d", "D": "D", "s": "s", "S": "S", "w": "w", "W": "W"}
_AT_ESCAPES = {"A": "A", "Z": "Z", "b": "b", "B": "B"}
_FLAG_CHARS = {"i": _I, "L": _L, "m": _M, "s": _S, "x": _X, "a": _A, "u": _U}
_GLOBAL_ONLY = _L | _U | _A  # flags that cannot be turned off inline
# doubled inside a class, these may mean set operations one day (CPython warns)
_SET_OPERATORS = {"-": "difference", "&": "intersection", "~": "symmetric difference",
                  "|": "union"}


class _Source:
    def __init__(self, text, original, is_bytes):
        self.text = text
        self.original = original
        self.is_bytes = is_bytes
        self.i = 0
        self.n = len(text)

    def peek(self):
        if self.i < self.n:
            return self.text[self.i]
        return None

    def get(self):
        if self.i < self.n:
            c = self.text[self.i]
            self.i += 1
            return c
        return None

    def match(self, c):
        if self.i < self.n and self.text[self.i] == c:
            self.i += 1
            return True
        return False

    def error(self, msg, back=0):
        return error(msg, self.original, self.i - back)

    def getuntil(self, terminator, what):
        start = self.i
        while True:
            c = self.get()
            if c is None:
                if start == self.i:
                    raise error("missing " + what, self.original, self.i)
                raise error("missing %s, unterminated name" % terminator, self.original, start)
            if c == terminator:
                if self.i - 1 == start:
                    raise error("missing " + what, self.original, self.i - 1)
                return self.text[start:self.i - 1]


def _is_identifier(name):
    return name.isidentifier()


class _Parser:
    def __init__(self, text, original, is_bytes, flags):
        self.src = _Source(text, original, is_bytes)
        self.is_bytes = is_bytes
        self.flags = flags
        self.groups = 1
        self.groupdict = {}
        self.open = []
        self.lookbehind_groups = None
        self.refpos = {}
        # (text, category) of the warnings met on the way, issued by `_compile` (the frame
        # that CPython's stacklevel names is the caller of the re function, at any depth)
        self.warnings = []
        self.inline_ascii = False

    def parse(self):
        src = self.src
        seq = self.parse_alt(self.flags, True)
        if src.peek() is not None:
            if src.peek() == ")":
                raise src.error("unbalanced parenthesis")
            raise src.error("internal: unexpected character")
        for g, pos in self.refpos.items():
            if g >= self.groups:
                raise error("invalid group reference %d" % g, src.original, pos)
        return seq

    def parse_alt(self, flags, top, nested=0):
        branches = [self.parse_seq(flags, top)]
        while self.src.match("|"):
            branches.append(self.parse_seq(self.flags if top else flags, False))
        if len(branches) == 1:
            return branches[0]
        return [("ALT", branches)]

    def skip_verbose(self, flags):
        src = self.src
        if not flags & _X:
            return
        while True:
            c = src.peek()
            if c is None:
                return
            if c in _WHITESPACE:
                src.i += 1
            elif c == "#":
                while True:
                    c = src.get()
                    if c is None or c == "\n":
                        break
            else:
                return

    def parse_seq(self, flags, top):
        src = self.src
        seq = []
        repeated = False
        while True:
            self.skip_verbose(flags)
            start = src.i
            c = src.peek()
            if c is None or c == "|" or c == ")":
                return seq
            src.i += 1
            if c == "\\":
                seq.append(self.parse_escape(flags))
            elif c == "[":
                seq.append(self.parse_class(flags, start))
            elif c == ".":
                seq.append(("ANY", flags))
            elif c == "^":
                seq.append(("AT", "^", flags))
            elif c == "$":
                seq.append(("AT", "$", flags))
            elif c == "(":
                node, newflags = self.parse_group(flags, start, top and not seq)
                if newflags is not None:
                    flags = newflags
                    self.flags = flags
                if node is not None:
                    seq.append(node)
            elif c in "*+?{":
                lo, hi = self.parse_quant(c, start)
                if lo is None:
                    seq.append(("L", c, flags))
                    repeated = False
                    continue
                if not seq or seq[-1][0] == "AT":
                    raise error("nothing to repeat", src.original, start)
                if repeated:
                    raise error("multiple repeat", src.original, start)
                mode = 0
                if src.match("?"):
                    mode = 1
                elif src.match("+"):
                    mode = 2
                item = seq.pop()
                seq.append(("REP", lo, hi, mode, [item]))
                repeated = True
                continue
            else:
                seq.append(("L", c, flags))
            repeated = False

    def parse_quant(self, c, start):
        src = self.src
        if c == "*":
            return 0, _MAXREPEAT
        if c == "+":
            return 1, _MAXREPEAT
        if c == "?":
            return 0, 1
        # `{`: a repeat only when it reads {m}, {m,}, {,n} or {m,n}
        i = src.i
        lo_text = ""
        while src.peek() is not None and src.peek() in _DIGITS:
            lo_text += src.get()
        if src.match(","):
            hi_text = ""
            while src.peek() is not None and src.peek() in _DIGITS:
                hi_text += src.get()
        else:
            hi_text = lo_text
            if not lo_text:
                src.i = i
                return None, None
        if not src.match("}"):
            src.i = i
            return None, None
        lo = int(lo_text) if lo_text else 0
        hi = int(hi_text) if hi_text else _MAXREPEAT
        if lo >= _MAXREPEAT:
            raise OverflowError("the repetition number is too large")
        if hi != _MAXREPEAT and hi >= _MAXREPEAT:
            raise OverflowError("the repetition number is too large")
        if hi < lo:
            raise error("min repeat greater than max repeat", src.original, i)
        return lo, hi

    def parse_escape(self, flags):
        src = self.src
        start = src.i - 1
        c = src.get()
        if c is None:
            raise error("bad escape (end of pattern)", src.original, start)
        if c in _AT_ESCAPES:
            return ("AT", "\\" + c, flags)
        if c in _CATEGORIES:
            return ("C", c, flags)
        if c in _DIGITS:
            if c == "0":
                text = c
                while len(text) < 3 and src.peek() is not None and src.peek() in _OCTDIGITS:
                    text += src.get()
                return ("L", chr(int(text, 8)), flags)
            text = c
            if src.peek() is not None and src.peek() in _DIGITS:
                text += src.get()
                if (text[0] in _OCTDIGITS and text[1] in _OCTDIGITS and src.peek() is not None
                        and src.peek() in _OCTDIGITS):
                    text += src.get()
                    value = int(text, 8)
                    if value > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377" % text,
                                    src.original, start)
                    return ("L", chr(value), flags)
            group = int(text)
            if group < self.groups:
                if group in self.open:
                    raise error("cannot refer to an open group", src.original, start)
                return ("REF", group, flags)
            raise error("invalid group reference %d" % group, src.original, start + 1)
        return ("L", self.char_escape(c, start, False), flags)

    def char_escape(self, c, start, in_class):
        src = self.src
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c == "x":
            text = ""
            while len(text) < 2 and src.peek() is not None and src.peek() in _HEXDIGITS:
                text += src.get()
            if len(text) != 2:
                raise error("incomplete escape \\x" + text, src.original, start)
            return chr(int(text, 16))
        if c in "uU" and not self.is_bytes:
            size = 4 if c == "u" else 8
            text = ""
            while len(text) < size and src.peek() is not None and src.peek() in _HEXDIGITS:
                text += src.get()
            if len(text) != size:
                raise error("incomplete escape \\%s%s" % (c, text), src.original, start)
            value = int(text, 16)
            if value > 0x10FFFF:
                raise error("bad escape \\%s%s" % (c, text), src.original, start)
            return chr(value)
        if c == "N" and not self.is_bytes:
            _unsupported("re's \\N{...} escape")
        if in_class and c in _OCTDIGITS:
            text = c
            while len(text) < 3 and src.peek() is not None and src.peek() in _OCTDIGITS:
                text += src.get()
            value = int(text, 8)
            if value > 0o377:
                raise error("octal escape value \\%s outside of range 0-0o377" % text,
                            src.original, start)
            return chr(value)
        if c in _ASCIILETTERS or (in_class and c in _DIGITS):
            raise error("bad escape \\" + c, src.original, start)
        return c

    def parse_class(self, flags, start):
        src = self.src
        items = []
        if src.peek() == "[":
            self.warnings.append(("Possible nested set at position %d" % src.i, FutureWarning))
        negate = src.match("^")
        first = True
        while True:
            here = src.i
            c = src.get()
            if c is None:
                raise error("unterminated character set", src.original, start)
            if c == "]" and not first:
                break
            first = False
            if c == "\\":
                e = src.get()
                if e is None:
                    raise error("unterminated character set", src.original, start)
                if e in _CATEGORIES:
                    if src.peek() == "-" and src.i + 1 < src.n and src.text[src.i + 1] != "]":
                        end = src.i + 2
                        if src.text[src.i + 1] == "\\":
                            end += 1
                        raise error("bad character range %s-%s" % (
                            src.text[here:src.i], src.text[src.i + 1:end]), src.original, here)
                    items.append(("C", e))
                    continue
                lo = self.char_escape(e, here, True)
            else:
                if items and c in _SET_OPERATORS and src.peek() == c:
                    self.warnings.append(("Possible set %s at position %d"
                                          % (_SET_OPERATORS[c], here), FutureWarning))
                lo = c
            if src.peek() == "-":
                dash = src.i
                src.i += 1
                d = src.get()
                if d is None:
                    raise error("unterminated character set", src.original, start)
                if d == "]":
                    items.append(("R", lo, lo))
                    items.append(("R", "-", "-"))
                    break
                if d == "\\":
                    e = src.get()
                    if e is None:
                        raise error("unterminated character set", src.original, start)
                    if e in _CATEGORIES:
                        raise error("bad character range %s-%s" % (
                            src.text[here:dash], src.text[dash + 1:src.i]), src.original, here)
                    hi = self.char_escape(e, src.i - 2, True)
                else:
                    if d == "-":
                        self.warnings.append(("Possible set difference at position %d"
                                              % dash, FutureWarning))
                    hi = d
                if hi < lo:
                    raise error("bad character range %s-%s" % (
                        src.text[here:dash], src.text[dash + 1:src.i]), src.original, here)
                items.append(("R", lo, hi))
            else:
                items.append(("R", lo, lo))
        return ("IN", negate, items, flags)

    def parse_flags(self, c, flags, start):
        src = self.src
        add = 0
        remove = 0
        while c is not None and c in _FLAG_CHARS:
            if self.is_bytes and c == "u":
                raise src.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            if not self.is_bytes and c == "L":
                raise src.error("bad inline flags: cannot use 'L' flag with a str pattern")
            add |= _FLAG_CHARS[c]
            kind = _FLAG_CHARS[c] & _GLOBAL_ONLY
            if kind and add & _GLOBAL_ONLY != kind:
                raise src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            c = src.get()
        if c == "-":
            c = src.get()
            if c is None:
                raise src.error("missing flag")
            if c not in _FLAG_CHARS:
                msg = "unknown flag" if c.isalpha() else "missing flag"
                raise src.error(msg, 1)
            while c is not None and c in _FLAG_CHARS:
                if _FLAG_CHARS[c] & _GLOBAL_ONLY:
                    raise src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                remove |= _FLAG_CHARS[c]
                c = src.get()
            if c != ":":
                if c is None:
                    raise src.error("missing :")
                msg = "unknown flag" if c.isalpha() else "missing :"
                raise src.error(msg, 1)
            if add & remove:
                raise src.error("bad inline flags: flag turned on and off", 1)
            return add, remove, True
        if c == ")":
            return add, 0, False
        if c == ":":
            return add, 0, True
        if c is None:
            raise src.error("missing -, : or )")
        msg = "unknown flag" if c.isalpha() else "missing -, : or )"
        raise src.error(msg, 1)

    def parse_group(self, flags, start, at_start):
        src = self.src
        if not src.match("?"):
            return self.capture(flags, start, None), None
        c = src.get()
        if c is None:
            raise src.error("unexpected end of pattern")
        if c == ":":
            return self.sub_group(flags, start, lambda seq: ("G", None, seq)), None
        if c == "P":
            c = src.get()
            if c == "<":
                name = src.getuntil(">", "group name")
                self.check_name(name)
                return self.capture(flags, start, name), None
            if c == "=":
                name = src.getuntil(")", "group name")
                self.check_name(name)
                if name not in self.groupdict:
                    raise error("unknown group name %r" % name, src.original,
                                src.i - len(name) - 1)
                g = self.groupdict[name]
                if g in self.open:
                    raise error("cannot refer to an open group", src.original,
                                src.i - len(name) - 1)
                return ("REF", g, flags), None
            if c is None:
                raise src.error("unexpected end of pattern")
            raise error("unknown extension ?P" + c, src.original, start + 1)
        if c == "#":
            while True:
                c = src.get()
                if c is None:
                    raise error("missing ), unterminated comment", src.original, start)
                if c == ")":
                    return None, None
        if c in "=!":
            neg = c == "!"
            return self.sub_group(flags, start, lambda seq: ("LOOK", False, neg, seq)), None
        if c == "<":
            c = src.get()
            if c is None:
                raise src.error("unexpected end of pattern")
            if c not in "=!":
                raise error("unknown extension ?<" + c, src.original, start + 1)
            neg = c == "!"

            def make(seq):
                lo, hi = _width(seq)
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                return ("LOOK", True, neg, seq)
            return self.sub_group(flags, start, make), None
        if c == ">":
            return self.sub_group(flags, start, lambda seq: ("ATOM", seq)), None
        if c == "(":
            name = src.getuntil(")", "group name")
            at = src.i - len(name) - 1
            if not _is_identifier(name):
                g = _group_number(name, src.original, at)
                if g == 0:
                    raise error("bad group number", src.original, at)
                if g not in self.refpos:
                    self.refpos[g] = at
                if not (name.isdecimal() and name.isascii()):
                    # 3.11 still takes what int() reads ("+1", "1_0"), with a warning
                    shown = ascii(name) if self.is_bytes else repr(name)
                    self.warnings.append(("bad character in group name %s at position %d"
                                          % (shown, at), DeprecationWarning))
            else:
                self.check_name(name)
                if name not in self.groupdict:
                    raise error("unknown group name %r" % name, src.original,
                                src.i - len(name) - 1)
                g = self.groupdict[name]
            yes = self.parse_seq(flags, False)
            no = None
            if src.match("|"):
                no = self.parse_seq(flags, False)
                if src.peek() == "|":
                    raise src.error("conditional backref with more than two branches")
            if not src.match(")"):
                raise error("missing ), unterminated subpattern", src.original, start)
            return ("COND", g, yes, no or []), None
        if c in _FLAG_CHARS or c == "-":
            add, remove, scoped = self.parse_flags(c, flags, start)
            if not scoped:
                if not at_start:
                    raise error("global flags not at the start of the expression",
                                src.original, start)
                if add & _A:
                    # a bytes pattern matches as ASCII anyway; its flags still show `(?a)`
                    self.inline_ascii = True
                return None, flags | add
            inner = (flags | add) & ~remove
            return self.sub_group(inner, start, lambda seq: ("G", None, seq)), None
        raise error("unknown extension ?" + c, src.original, start + 1)

    def check_name(self, name):
        # the name just read: an identifier; a bytes pattern's non-ASCII one is deprecated
        at = self.src.i - len(name) - 1
        if not _is_identifier(name):
            raise error("bad character in group name %r" % name, self.src.original, at)
        if self.is_bytes and not name.isascii():
            self.warnings.append(("bad character in group name %a at position %d"
                                  % (name, at), DeprecationWarning))

    def sub_group(self, flags, start, make):
        seq = self.parse_alt(flags, False)
        if not self.src.match(")"):
            raise error("missing ), unterminated subpattern", self.src.original, start)
        return make(seq)

    def capture(self, flags, start, name):
        g = self.groups
        self.groups += 1
        if self.groups > _MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            if name in self.groupdict:
                raise error("redefinition of group name %r as group %d; was group %d" % (
                    name, g, self.groupdict[name]), self.src.original,
                    self.src.i - len(name) - 1)
            self.groupdict[name] = g
        self.open.append(g)
        seq = self.parse_alt(flags, False)
        if not self.src.match(")"):
            raise error("missing ), unterminated subpattern", self.src.original, start)
        self.open.remove(g)
        return ("G", g, seq)


def _width(seq):
    lo = hi = 0
    for node in seq:
        k = node[0]
        if k in ("L", "ANY", "IN", "C"):
            lo += 1
            hi += 1
        elif k == "G":
            a, b = _width(node[2])
            lo += a
            hi += b
        elif k == "ATOM":
            a, b = _width(node[1])
            lo += a
            hi += b
        elif k == "ALT":
            ws = [_width(b) for b in node[1]]
            lo += min(w[0] for w in ws)
            hi += max(w[1] for w in ws)
        elif k == "REP":
            a, b = _width(node[4])
            lo += a * node[1]
            hi += b * node[2]
        elif k == "COND":
            a1, b1 = _width(node[2])
            a2, b2 = _width(node[3])
            lo += min(a1, a2)
            hi += max(b1, b2)
        elif k == "REF":
            _unsupported("a group reference inside a look-behind in re")
    return lo, hi


# ---------------------------------------------------------------------------------------
# Character tests.
# ---------------------------------------------------------------------------------------

def _cat_test(cat, ascii_only):
    if ascii_only:
        if cat == "d":
            return lambda ch: "0" <= ch <= "9"
        if cat == "D":
            return lambda ch: not ("0" <= ch <= "9")
        if cat == "s":
            return lambda ch: ch in " \t\n\r\f\v"
        if cat == "S":
            return lambda ch: ch not in " \t\n\r\f\v"
        if cat == "w":
            return lambda ch: ch.isascii() and (ch.isalnum() or ch == "_")
        return lambda ch: not (ch.isascii() and (ch.isalnum() or ch == "_"))
    if cat == "d":
        return lambda ch: ch.isdecimal()
    if cat == "D":
        return lambda ch: not ch.isdecimal()
    if cat == "s":
        return lambda ch: ch.isspace() or ch in "\x1c\x1d\x1e\x1f\x85"
    if cat == "S":
        return lambda ch: not (ch.isspace() or ch in "\x1c\x1d\x1e\x1f\x85")
    if cat == "w":
        return lambda ch: ch.isalnum() or ch == "_"
    return lambda ch: not (ch.isalnum() or ch == "_")


def _ascii_flags(flags):
    return bool(flags & _A)


def _fold_variants(ch, ascii_only):
    if ascii_only:
        if ch.isascii():
            return (ch, ch.lower(), ch.upper())
        return (ch,)
    out = [ch]
    for v in (ch.lower(), ch.upper(), ch.upper().lower()):
        if len(v) == 1:
            out.append(v)
    return out


# Equal under sre's IGNORECASE: its lower-casing maps U+0130 to "i" (one character, where
# str.lower() gives two), and its case fixes pair "i" with the dotless U+0131.
_DOTTED_I = frozenset("iI\u0130\u0131")


def _class_test(negate, items, flags):
    ascii_only = _ascii_flags(flags)
    chars = set()
    ranges = []
    cats = []
    for item in items:
        if item[0] == "C":
            cats.append(_cat_test(item[1], ascii_only))
        elif item[1] == item[2]:
            chars.add(item[1])
        else:
            ranges.append((item[1], item[2]))

    def base(ch):
        if ch in chars:
            return True
        for lo, hi in ranges:
            if lo <= ch <= hi:
                return True
        for t in cats:
            if t(ch):
                return True
        return False

    if flags & _I:
        if not ascii_only and any(base(v) for x in _DOTTED_I for v in _fold_variants(x, False)):
            chars.update(_DOTTED_I)

        def test(ch):
            for v in _fold_variants(ch, ascii_only):
                if base(v):
                    return not negate
            return negate
        return test
    if negate:
        return lambda ch: not base(ch)
    return base


# ---------------------------------------------------------------------------------------
# Compiling: nodes -> a list of instructions for the matcher.
# ---------------------------------------------------------------------------------------

_MATCH, _CHAR, _TEST, _SPLIT, _JMP, _SAVE, _AT, _REF, _RINIT, _RLOOP, _SREP, _LOOK, \
    _ATOM, _COND, _FAIL = range(15)


class _Compiler:
    def __init__(self, is_bytes):
        self.code = []
        self.nregs = 0
        self.is_bytes = is_bytes

    def single(self, node):
        """The test for a node that matches exactly one character, else None."""
        k = node[0]
        if k == "L":
            ch, flags = node[1], node[2]
            if flags & _I:
                variants = set(_fold_variants(ch, _ascii_flags(flags)))
                for v in list(variants):
                    variants.update(_fold_variants(v, _ascii_flags(flags)))
                if not _ascii_flags(flags) and not variants.isdisjoint(_DOTTED_I):
                    variants.update(_DOTTED_I)
                if len(variants) == 1:
                    return ch
                if _ascii_flags(flags):
                    return lambda c: c in variants
                return lambda c: c in variants or c.lower() in variants or c.upper() in variants
            return ch
        if k == "ANY":
            if node[1] & _S:
                return lambda c: True
            return lambda c: c != "\n"
        if k == "IN":
            return _class_test(node[1], node[2], node[3])
        if k == "C":
            return _cat_test(node[1], _ascii_flags(node[2]))
        return None

    def emit(self, ins):
        self.code.append(ins)
        return len(self.code) - 1

    def seq(self, seq):
        for node in seq:
            self.node(node)

    def node(self, node):
        k = node[0]
        t = self.single(node)
        if t is not None:
            if isinstance(t, str):
                self.emit((_CHAR, t))
            else:
                self.emit((_TEST, t))
            return
        if k == "AT":
            kind, flags = node[1], node[2]
            self.emit((_AT, kind, bool(flags & _M), _ascii_flags(flags)))
        elif k == "G":
            if node[1] is None:
                self.seq(node[2])
            else:
                self.emit((_SAVE, 2 * node[1], 0))
                self.seq(node[2])
                self.emit((_SAVE, 2 * node[1] + 1, node[1]))
        elif k == "ALT":
            jumps = []
            branches = node[1]
            for i, branch in enumerate(branches):
                if i < len(branches) - 1:
                    split = self.emit(None)
                    self.seq(branch)
                    jumps.append(self.emit(None))
                    self.code[split] = (_SPLIT, split + 1, len(self.code))
                else:
                    self.seq(branch)
            for j in jumps:
                self.code[j] = (_JMP, len(self.code))
        elif k == "REP":
            lo, hi, mode, body = node[1], node[2], node[3], node[4]
            if mode == 2:
                sub = _Compiler(self.is_bytes)
                sub.node(("REP", lo, hi, 0, body))
                sub.emit((_MATCH,))
                self.nregs = max(self.nregs, sub.nregs)
                self.emit((_ATOM, sub.code))
                return
            t = self.single(body[0]) if len(body) == 1 else None
            if t is not None:
                if isinstance(t, str):
                    ch = t
                    t = lambda c: c == ch
                self.emit((_SREP, t, lo, hi, mode == 1))
                return
            r = self.nregs
            self.nregs += 1
            self.emit((_RINIT, r))
            loop = self.emit(None)
            self.seq(body)
            self.emit((_JMP, loop))
            self.code[loop] = (_RLOOP, r, lo, hi, mode == 1, len(self.code))
        elif k == "REF":
            self.emit((_REF, node[1], bool(node[2] & _I), _ascii_flags(node[2])))
        elif k == "LOOK":
            sub = _Compiler(self.is_bytes)
            sub.nregs = self.nregs
            sub.seq(node[3])
            sub.emit((_MATCH,))
            self.nregs = max(self.nregs, sub.nregs)
            width = _width(node[3])[0] if node[1] else 0
            self.emit((_LOOK, node[1], node[2], width, sub.code))
        elif k == "ATOM":
            sub = _Compiler(self.is_bytes)
            sub.nregs = self.nregs
            sub.seq(node[1])
            sub.emit((_MATCH,))
            self.nregs = max(self.nregs, sub.nregs)
            self.emit((_ATOM, sub.code))
        elif k == "COND":
            cond = self.emit(None)
            self.seq(node[2])
            jmp = self.emit(None)
            self.code[cond] = (_COND, node[1], len(self.code))
            self.seq(node[3])
            self.code[jmp] = (_JMP, len(self.code))
        else:
            raise error("internal: unknown node %r" % (k,))


def _is_word(ch, ascii_only):
    if ascii_only:
        return ch.isascii() and (ch.isalnum() or ch == "_")
    return ch.isalnum() or ch == "_"


def _at(kind, multiline, ascii_only, s, pos, n):
    if kind == "^":
        return pos == 0 or (multiline and s[pos - 1] == "\n")
    if kind == "$":
        if multiline:
            return pos == n or s[pos] == "\n"
        return pos == n or (pos == n - 1 and s[pos] == "\n")
    if kind == "\\A":
        return pos == 0
    if kind == "\\Z":
        return pos == n
    before = pos > 0 and _is_word(s[pos - 1], ascii_only)
    after = pos < n and _is_word(s[pos], ascii_only)
    if kind == "\\b":
        return before != after
    return before == after and n > 0


def _run(code, s, pos, marks, regs, must_end, no_empty_at):
    """Runs `code` at `pos`: the end position of the first match found (with `marks`, the
    group positions, and `regs`, the repeat counters, updated in place), or -1."""
    n = len(s)
    stack = []
    pc = 0
    start = pos
    while True:
        ins = code[pc]
        op = ins[0]
        if op == _CHAR:
            if pos < n and s[pos] == ins[1]:
                pos += 1
                pc += 1
                continue
        elif op == _TEST:
            if pos < n and ins[1](s[pos]):
                pos += 1
                pc += 1
                continue
        elif op == _SREP:
            test, lo, hi, lazy = ins[1], ins[2], ins[3], ins[4]
            if lazy:
                p = pos
                limit = pos + lo
                ok = True
                while p < limit:
                    if p < n and test(s[p]):
                        p += 1
                    else:
                        ok = False
                        break
                if ok:
                    stack.append((4, pc + 1, p, pos + hi if hi != _MAXREPEAT else n, test))
                    pos = p
                    pc += 1
                    continue
            else:
                limit = n if hi == _MAXREPEAT or pos + hi > n else pos + hi
                p = pos
                while p < limit and test(s[p]):
                    p += 1
                if p - pos >= lo:
                    if p > pos + lo:
                        stack.append((3, pc + 1, p, pos + lo))
                    pos = p
                    pc += 1
                    continue
        elif op == _MATCH:
            if (must_end < 0 or pos == must_end) and not (pos == no_empty_at == start):
                return pos
        elif op == _SPLIT:
            stack.append((0, ins[2], pos))
            pc = ins[1]
            continue
        elif op == _JMP:
            pc = ins[1]
            continue
        elif op == _SAVE:
            i = ins[1]
            stack.append((1, i, marks[i]))
            marks[i] = pos
            if ins[2]:
                stack.append((1, -1, marks[-1]))
                marks[-1] = ins[2]
            pc += 1
            continue
        elif op == _AT:
            if _at(ins[1], ins[2], ins[3], s, pos, n):
                pc += 1
                continue
        elif op == _RINIT:
            r = ins[1]
            stack.append((2, r, regs[r]))
            regs[r] = (0, -1)
            pc += 1
            continue
        elif op == _RLOOP:
            r, lo, hi, lazy, exit_pc = ins[1], ins[2], ins[3], ins[4], ins[5]
            count, last = regs[r]
            if count >= lo and pos == last:
                pc = exit_pc
                continue
            if count < lo:
                # required iterations leave the empty-iteration guard alone (as sre does)
                stack.append((2, r, regs[r]))
                regs[r] = (count + 1, last)
                pc += 1
                continue
            if count < hi:
                if lazy:
                    stack.append((5, r, pos, pc + 1))
                    pc = exit_pc
                    continue
                stack.append((0, exit_pc, pos))
                stack.append((2, r, regs[r]))
                regs[r] = (count + 1, pos)
                pc += 1
                continue
            pc = exit_pc
            continue
        elif op == _REF:
            g = ins[1]
            a, b = marks[2 * g], marks[2 * g + 1]
            if a >= 0 and b >= 0:
                text = s[a:b]
                end = pos + len(text)
                if end <= n:
                    piece = s[pos:end]
                    if piece == text or (ins[2] and piece.lower() == text.lower()):
                        pos = end
                        pc += 1
                        continue
        elif op == _LOOK:
            behind, negate, width, sub = ins[1], ins[2], ins[3], ins[4]
            if behind:
                at = pos - width
                found = False
                if at >= 0:
                    saved = list(marks)
                    found = _run(sub, s, at, saved, list(regs), pos, -1) >= 0
            else:
                saved = list(marks)
                found = _run(sub, s, pos, saved, list(regs), -1, -1) >= 0
            if found != negate:
                if found:
                    for i in range(len(marks)):
                        if saved[i] != marks[i]:
                            stack.append((1, i, marks[i]))
                            marks[i] = saved[i]
                pc += 1
                continue
        elif op == _ATOM:
            saved = list(marks)
            end = _run(ins[1], s, pos, saved, list(regs), -1, -1)
            if end >= 0:
                for i in range(len(marks)):
                    if saved[i] != marks[i]:
                        stack.append((1, i, marks[i]))
                        marks[i] = saved[i]
                pos = end
                pc += 1
                continue
        elif op == _COND:
            g = ins[1]
            if 2 * g + 1 < len(marks) - 1 and marks[2 * g] >= 0 and marks[2 * g + 1] >= 0:
                pc += 1
            else:
                pc = ins[2]
            continue
        # failure: unwind to the last choice point
        while True:
            if not stack:
                return -1
            e = stack.pop()
            kind = e[0]
            if kind == 0:
                pc = e[1]
                pos = e[2]
                break
            if kind == 1:
                marks[e[1]] = e[2]
            elif kind == 2:
                regs[e[1]] = e[2]
            elif kind == 3:
                pos = e[2] - 1
                pc = e[1]
                if pos > e[3]:
                    stack.append((3, pc, pos, e[3]))
                break
            elif kind == 4:
                p = e[2]
                if p < e[3] and p < n and e[4](s[p]):
                    pos = p + 1
                    pc = e[1]
                    stack.append((4, pc, pos, e[3], e[4]))
                    break
            elif kind == 5:
                r = e[1]
                count = regs[r][0]
                stack.append((2, r, regs[r]))
                regs[r] = (count + 1, e[2])
                pos = e[2]
                pc = e[3]
                break


# ---------------------------------------------------------------------------------------
# Pattern and Match.
# ---------------------------------------------------------------------------------------

def _type_name(obj):
    return type(obj).__name__


def _text_of(pattern, string):
    """The string to match as str (bytes through latin-1), after the type checks."""
    if isinstance(string, str):
        if pattern._is_bytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        if type(string) is not str:
            # groups are exact str whatever the subject's class (PyUnicode_Substring)
            return str.__str__(string)
        return string
    if isinstance(string, (bytes, bytearray)):
        if not pattern._is_bytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return bytes(string).decode("latin-1")
    raise TypeError("expected string or bytes-like object, got %r" % _type_name(string))


def _index(value):
    if not isinstance(value, int):
        if hasattr(type(value), "__index__"):
            return type(value).__index__(value)
        raise TypeError("'%s' object cannot be interpreted as an integer" % _type_name(value))
    return int(value)


# What an argument not given is, where a C method has no default.
_NOARG = object()
_MAXSIZE = sys.maxsize
_SEARCH_ARGS = (("string", "pos", "endpos"), (_NOARG, 0, _MAXSIZE))


def _bad_call(fname, params, values, extra, kw):
    # The TypeError of Argument Clinic's parser for a call the Python signature let through:
    # values are the named parameters as bound (_NOARG where missing), extra the positionals
    # past them, kw the unknown keywords. A named one equal to its default counts as not
    # given (whether it came by keyword cannot be told here).
    names, defaults = params
    n = len(names)
    if extra:
        given = n + len(extra) + len(kw)
    else:
        given = len(kw) + sum(1 for v, d in zip(values, defaults) if v is not d)
    if given > n:
        raise TypeError("%s() takes at most %d argument%s (%d given)"
                        % (fname, n, "" if n == 1 else "s", given))
    for i, v in enumerate(values):
        if v is _NOARG:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (fname, names[i], i + 1))
    for key in kw:
        raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, fname))


def _copy_args(fname, n, args):
    # METH_NOARGS / METH_O wording for __copy__ and __deepcopy__
    given = len([a for a in args if a is not _NOARG])
    if n == 0:
        raise TypeError("%s() takes no arguments (%d given)" % (fname, given))
    raise TypeError("%s() takes exactly one argument (%d given)" % (fname, given))


def _readonly(self, value=None):
    raise AttributeError("readonly attribute")


def _members(cls, *names):
    # C's read-only members (T_OBJECT, READONLY) over the private slots: reading goes
    # straight to the slot; setting or deleting says "readonly attribute".
    for name in names:
        setattr(cls, name, property(cls.__dict__["_" + name].__get__, _readonly, _readonly))


def _getset(cls, name, getter):
    # A C getter with no setter: setting or deleting it names the attribute and type.
    def refuse(self, value=None):
        raise AttributeError("attribute '%s' of 're.%s' objects is not writable"
                             % (name, cls.__name__))
    setattr(cls, name, property(getter, refuse, refuse))


def _no_subclass(cls, **kwargs):
    # A C type without Py_TPFLAGS_BASETYPE.
    raise TypeError("type 're.%s' is not an acceptable base type" % cls.__mro__[1].__name__)


class Pattern:
    __module__ = "re"
    __slots__ = ("_pattern", "_flags", "_groups", "_groupindex", "_code", "_is_bytes",
                 "_prefix", "_nregs", "__weakref__")
    __iter__ = None

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    __init_subclass__ = classmethod(_no_subclass)

    def __repr__(self):
        flags = self._flags
        if not self._is_bytes:
            flags &= ~_U
        text = repr(self._pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            parts = []
            for name, bit in _PATTERN_FLAG_ORDER:
                if flags & bit:
                    parts.append("re." + name)
                    flags &= ~bit
            if flags:
                parts.append(hex(flags))
            return "re.compile(%s, %s)" % (text, "|".join(parts))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self._pattern == other._pattern and self._flags == other._flags

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self, *extra):
        if extra:
            _copy_args("Pattern.__copy__", 0, extra)
        return self

    def __deepcopy__(self, memo=_NOARG, *extra):
        if memo is _NOARG or extra:
            _copy_args("Pattern.__deepcopy__", 1, (memo,) + extra)
        return self

    def __reduce__(self):
        # what copyreg's entry for Pattern gives in CPython: compile it again
        return _compile, (self._pattern, self._flags)

    def _bounds(self, string, pos, endpos):
        # C converts pos/endpos as it parses the arguments, before it looks at the string.
        if type(pos) is not int or type(endpos) is not int:
            pos = _index(pos)
            endpos = _index(endpos)
        text = _text_of(self, string)
        n = len(text)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return text, pos, endpos

    def _search(self, string, text, pos, endpos, anchored, full, no_empty_at=-1, start=None):
        # `start`: where a scanner goes on from; the match still reports `pos`.
        if start is None:
            start = pos
        if endpos < start:
            return None
        s = text if endpos == len(text) else text[:endpos]
        code = self._code
        size = 2 * self._groups + 3
        regs = [None] * self._nregs
        must_end = endpos if full else -1
        prefix = self._prefix
        while start <= endpos:
            if prefix is not None and not anchored:
                found = s.find(prefix, start)
                if found < 0:
                    return None
                start = found
            marks = [-1] * size
            end = _run(code, s, start, marks, regs, must_end, no_empty_at)
            if end >= 0:
                marks[0] = start
                marks[1] = end
                m = _new(Match)
                m._re = self
                m._string = string
                m._text = text
                m._marks = marks
                m._pos = pos
                m._endpos = endpos
                return m
            if anchored:
                return None
            start += 1
        return None

    def match(self, string=_NOARG, pos=0, endpos=_MAXSIZE, *extra, **kw):
        if string is _NOARG or extra or kw:
            _bad_call("match", _SEARCH_ARGS, (string, pos, endpos), extra, kw)
        text, pos, endpos = self._bounds(string, pos, endpos)
        return self._search(string, text, pos, endpos, True, False)

    def fullmatch(self, string=_NOARG, pos=0, endpos=_MAXSIZE, *extra, **kw):
        if string is _NOARG or extra or kw:
            _bad_call("fullmatch", _SEARCH_ARGS, (string, pos, endpos), extra, kw)
        text, pos, endpos = self._bounds(string, pos, endpos)
        return self._search(string, text, pos, endpos, True, True)

    def search(self, string=_NOARG, pos=0, endpos=_MAXSIZE, *extra, **kw):
        if string is _NOARG or extra or kw:
            _bad_call("search", _SEARCH_ARGS, (string, pos, endpos), extra, kw)
        text, pos, endpos = self._bounds(string, pos, endpos)
        return self._search(string, text, pos, endpos, False, False)

    def _iter(self, string, pos=0, endpos=_MAXSIZE):
        search = SRE_Scanner(self, string, pos, endpos).search
        while True:
            m = search()
            if m is None:
                return
            yield m

    def finditer(self, string=_NOARG, pos=0, endpos=_MAXSIZE, *extra, **kw):
        if string is _NOARG or extra or kw:
            _bad_call("finditer", _SEARCH_ARGS, (string, pos, endpos), extra, kw)
        return iter(SRE_Scanner(self, string, pos, endpos).search, None)

    def findall(self, string=_NOARG, pos=0, endpos=_MAXSIZE, *extra, **kw):
        if string is _NOARG or extra or kw:
            _bad_call("findall", _SEARCH_ARGS, (string, pos, endpos), extra, kw)
        out = []
        groups = self._groups
        empty = b"" if self._is_bytes else ""
        for m in self._iter(string, pos, endpos):
            if groups == 0:
                out.append(m._group(0, None))
            elif groups == 1:
                out.append(m._group(1, empty))
            else:
                out.append(tuple(m._group(g, empty) for g in range(1, groups + 1)))
        return out

    def split(self, string=_NOARG, maxsplit=0, *extra, **kw):
        if string is _NOARG or extra or kw:
            _bad_call("split", (("string", "maxsplit"), (_NOARG, 0)), (string, maxsplit),
                      extra, kw)
        if type(maxsplit) is not int:
            maxsplit = _index(maxsplit)
        text = _text_of(self, string)
        out = []
        last = 0
        count = 0
        for m in self._iter(string):
            if maxsplit > 0 and count >= maxsplit:
                break
            if maxsplit < 0:
                break
            out.append(m._slice(last, m._marks[0]))
            for g in range(1, self._groups + 1):
                out.append(m._group(g, None))
            last = m._marks[1]
            count += 1
        out.append(_from_text(text[last:], self._is_bytes))
        return out

    def sub(self, repl=_NOARG, string=_NOARG, count=0, *extra, **kw):
        if string is _NOARG or extra or kw:
            _bad_call("sub", _SUB_ARGS, (repl, string, count), extra, kw)
        return self._subx(repl, string, count)[0]

    def subn(self, repl=_NOARG, string=_NOARG, count=0, *extra, **kw):
        if string is _NOARG or extra or kw:
            _bad_call("subn", _SUB_ARGS, (repl, string, count), extra, kw)
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if type(count) is not int:
            count = _index(count)
        text = _text_of(self, string)
        is_bytes = self._is_bytes
        if callable(repl):
            template = None
        else:
            if is_bytes:
                if not isinstance(repl, (bytes, bytearray)):
                    raise TypeError("a bytes-like object is required, not %r" % _type_name(repl))
                rtext = bytes(repl).decode("latin-1")
            else:
                if not isinstance(repl, str):
                    raise TypeError("decoding to str: need a bytes-like object, %s found"
                                    % _type_name(repl))
                rtext = repl
            template = _parse_template(rtext, self, repl)
        parts = []
        last = 0
        n = 0
        for m in self._iter(string):
            # A negative count replaces nothing, as in 3.11's sre (only 0 means "all").
            if count < 0 or (count > 0 and n >= count):
                break
            if last < m._marks[0]:
                parts.append(_from_text(text[last:m._marks[0]], is_bytes))
            if template is None:
                piece = repl(m)
                if piece is not None:
                    parts.append(piece)
            else:
                piece = _expand_text(template, m)
                if piece:
                    parts.append(_from_text(piece, is_bytes))
            last = m._marks[1]
            n += 1
        if last < len(text):
            parts.append(_from_text(text[last:], is_bytes))
        joined = (b"" if is_bytes else "").join(parts)
        return joined, n

    def scanner(self, string=_NOARG, pos=0, endpos=_MAXSIZE, *extra, **kw):
        if string is _NOARG or extra or kw:
            _bad_call("scanner", _SEARCH_ARGS, (string, pos, endpos), extra, kw)
        return SRE_Scanner(self, string, pos, endpos)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_SUB_ARGS = (("repl", "string", "count"), (_NOARG, _NOARG, 0))
_new = object.__new__
_members(Pattern, "pattern", "flags", "groups")


def _groupindex(self):
    # a fresh dict when there are no named groups, as _sre's getter gives
    if not self._groupindex:
        return {}
    import types
    return types.MappingProxyType(dict(self._groupindex))


_getset(Pattern, "groupindex", _groupindex)


def _new_pattern(pattern, flags, code, groups, groupindex, is_bytes, prefix, nregs):
    p = _new(Pattern)
    p._pattern = pattern
    p._flags = flags
    p._groups = groups - 1
    p._groupindex = groupindex
    p._code = code
    p._is_bytes = is_bytes
    p._prefix = prefix
    p._nregs = nregs
    return p


class SRE_Scanner:
    # `Pattern.scanner()`: match()/search() go on from where the last match ended; an empty
    # match may not repeat at the same place; after a failure both give None for good.
    __module__ = "_sre"

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._text, self._pos, self._endpos = pattern._bounds(string, pos, endpos)
        self._next = self._pos
        self._no_empty_at = -1

    def _step(self, anchored):
        if self._next is None:
            return None
        m = self.pattern._search(self._string, self._text, self._pos, self._endpos, anchored,
                                 False, self._no_empty_at, self._next)
        if m is None:
            self._next = None
            return None
        start, end = m._marks[0], m._marks[1]
        self._no_empty_at = end if start == end else -1
        self._next = end
        return m

    def match(self):
        return self._step(True)

    def search(self):
        return self._step(False)


def _from_text(text, is_bytes):
    if is_bytes:
        return text.encode("latin-1")
    return text


class Match:
    __module__ = "re"
    # no __weakref__: a Match cannot be weakly referenced, as in CPython
    __slots__ = ("_re", "_string", "_text", "_marks", "_pos", "_endpos")
    # indexing without iteration (CPython's Match has mp_subscript, no sq_item)
    __iter__ = None

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    __init_subclass__ = classmethod(_no_subclass)

    def _slice(self, a, b):
        return _from_text(self._text[a:b], self._re._is_bytes)

    def _gindex(self, g):
        if isinstance(g, int):
            if 0 <= g <= self._re._groups:
                return int(g)
        elif isinstance(g, str):
            if g in self._re._groupindex:
                return self._re._groupindex[g]
        elif hasattr(type(g), "__index__") and not isinstance(g, (bytes, float)):
            v = type(g).__index__(g)
            if 0 <= v <= self._re._groups:
                return v
        elif self._re._groupindex and g in self._re._groupindex:
            # C looks anything else up in groupindex (a slice: "unhashable type")
            return self._re._groupindex[g]
        raise IndexError("no such group")

    def _group(self, g, default):
        a, b = self._marks[2 * g], self._marks[2 * g + 1]
        if a < 0 or b < 0:
            return default
        return self._slice(a, b)

    def group(self, *args):
        if not args:
            return self._group(0, None)
        if len(args) == 1:
            return self._group(self._gindex(args[0]), None)
        return tuple(self._group(self._gindex(g), None) for g in args)

    def __getitem__(self, g):
        return self._group(self._gindex(g), None)

    def groups(self, default=None, *extra, **kw):
        if extra or kw:
            _bad_call("groups", _DEFAULT_ARGS, (default,), extra, kw)
        return tuple(self._group(g, default) for g in range(1, self._re._groups + 1))

    def groupdict(self, default=None, *extra, **kw):
        if extra or kw:
            _bad_call("groupdict", _DEFAULT_ARGS, (default,), extra, kw)
        return {name: self._group(g, default) for name, g in self._re._groupindex.items()}

    def start(self, group=0, *extra):
        if extra:
            _too_many("start", extra)
        return self._marks[2 * self._gindex(group)]

    def end(self, group=0, *extra):
        if extra:
            _too_many("end", extra)
        return self._marks[2 * self._gindex(group) + 1]

    def span(self, group=0, *extra):
        if extra:
            _too_many("span", extra)
        g = self._gindex(group)
        return (self._marks[2 * g], self._marks[2 * g + 1])

    def expand(self, template=_NOARG, *extra, **kw):
        if template is _NOARG or extra or kw:
            _bad_call("expand", (("template",), (_NOARG,)), (template,), extra, kw)
        if self._re._is_bytes:
            rtext = bytes(template).decode("latin-1")
        else:
            rtext = template
        return _from_text(_expand_text(_parse_template(rtext, self._re, template), self),
                          self._re._is_bytes)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._marks[0], self._marks[1], repr(self.group(0))[:50])

    def __copy__(self, *extra):
        if extra:
            _copy_args("Match.__copy__", 0, extra)
        return self

    def __deepcopy__(self, memo=_NOARG, *extra):
        if memo is _NOARG or extra:
            _copy_args("Match.__deepcopy__", 1, (memo,) + extra)
        return self

    def __reduce_ex__(self, protocol):
        # object's rule for a C type with no way to rebuild it
        raise TypeError("cannot pickle 're.Match' object")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_DEFAULT_ARGS = (("default",), (None,))


def _too_many(fname, extra):
    # PyArg_UnpackTuple's wording (start/end/span take *args in C)
    raise TypeError("%s expected at most 1 argument, got %d" % (fname, 1 + len(extra)))


_members(Match, "re", "string", "pos", "endpos")


def _regs(self):
    marks = self._marks
    return tuple((marks[2 * g], marks[2 * g + 1]) for g in range(self._re._groups + 1))


def _lastindex(self):
    v = self._marks[-1]
    return None if v < 0 else v


def _lastgroup(self):
    v = self._marks[-1]
    if v < 0:
        return None
    for name, g in self._re._groupindex.items():
        if g == v:
            return name
    return None


_getset(Match, "regs", _regs)
_getset(Match, "lastindex", _lastindex)
_getset(Match, "lastgroup", _lastgroup)


def _parse_template(text, pattern, original):
    """A replacement template: a list of literal strings and group numbers."""
    out = []
    literal = []
    i = 0
    n = len(text)
    groupindex = pattern._groupindex
    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", original, start)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                raise error("missing <", original, i)
            close = text.find(">", i + 1)
            if close < 0:
                if i + 1 == n:
                    raise error("missing group name", original, i + 1)
                raise error("missing >, unterminated name", original, i + 1)
            name = text[i + 1:close]
            if not name:
                raise error("missing group name", original, i + 1)
            if name.isidentifier():
                if pattern._is_bytes and not name.isascii():
                    _deprecated_name(ascii(name), i + 1, 5)
                if name not in groupindex:
                    raise IndexError("unknown group name %r" % name)
                g = groupindex[name]
            else:
                g = _group_number(name, original, i + 1)
                if not (name.isdecimal() and name.isascii()):
                    # 3.11 still takes what int() reads ("+1", "1_0"), with a warning
                    _deprecated_name(ascii(name) if pattern._is_bytes else repr(name), i + 1, 5)
                if g > pattern._groups:
                    raise error("invalid group reference %d" % g, original, i + 1)
            i = close + 1
        elif c == "0":
            digits = ""
            while i < n and len(digits) < 2 and text[i] in _OCTDIGITS:
                digits += text[i]
                i += 1
            literal.append(chr(int("0" + digits, 8)))
            continue
        elif c in _DIGITS:
            digits = c
            if i < n and text[i] in _DIGITS:
                digits += text[i]
                i += 1
                if (digits[0] in _OCTDIGITS and digits[1] in _OCTDIGITS and i < n
                        and text[i] in _OCTDIGITS):
                    digits += text[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377"
                                    % digits, original, start)
                    literal.append(chr(value))
                    continue
            g = int(digits)
            if g > pattern._groups:
                raise error("invalid group reference %d" % g, original, start + 1)
        elif c in _SIMPLE_ESCAPES:
            literal.append(_SIMPLE_ESCAPES[c])
            continue
        elif c in _ASCIILETTERS:
            raise error("bad escape \\" + c, original, start)
        else:
            literal.append("\\" + c)
            continue
        if literal:
            out.append("".join(literal))
            literal = []
        out.append(g)
    if literal:
        out.append("".join(literal))
    return out


def _group_number(name, original, pos):
    # a group reference that is not a name: what int() reads, not negative, below the limit
    try:
        g = int(name)
    except ValueError:
        g = -1
    if g < 0:
        raise error("bad character in group name %r" % name, original, pos)
    if g >= _MAXGROUPS:
        raise error("invalid group reference %d" % g, original, pos)
    return g


def _deprecated_name(shown, pos, stacklevel):
    # stacklevel counts the frames as in CPython: _parse_template, _subx, Pattern.sub and
    # re.sub stand where CPython has parse_template, _compile_repl, _subx and re.sub.
    import warnings
    warnings.warn("bad character in group name %s at position %d" % (shown, pos),
                  DeprecationWarning, stacklevel=stacklevel + 1)


def _expand_text(template, m):
    parts = []
    for item in template:
        if isinstance(item, str):
            parts.append(item)
        else:
            a, b = m._marks[2 * item], m._marks[2 * item + 1]
            if a >= 0 and b >= 0:
                parts.append(m._text[a:b])
    return "".join(parts)


# ---------------------------------------------------------------------------------------
# Module functions.
# ---------------------------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    if isinstance(pattern, str):
        is_bytes = False
        text = pattern
    elif isinstance(pattern, (bytes, bytearray)):
        is_bytes = True
        text = bytes(pattern).decode("latin-1")
    else:
        raise TypeError("first argument must be string or compiled pattern")
    if type(flags) is not int:
        # C's & with a RegexFlag gives the TypeError for a str or a float
        flags & TEMPLATE
        flags = int(flags)
    if is_bytes and flags & _L and not flags & (_U | _A):
        _unsupported("re.LOCALE")
    if flags & 128:
        _unsupported("re.DEBUG")
    parser = _Parser(text, pattern, is_bytes, flags | (_A if is_bytes else 0))
    failure = None
    try:
        seq = parser.parse()
    except error as e:
        failure = e
    if parser.warnings:
        import warnings
        for message, category in parser.warnings:
            warnings.warn(message, category, stacklevel=3)
    if failure is not None:
        raise failure
    final = parser.flags
    # Incompatible flags are found after parsing, inline ones included (CPython's fix_flags).
    if is_bytes:
        if flags & _U:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & _L and flags & _A:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    else:
        if final & _L:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if final & _A and final & _U:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    if is_bytes:
        final &= ~_A
        final |= flags & _A
        if parser.inline_ascii:
            final |= _A
    elif not final & _A:
        final |= _U
    compiler = _Compiler(is_bytes)
    compiler.seq(seq)
    compiler.emit((_MATCH,))
    prefix = None
    first = compiler.code[0]
    if first[0] == _CHAR:
        prefix = first[1]
    p = _new_pattern(pattern, final, compiler.code, parser.groups, parser.groupdict, is_bytes,
                prefix, compiler.nregs)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    _unsupported("re.template")


_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars_map).encode("latin1")


class Scanner:
    # One pattern made of the phrases as alternatives, each the capturing group of its
    # index, so `lastindex` names the phrase that matched. As in CPython, each phrase is
    # parsed on its own (groups inside a phrase are numbered from 1 again).
    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags._value_
        self.lexicon = lexicon
        branches = []
        is_bytes = False
        groups = len(lexicon) + 1
        for index, (phrase, action) in enumerate(lexicon, 1):
            if isinstance(phrase, str):
                is_bytes, text = False, phrase
            elif isinstance(phrase, (bytes, bytearray)):
                is_bytes, text = True, bytes(phrase).decode("latin-1")
            else:
                raise TypeError("first argument must be string or compiled pattern")
            parser = _Parser(text, phrase, is_bytes, flags | (_A if is_bytes else 0))
            branches.append([("G", index, parser.parse())])
            groups = max(groups, parser.groups)
        if not branches:
            # CPython's compiler makes a branch with no alternatives, which _sre refuses.
            raise RuntimeError("invalid SRE code")
        compiler = _Compiler(is_bytes)
        compiler.seq([("ALT", branches)] if len(branches) > 1 else branches[0])
        compiler.emit((_MATCH,))
        self.scanner = _new_pattern(None, flags, compiler.code, groups, {}, is_bytes, None,
                                    compiler.nregs)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
