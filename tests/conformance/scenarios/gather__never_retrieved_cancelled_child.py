# Cancelling a gather nobody awaits: its child, asyncio.sleep wrapped in a task, is cancelled,
# and the gather ends with that child's CancelledError, which nobody retrieves. It is logged
# when the gather is freed. The error was raised inside asyncio.sleep (library code), so its
# traceback header is printed although all of its frames are hidden.
import asyncio


async def main():
    g = asyncio.gather(asyncio.sleep(1, result=2))
    print("cancel:", g.cancel())
    await asyncio.sleep(0.1)
    print("done:", g.done(), "cancelled:", g.cancelled())


asyncio.run(main())
