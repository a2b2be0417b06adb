# _strptime, written for Loopscope from CPython 3.11's behaviour: time.strptime and
# datetime.strptime. A format becomes a regular expression (each directive one named group
# with the alternatives CPython's TimeRE gives it, whitespace any run of whitespace, the
# whole matched ignoring case) and the groups found become the fields, in the C locale
# under TZ=UTC (time.tzname is ('UTC', 'UTC')).

import time
from datetime import date as _date, timedelta as _timedelta, timezone as _timezone

_A_WEEKDAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
_F_WEEKDAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_A_MONTH = ['', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct',
            'nov', 'dec']
_F_MONTH = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
            'september', 'october', 'november', 'december']
_AM_PM = ['am', 'pm']
# The zone names %Z accepts, standard then daylight-saving time.
_TIMEZONES = (frozenset({'utc', 'gmt', time.tzname[0].lower()}),
              frozenset({time.tzname[1].lower()}) if time.daylight else frozenset())


def _names(values, directive):
    # Longest first, so that a name is not cut short by a shorter one it starts with.
    values = sorted(values, key=len, reverse=True)
    if not any(values):
        return ''
    import re
    return '(?P<%s>%s)' % (directive, '|'.join(re.escape(v) for v in values))


_DIRECTIVES = {
    'd': r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    'f': r"(?P<f>[0-9]{1,6})",
    'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
    'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    'G': r"(?P<G>\d\d\d\d)",
    'j': r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    'M': r"(?P<M>[0-5]\d|\d)",
    'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
    'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
    'W': r"(?P<W>5[0-3]|[0-4]\d|\d)",
    'w': r"(?P<w>[0-6])",
    'u': r"(?P<u>[1-7])",
    'V': r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    'y': r"(?P<y>\d\d)",
    'Y': r"(?P<Y>\d\d\d\d)",
    'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    '%': '%',
}
_LOCALE_FORMATS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _directive(letter):
    if letter in _DIRECTIVES:
        return _DIRECTIVES[letter]
    if letter in _LOCALE_FORMATS:
        return _pattern(_LOCALE_FORMATS[letter])
    named = {'A': _F_WEEKDAY, 'a': _A_WEEKDAY, 'B': _F_MONTH[1:], 'b': _A_MONTH[1:],
             'p': _AM_PM, 'Z': [tz for names in _TIMEZONES for tz in names]}
    if letter in named:
        return _names(named[letter], letter)
    raise KeyError(letter)


def _pattern(format):
    # Regex characters escaped, each whitespace run \s+, each %x its group.
    import re
    format = re.sub(r"([\\.^$*+?\(\){}\[\]|])", r"\\\1", format)
    format = re.sub(r'\s+', r'\\s+', format)
    done = ''
    while '%' in format:
        at = format.index('%') + 1
        done += format[:at - 1] + _directive(format[at])
        format = format[at + 1:]
    return done + format


_regex_cache = {}


def _compile(format):
    import re
    regex = _regex_cache.get(format)
    if regex is None:
        try:
            regex = re.compile(_pattern(format), re.IGNORECASE)
        except KeyError as err:
            bad = err.args[0]
            if bad == '\\':
                bad = '%'
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad, format)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % format) from None
        if len(_regex_cache) > 5:
            _regex_cache.clear()
        _regex_cache[format] = regex
    return regex


def _julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    # The day of the year of a weekday in a week counted from the year's first Sunday
    # (%U) or Monday (%W); week 0 is the days before it.
    first_weekday = _date(year, 1, 1).weekday()
    if not week_starts_Mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _julian_from_V(iso_year, iso_week, iso_weekday):
    # The (year, day of the year) of an ISO week date; week 1 holds January 4th.
    correction = _date(iso_year, 1, 4).isoweekday() + 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:
        ordinal += _date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        ordinal -= _date(iso_year, 1, 1).toordinal()
    return iso_year, ordinal


def _utc_offset(text):
    # %z's match as (seconds, microseconds), both negative west of Greenwich.
    if text == 'Z':
        return 0, 0
    z = text
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError(f"Inconsistent use of : in {text}")
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    fraction = int(z[8:] + '0' * (6 - len(z[8:])))
    if z.startswith('-'):
        return -seconds, -fraction
    return seconds, fraction


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    # ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
    #  microseconds, offset microseconds) for the text.
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(
                index, type(arg)))
    found = _compile(format).match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = week_of_year_start = None
    weekday = julian = None
    groups = found.groupdict()
    for key in groups.keys():
        value = groups[key]
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = _F_MONTH.index(value.lower())
        elif key == 'b':
            month = _A_MONTH.index(value.lower())
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = groups.get('p', '').lower()
            if ampm in ('', _AM_PM[0]):
                if hour == 12:
                    hour = 0
            elif ampm == _AM_PM[1] and hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A':
            weekday = _F_WEEKDAY.index(value.lower())
        elif key == 'a':
            weekday = _A_WEEKDAY.index(value.lower())
        elif key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _utc_offset(value)
        elif key == 'Z':
            zone = value.lower()
            for index, names in enumerate(_TIMEZONES):
                if zone in names:
                    if (time.tzname[0] == time.tzname[1] and time.daylight
                            and zone not in ('utc', 'gmt')):
                        break
                    tz = index
                    break
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    # February 29th without a year is checked in a leap year, then given year 1900.
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_U_or_W(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_V(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        julian = _date(year, month, day).toordinal() - _date(year, 1, 1).toordinal() + 1
    else:
        found_date = _date.fromordinal(julian - 1 + _date(year, 1, 1).toordinal())
        year, month, day = found_date.year, found_date.month, found_date.day
    if weekday is None:
        weekday = _date(year, month, day).weekday()
    tzname = groups.get('Z')
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    # time.strptime's fields (the native function makes the struct_time of them).
    return _strptime(data_string, format)[0]


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    # An instance of cls (datetime or a subclass), aware when the text gave an offset.
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        delta = _timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (_timezone(delta, tzname) if tzname else _timezone(delta),)
    return cls(*args)
