# ensure_future() turns a coroutine into a Task (like create_task), but hands back an
# existing Future or Task unchanged. Notice the `is` checks.
import asyncio


async def compute():
    await asyncio.sleep(0.5)
    return 99


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(compute())
    print("from a coroutine:", type(t).__name__, t.get_name())
    fut = loop.create_future()
    print("a future comes back unchanged:", asyncio.ensure_future(fut) is fut)
    print("a task comes back unchanged:", asyncio.ensure_future(t) is t)
    loop.call_later(1, fut.set_result, "late")
    print(await t, await fut)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
