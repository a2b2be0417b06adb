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


class Template:
    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (literal text, kind, name, start): kind is 'escaped', 'named', 'braced',
        # 'invalid' or None for the trailing text.
        text = self.template
        delim = self.delimiter
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

    def substitute(self, mapping=_Missing, /, **kws):
        if mapping is _Missing:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        parts = []
        for literal, kind, name, start in self._scan():
            parts.append(literal)
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind in ('named', 'braced'):
                parts.append('%s' % (mapping[name],))
            elif kind == 'invalid':
                self._invalid(start)
        return ''.join(parts)

    def safe_substitute(self, mapping=_Missing, /, **kws):
        if mapping is _Missing:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        parts = []
        for literal, kind, name, start in self._scan():
            parts.append(literal)
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'named':
                try:
                    parts.append('%s' % (mapping[name],))
                except KeyError:
                    parts.append(self.delimiter + name)
            elif kind == 'braced':
                try:
                    parts.append('%s' % (mapping[name],))
                except KeyError:
                    parts.append(self.delimiter + '{' + name + '}')
            elif kind == 'invalid':
                parts.append(self.delimiter)
        return ''.join(parts)

    def is_valid(self):
        for literal, kind, name, start in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for literal, kind, name, start in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
            elif kind == 'invalid':
                self._invalid(start)
        return ids


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
