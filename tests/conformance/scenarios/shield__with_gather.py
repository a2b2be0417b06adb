# Cancelling a gather of shielded tasks cancels only the shields: the tasks finish.
import asyncio


async def save(n):
    await asyncio.sleep(0.2)
    print("saved", n)
    return n


async def main():
    tasks = [asyncio.create_task(save(n)) for n in range(2)]
    g = asyncio.gather(*(asyncio.shield(t) for t in tasks))
    await asyncio.sleep(0.1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print(await asyncio.gather(*tasks))


asyncio.run(main())
