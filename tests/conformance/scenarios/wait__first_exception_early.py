# FIRST_EXCEPTION returns as soon as a task raises; the exception stays in the task, for
# the caller to fetch with exception() or result().
import asyncio


async def ok(n):
    await asyncio.sleep(n)
    return n


async def bad():
    await asyncio.sleep(0.1)
    raise RuntimeError("boom")


async def main():
    tasks = [asyncio.create_task(ok(1)), asyncio.create_task(bad()), asyncio.create_task(ok(0.05))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), asyncio.get_running_loop().time())
    print(repr(tasks[1].exception()))
    for t in pending:
        t.cancel()


asyncio.run(main())
