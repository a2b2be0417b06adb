# Waiting for an Event with a deadline: wait_for cancels the wait and the waiter leaves the
# deque; a later set() wakes only those still waiting.
import asyncio


async def main():
    ev = asyncio.Event()
    patient = asyncio.create_task(ev.wait())
    try:
        await asyncio.wait_for(ev.wait(), 0.2)
    except asyncio.TimeoutError:
        print("gave up at", asyncio.get_running_loop().time(), ev)
    asyncio.get_running_loop().call_later(0.3, ev.set)
    print(await patient, ev)


asyncio.run(main())
