# A misspelt name of a library module gets CPython's "Did you mean" even when the module
# makes that name only on first use here (asyncio's TaskGroup, Semaphore, timeout, Runner).
import asyncio
import sys

for typo in ("sleeep", "TaskGrop", "Semaphor", "timout", "Runer", "gahter"):
    try:
        getattr(asyncio, typo)
    except AttributeError as e:
        sys.excepthook(type(e), e, None)


async def main():
    async with asyncio.TaskGrop() as tg:
        tg.create_task(asyncio.sleep(0))


asyncio.run(main())
