# datetime values copy, deepcopy and pickle (a config dict holding them, subclasses, fold,
# time zones; the UTC singleton stays one), and the C types name a subclass by its own name
# in their reprs.
import copy
import pickle
from datetime import datetime, date, time, timedelta, timezone

class Stamp(date):
    pass

tz = timezone(timedelta(hours=2), "EET")
values = [date(2024, 1, 2), datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=tz),
          datetime(2024, 11, 3, 1, 30, fold=1), time(4, 5, tzinfo=timezone.utc),
          time(1, 2, fold=1), timedelta(5, 6, 7), timezone.utc, tz, Stamp(2020, 2, 29)]
for v in values:
    c, d, p = copy.copy(v), copy.deepcopy([v])[0], pickle.loads(pickle.dumps(v))
    print(repr(c), c == v, d == v, p == v, type(p).__name__, getattr(c, "fold", None))
print(copy.deepcopy(timezone.utc) is timezone.utc, copy.copy(tz) == tz)
config = {"start": datetime(2024, 5, 1, 9), "every": timedelta(minutes=15), "days": [date(2024, 5, 1)]}
clone = copy.deepcopy(config)
clone["days"].append(date(2024, 5, 2))
print(config, clone, sep="\n")
class S(datetime): pass
class T(time): pass
class D(timedelta): pass
class Z(date): pass
print(repr(S(2020, 1, 1)), repr(T(1)), repr(D(1)), repr(Z(2021, 3, 4)), repr(date(2021, 3, 4)))
