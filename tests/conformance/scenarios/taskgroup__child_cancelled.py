# A child cancelled on its own (not by the group) is simply counted as finished: it is not
# an error, so its siblings keep running and no ExceptionGroup is raised.
# Notice the other child finishes normally at 2.000.
import asyncio


async def worker(seconds):
    await asyncio.sleep(seconds)
    return seconds


async def main():
    async with asyncio.TaskGroup() as tg:
        doomed = tg.create_task(worker(5))
        other = tg.create_task(worker(2))
        await asyncio.sleep(1)
        doomed.cancel()
        print("cancelled one child:", tg)
    print("group done; doomed cancelled:", doomed.cancelled(), "other:", other.result())


asyncio.run(main())
