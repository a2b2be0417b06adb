import re
from datetime import date, datetime, time, timedelta, timezone


def _digits(cls):
    # One or more digits of `cls`, a single "_" allowed between two of them.
    return f"{cls}(?:_?{cls})*"


def _clock(tag):
    # Fractions longer than microseconds are accepted; the excess is dropped.
    return (
        f"(?P<{tag}hh>[01][0-9]|2[0-3])"
        f":(?P<{tag}mm>[0-5][0-9])"
        f":(?P<{tag}ss>[0-5][0-9])"
        f"(?:[.](?P<{tag}us>[0-9]{{1,6}})[0-9]*)?"
    )


_CALENDAR = (
    "(?P<year>[0-9]{4})"
    "-(?P<month>0[1-9]|1[0-2])"
    "-(?P<day>0[1-9]|[12][0-9]|3[01])"
)
_OFFSET = "(?:(?P<utc>[Zz])|(?P<sign>[+-])(?P<offh>[01][0-9]|2[0-3]):(?P<offm>[0-5][0-9]))"
_STAMP = f"(?P<stamp>{_CALENDAR}(?:[Tt ]{_clock('')}{_OFFSET}?)?)"
_WALL = f"(?P<wall>{_clock('w')})"
# Prefixed integers only exist after a bare leading zero and carry no sign.
_RADIX = f"0(?:x{_digits('[0-9a-fA-F]')}|o{_digits('[0-7]')}|b{_digits('[01]')})"
_DECIMAL = (
    "[+-]?(?:[1-9](?:_?[0-9])*|0)"
    f"(?P<frac>(?:[.]{_digits('[0-9]')})?(?:[eE][+-]?{_digits('[0-9]')})?)"
)
_NUMBER = f"(?P<number>{_RADIX}|{_DECIMAL})"
_SPECIAL = "(?P<special>[+-]?(?:inf|nan))"
_BOOL = "(?P<bool>true|false)"

# The alternatives are tried left to right: a date or a time has to be
# recognised before the number rule swallows its leading digits.
SCALAR = re.compile("|".join((_STAMP, _WALL, _NUMBER, _SPECIAL, _BOOL)))

_zones = {}


def _micro(text):
    if text is None:
        return 0
    return int(text) * 10 ** (6 - len(text))


def _zone(m):
    if m.group("sign") is not None:
        parts = (m.group("sign"), m.group("offh"), m.group("offm"))
        # Equal offsets share one tzinfo object, across documents too.
        zone = _zones.get(parts)
        if zone is None:
            sign = -1 if parts[0] == "-" else 1
            zone = timezone(timedelta(hours=sign * int(parts[1]),
                                      minutes=sign * int(parts[2])))
            _zones[parts] = zone
        return zone
    if m.group("utc") is not None:
        return timezone.utc
    return None


def stamp_value(m):
    y, mo, d = int(m.group("year")), int(m.group("month")), int(m.group("day"))
    if m.group("hh") is None:
        return date(y, mo, d)
    return datetime(
        y, mo, d,
        int(m.group("hh")), int(m.group("mm")), int(m.group("ss")),
        _micro(m.group("us")),
        tzinfo=_zone(m),
    )


def wall_value(m):
    return time(int(m.group("whh")), int(m.group("wmm")), int(m.group("wss")),
                _micro(m.group("wus")))


def number_value(m, parse_float):
    text = m.group("number")
    if m.group("frac"):
        return parse_float(text)
    return int(text, 0)
