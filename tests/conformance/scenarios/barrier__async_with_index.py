# `async with barrier as index` waits at the barrier; the block gets the party's index.
import asyncio


async def party(b, name):
    async with b as index:
        print(name, "index", index)


async def main():
    b = asyncio.Barrier(3)
    await asyncio.gather(*(party(b, n) for n in "xyz"))
    print(b)


asyncio.run(main())
