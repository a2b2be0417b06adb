# reset() sends BrokenBarrierError to the tasks waiting now, then returns the barrier to
# its empty filling state, so it can be used again (unlike abort()).
# Notice the barrier is not broken afterwards and a fresh round succeeds.
import asyncio


async def waiter(barrier, name):
    try:
        index = await barrier.wait()
        print(f"{name} passed with index {index}")
    except asyncio.BrokenBarrierError as e:
        print(f"{name}: BrokenBarrierError: {e}")


async def main():
    barrier = asyncio.Barrier(2)
    first = asyncio.create_task(waiter(barrier, "first"))
    await asyncio.sleep(1)
    print(barrier)
    await barrier.reset()
    print("after reset():", barrier)
    await first
    print("after the waiter left:", barrier, "broken:", barrier.broken)
    await asyncio.gather(waiter(barrier, "x"), waiter(barrier, "y"))
    print(barrier)


asyncio.run(main())
