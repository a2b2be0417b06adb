# Each task passing the Barrier gets its own index, in the order they arrived; the last
# arrival releases everyone.
import asyncio


async def party(b, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives;", b.n_waiting, "waiting")
    index = await b.wait()
    print(name, "passes with index", index)


async def main():
    b = asyncio.Barrier(3)
    await asyncio.gather(party(b, "a", 0.3), party(b, "b", 0.1), party(b, "c", 0.2))
    print(b)


asyncio.run(main())
