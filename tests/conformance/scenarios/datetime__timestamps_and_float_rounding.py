# Turning float timestamps and float durations into datetimes and timedeltas: microseconds
# are rounded half to even after splitting off the whole seconds, as CPython does, and bad
# timestamps (NaN, infinity, too large) fail with CPython's exceptions.
from datetime import date, datetime, timedelta, timezone

log_stamps = [1705442292.2529595, 1708374690.8209646, 1.9999995, -1.5, -0.0000005,
              -0.0000015, 1700000000.0000005, 1700000000.0000015, 253402300799.9999996]
for ts in log_stamps:
    try:
        print(repr(ts), datetime.utcfromtimestamp(ts), datetime.fromtimestamp(ts, timezone.utc).isoformat())
    except (ValueError, OverflowError) as e:
        print(repr(ts), type(e).__name__, e)

for secs in (86400.0000005, 853338.5681425, 0.5e-6, 1.5e-6, -0.5e-6, 2.5e-6, 1e-7):
    print(repr(secs), repr(timedelta(seconds=secs)))
print(repr(timedelta(days=0.1, hours=0.1, minutes=0.1, seconds=0.1, milliseconds=0.1, microseconds=0.1, weeks=0.1)))
print(repr(timedelta(microseconds=2.5, milliseconds=0.0005)), repr(timedelta(days=-1.0000005)))
print(repr(timedelta(hours=1.5, minutes=-30)), timedelta(seconds=3661.25))

bad = [("fromtimestamp 1e20", lambda: datetime.fromtimestamp(1e20)),
       ("fromtimestamp nan", lambda: datetime.fromtimestamp(float("nan"))),
       ("fromtimestamp inf", lambda: datetime.fromtimestamp(float("inf"), timezone.utc)),
       ("fromtimestamp 1e15", lambda: datetime.fromtimestamp(1e15)),
       ("fromtimestamp 1e17", lambda: datetime.fromtimestamp(1e17)),
       ("fromtimestamp 2**63", lambda: datetime.utcfromtimestamp(2 ** 63)),
       ("fromtimestamp str", lambda: datetime.fromtimestamp("1700000000")),
       ("fromtimestamp year 1", lambda: datetime.fromtimestamp(-62135596800)),
       ("utcfromtimestamp year 1", lambda: datetime.utcfromtimestamp(-62135596800)),
       ("fromtimestamp year 10000", lambda: datetime.fromtimestamp(253402300800)),
       ("date nan", lambda: date.fromtimestamp(float("nan"))),
       ("date 1e20", lambda: date.fromtimestamp(1e20)),
       ("date floor", lambda: date.fromtimestamp(-0.5)),
       ("date 1.9999999", lambda: date.fromtimestamp(1.9999999)),
       ("date bool", lambda: date.fromtimestamp(True)),
       ("timedelta nan", lambda: timedelta(seconds=float("nan"))),
       ("timedelta inf", lambda: timedelta(minutes=float("inf"))),
       ("timedelta 1e10 days", lambda: timedelta(days=1e10)),
       ("timedelta 2e9 days", lambda: timedelta(days=2 * 10 ** 9)),
       ("timedelta str", lambda: timedelta(seconds="5"))]
for label, fn in bad:
    try:
        print(label, "->", repr(fn()))
    except (ValueError, OverflowError, OSError, TypeError) as e:
        print(label, "!!", type(e).__name__, e)
