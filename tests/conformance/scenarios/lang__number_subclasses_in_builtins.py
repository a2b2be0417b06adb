# IntEnum members and float subclasses are numbers wherever CPython wants one: %-formatting,
# math functions, islice counts. A worker pool sized by an IntEnum and a timeout in a float
# subclass, as configuration code often has them.
import asyncio
import itertools
import math
from enum import IntEnum


class Limits(IntEnum):
    WORKERS = 3
    RETRIES = 2


class Seconds(float):
    def describe(self):
        return "%.2f s" % self


print("%d workers, %i retries, %x hex, %5.1f as float" % (Limits.WORKERS, Limits.RETRIES, Limits.WORKERS, Limits.WORKERS))
print("%s / %r" % (Limits.WORKERS, Limits.WORKERS))
print("%(n)03d" % {"n": Limits.RETRIES})
print(Seconds(1.5).describe(), "%.1f" % Seconds(0.25), "%e" % Seconds(2))
print(math.sqrt(Seconds(16)), math.floor(Seconds(2.7)), math.factorial(Limits.WORKERS))
print(math.isclose(Seconds(0.1) + 0.2, 0.3), math.gcd(Limits.WORKERS, 9), math.comb(Limits.WORKERS, 2))
print(list(itertools.islice("abcdef", Limits.WORKERS)))
print(list(itertools.islice("abcdef", Limits.RETRIES, None, Limits.RETRIES)))


async def worker(n, delay):
    await asyncio.sleep(delay)
    return "%d done after %.2f" % (n, delay)


async def main():
    jobs = [worker(i, Seconds(0.1 * (i + 1))) for i in range(Limits.WORKERS)]
    for line in await asyncio.gather(*jobs):
        print(line)


asyncio.run(main())

try:
    print("%d" % Seconds(1.5))
except TypeError as e:
    print("TypeError:", e)
print("%d" % 2.9, "%i" % True)
