# abort() breaks the barrier: every task waiting in wait() gets BrokenBarrierError, and so
# does every later wait(). The repr then shows just [broken].
# Notice the two messages: "Abort or reset of barrier" for waiters, "Barrier aborted" after.
import asyncio


async def waiter(barrier, name):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print(f"{name}: {type(e).__name__}: {e}")


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(waiter(barrier, n)) for n in ("a", "b")]
    await asyncio.sleep(1)
    print(barrier)
    await barrier.abort()
    print("aborted:", barrier, "broken:", barrier.broken, "n_waiting:", barrier.n_waiting)
    await asyncio.gather(*tasks)
    await waiter(barrier, "late")
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))


asyncio.run(main())
