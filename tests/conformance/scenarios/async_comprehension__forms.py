# Comprehensions can iterate async iterables (`async for` inside them) and await inside
# their expressions; list, set and dict forms all work, and so do async generator
# expressions. Notice awaits inside a comprehension run one after another, not concurrently.
import asyncio


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.25)
        yield i


async def double(x):
    await asyncio.sleep(1)
    return 2 * x


async def main():
    print([i async for i in ticks(4)])
    print([i * 10 async for i in ticks(5) if i % 2 == 0])
    print({i % 2 async for i in ticks(3)})
    print({i: str(i) async for i in ticks(2)})
    print([await double(x) for x in range(3)])
    print([await double(i) async for i in ticks(2)])
    gen = (i + 100 async for i in ticks(2))
    print(type(gen).__name__)
    print([x async for x in gen])
    tasks = [asyncio.create_task(double(x)) for x in range(3)]
    print("tasks run concurrently:", [await t for t in tasks])
    print([[j async for j in ticks(i)] for i in range(3)])


asyncio.run(main())
