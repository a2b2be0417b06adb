# A task waiting on an Event can be cancelled with a message; the Event forgets the waiter.
import asyncio


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(ev)
    t.cancel("no longer needed")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e, ev)


asyncio.run(main())
