# A NaN delay is due at once, as in CPython: select waits max(0, nan) = 0 and the timer is not
# ">= end_time". sleep(nan), call_later(nan), call_at(nan) and wait_for(timeout=nan) must not
# hang; a NaN deadline among others sits where heapq's comparisons leave it.
import asyncio

nan = float("nan")


async def quick():
    await asyncio.sleep(0.2)
    return "quick"


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(nan)
    print("slept nan at", loop.time())
    loop.call_later(0.3, print, "timer 0.3")
    loop.call_later(nan, print, "timer nan")
    loop.call_at(nan, print, "call_at nan")
    loop.call_later(0.1, print, "timer 0.1")
    print(await asyncio.wait_for(quick(), timeout=nan))
    print(await asyncio.sleep(nan, "result"))
    await asyncio.sleep(0.5)
    print("end at", loop.time())


asyncio.run(main())
