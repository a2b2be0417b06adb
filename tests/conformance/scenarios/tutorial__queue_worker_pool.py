# The pattern from the asyncio documentation: fill a queue with jobs, start a few workers
# that loop forever on get()/task_done(), wait with queue.join(), then cancel the workers.
# Notice the workers share the jobs as they free up, and the total is the sum of delays
# divided among three workers.
import asyncio
import random


async def worker(name, queue):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        queue.task_done()
        print(f"{name} has slept for {sleep_for:.2f} seconds")


async def main():
    queue = asyncio.Queue()
    total_sleep_time = 0
    for _ in range(8):
        sleep_for = random.uniform(0.05, 1.0)
        total_sleep_time += sleep_for
        queue.put_nowait(sleep_for)
    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f"worker-{i}", queue))
        tasks.append(task)
    started_at = asyncio.get_running_loop().time()
    await queue.join()
    total_slept_for = asyncio.get_running_loop().time() - started_at
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("====")
    print(f"3 workers slept in parallel for {total_slept_for:.2f} seconds")
    print(f"total expected sleep time: {total_sleep_time:.2f} seconds")


asyncio.run(main())
