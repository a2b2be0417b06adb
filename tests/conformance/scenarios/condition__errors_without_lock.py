# wait() and notify() need the condition's lock to be held by the caller; otherwise they
# raise RuntimeError. A Condition can also share an existing Lock.
# Notice the messages, and that acquiring the lock makes the condition locked too.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    for call in (cond.notify, cond.notify_all):
        try:
            call()
        except RuntimeError as e:
            print(call.__name__ + ":", e)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    await lock.acquire()
    print("lock held -> condition locked:", shared.locked(), shared)
    shared.notify()
    print("notify with no waiters is a no-op")
    shared.release()
    print("condition release -> lock locked:", lock.locked())
    print("acquire ->", await shared.acquire())


asyncio.run(main())
