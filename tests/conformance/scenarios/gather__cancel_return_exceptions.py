# Cancelling a gather(..., return_exceptions=True) still raises CancelledError in the
# awaiting task, but CPython 3.11 builds that error from the LAST child in argument order,
# not from the child that finished last. Here the last child, sleep(0), finished before the
# cancel, so main gets CancelledError() without the 'stop' message.
import asyncio


async def main():
    g = asyncio.gather(asyncio.sleep(1), asyncio.sleep(0), return_exceptions=True)
    await asyncio.sleep(0.1)
    print("cancel:", g.cancel("stop"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("main got", repr(e))
    g2 = asyncio.gather(asyncio.sleep(0), asyncio.sleep(1), return_exceptions=True)
    await asyncio.sleep(0.1)
    g2.cancel("stop")
    try:
        await g2
    except asyncio.CancelledError as e:
        print("main got", repr(e))


asyncio.run(main())
