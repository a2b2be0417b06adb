# Slices take [start:stop:step]; any part may be left out or negative, and slices never
# raise for out-of-range bounds. Assigning to a slice can grow or shrink a list, but an
# extended slice (step other than 1) needs exactly as many values as it selects.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7], xs[::3], xs[::-1], xs[8:2:-2], xs[-2:-8:-3])
print(xs[5:2], xs[20:], xs[-20:2], xs[2:100:4], xs[::-4], xs[:0:-1], xs[-1::-1][:2])
ys = xs[:]
ys[2:5] = ["a"]
print(ys)
ys[1:1] = [100, 200]
print(ys)
ys[:3] = []
print(ys)
ys[::2] = "ABCD"
print(ys)
del ys[::3]
print(ys)
del ys[1:3]
print(ys, len(ys))
zs = [0, 1, 2, 3, 4, 5]
zs[-2:] = range(3)
zs[::-2] = [9, 8, 7, 6]
print(zs)
del zs[-1]
del zs[:]
print(zs)
t = (0, 1, 2, 3, 4)
print(t[1:3], t[::-2], "hello"[1:4], "hello"[::-1], range(10)[2:8:2], range(10)[::-1][:3])
s = slice(1, None, 2)
print(xs[s], s.start, s.stop, s.step, slice(3), xs[slice(None, None, -5)])
print(xs[True:3], xs[-True:], "abc"[False])
try:
    xs[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    xs[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[0:1] = [9]
except TypeError as e:
    print("TypeError:", e)
try:
    print(xs["a":])
except TypeError as e:
    print("TypeError:", e)
try:
    print(xs[1.5])
except TypeError as e:
    print("TypeError:", e)
try:
    print(xs[::0])
except ValueError as e:
    print("ValueError:", e)
