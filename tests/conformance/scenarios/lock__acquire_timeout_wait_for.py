# wait_for() around Lock.acquire(): the timeout cancels the waiting acquire, which leaves
# the waiter deque, and the holder's release later finds nobody waiting.
import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out;", lock)
    lock.release()
    print(lock)


asyncio.run(main())
