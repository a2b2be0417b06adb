# Cancelling a task waiting at a Barrier takes it back out of the count, so the barrier
# then needs another arrival before it opens.
# Notice n_waiting drops back to 0, and the barrier opens only when both b and c wait.
import asyncio


async def waiter(barrier, name):
    try:
        index = await barrier.wait()
        print(f"{name} passed with index {index}")
    except asyncio.CancelledError:
        print(f"{name} cancelled at the barrier")
        raise


async def main():
    barrier = asyncio.Barrier(2)
    a = asyncio.create_task(waiter(barrier, "a"))
    await asyncio.sleep(0.5)
    print(barrier)
    a.cancel()
    await asyncio.sleep(0.5)
    print(barrier, "n_waiting:", barrier.n_waiting)
    b = asyncio.create_task(waiter(barrier, "b"))
    await asyncio.sleep(0.5)
    print(barrier)
    await asyncio.gather(b, waiter(barrier, "c"))
    print(barrier, a.cancelled())


asyncio.run(main())
