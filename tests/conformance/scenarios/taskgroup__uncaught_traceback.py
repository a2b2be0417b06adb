# An uncaught ExceptionGroup prints in a boxed layout: the group's own traceback, then
# each sub-exception numbered with its own traceback, indented under "| ".
# Notice both failures are listed (they fail in the same loop turn) and the exit status 1.
import asyncio


async def parse(text):
    await asyncio.sleep(1)
    return int(text)


async def lookup(key):
    await asyncio.sleep(1)
    return {}[key]


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(parse("12"))
        tg.create_task(parse("twelve"))
        tg.create_task(lookup("missing"))


asyncio.run(main())
