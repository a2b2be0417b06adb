# A task in wait_for() is cancelled; wait_for then cancels its inner task and waits for it to
# finish, still inside its `except CancelledError:`. Cancelled a second time meanwhile (here by
# asyncio.run's shutdown), the new CancelledError chains the first one.
# Notice the two CancelledErrors in the never-retrieved report, joined by "During handling".
import asyncio


async def slow_cleanup():
    try:
        await asyncio.sleep(0.5)
    finally:
        print("cleaning up")
        await asyncio.sleep(0)
        print("cleaned up")


async def worker():
    print("worker", await asyncio.wait_for(slow_cleanup(), 1))


async def main():
    group = asyncio.gather(worker(), return_exceptions=True)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("cancel", group.cancel())


asyncio.run(main())
