# dataclasses.asdict and astuple copy what they return: containers are rebuilt and other
# values are deep-copied, so changing the result leaves the instance alone (and a value
# that cannot be copied, such as a thread lock, raises).
import asyncio
import dataclasses
import threading

@dataclasses.dataclass
class Point:
    x: int
    tags: set
    extra: object = None

p = Point(1, {"a"}, {"nested": [1, 2]})
d = dataclasses.asdict(p)
d["tags"].add("b")
d["extra"]["nested"].append(3)
print(p, d)
t = dataclasses.astuple(p)
print(t[1] is p.tags, t[2] == p.extra, t[2] is p.extra)
try:
    dataclasses.asdict(Point(0, set(), threading.Lock()))
except TypeError as e:
    print("TypeError:", e)
lock = asyncio.Lock()
d = dataclasses.asdict(Point(0, set(), lock))
print(d["extra"] is lock, type(d["extra"]).__name__)
