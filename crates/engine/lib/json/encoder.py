"""json.encoder: `JSONEncoder` as CPython's json/encoder.py defines it. `encode` without indent
is the C encoder's work, done here by the native `json.dumps`; `iterencode` (and `encode` with
an indent) yields the chunks of CPython's pure-Python encoder, written here as a class."""

from _json import encode_basestring, encode_basestring_ascii, _c_encode

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_float_repr = float.__repr__
_int_repr = int.__repr__


class _Chunks:
    """The pure-Python encoder's state: one `encode(o, level)` generator per value."""

    def __init__(self, markers, default, encoder, indent, floatstr, key_separator,
                 item_separator, sort_keys, skipkeys):
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.floatstr = floatstr
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def _mark(self, o):
        markers = self.markers
        if markers is None:
            return None
        marker = id(o)
        if marker in markers:
            raise ValueError("Circular reference detected")
        markers[marker] = o
        return marker

    def _unmark(self, marker):
        if marker is not None:
            del self.markers[marker]

    def _scalar(self, value):
        """The text of a value with no inner chunks, or None."""
        if isinstance(value, str):
            return self.encoder(value)
        if value is None:
            return 'null'
        if value is True:
            return 'true'
        if value is False:
            return 'false'
        if isinstance(value, int):
            return _int_repr(value)
        if isinstance(value, float):
            return self.floatstr(value)
        return None

    def _inner(self, value, level):
        if isinstance(value, (list, tuple)):
            return self.encode_list(value, level)
        if isinstance(value, dict):
            return self.encode_dict(value, level)
        return self.encode(value, level)

    def encode_list(self, lst, level):
        if not lst:
            yield '[]'
            return
        marker = self._mark(lst)
        indent = self.indent
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = self.item_separator + newline
            buf = '[' + newline
        else:
            newline = None
            separator = self.item_separator
            buf = '['
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self._scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self._inner(value, level)
        if newline is not None:
            level -= 1
            yield '\n' + indent * level
        yield ']'
        self._unmark(marker)

    def encode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        marker = self._mark(dct)
        yield '{'
        indent = self.indent
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            separator = self.item_separator + newline
            yield newline
        else:
            newline = None
            separator = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _int_repr(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield separator
            yield self.encoder(key)
            yield self.key_separator
            text = self._scalar(value)
            if text is not None:
                yield text
            else:
                yield from self._inner(value, level)
        if newline is not None:
            level -= 1
            yield '\n' + indent * level
        yield '}'
        self._unmark(marker)

    def encode(self, o, level):
        text = self._scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.encode_list(o, level)
        elif isinstance(o, dict):
            yield from self.encode_dict(o, level)
        else:
            marker = self._mark(o)
            o = self.default(o)
            yield from self.encode(o, level)
            self._unmark(marker)


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).

    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).

        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)

        """
        if _one_shot and self.indent is None:
            # The C encoder's work: one chunk.
            return [_c_encode(o, self.default, self.ensure_ascii, self.check_circular,
                              self.key_separator, self.item_separator, self.sort_keys,
                              self.skipkeys, self.allow_nan)]
        markers = {} if self.check_circular else None
        encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        allow_nan = self.allow_nan

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return _float_repr(o)
            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant: " +
                    repr(o))
            return text

        return _Chunks(markers, self.default, encoder, self.indent, floatstr,
                       self.key_separator, self.item_separator, self.sort_keys,
                       self.skipkeys).encode(o, 0)
