# Several tasks can await the same Future. One set_result() wakes them all, in the order
# in which they started waiting (each await registered a done callback).
# Notice the wake-up order matches the order of "waiting" lines, not the task numbers.
import asyncio


async def listener(name, fut, delay):
    await asyncio.sleep(delay)
    print(name, "waiting")
    value = await fut
    print(name, "woke up with", value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [
        asyncio.create_task(listener("L1", fut, 0.3)),
        asyncio.create_task(listener("L2", fut, 0.1)),
        asyncio.create_task(listener("L3", fut, 0.2)),
    ]
    await asyncio.sleep(1)
    print("main: set_result")
    fut.set_result("go")
    for t in tasks:
        await t
    print("all woke")


asyncio.run(main())
