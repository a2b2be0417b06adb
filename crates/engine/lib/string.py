# string: the character constants, capwords, Template ($-substitution) and Formatter
# (str.format's machinery, with hooks a subclass can override). CPython's Template uses a
# regular expression; this one scans the text by hand with the same rules and messages.

import _loopscope

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace',
           'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


class _Missing:
    pass


_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


def _template_pattern(delim, idpattern, braceidpattern):
    # The verbose pattern text CPython builds (it shows as `Template.pattern.pattern`).
    lines = ['',
             '%s(?:' % delim,
             '  (?P<escaped>%s)  |   # Escape sequence of two delimiters' % delim,
             '  (?P<named>%s)       |   # delimiter and a Python identifier' % idpattern,
             '  {(?P<braced>%s)} |   # delimiter and a braced identifier' % braceidpattern,
             '  (?P<invalid>)             # Other ill-formed delimiter exprs',
             ')',
             '']
    return '\n            '.join(lines)


class _OnFirstUse:
    # `Template.flags` and `Template.pattern` need `re`, which is imported only when one of
    # them is first read: the first read puts the real value on the class.
    def __init__(self, make):
        self.make = make
        self.value = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if self.value is None:
            self.value = self.make()
            setattr(Template, self.name, self.value)
        return self.value


def _default_flags():
    import re
    return re.IGNORECASE


# Template's own compiled pattern once made (`_by_hand` knows it as the default).
_compiled_default = [None]


def _default_pattern():
    import re
    compiled = re.compile(_template_pattern(r'\$', _DEFAULT_IDPATTERN, _DEFAULT_IDPATTERN),
                          Template.flags | re.VERBOSE)
    _compiled_default[0] = compiled
    return compiled


def _check_text(text):
    # What CPython's `re` says when Template's pattern is given something else.
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    if not isinstance(text, str):
        raise TypeError('expected string or bytes-like object, got %r' % type(text).__name__)


class Template:
    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _OnFirstUse(_default_flags)
    pattern = _OnFirstUse(_default_pattern)

    def __init_subclass__(cls):
        super().__init_subclass__()
        # A subclass gets a pattern of its own (from its class attributes, unless it gives
        # `pattern`), as in CPython; one that changes nothing is scanned by hand like
        # Template itself.
        if 'pattern' not in cls.__dict__ and _plain_template_class(cls):
            # CPython's re.compile would hand back Template's own pattern object.
            cls.pattern = Template.__dict__['pattern']
            return
        import re
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = re.escape(cls.delimiter)
            pattern = _template_pattern(delim, cls.idpattern,
                                        cls.braceidpattern or cls.idpattern)
        cls.pattern = re.compile(pattern, cls.flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _by_hand(self):
        # Whether the pattern in force is Template's own (compiled or not yet).
        if 'pattern' in getattr(self, '__dict__', ()):
            return False
        for klass in type(self).__mro__:
            if 'pattern' in klass.__dict__:
                return _is_default_pattern(klass.__dict__['pattern'])
        return False

    def _scan(self):
        # Yields (literal text, kind, name, start): kind is 'escaped', 'named', 'braced',
        # 'invalid' or None for the trailing text; the default pattern, matched by hand.
        text = self.template
        _check_text(text)
        delim = '$'
        n = len(text)
        i = 0
        literal_start = 0
        while True:
            j = text.find(delim, i)
            if j < 0:
                break
            k = j + len(delim)
            if text.startswith(delim, k):
                yield text[literal_start:j], 'escaped', None, j
                i = literal_start = k + len(delim)
                continue
            if k < n and text[k] in _ID_START:
                end = k + 1
                while end < n and text[end] in _ID_CHARS:
                    end += 1
                yield text[literal_start:j], 'named', text[k:end], j
                i = literal_start = end
                continue
            if k < n and text[k] == '{':
                end = k + 1
                if end < n and text[end] in _ID_START:
                    end += 1
                    while end < n and text[end] in _ID_CHARS:
                        end += 1
                    if end < n and text[end] == '}':
                        yield text[literal_start:j], 'braced', text[k + 1:end], j
                        i = literal_start = end + 1
                        continue
            yield text[literal_start:j], 'invalid', None, k
            i = literal_start = k
        yield text[literal_start:], None, None, n

    def _invalid(self, start):
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def substitute(self, mapping=_Missing, /, **kws):
        if mapping is _Missing:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        if not self._by_hand():
            def convert(mo):
                named = mo.group('named') or mo.group('braced')
                if named is not None:
                    return str(mapping[named])
                if mo.group('escaped') is not None:
                    return self.delimiter
                if mo.group('invalid') is not None:
                    self._invalid(mo.start('invalid'))
                raise self._unrecognized()
            return self.pattern.sub(convert, self.template)
        parts = []
        for literal, kind, name, start in self._scan():
            parts.append(literal)
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind in ('named', 'braced'):
                parts.append(str(mapping[name]))
            elif kind == 'invalid':
                self._invalid(start)
        return ''.join(parts)

    def safe_substitute(self, mapping=_Missing, /, **kws):
        if mapping is _Missing:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        if not self._by_hand():
            def convert(mo):
                named = mo.group('named') or mo.group('braced')
                if named is not None:
                    try:
                        return str(mapping[named])
                    except KeyError:
                        return mo.group()
                if mo.group('escaped') is not None:
                    return self.delimiter
                if mo.group('invalid') is not None:
                    return mo.group()
                raise self._unrecognized()
            return self.pattern.sub(convert, self.template)
        parts = []
        for literal, kind, name, start in self._scan():
            parts.append(literal)
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'named':
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append('$' + name)
            elif kind == 'braced':
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append('${' + name + '}')
            elif kind == 'invalid':
                parts.append('$')
        return ''.join(parts)

    def is_valid(self):
        if not self._by_hand():
            for mo in self.pattern.finditer(self.template):
                if mo.group('invalid') is not None:
                    return False
                if (mo.group('named') is None and mo.group('braced') is None
                        and mo.group('escaped') is None):
                    raise self._unrecognized()
            return True
        for literal, kind, name, start in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        # An invalid placeholder is passed over, not an error.
        ids = []
        if not self._by_hand():
            for mo in self.pattern.finditer(self.template):
                named = mo.group('named') or mo.group('braced')
                if named is not None and named not in ids:
                    ids.append(named)
                elif (named is None and mo.group('invalid') is None
                        and mo.group('escaped') is None):
                    raise self._unrecognized()
            return ids
        for literal, kind, name, start in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


def _is_default_pattern(value):
    return isinstance(value, _OnFirstUse) or value is _compiled_default[0]


def _plain_template_class(cls):
    # True when cls would build exactly Template's default pattern.
    if cls.delimiter != '$' or cls.idpattern != _DEFAULT_IDPATTERN:
        return False
    if cls.braceidpattern is not None and cls.braceidpattern != _DEFAULT_IDPATTERN:
        return False
    for klass in cls.__mro__:
        if klass is Template:
            break
        if 'flags' in klass.__dict__:
            return False
        if 'pattern' in klass.__dict__ and not _is_default_pattern(klass.__dict__['pattern']):
            return False
    return True


class _ChainLookup:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _parse_format(text):
    # str.format's parser, the engine's (CPython's _string.formatter_parser): rows of
    # (literal, field_name, format_spec, conversion), field_name None where no field
    # follows; a syntax error is raised after the rows before it.
    if not isinstance(text, str):
        raise TypeError('expected str, got %s' % type(text).__name__)
    return _markup_rows(*_loopscope.format_markup(text))


def _markup_rows(rows, error):
    yield from rows
    if error is not None:
        raise ValueError(error)


def _split_field_name(name):
    # 'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    if first.isdigit():
        first = int(first)
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
