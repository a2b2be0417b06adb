# If a task fails and nobody ever looks at its exception (no await, no result(), no
# exception()), asyncio logs "Task exception was never retrieved" when the task object
# is thrown away. Notice the program still exits with status 0.
import asyncio


async def flaky():
    await asyncio.sleep(0.5)
    raise ConnectionResetError("server hung up")


async def main():
    asyncio.create_task(flaky())
    await asyncio.sleep(1)
    print("main done, never checked the task")


asyncio.run(main())
print("program end")
