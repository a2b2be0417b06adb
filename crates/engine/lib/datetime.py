# datetime, written for Loopscope from CPython 3.11's behaviour (its C implementation's
# reprs and error messages, which is what CPython runs). now()/today()/utcnow() read
# time.time(): the virtual clock, which starts at 1970-01-01 00:00:00 UTC; local time is UTC,
# as the conformance harness runs CPython with TZ=UTC.

import time as _time
from operator import index as _operator_index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR",
           "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _dim
del _total, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
               "Nov", "Dec"]
_FULL_MONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July",
                    "August", "September", "October", "November", "December"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_DAYNAMES = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                  "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month] +
            (month > 2 and _is_leap(year)) + day)


def _ord2ymd(n):
    # Days since 0001-01-01 (ordinal 1): find the year by 400/100/4/1-year cycles.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


# The marker for an argument not given, where C's argument parser tells "missing" apart.
_NOARG = object()


def _check_int(value):
    # What C's "i" argument format makes of a value: an int (bools and __index__ objects
    # become plain ints), never a float.
    if type(value) is int:
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return int(_operator_index(value))


def _check_c_ints(*values):
    # A field out of its range: C would have failed to fit it in a C int first.
    for v in values:
        if not -2 ** 31 <= v < 2 ** 31:
            if not -2 ** 63 <= v < 2 ** 63:
                raise OverflowError("Python int too large to convert to C long")
            raise OverflowError("signed integer is greater than maximum" if v > 0
                                else "signed integer is less than minimum")


def _check_date_fields(year, month, day):
    if type(year) is not int or type(month) is not int or type(day) is not int:
        year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        _check_c_ints(year, month, day)
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        _check_c_ints(month, day)
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        _check_c_ints(day)
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    if type(hour) is not int or type(minute) is not int or type(second) is not int \
            or type(microsecond) is not int or type(fold) is not int:
        hour, minute = _check_int(hour), _check_int(minute)
        second, microsecond = _check_int(second), _check_int(microsecond)
        fold = _check_int(fold)
    if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59 and
            0 <= microsecond <= 999999):
        _check_c_ints(hour, minute, second, microsecond, fold)
        if not 0 <= hour <= 23:
            raise ValueError('hour must be in 0..23')
        if not 0 <= minute <= 59:
            raise ValueError('minute must be in 0..59')
        if not 0 <= second <= 59:
            raise ValueError('second must be in 0..59')
        raise ValueError('microsecond must be in 0..999999')
    if fold != 0 and fold != 1:
        _check_c_ints(fold)
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _bad_call(fname, names, nmin, npos, values, defaults, extra, kw, convert):
    # Raise the TypeError C's PyArg_ParseTupleAndKeywords gives for a call that the fast
    # path refused. names: the keyword list; nmin: how many are required; npos: how many
    # may be positional; values: what the Python signature bound to each name (_NOARG
    # where missing); defaults: the optional ones' defaults (an argument equal to its
    # default counts as not given); extra: positionals past the named ones; kw: unknown
    # keywords; convert: per name, the converter C runs as it goes (or None).
    fn = 'function' if fname is None else fname + '()'
    n = len(names)
    if extra:
        given = npos + len(extra) + sum(
            1 for i in range(npos, n)
            if not (type(values[i]) is type(defaults[i - nmin]) and
                    values[i] == defaults[i - nmin]))
    else:
        given = 0
        for i, v in enumerate(values):
            if v is _NOARG:
                continue
            if i >= nmin and type(v) is type(defaults[i - nmin]) and v == defaults[i - nmin]:
                continue
            given += 1
    given += len(kw)
    if given > n:
        raise TypeError("%s takes at most %d argument%s (%d given)"
                        % (fn, n, '' if n == 1 else 's', given))
    for i, v in enumerate(values):
        if i == npos and extra:
            raise TypeError("%s takes at most %d positional argument%s (%d given)"
                            % (fn, npos, '' if npos == 1 else 's', npos + len(extra)))
        if v is _NOARG:
            if i < nmin:
                raise TypeError("%s missing required argument '%s' (pos %d)"
                                % (fn, names[i], i + 1))
        elif convert is not None and convert[i] is not None:
            convert[i](v)
    for key in kw:
        if not isinstance(key, str):
            raise TypeError("keywords must be strings")
        raise TypeError("'%s' is an invalid keyword argument for %s"
                        % (key, 'this function' if fname is None else fname + '()'))


def _check_strftime_args(format, extra, kw):
    _bad_call('strftime', ('format',), 1, 1, (format,), (), extra, kw, None)
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _arg_type_name(format))


def _make_readonly(cls, names, message):
    # Give the field properties a setter and deleter that fail as the C type's read-only
    # attributes do (the getter, the hot path, stays a plain property).
    for name in names:
        msg = message % name if '%' in message else message

        def refuse(self, value=None, msg=msg):
            raise AttributeError(msg)

        setattr(cls, name, property(cls.__dict__[name].fget, refuse, refuse))


def _no_args(qualname, args):
    # A METH_NOARGS method called with arguments.
    return TypeError("%s() takes no arguments (%d given)" % (qualname, len(args)))


def _arg_type_name(value):
    # How C's _PyArg_BadArgument names the type of a wrong argument.
    return 'None' if value is None else _c_type_name(type(value))


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _type_name(obj):
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__name__
    return cls.__name__


def _unsupported(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (op, _type_name(a), _type_name(b)))


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if rest.seconds or rest.microseconds:
        s += '%s%02d' % (sep, rest.seconds)
        if rest.microseconds:
            s += '.%06d' % rest.microseconds
    return s


def _strftime(obj, fmt, timetuple):
    # %f, %z and %Z need the object; the rest is time.strftime's.
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif ch == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif ch == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append((name or '').replace('%', '%%'))
        else:
            out.append('%' + ch)
    return _time.strftime(''.join(out), timetuple)


def _c_type_name(cls):
    # A type's tp_name, as C's messages show it: classes CPython writes in C carry their
    # module ('decimal.Decimal', 'datetime.date'), classes written in Python do not.
    if cls.__module__ in ('decimal', 'datetime', 'collections'):
        return '%s.%s' % (cls.__module__, cls.__qualname__)
    return cls.__name__


class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0, *extra, **kw):
        parts = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        if extra or kw:
            _bad_call('__new__', ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes',
                                  'hours', 'weeks'), 0, 7, parts, (0,) * 7, extra, kw, None)
        # Checked in the order C's delta_new adds the components up.
        for name, p in (('microseconds', microseconds), ('milliseconds', milliseconds),
                        ('seconds', seconds), ('minutes', minutes), ('hours', hours),
                        ('days', days), ('weeks', weeks)):
            if not isinstance(p, (int, float)):
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    name, _c_type_name(type(p))))
        if all(isinstance(p, int) for p in parts):
            total = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) \
                * 1000000 + milliseconds * 1000 + microseconds
        else:
            total = _float_delta_micros(parts)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        seconds, us = divmod(total, 1000000)
        days, seconds = divmod(seconds, 86400)
        if abs(days) > 999999999:
            if not -2 ** 31 <= days < 2 ** 31:
                raise OverflowError("Python int too large to convert to C int")
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self, *args):
        if args:
            raise _no_args('timedelta.total_seconds', args)
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append('0')
        return "%s(%s)" % (_tp_name(self, timedelta), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = ("%d day%s, " % (self._days, plural)) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() +
                                                other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() -
                                                other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_divide_even(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_even(usec, other))
        a, b = other.as_integer_ratio()
        return timedelta._from_microseconds(_divide_even(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() %
                                                other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


def _c_round(x):
    # C's round(): half away from zero.
    r = float(int(x))
    if abs(x - r) >= 0.5:
        r += 1.0 if x > 0 else -1.0
    return r


def _float_delta_micros(parts):
    # C's delta_new with a float among the parts: each part's whole units go in exactly,
    # the fractional microseconds add up in a float, and that sum is rounded half to
    # even at the end.
    days, seconds, microseconds, milliseconds, minutes, hours, weeks = parts
    total = 0
    leftover = 0.0
    for p, factor in ((microseconds, 1), (milliseconds, 1000), (seconds, 1000000),
                      (minutes, 60000000), (hours, 3600000000), (days, 86400000000),
                      (weeks, 604800000000)):
        if not p:
            continue
        if isinstance(p, float):
            whole = int(p)
            total += whole * factor
            frac = p - whole
            if frac:
                x = factor * frac
                xw = int(x)
                total += xw
                leftover += x - xw
        else:
            total += p * factor
    if leftover:
        whole_us = _c_round(leftover)
        if abs(whole_us - leftover) == 0.5:
            odd = total & 1
            whole_us = 2.0 * _c_round((leftover + odd) * 0.5) - odd
        total += int(whole_us)
    return total


def _packed_date(year, month, day):
    # The date fields as C's date and datetime objects pack them (what their hashes hash).
    return bytes((year >> 8, year & 255, month, day))


def _packed_time(hour, minute, second, microsecond):
    # The time fields as C's datetime objects pack them (what their hashes hash).
    return bytes((hour, minute, second, microsecond >> 16, (microsecond >> 8) & 255,
                  microsecond & 255))


def _divide_even(a, b):
    # a / b rounded half to even, in integers.
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    elif r2 < b or (r2 == b and q % 2 == 1):
        q += 1
    return q


_make_readonly(timedelta, ('days', 'seconds', 'microseconds'), 'readonly attribute')
timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _tp_name(obj, c_type):
    # The C types' reprs name the type by its `tp_name`: `datetime.date` for the type itself,
    # the bare class name for a subclass (a heap type).
    cls = type(obj)
    return "datetime." + cls.__name__ if cls is c_type else cls.__name__


def _rebuilt(cls, fields, fold):
    # What `time.__reduce__` and `datetime.__reduce__` rebuild with: `fold` is keyword-only.
    return cls(*fields, fold=fold)


def _checked_offset(tz, name, arg):
    # What the C module's call_utcoffset/call_dst do with a tzinfo's answer.
    if tz is None:
        return None
    off = getattr(tz, name)(arg)
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, _type_name(off)))
    if not -timedelta(days=1) < off < timedelta(days=1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return off


def _checked_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % _type_name(name))
    return name


class tzinfo:
    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        # The C default: move by the standard offset, then add the DST the local result has.
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        dt = dt + (off - dst)
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst


class timezone(tzinfo):
    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % offset)
        # A zero offset without a name is the one UTC object, as in CPython.
        utc = getattr(timezone, 'utc', None)
        if name is None and not offset and utc is not None:
            return utc
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __reduce__(self):
        return (type(self), (self._offset,) if self._name is None else (self._offset, self._name))

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return "datetime.timezone(%r)" % self._offset
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            _timezone_arg_error('utcoffset', dt)
        return self._offset

    def tzname(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            _timezone_arg_error('tzname', dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            _timezone_arg_error('dst', dt)
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


def _timezone_arg_error(name, dt):
    raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                    % (name, _c_type_name(type(dt))))


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


class date:
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    # copy, deepcopy and pickle make a date again from its fields (CPython's C type reduces
    # to its packed state; `__new__` alone would miss the required year).
    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))

    def __new__(cls, year=_NOARG, month=_NOARG, day=_NOARG, *extra, **kw):
        if day is _NOARG or month is _NOARG or year is _NOARG or extra or kw:
            _bad_call(None, ('year', 'month', 'day'), 3, 3, (year, month, day), (), extra, kw,
                      (_check_int, _check_int, _check_int))
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        secs = _timestamp_seconds(t, True)[0]
        y, m, d = _ord2ymd(secs // 86400 + 719163)
        return cls(y, m, d)

    @classmethod
    def today(cls, *args):
        if args:
            raise _no_args('date.today', args)
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _check_int(n)
        if not 1 <= n <= 3652059:
            _check_c_ints(n)
            if n < 1:
                raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, *args, **kwargs):
        # C parses three C ints ("iii") in the order of getargs.c: count, then each argument
        # converted in turn (__index__; too large is a ValueError here), then the keywords.
        names = ('year', 'week', 'day')
        given = len(args) + len(kwargs)
        if given > 3:
            raise TypeError("fromisocalendar() takes at most 3 %sarguments (%d given)"
                            % ('' if args else 'keyword ', given))
        vals = []
        for i, key in enumerate(names):
            if i < len(args):
                v = args[i]
            elif key in kwargs:
                v = kwargs[key]
            else:
                raise TypeError("fromisocalendar() missing required argument '%s' (pos %d)"
                                % (key, i + 1))
            if isinstance(v, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            try:
                v = _operator_index(v)
            except TypeError:
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(v).__name__) from None
            if not -2 ** 31 <= v < 2 ** 31:
                raise ValueError("ISO calendar component out of range")
            vals.append(v)
        for i in range(len(args)):
            if names[i] in kwargs:
                raise TypeError("argument for fromisocalendar() given by name ('%s') "
                                "and position (%d)" % (names[i], i + 1))
        for key in kwargs:
            if key not in names:
                raise TypeError("'%s' is an invalid keyword argument for fromisocalendar()"
                                % key)
        year, week, day = vals
        if not 1 <= year <= 9999:
            raise ValueError("Year is out of range: %d" % year)
        if not 0 < week < 53:
            first = _ymd2ord(year, 1, 1) % 7
            if week != 53 or not (first == 4 or first == 3 and _is_leap(year)):
                raise ValueError("Invalid week: %d" % week)
        if not 0 < day < 8:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        y, m, d = _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parts = _parse_iso_date(date_string)
        if parts is None:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return cls(*parts)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tp_name(self, date), self._year, self._month, self._day)

    def isoformat(self, *args):
        if args:
            raise _no_args('date.isoformat', args)
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self, *args):
        if args:
            raise _no_args('date.ctime', args)
        weekday = _ymd2ord(self._year, self._month, self._day) % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, format=_NOARG, *extra, **kw):
        if type(format) is not str or extra or kw:
            _check_strftime_args(format, extra, kw)
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self, *args):
        if args:
            raise _no_args('date.timetuple', args)
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self, *args):
        if args:
            raise _no_args('date.toordinal', args)
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=_NOARG, month=_NOARG, day=_NOARG, *extra, **kw):
        if extra or kw:
            _bad_call('replace', ('year', 'month', 'day'), 0, 3, (year, month, day),
                      (_NOARG,) * 3, extra, kw, (_check_int,) * 3)
        return type(self)(self._year if year is _NOARG else year,
                          self._month if month is _NOARG else month,
                          self._day if day is _NOARG else day)

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        # C hashes a date's packed bytes (year high, year low, month, day), as a bytes hash.
        return hash(_packed_date(self._year, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = _ymd2ord(self._year, self._month, self._day) + other.days
            if 0 < o <= 3652059:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        # A datetime on either side: not a date difference (C's date_subtract declines).
        if isinstance(self, datetime) or isinstance(other, datetime):
            return NotImplemented
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date):
            return timedelta(_ymd2ord(self._year, self._month, self._day) - other.toordinal())
        return NotImplemented

    def weekday(self, *args):
        if args:
            raise _no_args('date.weekday', args)
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self, *args):
        if args:
            raise _no_args('date.isoweekday', args)
        return _ymd2ord(self._year, self._month, self._day) % 7 or 7

    def isocalendar(self, *args):
        if args:
            raise _no_args('date.isocalendar', args)
        year = self._year
        week1monday = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _iso_week1_monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return ('datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self))


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    n = _ymd2ord(y, m, d)
    yday = n - _ymd2ord(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, (n + 6) % 7, yday, dstflag))


_make_readonly(date, ('year', 'month', 'day'),
               "attribute '%s' of 'datetime.date' objects is not writable")
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# fromisoformat follows CPython's C parser (what `datetime` runs): it reads the UTF-8 bytes
# of the string up to their NUL terminator, sometimes past the end of the field it was
# given, and accepts any character as the date/time separator. `_iso_buffer` gives that
# view: ASCII as is, each byte of a non-ASCII character as a non-digit, then the NUL.

def _utf8_size(c):
    code = ord(c)
    return 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4


def _iso_buffer(s):
    if s.isascii():
        return s + '\x00'
    return ''.join(c if c < '\x80' else '\x80' * _utf8_size(c) for c in s) + '\x00'


def _iso_digits(buf, pos, count):
    value = 0
    for i in range(pos, pos + count):
        c = buf[i] if i < len(buf) else '\x00'
        if not '0' <= c <= '9':
            return None
        value = value * 10 + (ord(c) - 48)
    return value


def _iso_date(buf, start, length):
    # (year, month, day) of a date field of `length` bytes, or None.
    year = _iso_digits(buf, start, 4)
    if year is None:
        return None
    pos = start + 4
    dashed = buf[pos] == '-'
    pos += dashed
    if buf[pos] == 'W':
        week = _iso_digits(buf, pos + 1, 2)
        if week is None:
            return None
        pos += 3
        weekday = 1
        if pos - start < length:
            if dashed:
                if buf[pos] != '-':
                    return None
                pos += 1
            weekday = _iso_digits(buf, pos, 1)
            if weekday is None:
                return None
        return _iso_week_to_ymd(year, week, weekday)
    month = _iso_digits(buf, pos, 2)
    if month is None:
        return None
    pos += 2
    if dashed:
        if buf[pos] != '-':
            return None
        pos += 1
    day = _iso_digits(buf, pos, 2)
    if day is None:
        return None
    return year, month, day


def _iso_week_to_ymd(year, week, weekday):
    if not 0 < week < 53:
        # Week 53 exists in years that start on a Thursday, or leap years on a Wednesday.
        first = _ymd2ord(year, 1, 1) % 7 if year > 0 else None
        if week != 53 or not (first == 4 or first == 3 and _is_leap(year)):
            return None
    if not 0 < weekday < 8:
        return None
    if year <= 0:
        # CPython's C conversion goes out of its tables for year 0 and ends with a month
        # below 1, which the constructor then rejects.
        return 1, 0, 1
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + weekday - 1)


def _iso_hms(buf, pos, end):
    # HH[:?MM[:?SS]][{.,}f+] between pos and end: (status, [h, m, s, us]); status < 0
    # is an error, 1 means something other than the terminator follows.
    values = [0, 0, 0, 0]
    colons = True
    for i in range(3):
        value = _iso_digits(buf, pos, 2)
        if value is None:
            return -3, values
        values[i] = value
        pos += 2
        c = buf[pos] if pos < len(buf) else '\x00'
        pos += 1
        if i == 0:
            colons = c == ':'
        if pos >= end:
            return int(c != '\x00'), values
        if colons and c == ':':
            continue
        if c == '.' or c == ',':
            break
        if colons:
            return -4, values
        pos -= 1
    count = min(end - pos, 6)
    fraction = _iso_digits(buf, pos, count)
    if fraction is None:
        return -3, values
    values[3] = fraction * 10 ** (6 - count)
    pos += count
    while '0' <= buf[pos] <= '9':
        pos += 1
    return int(buf[pos] != '\x00'), values


def _iso_time(buf, start, end):
    # [hour, minute, second, microsecond, tzinfo] of a time field, or None.
    tz_at = start
    while True:
        if buf[tz_at] in ('Z', '+', '-'):
            break
        tz_at += 1
        if tz_at >= end:
            break
    status, values = _iso_hms(buf, start, tz_at)
    if status < 0:
        return None
    if tz_at == end:
        return None if status == 1 else values + [None]
    if buf[tz_at] == 'Z':
        return values + [timezone.utc] if buf[tz_at + 1] == '\x00' else None
    sign = -1 if buf[tz_at] == '-' else 1
    status, tz = _iso_hms(buf, tz_at + 1, end)
    if status:
        return None
    seconds = sign * (tz[0] * 3600 + tz[1] * 60 + tz[2])
    if seconds == 0:
        return values + [timezone.utc]
    return values + [timezone(timedelta(0, seconds, sign * tz[3]))]


def _iso_separator(buf, length):
    # Where the date ends in a datetime string (7, 8 or 10), or -1.
    if length == 7:
        return 7
    if buf[4] == '-':
        if buf[5] != 'W':
            return 10
        if length > 8 and buf[8] == '-':
            if length == 9:
                return -1
            if length > 10 and '0' <= buf[10] <= '9':
                return 8
            return 10
        return 8
    if buf[4] != 'W':
        return 8
    i = 7
    while i < length and '0' <= buf[i] <= '9':
        i += 1
    if i < 9:
        return i
    return 7 if i % 2 == 0 else 8


def _parse_iso_date(s):
    buf = _iso_buffer(s)
    length = len(buf) - 1
    if length not in (7, 8, 10):
        return None
    return _iso_date(buf, 0, length)


def _parse_iso_time(s):
    buf = _iso_buffer(s)
    start = 1 if buf[0] == 'T' else 0
    return _iso_time(buf, start, len(buf) - 1)


def _parse_iso_datetime(s):
    # (date fields, time fields) or None.
    if len(s) < 7:
        return None
    buf = _iso_buffer(s)
    length = len(buf) - 1
    at = _iso_separator(buf, length)
    if at < 0:
        return None
    ymd = _iso_date(buf, 0, at)
    if ymd is None:
        return None
    hms = [0, 0, 0, 0, None]
    if length > at:
        # A valid date is ASCII, so the separator is character `at`; the time starts after
        # all of its bytes.
        hms = _iso_time(buf, at + _utf8_size(s[at]), length)
        if hms is None:
            return None
    return ymd, hms


class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode',
                 '_fold')

    def __reduce__(self):
        fields = (self._hour, self._minute, self._second, self._microsecond, self._tzinfo)
        return (_rebuilt, (type(self), fields, self._fold))

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *extra, fold=0,
                **kw):
        if extra or kw:
            _bad_call(None, ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'), 0, 5,
                      (hour, minute, second, microsecond, tzinfo, fold), (0, 0, 0, 0, None, 0),
                      extra, kw, _DATETIME_CONVERT[3:])
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _time_key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _compare(self, other):
        if self._tzinfo is not other._tzinfo and (
                (self._tzinfo is None) != (other._tzinfo is None)):
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(self._time_key(), other._time_key())

    def __eq__(self, other):
        if isinstance(other, time):
            return self._time_key() == other._time_key() and \
                (self._tzinfo is None) == (other._tzinfo is None)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other) >= 0
        return NotImplemented

    def __hash__(self):
        # C: a naive time's packed bytes (fold not counted) as a bytes hash; an aware one as
        # the timedelta of its fields less its offset.
        off = (self.replace(fold=0) if self._fold else self).utcoffset()
        if off is None:
            return hash(_packed_time(self._hour, self._minute, self._second,
                                     self._microsecond))
        return hash(timedelta(0, self._hour * 3600 + self._minute * 60 + self._second,
                              self._microsecond) - off)

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_tp_name(self, time), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        if self._tzinfo is not None:
            s += _format_offset(self.utcoffset())
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parts = _parse_iso_time(time_string)
        if parts is None:
            raise ValueError('Invalid isoformat string: %r' % time_string)
        return cls(*parts)

    def strftime(self, format=_NOARG, *extra, **kw):
        if type(format) is not str or extra or kw:
            _check_strftime_args(format, extra, kw)
        timetuple = _build_struct_time(1900, 1, 1, self._hour, self._minute, self._second, -1)
        return _strftime(self, format, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        return _checked_offset(self._tzinfo, 'utcoffset', None)

    def dst(self):
        return _checked_offset(self._tzinfo, 'dst', None)

    def tzname(self):
        return _checked_tzname(self._tzinfo, None)

    def replace(self, hour=_NOARG, minute=_NOARG, second=_NOARG, microsecond=_NOARG,
                tzinfo=_NOARG, *extra, fold=_NOARG, **kw):
        if extra or kw:
            _bad_call('replace', _DATETIME_ARGS[3:], 0, 5,
                      (hour, minute, second, microsecond, tzinfo, fold), (_NOARG,) * 6,
                      extra, kw, _DATETIME_CONVERT[3:])
        return type(self)(self._hour if hour is _NOARG else hour,
                          self._minute if minute is _NOARG else minute,
                          self._second if second is _NOARG else second,
                          self._microsecond if microsecond is _NOARG else microsecond,
                          self._tzinfo if tzinfo is _NOARG else tzinfo,
                          fold=self._fold if fold is _NOARG else fold)


_make_readonly(time, ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'),
               "attribute '%s' of 'datetime.time' objects is not writable")
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


_date_class = date
_time_class = time
_DATETIME_ARGS = ('year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo',
                  'fold')
_DATETIME_CONVERT = (_check_int,) * 7 + (None, _check_int)


class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __reduce__(self):
        fields = (self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond, self._tzinfo)
        return (_rebuilt, (type(self), fields, self._fold))

    def __new__(cls, year=_NOARG, month=_NOARG, day=_NOARG, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *extra, fold=0, **kw):
        if day is _NOARG or month is _NOARG or year is _NOARG or extra or kw:
            _bad_call(None, _DATETIME_ARGS, 3, 8,
                      (year, month, day, hour, minute, second, microsecond, tzinfo, fold),
                      (0, 0, 0, 0, None, 0), extra, kw, _DATETIME_CONVERT)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_micros(cls, us, tz):
        # Microseconds since the epoch, in UTC (= local time here).
        days, us = divmod(us, 86400 * 10 ** 6)
        secs, us = divmod(us, 10 ** 6)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        y, m, d = _ord2ymd(days + 719163)
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        us = _timestamp_micros(t, tz is None)
        result = cls._from_micros(us, None)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_micros(_timestamp_micros(t, False), None)

    @classmethod
    def now(cls, tz=None):
        # The clock read floored to the microsecond (CPython's datetime_best_possible), where
        # fromtimestamp() rounds half to even.
        _check_tzinfo(tz)
        result = cls._from_micros(_time.time_ns() // 1000, None)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def today(cls, *args):
        if args:
            raise _no_args('date.today', args)
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls._from_micros(_time.time_ns() // 1000, None)

    @classmethod
    def combine(cls, date=_NOARG, time=_NOARG, tzinfo=_NOARG, *extra, **kw):
        if not isinstance(date, _date_class) or not isinstance(time, _time_class) \
                or extra or kw:
            _bad_call('combine', ('date', 'time', 'tzinfo'), 2, 3, (date, time, tzinfo),
                      (_NOARG,), extra, kw, None)
            if not isinstance(date, _date_class):
                raise TypeError("combine() argument 1 must be datetime.date, not %s"
                                % _arg_type_name(date))
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _arg_type_name(time))
        if tzinfo is _NOARG:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = _parse_iso_datetime(date_string)
        if parsed is None:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        parts, tparts = parsed
        return cls(*parts, *tparts)

    @classmethod
    def strptime(cls, *args):
        if len(args) != 2:
            raise TypeError("strptime() takes exactly 2 arguments (%d given)" % len(args))
        date_string, format = args
        for i, arg in enumerate(args):
            if not isinstance(arg, str):
                raise TypeError("strptime() argument %d must be str, not %s"
                                % (i + 1, _arg_type_name(arg)))
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def timetuple(self, *args):
        if args:
            raise _no_args('datetime.timetuple', args)
        d = self.dst()
        dst = -1 if d is None else (1 if d else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, dst)

    def timestamp(self, *args):
        if args:
            raise _no_args('datetime.timestamp', args)
        if self._tzinfo is None:
            return (self - _EPOCH_NAIVE).total_seconds()
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, 0)

    def date(self, *args):
        if args:
            raise _no_args('datetime.date', args)
        return date(self._year, self._month, self._day)

    def time(self, *args):
        if args:
            raise _no_args('datetime.time', args)
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self, *args):
        if args:
            raise _no_args('datetime.timetz', args)
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=_NOARG, month=_NOARG, day=_NOARG, hour=_NOARG, minute=_NOARG,
                second=_NOARG, microsecond=_NOARG, tzinfo=_NOARG, *extra, fold=_NOARG, **kw):
        if extra or kw:
            _bad_call('replace', _DATETIME_ARGS, 0, 8,
                      (year, month, day, hour, minute, second, microsecond, tzinfo, fold),
                      (_NOARG,) * 9, extra, kw, _DATETIME_CONVERT)
        return type(self)(self._year if year is _NOARG else year,
                          self._month if month is _NOARG else month,
                          self._day if day is _NOARG else day,
                          self._hour if hour is _NOARG else hour,
                          self._minute if minute is _NOARG else minute,
                          self._second if second is _NOARG else second,
                          self._microsecond if microsecond is _NOARG else microsecond,
                          self._tzinfo if tzinfo is _NOARG else tzinfo,
                          fold=self._fold if fold is _NOARG else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            _check_tzinfo(tz)
        offset = self.utcoffset()
        if offset is None:
            offset = timedelta(0)
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self, *args):
        if args:
            raise _no_args('datetime.ctime', args)
        weekday = _ymd2ord(self._year, self._month, self._day) % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._hour, self._minute,
            self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        s = ("%04d-%02d-%02d%c" % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second, self._microsecond,
                          timespec))
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second,
             self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "%s(%s)" % (_tp_name(self, datetime), ", ".join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def utcoffset(self):
        return _checked_offset(self._tzinfo, 'utcoffset', self)

    def tzname(self):
        return _checked_tzname(self._tzinfo, self)

    def dst(self):
        return _checked_offset(self._tzinfo, 'dst', self)

    def _micros(self):
        return ((_ymd2ord(self._year, self._month, self._day) * 86400 + self._hour * 3600 + self._minute * 60 +
                 self._second) * 10 ** 6 + self._microsecond)

    def _compare(self, other, op):
        if self._tzinfo is other._tzinfo:
            # One tzinfo object (or both naive): C compares the fields, asking no offsets.
            return _cmp(self._micros(), other._micros())
        naive_self = self.utcoffset() is None
        naive_other = other.utcoffset() is None
        if naive_self != naive_other:
            if op == '==':
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a = self._micros()
        b = other._micros()
        if not naive_self:
            a -= self.utcoffset()._to_microseconds()
            b -= other.utcoffset()._to_microseconds()
        return _cmp(a, b)

    def __eq__(self, other):
        if isinstance(other, datetime):
            c = self._compare(other, '==')
            return c == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    # Against a plain date, ordering is an error and equality False (C's
    # datetime_richcompare): the date part alone must not decide.
    def _order_error(self, other):
        return TypeError("can't compare %s to %s" % (_tp_name(self, datetime),
                                                     _tp_name(other, date)))

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, '<') < 0
        if isinstance(other, date):
            raise self._order_error(other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, '<=') <= 0
        if isinstance(other, date):
            raise self._order_error(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, '>') > 0
        if isinstance(other, date):
            raise self._order_error(other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, '>=') >= 0
        if isinstance(other, date):
            raise self._order_error(other)
        return NotImplemented

    def __hash__(self):
        # C hashes an aware datetime as the timedelta (its naive fields, fold 0) - offset.
        off = (self.replace(fold=0) if self._fold else self).utcoffset()
        if off is None:
            # A naive datetime: its packed bytes (fold not counted) as a bytes hash.
            return hash(_packed_date(self._year, self._month, self._day) +
                        _packed_time(self._hour, self._minute, self._second,
                                     self._microsecond))
        return hash(timedelta(_ymd2ord(self._year, self._month, self._day), self._hour * 3600 + self._minute * 60 +
                              self._second, self._microsecond) - off)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            if type(other).__module__ == 'builtins':
                raise _unsupported('+', self, other)
            return NotImplemented
        us = self._micros() + other._to_microseconds()
        days = us // (86400 * 10 ** 6)
        if not 0 < days <= 3652059:
            raise OverflowError("date value out of range")
        return type(self)._from_micros(us - 719163 * 86400 * 10 ** 6, self._tzinfo)

    def __radd__(self, other):
        if not isinstance(other, timedelta):
            if type(other).__module__ == 'builtins':
                raise _unsupported('+', other, self)
            return NotImplemented
        return self + other

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            if type(other).__module__ == 'builtins':
                raise _unsupported('-', self, other)
            return NotImplemented
        off1, off2 = self.utcoffset(), other.utcoffset()
        if (off1 is None) != (off2 is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        us = self._micros() - other._micros()
        if off1 is not None:
            us -= off1._to_microseconds() - off2._to_microseconds()
        return timedelta(microseconds=us)


def _timestamp_seconds(t, floor):
    # A timestamp as C's _PyTime_ObjectToTimeval takes it: (seconds, microseconds), the
    # fraction split from the whole seconds before it is scaled and rounded half to even
    # (or floored, for date.fromtimestamp).
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if not -9.3e18 < t < 9.3e18:
            raise OverflowError("timestamp out of range for platform time_t")
        secs = int(t)
        if floor:
            us = 0
            if secs > t:
                secs -= 1
        else:
            us = round((t - secs) * 1e6)
            if us >= 1000000:
                us -= 1000000
                secs += 1
            elif us < 0:
                us += 1000000
                secs -= 1
    else:
        secs = int(_operator_index(t))
        us = 0
    if not -2 ** 63 <= secs < 2 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    # What gmtime/localtime and the year check make of the day it falls on.
    year = _ord2ymd(secs // 86400 + 719163)[0]
    if not -2 ** 31 <= year - 1900 < 2 ** 31:
        raise OSError(75, "Value too large for defined data type")
    return secs, us


def _timestamp_micros(t, local):
    secs, us = _timestamp_seconds(t, False)
    if local:
        # C's local-time path checks the year of the result, then probes a day earlier
        # for a fold.
        days = secs // 86400 + 719163
        if not 1 <= days <= 3652059:
            raise ValueError('year %d is out of range' % _ord2ymd(days)[0])
        if days == 1:
            raise ValueError('year 0 is out of range')
    return secs * 10 ** 6 + us


_make_readonly(datetime, ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'),
               "attribute '%s' of 'datetime.datetime' objects is not writable")
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)


