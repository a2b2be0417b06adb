# A Condition's repr shows its lock's state and how many tasks wait to be notified.
import asyncio


async def waiter(cond):
    await cond.acquire()
    try:
        await cond.wait()
    finally:
        cond.release()


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond)) for _ in range(2)]
    await asyncio.sleep(0)
    print(cond)
    await cond.acquire()
    print(cond)
    cond.notify_all()
    cond.release()
    await asyncio.gather(*tasks)
    print(cond)


asyncio.run(main())
