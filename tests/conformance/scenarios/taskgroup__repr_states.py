# A TaskGroup's repr shows whether it was entered and how many children are still running.
import asyncio


async def main():
    tg = asyncio.TaskGroup()
    print(tg)
    async with tg:
        print(tg)
        tg.create_task(asyncio.sleep(0.1))
        tg.create_task(asyncio.sleep(0.2))
        print(tg)
    print(tg)


asyncio.run(main())
