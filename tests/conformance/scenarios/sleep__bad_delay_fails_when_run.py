# sleep() and wait_for() check their delay/timeout only when the coroutine first runs
# (`if delay <= 0`), so making the coroutine never fails: a task made from it fails with
# the TypeError instead. The coroutine wait_for was given dies with the exception, and
# ensure_future() without a loop keeps its argument until its exception is gone.
import asyncio


async def work():
    return 1


async def main():
    t = asyncio.create_task(asyncio.sleep("1"))
    print("task made")
    await asyncio.sleep(0)
    print("task failed:", t.exception())
    try:
        await asyncio.sleep(None)
    except TypeError as e:
        print("TypeError:", e)
    w = asyncio.wait_for(work(), timeout="soon")
    print(type(w).__name__)
    try:
        await w
    except TypeError as e:
        print("TypeError:", e)
    print("after")
    asyncio.sleep([])
    print(await asyncio.sleep(True, result="bool ok"), await asyncio.wait_for(work(), 10**30))


asyncio.run(main())
asyncio.set_event_loop(None)
try:
    asyncio.ensure_future(work())
except RuntimeError as e:
    print("ensure_future:", e)
print("end")
