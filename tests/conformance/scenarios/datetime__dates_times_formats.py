# date, time and timedelta on their own: ordinals, ISO weeks, replace(), the isoformat
# variants and strftime directives. Notice timedelta's normalized repr, integer and float
# division, and how negative durations print.
from datetime import date, datetime, time, timedelta

d = date(2024, 12, 30)
print(d, repr(d), d.isocalendar(), d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(1))
print(d + timedelta(days=2), d - date(2024, 1, 1), d.replace(month=2, day=29), d.ctime())
print(date(2023, 1, 1).isocalendar(), date(2021, 1, 3).isocalendar(), date.min, date.max)
print(d.strftime("%a %A %b %B %d %j %m %U %W %y %Y %%"), f"{d:%Y/%m/%d}", format(d, ""))
t = time(7, 5, 3, 120000)
print(t, repr(t), t.isoformat("milliseconds"), t.isoformat("minutes"), t.isoformat("hours"))
print(time(), repr(time(1, 2)), repr(time(1, 2, 3)), t.strftime("%H.%M.%S.%f %p"), time.fromisoformat("10:20:30.5"))
td = timedelta(days=1, hours=-1, microseconds=-1)
print(repr(td), td, -td, abs(-td), td.total_seconds(), repr(timedelta()), repr(timedelta(microseconds=1)))
print(timedelta(hours=1) / 3, timedelta(hours=1) * 0.3, timedelta(minutes=7) % timedelta(minutes=2))
print(divmod(timedelta(hours=5), timedelta(hours=2)), timedelta(seconds=1.5), timedelta(milliseconds=1.25))
print(timedelta(weeks=2) > timedelta(days=13), bool(timedelta(0)), timedelta.max, timedelta.min, timedelta.resolution)
dt = datetime(2024, 2, 29, 23, 59, 59, 999999)
print(dt + timedelta(microseconds=1), dt.isoformat(timespec="milliseconds"), dt.isoformat(" "), repr(dt.replace(microsecond=0)))
print(datetime.combine(d, t), datetime(2024, 1, 1) == date(2024, 1, 1), dt.date() == date(2024, 2, 29))
for bad in (lambda: d.replace(day=32), lambda: timedelta(days=10 ** 9), lambda: date.fromisoformat("2024-1-5"),
            lambda: time(12, 60), lambda: datetime(2024, 1, 1, microsecond=10 ** 6), lambda: date(0, 1, 1)):
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
