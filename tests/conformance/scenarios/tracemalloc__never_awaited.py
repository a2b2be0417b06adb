# tracemalloc for the never-awaited warning: off, the hint to enable it; on, where the
# coroutine was created (one frame, then two inside a task: the loop's Handle._run); after
# stop() or clear_traces(), nothing; through warnings' hooks too; is_tracing and the limit.
import asyncio
import tracemalloc
import warnings


async def work():
    await asyncio.sleep(0.1)


def make(n):
    return work()


async def main():
    print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
    work()
    asyncio.sleep(1)
    tracemalloc.start()
    print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
    work()
    await asyncio.sleep(0.1)
    c = make(1)
    tracemalloc.stop()
    del c
    tracemalloc.start(2)
    make(4)
    c2 = make(2)
    tracemalloc.clear_traces()
    del c2
    asyncio.sleep(2)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        make(3)
        asyncio.sleep(3)
    for bad in (0, "x"):
        try:
            tracemalloc.start(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    tracemalloc.stop()
    print(tracemalloc.get_traceback_limit(), tracemalloc.is_tracing())


def outside():
    tracemalloc.start()
    work()


asyncio.run(main())
outside()
