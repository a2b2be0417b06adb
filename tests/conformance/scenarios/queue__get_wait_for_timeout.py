# Waiting for an item with a deadline: the getter is cancelled and leaves the deque, and an
# item put later waits for the next get().
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.5)
    except asyncio.TimeoutError:
        print("no item in time:", q)
    q.put_nowait("late")
    print(q, await q.get())


asyncio.run(main())
