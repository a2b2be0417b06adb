# Event.set() wakes every task waiting in wait(), in the order they started waiting;
# wait() returns True. Once set, wait() returns at once until clear() is called.
# Notice the reprs: [unset, waiters:3], then [set].
import asyncio


async def waiter(event, name):
    print(name, "waiting")
    result = await event.wait()
    print(name, "woke up, wait() returned", result)


async def main():
    event = asyncio.Event()
    print(event, event.is_set())
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(1)
    print(event)
    event.set()
    print(event, event.is_set())
    await asyncio.gather(*tasks)
    print("already set, wait() ->", await event.wait())
    event.clear()
    print(event)
    try:
        await asyncio.wait_for(event.wait(), 0.5)
    except asyncio.TimeoutError:
        print("cleared event: wait timed out", event)


asyncio.run(main())
