# asyncio.run cancels the tasks left when main returns. A task that starts another task
# while it is being cancelled leaves that new task pending when the loop closes: it is
# garbage collected unfinished, and asyncio logs "Task was destroyed but it is pending!".
import asyncio


async def forever():
    await asyncio.sleep(10)


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("worker cancelled, starting another task")
        asyncio.create_task(forever())


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    print("main returns")


asyncio.run(main())
