# An async generator (`async def` with `yield`) can await between values, so stages of a
# pipeline can each wait for I/O. The consumer drives the whole chain with `async for`.
# Notice that each value flows through all stages before the next one is produced.
import asyncio


async def produce(n):
    for i in range(1, n + 1):
        await asyncio.sleep(0.5)
        print(f"  produce {i}")
        yield i


async def square(source):
    async for x in source:
        await asyncio.sleep(0.1)
        yield x * x


async def keep_odd(source):
    async for x in source:
        if x % 2:
            yield x
        else:
            print(f"  drop {x}")


async def main():
    pipeline = keep_odd(square(produce(5)))
    print(type(pipeline).__name__, pipeline.__name__, pipeline.__qualname__)
    total = 0
    async for value in pipeline:
        print("result", value)
        total += value
    print("total", total)


asyncio.run(main())
