# functools.lru_cache remembers results by argument; cache_info() counts hits and misses,
# maxsize evicts the least recently used entry, and functools.cache never evicts. Caching
# an async def caches the coroutine object, which cannot be awaited twice.
import asyncio
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())


@functools.lru_cache(maxsize=2)
def slow_square(n):
    print(f"  computing {n}")
    return n * n


for n in [1, 2, 1, 3, 2, 1]:
    slow_square(n)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square.__wrapped__(4))


@functools.cache
def greet(name, punct="!"):
    print(f"  building greeting for {name}")
    return f"hi {name}{punct}"


print(greet("ann"), greet("ann"), greet(name="ann"), greet("ann", "?"))
print(greet.cache_info())
try:
    greet(["unhashable"])
except TypeError as e:
    print("TypeError:", e)


@functools.lru_cache
async def lookup(key):
    await asyncio.sleep(1)
    return key.upper()


async def main():
    print(await lookup("a"))
    print(await lookup("a"))


asyncio.run(main())
