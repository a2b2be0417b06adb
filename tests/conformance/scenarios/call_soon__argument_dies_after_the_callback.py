# A callback's arguments live as long as the loop holds its handle: _run_once keeps the handle
# it ran until it takes the next one, or until the batch ends (`handle = None`). Notice where
# each "never awaited" warning points: base_events.py's popleft line for the first coroutine,
# its `handle = None` line for the one passed to the last callback of a batch.
import asyncio


async def first():
    pass


async def last():
    pass


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback got", first())
    loop.call_soon(print, "second callback")
    await asyncio.sleep(0)
    print("after")
    loop.call_soon(lambda: loop.call_soon(print, "alone in its batch", last()))
    await asyncio.sleep(0.1)
    print("done")


asyncio.run(main())
