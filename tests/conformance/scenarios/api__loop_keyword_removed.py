# Python 3.10 removed the `loop=` parameter from asyncio's high-level functions and
# synchronisation primitives; old tutorials still pass it. Each call below raises TypeError
# at once (a coroutine passed to gather() is then never awaited).
import asyncio


async def work():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    calls = [
        ("sleep", lambda: asyncio.sleep(0, loop=loop)),
        ("sleep", lambda: asyncio.sleep(0, result=1, bogus=2)),
        ("gather", lambda: asyncio.gather(loop=loop)),
        ("wait_for", lambda: asyncio.wait_for(asyncio.sleep(0), 1, loop=loop)),
        ("wait", lambda: asyncio.wait([], loop=loop)),
        ("Queue", lambda: asyncio.Queue(loop=loop)),
        ("Lock", lambda: asyncio.Lock(loop=loop)),
        ("Semaphore", lambda: asyncio.Semaphore(2, loop=loop)),
    ]
    for name, call in calls:
        try:
            result = call()
            print(name, "accepted it:", type(result).__name__)
        except TypeError as e:
            print(name, "->", e)
    try:
        asyncio.gather(work(), loop=loop)
    except TypeError as e:
        print("gather with a coroutine ->", e)
    print(await asyncio.gather(work(), return_exceptions=True))
    print(await asyncio.sleep(0, result="ok"), await asyncio.wait_for(fut=work(), timeout=1))


asyncio.run(main())
