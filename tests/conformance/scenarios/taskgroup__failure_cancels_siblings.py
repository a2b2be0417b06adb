# When one child fails, its siblings are cancelled and the group waits for their cleanup
# before raising.
import asyncio


async def slow(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise


async def broken():
    await asyncio.sleep(1)
    raise RuntimeError("broken")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("a"))
            tg.create_task(broken())
            tg.create_task(slow("b"))
    except ExceptionGroup as eg:
        print(repr(eg), eg.exceptions)


asyncio.run(main())
