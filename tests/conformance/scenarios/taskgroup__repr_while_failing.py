# The group's repr during shutdown: it counts the errors and says it is cancelling.
import asyncio


async def fail():
    raise OSError("disk")


async def main():
    tg = asyncio.TaskGroup()
    try:
        async with tg:
            tg.create_task(fail())
            tg.create_task(asyncio.sleep(1))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print(tg)
                raise
    except* OSError:
        print("after:", tg)


asyncio.run(main())
