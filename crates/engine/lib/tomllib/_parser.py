import re
from string import ascii_letters, digits

from . import _re as _scalars

_CONTROL = frozenset(map(chr, range(0x20))) | {"\x7f"}
# Tab is allowed everywhere; newline only inside multi-line strings.
_FORBIDDEN_INLINE = _CONTROL - {"\t"}
_FORBIDDEN_BLOCK = _FORBIDDEN_INLINE - {"\n"}

_BLANK = frozenset(" \t")
_BLANK_OR_EOL = _BLANK | {"\n"}
_BARE = frozenset(ascii_letters + digits + "-_")
_KEY_START = _BARE | {'"', "'"}
_HEXDIGITS = frozenset("0123456789abcdefABCDEF")
# Values the table bookkeeping has to seal against later changes.
_CONTAINERS = (dict, list)

# Keyed by the whole two-character escape, backslash included.
_SIMPLE_ESCAPES = {
    "\\" + code: char for code, char in zip('btnfr"\\', '\b\t\n\f\r"\\')
}
_LINE_JOIN = frozenset(("\\ ", "\\\t", "\\\n"))

# Runs of characters a basic string copies through unchanged.
_PLAIN_INLINE = re.compile('[^"\\\\\x00-\x08\x0a-\x1f\x7f]*')
_PLAIN_BLOCK = re.compile('[^"\\\\\x00-\x08\x0b-\x1f\x7f]*')


class TOMLDecodeError(ValueError):
    pass


def load(fp, /, *, parse_float=float):
    raw = fp.read()
    try:
        text = raw.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`"
        ) from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    # Windows line ends are plain newlines, inside strings as well.
    text = s.replace("\r\n", "\n")
    return _Reader(text, _guarded(parse_float)).document()


def _guarded(parse_float):
    if parse_float is float:
        return float

    # Containers coming back from a user's float hook would be taken for
    # tables or arrays by the bookkeeping below.
    def checked(literal):
        result = parse_float(literal)
        if isinstance(result, _CONTAINERS):
            raise ValueError("parse_float must not return dicts or lists")
        return result

    return checked


def _location(text, at):
    if at >= len(text):
        return "end of document"
    row = text.count("\n", 0, at) + 1
    # rfind gives -1 on the first line, which makes the column at + 1 there.
    col = at - text.rfind("\n", 0, at)
    return f"line {row}, column {col}"


def _walk(table, path, into_arrays=True):
    # Follow (and create) nested tables; an array of tables stands for its
    # newest element. KeyError when a plain value is in the way.
    for name in path:
        table = table.setdefault(name, {})
        if into_arrays and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            raise KeyError("There is no nest behind this key")
    return table


class _Marks:
    # What is known about each key path. `sealed` covers a whole subtree:
    # inline tables and arrays are complete once written. `declared` covers
    # only that one table: it exists already and no header may open it again.
    __slots__ = ("kids", "sealed", "declared")

    def __init__(self):
        self.kids = {}
        self.sealed = False
        self.declared = False

    def _node(self, path, create):
        node = self
        for name in path:
            child = node.kids.get(name)
            if child is None:
                if not create:
                    return None
                child = node.kids[name] = _Marks()
            node = child
        return node

    def is_sealed(self, path):
        node = self
        for name in path:
            node = node.kids.get(name)
            if node is None:
                return False
            if node.sealed:
                return True
        return False

    def is_declared(self, path):
        node = self._node(path, False)
        return node is not None and node.declared

    def seal(self, path):
        self._node(path, True).sealed = True

    def declare(self, path):
        self._node(path, True).declared = True

    def drop(self, path):
        parent = self._node(path[:-1], False)
        if parent is not None:
            parent.kids.pop(path[-1], None)


class _Reader:
    def __init__(self, text, make_float):
        self.text = text
        self.at = 0
        self.make_float = make_float
        self.root = {}
        self.marks = _Marks()
        # Tables made implicitly by dotted keys; they become `declared`
        # when the next header begins.
        self.implicit = []

    # -- low level ------------------------------------------------------

    def error(self, msg, at=None):
        if at is None:
            at = self.at
        return TOMLDecodeError(f"{msg} (at {_location(self.text, at)})")

    def peek(self):
        return self.text[self.at:self.at + 1]

    def skip(self, chars):
        text, at = self.text, self.at
        size = len(text)
        while at < size and text[at] in chars:
            at += 1
        self.at = at

    def find_close(self, start, closer, forbidden, required):
        # Index of `closer` at or after `start`; forbidden characters before
        # it are reported, but a missing closer is reported first.
        text = self.text
        try:
            stop = text.index(closer, start)
        except ValueError:
            if required:
                raise self.error(f"Expected {closer!r}", len(text)) from None
            stop = len(text)
        if not forbidden.isdisjoint(text[start:stop]):
            bad = next(i for i in range(start, stop) if text[i] in forbidden)
            raise self.error(f"Found invalid character {text[bad]!r}", bad)
        return stop

    def skip_comment(self):
        if self.peek() == "#":
            self.at = self.find_close(self.at + 1, "\n", _FORBIDDEN_INLINE, False)

    def skip_array_gap(self):
        while True:
            self.skip(_BLANK_OR_EOL)
            if self.peek() != "#":
                return
            self.skip_comment()

    # -- document structure ---------------------------------------------

    def document(self):
        section = ()
        while True:
            self.skip(_BLANK)
            first = self.peek()
            if not first:
                break
            if first == "\n":
                self.at += 1
                continue
            section = self.statement(first, section)
            self.skip_comment()
            after = self.peek()
            if not after:
                break
            if after != "\n":
                raise self.error(
                    "Expected newline or end of document after a statement"
                )
            self.at += 1
        return self.root

    def statement(self, first, section):
        if first in _KEY_START:
            self.assign(section)
            self.skip(_BLANK)
        elif first == "[":
            for path in self.implicit:
                self.marks.declare(path)
            self.implicit.clear()
            if self.text.startswith("[[", self.at):
                section = self.array_header()
            else:
                section = self.table_header()
            self.skip(_BLANK)
        elif first != "#":
            raise self.error("Invalid statement")
        return section

    def table_header(self):
        self.at += 1
        self.skip(_BLANK)
        path = self.key()
        marks = self.marks
        if marks.is_declared(path) or marks.is_sealed(path):
            raise self.error(f"Cannot declare {path} twice")
        marks.declare(path)
        try:
            _walk(self.root, path)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if self.peek() != "]":
            raise self.error("Expected ']' at the end of a table declaration")
        self.at += 1
        return path

    def array_header(self):
        self.at += 2
        self.skip(_BLANK)
        path = self.key()
        marks = self.marks
        if marks.is_sealed(path):
            raise self.error(f"Cannot mutate immutable namespace {path}")
        # The new element starts empty, so whatever was said about the
        # previous one is void; the array itself still is no plain table.
        marks.drop(path)
        marks.declare(path)
        try:
            holder = _walk(self.root, path[:-1])
            elements = holder.setdefault(path[-1], [])
            if not isinstance(elements, list):
                raise KeyError("An object other than list found behind this key")
            elements.append({})
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        if not self.text.startswith("]]", self.at):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.at += 2
        return path

    def assign(self, section):
        path, value = self.pair()
        full = section + path
        marks = self.marks
        for depth in range(len(section) + 1, len(full)):
            prefix = full[:depth]
            if marks.is_declared(prefix):
                raise self.error(f"Cannot redefine namespace {prefix}")
            self.implicit.append(prefix)
        parent = full[:-1]
        if marks.is_sealed(parent):
            raise self.error(f"Cannot mutate immutable namespace {parent}")
        try:
            table = _walk(self.root, parent)
        except KeyError:
            raise self.error("Cannot overwrite a value") from None
        name = path[-1]
        if name in table:
            raise self.error("Cannot overwrite a value")
        if isinstance(value, _CONTAINERS):
            marks.seal(full)
        table[name] = value

    # -- keys -----------------------------------------------------------

    def pair(self):
        path = self.key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.at += 1
        self.skip(_BLANK)
        return path, self.value()

    def key(self):
        names = [self.key_name()]
        self.skip(_BLANK)
        while self.peek() == ".":
            self.at += 1
            self.skip(_BLANK)
            names.append(self.key_name())
            self.skip(_BLANK)
        return tuple(names)

    def key_name(self):
        first = self.peek()
        if first in _BARE:
            start = self.at
            self.skip(_BARE)
            return self.text[start:self.at]
        if first == "'":
            return self.literal_string()
        if first == '"':
            self.at += 1
            return self.basic_body(False)
        raise self.error("Invalid initial character for a key part")

    # -- values ---------------------------------------------------------

    def value(self):
        text, at = self.text, self.at
        first = text[at:at + 1]
        if first == '"' or first == "'":
            if text.startswith(first * 3, at):
                return self.block_string(first)
            if first == "'":
                return self.literal_string()
            self.at += 1
            return self.basic_body(False)
        if first == "[":
            return self.array()
        if first == "{":
            return self.inline_table()
        found = _scalars.SCALAR.match(text, at)
        if found is None:
            raise self.error("Invalid value")
        self.at = found.end()
        if found.group("stamp") is not None:
            try:
                return _scalars.stamp_value(found)
            except ValueError as exc:
                raise self.error("Invalid date or datetime", at) from exc
        if found.group("wall") is not None:
            return _scalars.wall_value(found)
        if found.group("number") is not None:
            return _scalars.number_value(found, self.make_float)
        if found.group("special") is not None:
            return self.make_float(found.group())
        return found.group() == "true"

    def array(self):
        self.at += 1
        items = []
        while True:
            self.skip_array_gap()
            if self.peek() == "]":
                self.at += 1
                return items
            items.append(self.value())
            self.skip_array_gap()
            sep = self.peek()
            if sep == "]":
                self.at += 1
                return items
            if sep != ",":
                raise self.error("Unclosed array")
            self.at += 1

    def inline_table(self):
        self.at += 1
        table = {}
        # Inline tables keep their own marks: only `sealed` matters in them.
        marks = _Marks()
        self.skip(_BLANK)
        if self.peek() == "}":
            self.at += 1
            return table
        while True:
            path, value = self.pair()
            if marks.is_sealed(path):
                raise self.error(f"Cannot mutate immutable namespace {path}")
            try:
                target = _walk(table, path[:-1], into_arrays=False)
            except KeyError:
                raise self.error("Cannot overwrite a value") from None
            name = path[-1]
            if name in target:
                raise self.error(f"Duplicate inline table key {name!r}")
            target[name] = value
            self.skip(_BLANK)
            sep = self.peek()
            if sep == "}":
                self.at += 1
                return table
            if sep != ",":
                raise self.error("Unclosed inline table")
            if isinstance(value, _CONTAINERS):
                marks.seal(path)
            self.at += 1
            self.skip(_BLANK)

    # -- strings --------------------------------------------------------

    def literal_string(self):
        start = self.at + 1
        stop = self.find_close(start, "'", _FORBIDDEN_INLINE, True)
        self.at = stop + 1
        return self.text[start:stop]

    def block_string(self, quote):
        self.at += 3
        # A newline straight after the opening quotes is not content.
        if self.peek() == "\n":
            self.at += 1
        if quote == "'":
            start = self.at
            stop = self.find_close(start, "'''", _FORBIDDEN_BLOCK, True)
            content = self.text[start:stop]
            self.at = stop + 3
        else:
            content = self.basic_body(True)
        # Four or five closing quotes: the first one or two are content.
        for _ in range(2):
            if self.peek() != quote:
                break
            content += quote
            self.at += 1
        return content

    def basic_body(self, multiline):
        # Reads up to and past the closing quote(s); self.at is just after
        # the opening one(s).
        text = self.text
        plain = _PLAIN_BLOCK if multiline else _PLAIN_INLINE
        forbidden = _FORBIDDEN_BLOCK if multiline else _FORBIDDEN_INLINE
        chunks = []
        at = self.at
        while True:
            run_end = plain.match(text, at).end()
            chunks.append(text[at:run_end])
            at = run_end
            try:
                char = text[at]
            except IndexError:
                raise self.error("Unterminated string", at) from None
            if char == '"':
                if not multiline:
                    self.at = at + 1
                    return "".join(chunks)
                if text.startswith('"""', at):
                    self.at = at + 3
                    return "".join(chunks)
                chunks.append(char)
                at += 1
            elif char == "\\":
                self.at = at
                chunks.append(self.escape(multiline))
                at = self.at
            elif char in forbidden:
                raise self.error(f"Illegal character {char!r}", at)
            else:
                # Unreachable: the plain run stops only at the cases above.
                chunks.append(char)
                at += 1

    def escape(self, multiline):
        text = self.text
        seq = text[self.at:self.at + 2]
        self.at += 2
        if multiline and seq in _LINE_JOIN:
            # Line-ending backslash: drop it, the newline and the blank
            # space after; only blanks may follow it on its own line.
            if seq != "\\\n":
                self.skip(_BLANK)
                nxt = self.peek()
                if not nxt:
                    return ""
                if nxt != "\n":
                    raise self.error("Unescaped '\\' in a string")
                self.at += 1
            self.skip(_BLANK_OR_EOL)
            return ""
        if seq == "\\u":
            return self.codepoint(4)
        if seq == "\\U":
            return self.codepoint(8)
        try:
            return _SIMPLE_ESCAPES[seq]
        except KeyError:
            raise self.error("Unescaped '\\' in a string") from None

    def codepoint(self, width):
        start = self.at
        hexa = self.text[start:start + width]
        if len(hexa) != width or not _HEXDIGITS.issuperset(hexa):
            raise self.error("Invalid hex value")
        self.at = start + width
        code = int(hexa, 16)
        if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            raise self.error("Escaped character is not a Unicode scalar value")
        return chr(code)
