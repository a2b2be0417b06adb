# Every coroutine and task of one asyncio.run() shares a single event loop.
# asyncio.get_running_loop() returns it; inside a coroutine, get_event_loop() returns the
# same object. Notice every comparison prints True.
import asyncio


async def helper():
    return asyncio.get_running_loop()


async def old_style():
    return asyncio.get_event_loop()


async def main():
    loop = asyncio.get_running_loop()
    print("same loop from get_event_loop:", asyncio.get_event_loop() is loop)
    print("same loop in an awaited coroutine:", await helper() is loop)
    task = asyncio.create_task(helper())
    print("same loop in another task:", await task is loop)
    print("get_event_loop in another task:", await asyncio.create_task(old_style()) is loop)
    print("loop clock at start:", loop.time())


asyncio.run(main())
