# An Event can be set from a plain loop callback (call_later); the waiters resume in the
# order they started waiting.
import asyncio


async def waiter(ev, name):
    await ev.wait()
    print(name, "resumed at", asyncio.get_running_loop().time())


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("first", "second", "third")]
    asyncio.get_running_loop().call_later(0.7, ev.set)
    await asyncio.gather(*tasks)


asyncio.run(main())
