# A coroutine built as an argument is thrown away when a later argument raises: the
# unwinding drops it at the raising line, so the RuntimeWarning names that line, whether
# a handler in the same function catches the error or it leaves the function.
import asyncio


async def job(n):
    await asyncio.sleep(0.1)
    return n


def missing():
    raise LookupError("no such job")


async def caller():
    return await asyncio.gather(job(2), missing())


async def main():
    try:
        print(await asyncio.gather(job(1), undefined))
    except Exception as e:
        print("caught", repr(e))
    print("after")
    try:
        await caller()
    except LookupError as e:
        print("caught", repr(e))
    print("done")
    if False:
        undefined = 1


asyncio.run(main())
