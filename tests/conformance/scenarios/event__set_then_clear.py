# set() immediately followed by clear() still wakes the tasks that were waiting: set()
# resolved their futures, and clear() does not take that back. Tasks that start waiting
# after clear() block.
# Notice early waiters wake up although is_set() is False by the time they run.
import asyncio


async def waiter(event, name):
    await event.wait()
    print(name, "woke; is_set() now", event.is_set())


async def main():
    event = asyncio.Event()
    early = [asyncio.create_task(waiter(event, f"early{i}")) for i in range(2)]
    await asyncio.sleep(0)
    event.set()
    event.clear()
    print("main: set() then clear():", event)
    late = asyncio.create_task(waiter(event, "late"))
    await asyncio.gather(*early)
    await asyncio.sleep(1)
    print("main:", event, "late done:", late.done())
    event.set()
    await late


asyncio.run(main())
