# Cancelling a task blocked in get() with a message: the CancelledError carries it.
import asyncio


async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError:", e.args, q)


asyncio.run(main())
