# `async with asyncio.timeout(delay):` cancels the code inside when the delay passes and
# turns that cancellation into TimeoutError as it leaves the block. The code inside sees
# CancelledError, so its cleanup runs.
# Notice the order: the inner cleanup, then TimeoutError outside, at 1.000.
import asyncio


async def slow_operation():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner: CancelledError, cleaning up")
        raise


async def main():
    try:
        async with asyncio.timeout(1) as cm:
            print("inside:", cm)
            await slow_operation()
        print("not reached")
    except TimeoutError as e:
        print("TimeoutError:", repr(e), "| expired():", cm.expired())
    print("after:", cm)
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(1)
    print("finished in time:", cm, "expired():", cm.expired())


asyncio.run(main())
