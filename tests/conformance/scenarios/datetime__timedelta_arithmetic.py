# Fixed dates and times: adding a timedelta moves a datetime; subtracting two gives a
# timedelta, normalized to days, seconds and microseconds (negative ones look odd).
# Notice the errors for impossible dates and for mixing naive and aware datetimes.
from datetime import date, datetime, time, timedelta, timezone

launch = datetime(2024, 2, 28, 22, 30)
print(launch + timedelta(hours=3), launch + timedelta(days=1, minutes=90))
print(repr(timedelta(hours=25, seconds=-1)), str(timedelta(days=-1, hours=2)), -timedelta(minutes=5))
print(timedelta(weeks=1) / timedelta(days=1), timedelta(hours=1) * 2.5, timedelta(seconds=100) // 7)
print(datetime(2024, 3, 1) - launch, (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(launch.replace(year=2023, day=1), launch.date(), launch.time(), time(9, 5, 3, 500))
print(datetime.fromisoformat("2024-05-06T07:08:09"), date.fromisoformat("2024-12-31").isoweekday())
print(datetime.strptime("06/05/24 14:30", "%d/%m/%y %H:%M"), datetime.fromtimestamp(86400 * 365))
aware = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(aware, aware.astimezone(timezone(timedelta(hours=2))), aware.tzname(), timezone.utc)
print(sorted([date(2024, 5, 1), date(2023, 12, 31)]), max(time(1), time(0, 59)))
print(f"{launch:%d %b %Y}", launch.ctime(), launch.timetuple().tm_yday)
for bad in (lambda: datetime(2023, 2, 29), lambda: date(2024, 13, 1), lambda: time(24),
            lambda: launch - aware, lambda: launch < aware, lambda: launch + 1,
            lambda: datetime.strptime("2024-99", "%Y-%m")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
