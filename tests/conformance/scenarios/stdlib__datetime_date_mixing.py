# date and datetime do not mix: date - datetime is a TypeError, and ordering them raises
# "can't compare datetime.datetime to datetime.date" (datetime asked first, as the subclass).
import datetime as dt
d, t = dt.date(2024, 1, 10), dt.datetime(2024, 1, 1, 12)
for f in [lambda: d - t, lambda: d < t, lambda: sorted([d, t])]:
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)
