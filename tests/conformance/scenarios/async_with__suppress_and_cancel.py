# __aexit__ sees the exception that ended the `async with` body and may swallow it by
# returning True. A task cancelled while inside the block still runs __aexit__, which sees
# CancelledError. Notice what each __aexit__ reports and which errors reach the caller.
import asyncio


class Guard:
    def __init__(self, name, swallow):
        self.name, self.swallow = name, swallow

    async def __aenter__(self):
        print(f"  {self.name}: enter")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print(f"  {self.name}: exit with {exc_type.__name__ if exc_type else None}")
        return self.swallow


async def sleeper():
    async with Guard("sleeper", swallow=False):
        await asyncio.sleep(10)


async def main():
    async with Guard("lenient", swallow=True):
        raise ValueError("ignored")
    print("after lenient")
    try:
        async with Guard("strict", swallow=False):
            raise ValueError("passed on")
    except ValueError as e:
        print("caught", repr(e))
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("sleeper cancelled:", task.cancelled())
    async with Guard("nested-outer", swallow=True):
        async with Guard("nested-inner", swallow=False):
            1 / 0
    print("done")


asyncio.run(main())
