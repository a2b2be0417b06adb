# A coroutine object passed where a callback is expected: the handle names it by its
# __qualname__ (as format_helpers does), and calling it fails in the callback.
import asyncio


async def fetch():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    native = asyncio.sleep(1)
    mine = fetch()
    for coro in (native, mine):
        handle = loop.call_soon(coro)
        print(repr(handle))
    await asyncio.sleep(0)
    native.close()
    mine.close()
    print("done")


asyncio.run(main())
