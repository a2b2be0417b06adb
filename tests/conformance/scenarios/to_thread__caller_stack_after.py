# After a coroutine awaited a worker thread, its stack still reaches the program's
# `<module>` frame (asyncio.run's caller): in traceback.print_stack, a warning's
# stacklevel, a coroutine's cr_origin and an uncaught exception's traceback.
import asyncio
import sys
import traceback
import warnings


async def job():
    pass


async def main():
    traceback.print_stack()
    await asyncio.to_thread(print, "in a thread")
    traceback.print_stack()
    warnings.warn("from main, said of asyncio.run's line", stacklevel=8)
    sys.set_coroutine_origin_tracking_depth(8)
    coro = job()
    print([name for _, _, name in coro.cr_origin][::7])
    coro.close()
    raise ValueError("boom")


asyncio.run(main())
