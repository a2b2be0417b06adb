# create_task() only schedules the first step of the task; nothing runs until the current
# task reaches an await. Tasks created by tasks join the end of the same ready queue.
# Notice "main: created both" before any task starts, and where "child" fits in.
import asyncio


async def child():
    print("child runs")


async def parent(name):
    print(name, "starts")
    asyncio.create_task(child())
    print(name, "created child")
    await asyncio.sleep(0)
    print(name, "resumes")


async def main():
    t1 = asyncio.create_task(parent("P1"))
    t2 = asyncio.create_task(parent("P2"))
    print("main: created both")
    await asyncio.sleep(0)
    print("main: after one yield")
    await t1
    await t2
    print("main: end")


asyncio.run(main())
