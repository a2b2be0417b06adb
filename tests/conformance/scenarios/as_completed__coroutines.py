# as_completed() also accepts bare coroutines and wraps each in a task itself (asyncio.wait
# refuses them in 3.11). It creates those tasks in an unspecified order (it goes through a
# set), so this program only relies on finishing order, which the delays decide.
# Notice the results come out shortest-delay first.
import asyncio


async def fetch(url, delay):
    await asyncio.sleep(delay)
    return f"{url} after {delay}s"


async def main():
    jobs = [fetch("a.example", 1.5), fetch("b.example", 0.5), fetch("c.example", 1.0)]
    for coro in asyncio.as_completed(jobs):
        result = await coro
        print(result)
    print("tasks left:", len(asyncio.all_tasks()))


asyncio.run(main())
