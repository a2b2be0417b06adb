# wait_for(aw, timeout=0) does not give the work any time at all: the coroutine is wrapped
# in a task, immediately cancelled before its first step, and TimeoutError is raised.
# Notice the coroutine never prints anything.
import asyncio


async def work():
    print("work started")
    await asyncio.sleep(1)
    return "result"


async def main():
    try:
        print(await asyncio.wait_for(work(), timeout=0))
    except TimeoutError:
        print("timeout=0: TimeoutError, at", asyncio.get_running_loop().time())
    print("with a tiny timeout:", await asyncio.wait_for(asyncio.sleep(0, "fast"), timeout=0.001))


asyncio.run(main())
