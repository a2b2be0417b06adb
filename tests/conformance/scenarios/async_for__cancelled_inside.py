# A task suspended inside `async for` (awaiting __anext__) is cancelled: CancelledError is
# thrown into the pending __anext__ coroutine, its `finally` runs, and the loop's `else` does
# not. Notice the cancelled task's repr while it waits and the order of the cleanup lines.
import asyncio


class Feed:
    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        try:
            await asyncio.sleep(1)
        finally:
            print("  __anext__ finally, i =", self.i)
        self.i += 1
        return self.i


async def reader():
    try:
        async for item in Feed():
            print("read", item)
        else:
            print("not printed")
    except asyncio.CancelledError:
        print("reader cancelled")
        raise


async def main():
    task = asyncio.create_task(reader())
    await asyncio.sleep(2.5)
    print(task)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())


asyncio.run(main())
