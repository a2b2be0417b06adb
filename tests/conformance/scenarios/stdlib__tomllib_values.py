# tomllib: every scalar type: integers in all bases, floats, booleans, dates and times with offsets.
import datetime
import tomllib

doc = '''
dec = +99
neg = -17
big = 5_349_221
hex = 0xdead_BEEF
oct = 0o755
bin = 0b1101_0110
flt = 224_617.445_991_228
exp = -2E-2
tiny = 6.626e-34
pinf = +inf
ninf = -inf
nan = nan
yes = true
no = false
utc = 1979-05-27T07:32:00Z
west = 1979-05-27T00:32:00.999999-07:00
east = 1979-05-27 07:32:00.5+05:30
local = 1979-05-27t00:32:00.1234567
day = 1979-05-27
clock = 07:32:00
frac = 23:59:59.12
'''
data = tomllib.loads(doc)
for key, value in data.items():
    print(f"{key:6} {type(value).__name__:9} {value!r}")
print(data["utc"].tzinfo is datetime.timezone.utc)
print(data["west"].tzinfo, data["east"].utcoffset(), data["local"].tzinfo)
print(data["west"].tzinfo is tomllib.loads("x = 2000-01-01T00:00:00-07:00")["x"].tzinfo)
print(data["east"].isoformat(), data["frac"].isoformat(), data["nan"] != data["nan"])
print(tomllib.loads("a = -0\nb = +0.0\nc = 0e0\nd = 9223372036854775808\ne = 1e400"))
