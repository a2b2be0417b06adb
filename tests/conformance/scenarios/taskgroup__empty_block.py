# A TaskGroup with no children exits at once; `as` binds the group itself.
import asyncio


async def main():
    async with asyncio.TaskGroup() as tg:
        print(type(tg).__name__, tg)
    print("exited:", tg)


asyncio.run(main())
