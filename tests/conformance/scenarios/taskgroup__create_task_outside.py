# create_task() needs the group entered and not yet finished; entering twice is an error.
import asyncio


async def noop():
    pass


async def main():
    tg = asyncio.TaskGroup()
    coro = noop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    coro = noop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()


asyncio.run(main())
