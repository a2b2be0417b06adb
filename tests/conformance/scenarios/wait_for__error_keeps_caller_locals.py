# An error that leaves wait_for() has wait_for's frame in its traceback, and that frame still
# holds the task wait_for made, which holds the error: a reference cycle. Caught in main, it
# keeps main's frame (and the list of failed tasks in it) alive until the garbage collector
# runs at exit, which reports the tasks in creation order, not in the list's release order.
import asyncio


async def slow():
    await asyncio.wait_for(asyncio.sleep(0.3), 0.1)


async def main():
    tasks = [asyncio.create_task(slow()), asyncio.create_task(slow())]
    try:
        await asyncio.wait_for(slow(), 1)
    except TimeoutError as e:
        print("main caught", repr(e))
    print("main done", [t.done() for t in tasks])


asyncio.run(main())
print("after run")
