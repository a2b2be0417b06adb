# lru_cache keys on the arguments as given: f(1) and f(x=1) are different entries, and
# typed=True also separates 1 from 1.0. maxsize=0 caches nothing; cache_parameters()
# reports the settings. Notice the hit/miss counts and the error for a bad maxsize.
import functools

calls = []


@functools.lru_cache(maxsize=3, typed=True)
def square(x):
    calls.append(x)
    return x * x


for v in [1, 1.0, 2, 1, 3, 4, 1]:
    square(v)
print(calls, square.cache_info(), square.cache_parameters())


@functools.lru_cache(maxsize=0)
def never(x):
    return x


never(1)
never(1)
print(never.cache_info())


@functools.lru_cache
def add(a, b=0):
    return a + b


print(add(1), add(a=1), add(1, 0), add(1, b=0), add.cache_info().misses, add.__name__)
print(functools.cache(lambda: 5)(), type(square.cache_info()).__name__)
try:
    functools.lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)


class Temperature:
    def __init__(self, c):
        self.c = c

    @functools.lru_cache(maxsize=None)
    def fahrenheit(self):
        print("  converting", self.c)
        return self.c * 9 / 5 + 32


t = Temperature(100)
print(t.fahrenheit(), t.fahrenheit(), Temperature.fahrenheit.cache_info().hits)
