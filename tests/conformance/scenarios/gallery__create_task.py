# create_task() schedules a coroutine to start soon; it does not run it right away.
# The new task waits in the ready queue until main reaches an await and gives the
# loop control. Notice that "worker starts" is printed only after main's first await.
import asyncio


async def worker(label):
    print(f"  {label}: worker starts")
    await asyncio.sleep(0.5)
    print(f"  {label}: worker finishes")
    return label.upper()


async def main():
    task = asyncio.create_task(worker("job"))
    print("main: created", task.get_name(), "- done?", task.done())
    print("main: still running; the task has not started yet")
    await asyncio.sleep(0.1)
    print("main: back after sleeping 0.1 s; done?", task.done())
    result = await task
    print("main: the task returned", repr(result), "- done?", task.done())


asyncio.run(main())
