# Once the outer future is cancelled the shield stops following the inner task, so when
# that task later fails nobody retrieves its exception: asyncio reports it at exit.
import asyncio


async def fragile():
    await asyncio.sleep(0.2)
    raise ValueError("late failure")


async def main():
    inner = asyncio.create_task(fragile())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.1)
    outer.cancel()
    await asyncio.sleep(0.2)
    print(outer.cancelled(), inner.done())


asyncio.run(main())
print("end of program")
