# Cancelling the task from outside while it is inside a timeout block gives CancelledError,
# not TimeoutError: only the timeout's own cancellation is converted.
import asyncio


async def guarded():
    try:
        async with asyncio.timeout(10):
            await asyncio.sleep(5)
    except TimeoutError:
        print("not reached")


async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("CancelledError, as expected")


asyncio.run(main())
