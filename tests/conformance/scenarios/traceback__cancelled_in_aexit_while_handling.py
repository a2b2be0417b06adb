# A task fails inside `async with`, and is cancelled while its `__aexit__` still awaits.
# The CancelledError reaches the task's frame while that frame handles the first error:
# CPython chains the two there and restarts the traceback from what was last caught, so
# the report names only the `async with` line, not the `__aexit__` frame it came through.
import asyncio


class Oops(ValueError):
    pass


def take(fut):
    print("take", fut.result())


class Guard:
    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print("enter")

    async def __aexit__(self, et, e, tb):
        print("exit", et.__name__)
        await asyncio.sleep(0.1)
        return False


async def work():
    async with Guard():
        raise Oops("work failed")


async def main():
    task = asyncio.create_task(work())
    await asyncio.sleep(0.1)
    task.add_done_callback(take)


asyncio.run(main())
