# A task waiting on an Event can be cancelled like any other wait; its waiter is removed,
# and the event is unaffected. Cancelling a waiter after set() but before it ran still
# cancels it.
# Notice the waiter counts in the reprs.
import asyncio


async def waiter(event, name):
    try:
        await event.wait()
        print(name, "woke up")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    event = asyncio.Event()
    a, b, c = [asyncio.create_task(waiter(event, n)) for n in "abc"]
    await asyncio.sleep(0)
    print(event)
    a.cancel()
    await asyncio.sleep(0)
    print(event)
    event.set()
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(event, "cancelled:", a.cancelled(), b.cancelled(), c.cancelled())


asyncio.run(main())
