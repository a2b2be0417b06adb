# shield() of a coroutine wraps it in a task and returns a future with the same result or
# exception; a finished future comes back as it is.
import asyncio


async def compute():
    await asyncio.sleep(0.1)
    return 42


async def fail():
    await asyncio.sleep(0.1)
    raise KeyError("k")


async def main():
    print(await asyncio.shield(compute()))
    try:
        await asyncio.shield(fail())
    except KeyError as e:
        print("KeyError", e)
    f = asyncio.get_running_loop().create_future()
    f.set_result("done")
    print(asyncio.shield(f) is f)


asyncio.run(main())
