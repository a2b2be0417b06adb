# Slicing a range gives a range whose start and stop are the slice's own bounds mapped
# through the range (so range(5)[::2] keeps stop 5), with reversed and empty cases.
r = range(10)
for s in (slice(None, None, 2), slice(1, 8, 3), slice(None, None, -3), slice(8, 2, -2),
          slice(-3, None), slice(100, 200), slice(None, None, -1), slice(5, 5)):
    sub = r[s]
    print(s, sub, list(sub) == list(r)[s])
print(range(5)[::2], range(0, 10, 3)[::2], range(10, 0, -2)[1:3], range(3, 30, 4)[-2::-2])
try:
    range(4)[::0]
except ValueError as e:
    print(e)
