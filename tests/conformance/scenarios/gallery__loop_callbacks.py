# The loop runs plain callbacks too. call_soon puts one in the ready queue;
# call_later and call_at put one in the timer heap, ordered by deadline.
# Notice the callbacks run in deadline order, not in the order they were scheduled.
import asyncio


def announce(label):
    loop = asyncio.get_running_loop()
    print(f"t={loop.time():.1f} callback: {label}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(2, announce, "call_later(2)")
    loop.call_at(loop.time() + 0.5, announce, "call_at(now + 0.5)")
    loop.call_soon(announce, "call_soon")
    loop.call_later(1, announce, "call_later(1)")
    print("main: scheduled four callbacks; none has run yet")
    await asyncio.sleep(0)
    print("main: after one yield, only call_soon has run")
    await asyncio.sleep(3)
    print("main: done")


asyncio.run(main())
