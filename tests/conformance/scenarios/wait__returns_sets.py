# wait() returns two sets, done and pending, of the tasks it was given (not their results).
import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n * 10


async def main():
    tasks = [asyncio.create_task(work(n)) for n in (0.1, 0.2)]
    done, pending = await asyncio.wait(tasks)
    print(type(done).__name__, len(done), len(pending))
    print(sorted(t.result() for t in done))


asyncio.run(main())
