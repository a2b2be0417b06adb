# sys.set_coroutine_origin_tracking_depth records where each coroutine was made (cr_origin,
# innermost first, cut at the depth); a debug-mode loop turns it on while it runs and puts
# the old depth back; set_debug on a running loop changes it from the next callback.
import asyncio
import sys


async def job():
    return 1


def make(n):
    return job() if n == 0 else make(n - 1)


def show(coro):
    origin = coro.cr_origin
    print(None if origin is None else [(f, line, name) for f, line, name in origin])
    coro.close()


print(sys.get_coroutine_origin_tracking_depth())
show(job())
sys.set_coroutine_origin_tracking_depth(3)
show(make(5))
sys.set_coroutine_origin_tracking_depth(depth=1)
show(make(0))
for bad in (-1, "2", 1.5):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.set_coroutine_origin_tracking_depth()
except TypeError as e:
    print(e)
sys.set_coroutine_origin_tracking_depth(0)


async def inside():
    loop = asyncio.get_running_loop()
    print("running, debug", loop.get_debug(), sys.get_coroutine_origin_tracking_depth())
    loop.set_debug(False)
    print("right after set_debug(False):", sys.get_coroutine_origin_tracking_depth())
    await asyncio.sleep(0)
    print("a cycle later:", sys.get_coroutine_origin_tracking_depth())
    loop.set_debug(True)
    await asyncio.sleep(0)
    coro = make(1)
    print(len(coro.cr_origin), coro.cr_origin[:2])
    coro.close()


sys.set_coroutine_origin_tracking_depth(4)
asyncio.run(inside(), debug=True)
print("after run:", sys.get_coroutine_origin_tracking_depth())


async def deep(n):
    if n:
        await deep(n - 1)
    else:
        job()


sys.set_coroutine_origin_tracking_depth(0)
asyncio.run(deep(12), debug=True)
print("done")
