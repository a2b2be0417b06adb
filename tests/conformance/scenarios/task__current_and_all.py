# current_task() is the task running right now; all_tasks() is the set of tasks of the
# loop that are not done yet (including the current one).
# Notice the set shrinks as tasks finish; names are sorted because a set has no order.
import asyncio


async def worker(delay):
    print("worker", delay, "runs as", asyncio.current_task().get_name())
    await asyncio.sleep(delay)


async def main():
    tasks = [asyncio.create_task(worker(d)) for d in [1, 2, 3]]
    print("main is", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    print("not done:", sorted(t.get_name() for t in asyncio.all_tasks()))
    for t in tasks:
        await t
        names = sorted(t.get_name() for t in asyncio.all_tasks())
        print("after", t.get_name(), "finished:", names)
    print("current_task() is main task:", asyncio.current_task() in asyncio.all_tasks())


asyncio.run(main())
