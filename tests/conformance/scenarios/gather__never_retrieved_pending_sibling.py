# gather(..., return_exceptions=True) collects its children's exceptions only when the last
# child is done. Here one child fails at once but the other, a future, is never resolved:
# the gather never completes, so nobody retrieves the failure, and asyncio logs "Task
# exception was never retrieved" when the task is freed at the end.
import asyncio


async def fail():
    raise ValueError("boom")


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(fail())
    never = loop.create_future()
    g = asyncio.gather(task, never, return_exceptions=True)
    await asyncio.sleep(0.1)
    print("task done:", task.done(), "gather done:", g.done())


asyncio.run(main())
