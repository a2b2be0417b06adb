# If one child of gather() is cancelled on its own, gather raises CancelledError in the
# caller (without return_exceptions) but the gather itself is not cancelled and the other
# children go on. Notice "b finished" at 2.000 after main already gave up.
import asyncio


async def child(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name


async def main():
    a = asyncio.create_task(child("a", 3))
    b = asyncio.create_task(child("b", 2))
    asyncio.get_running_loop().call_later(1, a.cancel)
    try:
        await asyncio.gather(a, b)
    except asyncio.CancelledError:
        print("main: gather raised CancelledError at 1 s")
    await asyncio.sleep(2)
    print("a cancelled:", a.cancelled(), "b result:", b.result())


asyncio.run(main())
