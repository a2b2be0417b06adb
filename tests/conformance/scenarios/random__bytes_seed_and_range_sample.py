# random.seed() with bytes and bytearray keys (SHA-512 of the bytes, as for str), and
# random.sample() of a huge range, which CPython indexes instead of listing.
import random

random.seed(b"loopscope")
print(random.random(), random.sample(range(0, 10**12, 7), 4))
random.seed(bytearray(b"x"))
print(random.randint(1, 100), random.sample(range(10**9), 3))
random.seed(b"")
print(random.choice("abc"), random.sample(range(5, -20, -3), 5))
print(random.sample(range(3), 3), random.sample(range(0), 0))
try:
    random.sample(range(3), 4)
except ValueError as e:
    print("ValueError:", e)
