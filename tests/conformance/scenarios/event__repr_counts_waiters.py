# Event's repr: [set] or [unset], plus how many futures wait on it.
import asyncio


async def main():
    ev = asyncio.Event()
    print(ev)
    tasks = [asyncio.create_task(ev.wait()) for _ in range(3)]
    await asyncio.sleep(0)
    print(ev)
    ev.set()
    print(ev)
    await asyncio.gather(*tasks)
    print(ev)


asyncio.run(main())
