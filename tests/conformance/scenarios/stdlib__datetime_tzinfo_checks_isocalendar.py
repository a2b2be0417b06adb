# datetime: timetuple's tm_isdst (-1 without dst()), fromisocalendar and its errors,
# the checks on what a tzinfo's utcoffset/dst/tzname return, tzinfo's base messages and
# its default fromutc.
import datetime as dt

print(dt.datetime(2024, 5, 1).timetuple().tm_isdst, dt.date(2024, 5, 1).timetuple())
print(dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc).timetuple().tm_isdst)
print(dt.date.fromisocalendar(2024, 10, 3), repr(dt.datetime.fromisocalendar(2020, 53, 5)))
for args in [(2024, 53, 1), (2024, 0, 1), (2024, 1, 8), (0, 1, 1), (9999, 52, 7), (2024, 1.0, 1)]:
    try:
        print(dt.date.fromisocalendar(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

class Zone(dt.tzinfo):
    def __init__(self, off, dst=None, name="Z"):
        self.off, self.d, self.name = off, dst, name
    def utcoffset(self, d): return self.off
    def dst(self, d): return self.d
    def tzname(self, d): return self.name

for zone in [Zone(dt.timedelta(hours=30)), Zone(5), Zone(dt.timedelta(hours=1), 3),
             Zone(dt.timedelta(hours=1), dt.timedelta(hours=-25)), Zone(dt.timedelta(0), None, 7)]:
    for call in (lambda: dt.datetime(2024, 1, 1, tzinfo=zone).isoformat(),
                 lambda: dt.datetime(2024, 1, 1, tzinfo=zone).timetuple().tm_isdst,
                 lambda: dt.time(1, 2, tzinfo=zone).dst(),
                 lambda: dt.datetime(2024, 1, 1, tzinfo=zone).strftime("%Z")):
        try:
            print(call())
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)

for name in ("utcoffset", "dst", "tzname"):
    try:
        getattr(dt.tzinfo(), name)(None)
    except NotImplementedError as e:
        print(e)
summer = Zone(dt.timedelta(hours=2), dt.timedelta(hours=1))
print(summer.fromutc(dt.datetime(2024, 7, 1, 12, tzinfo=summer)))
for bad in (5, dt.datetime(2024, 1, 1), dt.datetime(2024, 1, 1, tzinfo=Zone(dt.timedelta(0)))):
    try:
        dt.tzinfo.fromutc(Zone(dt.timedelta(0)), bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
