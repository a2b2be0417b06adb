# wait_for() gives an awaitable a deadline. If it finishes in time you get its result;
# if not, wait_for cancels it and raises TimeoutError. Watch the timer heap: the
# deadline is a timer of its own, racing the sleep inside the slow call.
import asyncio


async def fetch(name, seconds):
    try:
        await asyncio.sleep(seconds)
        return f"{name} data"
    except asyncio.CancelledError:
        print(f"  {name}: cancelled by the timeout")
        raise


async def main():
    loop = asyncio.get_running_loop()
    for name, seconds in [("fast", 0.5), ("slow", 3)]:
        start = loop.time()
        try:
            result = await asyncio.wait_for(fetch(name, seconds), timeout=1)
            print(f"{name}: got {result!r}")
        except asyncio.TimeoutError:
            print(f"{name}: TimeoutError")
        print(f"{name}: waited {loop.time() - start:.1f} s")


asyncio.run(main())
