# Mistakes when building dates by hand: fields parsed from text but left as str (or float,
# None), missing or extra arguments, unknown keywords, arguments to no-argument methods,
# and trying to assign a field of an immutable date/time. Checks CPython's C wording.
from datetime import date, datetime, time, timedelta

raw = "2024-05-17 09:30"
day_part, clock = raw.split()


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except (TypeError, ValueError, OverflowError, AttributeError) as e:
        print(label, "!!", type(e).__name__, e)


attempt("date(*split)", lambda: date(*day_part.split("-")))
attempt("date(*map int)", lambda: date(*map(int, day_part.split("-"))))
attempt("datetime(str)", lambda: datetime(raw))
attempt("float month", lambda: date(2024, 5.0, 17))
attempt("None day", lambda: datetime(2024, 5, None))
attempt("bools", lambda: date(True, True, True))
attempt("time(str hour)", lambda: time(*clock.split(":")))
attempt("huge year", lambda: date(2 ** 40, 1, 1))
attempt("huge day", lambda: date(2024, 1, 2 ** 70))
attempt("fold=True", lambda: datetime(2024, 1, 1, fold=True))
attempt("replace(None)", lambda: date(2024, 1, 1).replace(month=None))
attempt("replace(tz None)", lambda: datetime(2024, 1, 1).replace(tzinfo=None, hour=3))
attempt("datetime(2024, 1)", lambda: datetime(2024, 1))
attempt("date()", lambda: date())
attempt("date 4 args", lambda: date(2024, 1, 1, 1))
attempt("datetime 9 pos", lambda: datetime(2024, 1, 1, 1, 2, 3, 4, None, 0))
attempt("bad keyword", lambda: datetime(2024, 1, 1, foo=1))
attempt("time bad keyword", lambda: time(1, minutes=5))
attempt("timedelta bad kw", lambda: timedelta(secs=5))
attempt("timedelta 8 args", lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))
attempt("replace kw", lambda: date(2024, 1, 1).replace(years=1))
d, dt, td = date(2024, 1, 1), datetime(2024, 1, 1, 12), timedelta(hours=1)
attempt("weekday(1)", lambda: d.weekday(1))
attempt("isoformat(1)", lambda: d.isoformat(1))
attempt("strftime()", lambda: d.strftime())
attempt("strftime 2", lambda: dt.strftime("%Y", "%m"))
attempt("total_seconds(1)", lambda: td.total_seconds(1))
attempt("dt.date(1)", lambda: dt.date(1))
attempt("today(1)", lambda: date.today(1))
attempt("fromordinal(0)", lambda: date.fromordinal(0))
attempt("fromordinal('5')", lambda: date.fromordinal("5"))
attempt("fromordinal max+1", lambda: date.fromordinal(3652060))
for obj, field in ((dt, "year"), (dt, "hour"), (d, "day"), (time(1), "minute"), (td, "days"), (dt, "tzinfo")):
    attempt("set " + type(obj).__name__ + "." + field, lambda: setattr(obj, field, 1))
attempt("del date.month", lambda: delattr(d, "month"))
print(d, dt, td, dt.weekday(), d.isoformat(), td.total_seconds())
