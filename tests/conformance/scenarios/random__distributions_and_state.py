# Every distribution of random.Random draws the same numbers as CPython for the same seed,
# module functions and instances alike; getstate()/setstate() rewind a generator, including
# the second value gauss() keeps; randbytes() is getrandbits(8 * n) in little-endian order.
import random

r = random.Random(2024)
print(round(r.lognormvariate(0, 0.5), 12), round(r.vonmisesvariate(1.0, 4.0), 12))
print(round(r.gammavariate(0.5, 2.0), 12), round(r.gammavariate(1.0, 3.0), 12),
      round(r.gammavariate(7.5, 1.0), 12))
print(round(r.betavariate(2, 5), 12), round(r.paretovariate(3), 12),
      round(r.weibullvariate(1.5, 2.0), 12))
print(r.randbytes(6), r.randbytes(0), len(r.randbytes(33)))

random.seed(7)
print(round(random.betavariate(alpha=0.5, beta=0.5), 12), round(random.vonmisesvariate(0, 0), 12))
print(random.randbytes(4).hex())

state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [r.random() for _ in range(3)], r.gauss(), r.gauss()
r.setstate(state)
again = [r.random() for _ in range(3)], r.gauss(), r.gauss()
print(first == again)
r.gauss()
saved = r.getstate()
print(saved[2] is not None, r.gauss() == (r.setstate(saved) or r.gauss()))

other = random.Random()
other.setstate(r.getstate())
print(other.random() == r.random())

for bad in [(2, state[1], None), (3, state[1][:-1], None), (3, state[1][:-1] + (625,), None)]:
    try:
        r.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for call in [lambda: r.gammavariate(0, 1), lambda: r.lognormvariate(0), lambda: r.randbytes(-1)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
