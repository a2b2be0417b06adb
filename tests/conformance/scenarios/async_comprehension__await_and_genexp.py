# `await` inside a comprehension makes it a coroutine (awaited where it stands); an async
# generator expression is created without awaiting, even in a plain function, and iterated
# later with `async for`. Notice the order of the "fetch" lines: one await at a time.
import asyncio


async def fetch(x):
    print("  fetch", x)
    await asyncio.sleep(0.1)
    return x * 2


async def evens(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        if i % 2 == 0:
            yield i


def make_genexp(n):
    return (await fetch(i) for i in range(n))


async def main():
    print({x: await fetch(x) for x in range(2)})
    print({await fetch(x) for x in range(3) if await fetch(x) > 0})
    print([y async for x in evens(5) for y in (x, -x)])
    print([x for x in range(4) if x in [e async for e in evens(4)]])
    gen = make_genexp(3)
    print(type(gen).__name__, gen.__name__)
    print([v async for v in gen])
    nested = (x + 1 async for x in evens(6))
    async for v in nested:
        print("nested", v)


asyncio.run(main())
