# `await asyncio.sleep(0)` gives up control without waiting: the task goes to the back of
# the line and every other ready task runs one step first.
# Notice the strict round-robin order, all at time 0.000.
import asyncio


async def chatter(name, rounds):
    for i in range(rounds):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} finished")


async def main():
    tasks = [
        asyncio.create_task(chatter("A", 3)),
        asyncio.create_task(chatter("B", 2)),
        asyncio.create_task(chatter("C", 4)),
    ]
    for t in tasks:
        await t


asyncio.run(main())
