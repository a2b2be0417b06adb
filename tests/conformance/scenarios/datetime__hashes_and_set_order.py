# Dates, times and datetimes hash as CPython's C objects do (their packed bytes, as a bytes
# hash; an aware value as a timedelta less its offset), so a set of dates prints in
# CPython's order. The order depends on bytes hashing, hence the fixed seed.
# hashseed: 0
from datetime import date, datetime, time, timezone, timedelta
ds = {date(2024, 1, 1), date(2024, 1, 3), date(2024, 1, 2), date(2023, 12, 31)}
print(ds)
print(hash(date(2024, 1, 1)), hash(datetime(2024, 1, 2, 3, 4, 5, 678901)), hash(time(3, 4, 5, 6)))
print(hash(datetime(2024, 1, 2, 3, 4, fold=1)) == hash(datetime(2024, 1, 2, 3, 4)))
tz = timezone(timedelta(hours=1))
print(hash(time(3, 4, 5, tzinfo=tz)), hash(datetime(2024, 1, 1, 1, tzinfo=tz)) == hash(datetime(2024, 1, 1, 0, tzinfo=timezone.utc)))
print({datetime(2024, 1, d, h) for d in (1, 2) for h in (0, 12)})
