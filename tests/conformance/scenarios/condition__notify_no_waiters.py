# notify() and notify_all() with nobody waiting do nothing, but still need the lock held.
import asyncio


async def main():
    cond = asyncio.Condition()
    await cond.acquire()
    cond.notify()
    cond.notify(5)
    cond.notify_all()
    print("no-ops done", cond)
    cond.release()
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
