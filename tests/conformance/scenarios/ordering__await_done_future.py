# Awaiting something that is already finished does not yield to the event loop at all:
# the value comes back immediately and other ready tasks do NOT get a turn.
# Notice "other runs" appears only at the first real suspension, the sleep(0).
import asyncio


async def other():
    print("other runs")


async def main():
    loop = asyncio.get_running_loop()
    done_fut = loop.create_future()
    done_fut.set_result("already here")
    asyncio.create_task(other())
    print("main: awaiting a finished future")
    print("main: got", await done_fut)
    print("main: awaiting a coroutine that never suspends")
    print("main: got", await quick())
    await asyncio.sleep(0)
    print("main: after sleep(0)")


async def quick():
    return "instant"


asyncio.run(main())
