# A common pattern: wait for the first of several tasks, then cancel the losers and wait
# for their cancellation to finish.
import asyncio


async def mirror(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(mirror(n, d), name=n) for n, d in [("eu", 0.3), ("us", 0.1), ("asia", 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("winner:", done.pop().result())
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print(sorted(t.get_name() for t in pending if t.cancelled()))


asyncio.run(main())
