# anext(it) is the async counterpart of next(): it returns an awaitable. With a default,
# exhaustion gives the default instead of raising StopAsyncIteration. aiter(x) calls
# x.__aiter__(). Notice the errors for objects that are not async iterators.
import asyncio


async def countdown(n):
    while n > 0:
        await asyncio.sleep(0.5)
        yield n
        n -= 1


async def main():
    it = aiter(countdown(2))
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, "no more"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    for bad in ([1, 2], iter([1, 2])):
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        aiter([1, 2])
    except TypeError as e:
        print("TypeError:", e)
    gen = countdown(1)
    print(aiter(gen) is gen)


asyncio.run(main())
