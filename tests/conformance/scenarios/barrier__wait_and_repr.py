# A Barrier(3) holds tasks in wait() until the third one arrives, then releases them all.
# wait() returns each task's arrival index (0..parties-1). The repr shows the state
# (filling, draining) and waiters:n/parties.
# Notice n_waiting counts up, and the last arrival is released first.
import asyncio


async def runner(barrier, name, delay):
    await asyncio.sleep(delay)
    print(f"{name} arrives, n_waiting={barrier.n_waiting}")
    index = await barrier.wait()
    print(f"{name} released with index {index}  {barrier}")


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier, "parties:", barrier.parties, "broken:", barrier.broken)
    tasks = [asyncio.create_task(runner(barrier, n, d)) for n, d in (("a", 1), ("b", 2), ("c", 3))]
    await asyncio.sleep(2.5)
    print(barrier)
    await asyncio.gather(*tasks)
    print(barrier)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
