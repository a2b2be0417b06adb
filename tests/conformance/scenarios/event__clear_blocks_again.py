# After clear(), wait() blocks again until the next set().
import asyncio


async def main():
    ev = asyncio.Event()
    ev.set()
    print(await ev.wait())
    ev.clear()
    loop = asyncio.get_running_loop()
    loop.call_later(0.4, ev.set)
    await ev.wait()
    print("woken again at", loop.time(), ev)


asyncio.run(main())
