# `await coro()` runs the coroutine inside the current task, right away, like a function call.
# `create_task(coro())` wraps it in a new Task that starts only when the current task yields.
# Notice the task names and that "task body starts" comes after "main continues".
import asyncio


async def step(label):
    print(label, "runs in", asyncio.current_task().get_name())
    await asyncio.sleep(1)
    print(label, "done")


async def main():
    print("main is", asyncio.current_task().get_name())
    await step("awaited directly")
    task = asyncio.create_task(step("task body starts;"))
    print("main continues after create_task")
    await task
    print("main finished")


asyncio.run(main())
