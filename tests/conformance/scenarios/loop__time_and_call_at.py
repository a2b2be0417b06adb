# loop.time() is the event loop's clock. call_later(delay, f) and call_at(when, f) schedule
# plain callbacks (not coroutines) on it; call_later(d) is call_at(loop.time() + d).
# Notice each callback runs at its deadline, in deadline order.
import asyncio


def report(loop, label):
    print(f"{label} at loop time {loop.time()}")


async def main():
    loop = asyncio.get_running_loop()
    print("now:", loop.time())
    loop.call_later(2, report, loop, "call_later(2)")
    loop.call_at(loop.time() + 1, report, loop, "call_at(now + 1)")
    loop.call_at(0.5, report, loop, "call_at(0.5)")
    loop.call_later(0.25, report, loop, "call_later(0.25)")
    await asyncio.sleep(3)
    print("main wakes at", loop.time())


asyncio.run(main())
