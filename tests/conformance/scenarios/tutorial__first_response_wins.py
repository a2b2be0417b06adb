# "Hedged" requests: ask three mirrors at once, take whichever answers first, cancel the
# others. asyncio.wait(FIRST_COMPLETED) returns as soon as one is done.
# Notice the losers are cancelled at the winner's time, and wait() returns sets.
import asyncio


async def query(mirror, delay):
    try:
        await asyncio.sleep(delay)
        return f"answer from {mirror}"
    except asyncio.CancelledError:
        print(f"{mirror}: cancelled")
        raise


async def main():
    tasks = [asyncio.create_task(query(m, d), name=m)
             for m, d in (("eu", 0.8), ("us", 0.3), ("asia", 1.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop()
    print("winner:", winner.get_name(), "->", winner.result())
    for task in tasks:
        if not task.done():
            task.cancel()
    await asyncio.wait(pending)
    print("cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))


asyncio.run(main())
