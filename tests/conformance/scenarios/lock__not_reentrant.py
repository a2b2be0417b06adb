# An asyncio Lock is not reentrant: a task that acquires it twice waits for itself. Here the
# second acquire is given a deadline with wait_for, which cancels it.
import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    print("first acquire done")
    try:
        await asyncio.wait_for(lock.acquire(), 0.5)
    except asyncio.TimeoutError:
        print("second acquire never returns:", lock)
    print(asyncio.get_running_loop().time() >= 0.5)


asyncio.run(main())
