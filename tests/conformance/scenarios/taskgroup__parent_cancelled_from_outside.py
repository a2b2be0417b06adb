# Cancelling the task running a TaskGroup block cancels the children too; the block
# waits for them and the CancelledError propagates.
import asyncio


async def child(n):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise


async def body():
    async with asyncio.TaskGroup() as tg:
        for n in range(2):
            tg.create_task(child(n))
        await asyncio.sleep(5)


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("body cancelled at", asyncio.get_running_loop().time())


asyncio.run(main())
