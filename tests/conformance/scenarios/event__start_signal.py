# Event as a start signal: workers wait for it, the main task sets it once all are ready.
# They start in the order they began waiting.
import asyncio


async def worker(start, n):
    print("worker", n, "ready")
    await start.wait()
    print("worker", n, "runs")
    await asyncio.sleep(0.1 * n)
    return n


async def main():
    start = asyncio.Event()
    tasks = [asyncio.create_task(worker(start, n)) for n in range(3)]
    await asyncio.sleep(0.5)
    print("go")
    start.set()
    print(await asyncio.gather(*tasks))


asyncio.run(main())
