# The common `del task; gc.collect()` demo: a failed task nobody retrieved reports "Task
# exception was never retrieved" when its last reference goes (at the `del`, before
# collect()). gc's switches are kept and reported back; bad arguments fail as in CPython.
# (collect()'s count is not shown: Loopscope has no cycle collector, so it finds nothing.)
import asyncio
import gc


async def fails():
    await asyncio.sleep(0.1)
    raise RuntimeError("nobody awaited me")


async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.2)
    print("task done:", t.done())
    del t
    print("after del")
    gc.collect()
    print("after collect")


print(gc, gc.isenabled(), gc.get_threshold(), gc.DEBUG_LEAK, gc.DEBUG_STATS)
gc.disable()
print(gc.isenabled())
gc.enable()
gc.set_threshold(500)
print(gc.isenabled(), gc.get_threshold())
gc.set_threshold(700, 10, 10)
for call in (
    lambda: gc.collect(3),
    lambda: gc.collect("2"),
    lambda: gc.collect(1, 2),
    lambda: gc.collect(gen=1),
    lambda: gc.collect(2**40),
    lambda: gc.enable(1),
    lambda: gc.set_threshold(),
    lambda: gc.set_threshold(1.5),
):
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
asyncio.run(main())
