# One thousand tasks on a single loop, each sleeping a random time under 2 seconds.
# They all wait at the same time, so the whole batch ends in about 2 s, not 1000 s.
# The timer heap holds a thousand deadlines at once; only a summary is printed.
import asyncio
import random

finish_order = []


async def job(n):
    delay = round(random.uniform(0, 2), 3)
    await asyncio.sleep(delay)
    finish_order.append(n)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    random.seed(42)
    tasks = [asyncio.create_task(job(n)) for n in range(1000)]
    print("created", len(tasks), "tasks")
    await asyncio.sleep(1)
    print("after 1 s:", len(finish_order), "finished,", len(asyncio.all_tasks()) - 1, "pending")
    delays = await asyncio.gather(*tasks)
    print(f"all done at t={loop.time():.3f}")
    print(f"sum of all sleeps: {sum(delays):.1f} s")
    print("longest sleep:", max(delays), "- shortest:", min(delays))
    print("first to finish:", finish_order[:4], "- last:", finish_order[-1])


asyncio.run(main())
