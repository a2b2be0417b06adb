# Corners tutorials reach: json keys that are str/int enums or subclasses, SystemExit.code
# with several arguments, csv and NUL (allowed since 3.11), the errors of zip_longest and of
# time functions given a bad tuple, pprint's underscore_numbers.
import json, enum, csv, io, itertools, time, pprint
class Role(str, enum.Enum):
    A = "x"
class Level(enum.IntEnum):
    HIGH = 5
class Fl(float): pass
class S(str): pass
print(json.dumps({Role.A: 1, Level.HIGH: 2, Fl(1.5): 3, S("k"): 4, True: 5}))
print(json.dumps({Role.A: [Level.HIGH]}, indent=2, sort_keys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
for args in [(), ("msg",), ("msg", 2), (None,), (3,)]:
    e = SystemExit(*args)
    print(args, repr(e.code))
print(list(csv.reader(io.StringIO("a\0b,c\n"))))
try:
    itertools.zip_longest([1], 5)
except TypeError as e:
    print(e)
for f in [lambda t: time.strftime('%Y', t), time.asctime, time.mktime]:
    for t in [(2020, 1), (1,) * 10, 5]:
        try:
            f(t)
        except TypeError as e:
            print(e)
pprint.pprint(12345678, underscore_numbers=True)
pprint.pprint({"big": [1000000, 2.5, 10**20], "n": -1234567}, underscore_numbers=True)
pprint.pprint([Level.HIGH, 7], underscore_numbers=True)
print(pprint.pformat(1234567))
raise SystemExit("bye", 2)
