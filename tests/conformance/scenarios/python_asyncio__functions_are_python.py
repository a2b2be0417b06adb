# With the python-asyncio setting, asyncio.sleep, gather and wait_for are the Python
# functions CPython itself defines in asyncio/tasks.py (not native accelerators), so their
# reprs are CPython's: `<function sleep at 0x...>`. Everything they do is the same.
# Notice the task waiting in sleep() and the gather's done callback in the reprs.
# loopscope: python-asyncio=true
import asyncio


async def main():
    print(asyncio.sleep, asyncio.gather, asyncio.wait_for)
    print(asyncio.sleep.__module__, asyncio.sleep.__qualname__)
    sleeper = asyncio.create_task(asyncio.sleep(1, "slept"))
    gathered = asyncio.gather(sleeper)
    await asyncio.sleep(0)
    print(sleeper)
    print(gathered)
    print(await asyncio.wait_for(gathered, 5))
    try:
        await asyncio.wait_for(asyncio.sleep(3), 0.5)
    except TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())


asyncio.run(main())
