# csv, written for Loopscope from CPython 3.11's behaviour: the C module _csv (dialects,
# the reader's character-by-character state machine, the writer's quoting) and csv.py's
# Python part (Dialect, excel, DictReader, DictWriter, Sniffer) in one module.

from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error',
           'Dialect', '__doc__', 'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer',
           'unregister_dialect', '__version__', 'DictReader', 'DictWriter', 'unix_dialect']

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_dialects = {}
_field_limit = 128 * 1024


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


_NAMES = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
          'skipinitialspace', 'strict')
_UNSET = object()


def _char(name, value, default):
    if value is _UNSET:
        return default
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _char_or_none(name, value, default):
    if value is None:
        return None
    return _char(name, value, default)


def _flag(value, default):
    return default if value is _UNSET else bool(value)


class _Dialect:
    # _csv.Dialect: the checked settings of a reader or writer. A keyword argument wins
    # over the dialect's attribute of that name, which wins over the default.
    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for key in kwargs:
            if key not in _NAMES:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        given = {}
        for name in _NAMES:
            value = kwargs.get(name, _UNSET)
            if value is _UNSET and dialect is not None:
                value = getattr(dialect, name, _UNSET)
            given[name] = value
        set_ = object.__setattr__
        set_(self, 'delimiter', _char('delimiter', given['delimiter'], ','))
        set_(self, 'doublequote', _flag(given['doublequote'], True))
        set_(self, 'escapechar', _char_or_none('escapechar', given['escapechar'], None))
        terminator = given['lineterminator']
        if terminator is _UNSET:
            terminator = '\r\n'
        elif terminator is not None and not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, 'lineterminator', terminator)
        set_(self, 'quotechar', _char_or_none('quotechar', given['quotechar'], '"'))
        quoting = given['quoting']
        if quoting is _UNSET:
            quoting = QUOTE_NONE if given['quotechar'] is None else QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        set_(self, 'quoting', quoting)
        set_(self, 'skipinitialspace', _flag(given['skipinitialspace'], False))
        set_(self, 'strict', _flag(given['strict'], False))
        if quoting not in range(4):
            raise TypeError('bad "quoting" value')
        if quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        if terminator is None:
            raise TypeError('lineterminator must be set')

    def __setattr__(self, name, value):
        if name in _NAMES:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable"
                                 % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


_Dialect.__name__ = _Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(dialect, **kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


# The reader's states (_csv.c's ParserState).
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = object()


class _Reader:
    def __init__(self, iterable, dialect, kwargs):
        self._input = iter(iterable)
        self.dialect = _Dialect(dialect, **kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should be '
                            'opened in text mode)' % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def _end_of_field(self, c):
        # A line end (or the end of the line's text) ends the field and the record.
        self._save_field()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        newline = c == '\n' or c == '\r'
        if state == _START_RECORD:
            if c is _EOL:
                return
            if newline:
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if newline or c is _EOL:
                self._end_of_field(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if newline:
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state in (_IN_FIELD, _AFTER_ESCAPED_CRNL):
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if newline or c is _EOL:
                self._end_of_field(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif newline or c is _EOL:
                self._end_of_field(c)
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if newline:
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to "
                            "open the file in universal-newline mode?")


_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


class _Writer:
    def __init__(self, fileobj, dialect, kwargs):
        self._write = getattr(fileobj, 'write', None)
        if self._write is None:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _Dialect(dialect, **kwargs)

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            text = '' if field is None else field if isinstance(field, str) else str(field)
            parts.append(self._join(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)

    def _join(self, text, quoted):
        # One field as it is written: special characters escaped or the field quoted.
        d = self.dialect
        out = []
        for c in text:
            want_escape = False
            if (c == d.delimiter or c == d.escapechar or c == d.quotechar
                    or c in d.lineterminator):
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        if quoted:
            return d.quotechar + ''.join(out) + d.quotechar
        return ''.join(out)


_Writer.__name__ = _Writer.__qualname__ = 'writer'


def _is_number(value):
    # CPython's PyNumber_Check: the type converts to a number.
    kind = type(value)
    return any(hasattr(kind, name) for name in ('__index__', '__int__', '__float__'))
_Writer.__module__ = '_csv'


def reader(csvfile, dialect=None, **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


def writer(fileobj, dialect=None, **fmtparams):
    return _Writer(fileobj, dialect, fmtparams)


class Dialect:
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # Blank lines are skipped.
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# Sniffer's patterns for a quoted field (quote, then the shortest text to the same quote)
# between delimiters, tried in this order: delimiter on both sides, line start and a
# delimiter after, a delimiter before and the line end, alone on its line.
_QUOTED_FIELD = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


def _parses_as_complex(text):
    # has_header's test for a numeric column: whether complex(text) succeeds.
    try:
        complex(text)
    except (ValueError, OverflowError):
        return False
    return True


class _ComplexColumn:
    pass


class Sniffer:
    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        import re
        matches = []
        for text in _QUOTED_FIELD:
            regexp = re.compile(text, re.DOTALL | re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break
        if not matches:
            return ('', False, None, 0)
        index = regexp.groupindex
        quotes = {}
        delims = {}
        spaces = 0
        for groups in matches:
            quote = groups[index['quote'] - 1]
            if quote:
                quotes[quote] = quotes.get(quote, 0) + 1
            if 'delim' not in index:
                continue
            delim = groups[index['delim'] - 1]
            if delim and (delimiters is None or delim in delimiters):
                delims[delim] = delims.get(delim, 0) + 1
            if 'space' not in index:
                continue
            if groups[index['space'] - 1]:
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                # a newline "delimiter": most likely a single column
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        # Doubled quotes: a field holding three quotes, none of them a delimiter away.
        dq = re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*"
            r"((%(delim)s)|$)" % {'delim': re.escape(delim), 'quote': quotechar},
            re.MULTILINE)
        doublequote = dq.search(data) is not None
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        # The delimiter is the character whose count per line is most consistent: for each
        # ASCII character, the most common count (its "mode", weighted down by the lines
        # that differ) must hold on enough lines; lines are read ten at a time until one
        # character qualifies.
        lines = [line for line in data.split('\n') if line]
        ascii = [chr(c) for c in range(127)]
        chunk = min(10, len(lines))
        rounds = 0
        frequencies = {}
        modes = {}
        delims = {}
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for char in ascii:
                    counts = frequencies.get(char, {})
                    n = line.count(char)
                    counts[n] = counts.get(n, 0) + 1
                    frequencies[char] = counts
            for char in frequencies.keys():
                items = list(frequencies[char].items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    best = max(items, key=lambda item: item[1])
                    items.remove(best)
                    modes[char] = (best[0], best[1] - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while len(delims) == 0 and consistency >= 0.9:
                for char, mode in modes.items():
                    if mode[0] > 0 and mode[1] > 0:
                        if (mode[1] / total >= consistency
                                and (delimiters is None or char in delimiters)):
                            delims[char] = mode
                consistency -= 0.01
            if len(delims) == 1:
                delim = list(delims.keys())[0]
                return (delim, lines[0].count(delim) == lines[0].count("%c " % delim))
            start = end
            end += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims.keys():
                    return (d, lines[0].count(d) == lines[0].count("%c " % d))
        ranked = sorted((mode, char) for char, mode in delims.items())
        delim = ranked[-1][1]
        return (delim, lines[0].count(delim) == lines[0].count("%c " % delim))

    def has_header(self, sample):
        # Each column gets a type from the rows after the first (numeric, or the length of
        # its strings) and loses it when rows disagree; the header votes against every
        # column type it does not fit.
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        columns = len(header)
        kinds = {}
        for i in range(columns):
            kinds[i] = None
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(kinds.keys()):
                kind = _ComplexColumn if _parses_as_complex(row[col]) else len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) == int:
                votes += 1 if len(header[col]) != kind else -1
            elif kind is _ComplexColumn:
                votes += -1 if _parses_as_complex(header[col]) else 1
            else:
                # None: every row was skipped; CPython's None(header) is a TypeError
                votes += 1
        return votes > 0
