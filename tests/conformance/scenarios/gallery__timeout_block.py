# asyncio.timeout() puts a deadline on a whole block. When the deadline passes, the
# task is cancelled wherever it waits; leaving the block turns that cancellation into
# TimeoutError. A block that finishes in time is unaffected; reschedule() moves it.
import asyncio


async def step(name, seconds):
    await asyncio.sleep(seconds)
    print(f"  {name} done")


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(2):
            await step("download", 0.5)
            await step("unpack", 1.0)
        print(f"{loop.time():.1f}  first block finished in time")
        async with asyncio.timeout(1) as cm:
            await step("quick check", 0.5)
            cm.reschedule(loop.time() + 1)
            await step("slow check", 2)
    except TimeoutError:
        print(f"{loop.time():.1f}  TimeoutError, expired: {cm.expired()}")


asyncio.run(main())
