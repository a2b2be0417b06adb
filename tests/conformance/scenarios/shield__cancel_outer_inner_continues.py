# Cancelling the task that awaits shield(inner) cancels the waiting, not inner: inner runs
# to the end and its result can still be read.
import asyncio


async def inner_work():
    await asyncio.sleep(0.5)
    print("inner finished at", asyncio.get_running_loop().time())
    return "kept"


async def waiter(inner):
    try:
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("waiter cancelled; inner done?", inner.done())
        raise


async def main():
    inner = asyncio.create_task(inner_work())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.1)
    w.cancel()
    await asyncio.sleep(0)
    print(w.cancelled(), await inner)


asyncio.run(main())
