# Passing the wrong kind of object to strptime, strftime, combine, astimezone and to a
# timezone's own methods (fromutc needs an aware datetime on that very timezone).
# Checks CPython's messages and exception types.
from datetime import date, datetime, time, timedelta, timezone

plus2 = timezone(timedelta(hours=2), "EET")
d, t = date(2024, 3, 9), time(8, 15)
checks = [
    ("strptime int", lambda: datetime.strptime(20240309, "%Y%m%d")),
    ("strptime fmt int", lambda: datetime.strptime("2024", 5)),
    ("strptime None", lambda: datetime.strptime(None, None)),
    ("strptime 1 arg", lambda: datetime.strptime("2024")),
    ("strptime ok", lambda: datetime.strptime("2024-03-09 08:15", "%Y-%m-%d %H:%M")),
    ("strftime int", lambda: d.strftime(5)),
    ("time strftime None", lambda: t.strftime(None)),
    ("strftime kw", lambda: d.strftime(format="%d/%m/%Y")),
    ("combine int time", lambda: datetime.combine(d, 5)),
    ("combine swapped", lambda: datetime.combine(t, d)),
    ("combine datetime", lambda: datetime.combine(d, datetime(2024, 1, 1))),
    ("combine missing", lambda: datetime.combine(d)),
    ("combine tz", lambda: datetime.combine(d, t, plus2)),
    ("combine bad tz", lambda: datetime.combine(d, t, "UTC")),
    ("combine datetime as date", lambda: datetime.combine(datetime(2024, 1, 2, 3), t)),
    ("astimezone int", lambda: datetime(2024, 1, 1).astimezone(5)),
    ("astimezone str", lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone("EET")),
    ("astimezone ok", lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(plus2)),
    ("fromutc naive", lambda: plus2.fromutc(datetime(2024, 1, 1))),
    ("fromutc other tz", lambda: plus2.fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc))),
    ("fromutc date", lambda: plus2.fromutc(d)),
    ("fromutc ok", lambda: plus2.fromutc(datetime(2024, 1, 1, tzinfo=plus2))),
    ("utcoffset int", lambda: plus2.utcoffset(5)),
    ("tzname date", lambda: timezone.utc.tzname(d)),
    ("dst str", lambda: plus2.dst("x")),
    ("utcoffset None", lambda: plus2.utcoffset(None)),
]
for label, fn in checks:
    try:
        print(label, "->", repr(fn()))
    except (TypeError, ValueError) as e:
        print(label, "!!", type(e).__name__, e)
