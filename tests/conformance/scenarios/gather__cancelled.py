# Cancelling the future returned by gather() cancels every child that is still running.
# The awaiting coroutine then gets CancelledError. Notice each child reports its own
# cancellation before main sees it, and the surprise at the end: in Python 3.11 the gather
# future finishes with a CancelledError *exception*, so its cancelled() is False.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    group = asyncio.gather(child("a", 0.5), child("b", 2), child("c", 3))
    await asyncio.sleep(1)
    print("main: cancelling the gather, returns", group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print("main: gather raised CancelledError")
    print("group cancelled():", group.cancelled())


asyncio.run(main())
