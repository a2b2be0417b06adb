# timedelta names the component of the wrong type, checked in the order C adds them up, and
# a type CPython writes in C with its module.
from datetime import timedelta, date
from decimal import Decimal
from collections import deque
class Mine: pass
for kw in [dict(seconds=Decimal("1.5")), dict(minutes="5"), dict(days=1, hours=[2]), dict(weeks=Mine()), dict(microseconds=deque()), dict(days=date(2020, 1, 1))]:
    try:
        timedelta(**kw)
    except TypeError as e:
        print(e)
