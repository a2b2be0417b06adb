# A second tracemalloc.start(n) while tracing changes nothing: the frame count stays the
# first call's (get_traceback_limit too) until stop(); a start after stop takes the new one.
import asyncio
import tracemalloc


async def job():
    pass


def make():
    job()


async def main():
    tracemalloc.start(1)
    tracemalloc.start(2)
    print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
    make()
    await asyncio.sleep(0)
    tracemalloc.stop()
    print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
    tracemalloc.start(2)
    print(tracemalloc.get_traceback_limit())
    make()
    await asyncio.sleep(0)


asyncio.run(main())
