# create_task() on a TaskGroup works only between entering the group and the moment its
# tasks are finished; otherwise it raises RuntimeError with the group's repr. The
# coroutine passed in is then never run, so Python warns that it was never awaited.
# Notice the three messages: not entered, finished, shutting down.
import asyncio


async def job():
    await asyncio.sleep(1)


async def failing():
    raise ValueError("x")


async def main():
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(job())
    except RuntimeError as e:
        print(e)
    async with tg:
        tg.create_task(job())
    try:
        tg.create_task(job())
    except RuntimeError as e:
        print(e)
    try:
        async with asyncio.TaskGroup() as tg2:
            tg2.create_task(failing())
            try:
                await asyncio.sleep(0.5)
            except asyncio.CancelledError:
                try:
                    tg2.create_task(job())
                except RuntimeError as e:
                    print(e)
                raise
    except* ValueError:
        print("the ValueError group was raised")


asyncio.run(main())
