# Event.wait() returns True, at once when the flag is already set; set() twice is harmless,
# and clear() after set() does not un-wake waiters already woken.
import asyncio


async def waiter(ev, name):
    print(name, "woke:", await ev.wait())


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev, "early"))
    await asyncio.sleep(0)
    ev.set()
    ev.set()
    ev.clear()
    print(ev, ev.is_set())
    await t
    ev.set()
    print(await ev.wait(), ev)


asyncio.run(main())
