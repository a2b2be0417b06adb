# Failed tasks held only by a list are freed when the list is: a list frees its items from
# the last to the first, so "Task exception was never retrieved" appears for the third
# task first and the first task last, although they failed in creation order.
import asyncio


async def fail(n):
    raise ValueError(f"task {n} failed")


async def run_them():
    tasks = [asyncio.create_task(fail(n)) for n in range(1, 4)]
    await asyncio.sleep(0.1)
    print("all done:", all(t.done() for t in tasks))


async def main():
    await run_them()
    print("run_them returned")


asyncio.run(main())
