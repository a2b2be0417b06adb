# A task cancelled while waiting at a Barrier leaves it: the count goes down again and the
# barrier still needs the full number of parties.
import asyncio


async def main():
    b = asyncio.Barrier(2)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print(b.n_waiting, b)
    t.cancel()
    await asyncio.sleep(0)
    print(b.n_waiting, b, t.cancelled())


asyncio.run(main())
