# An exception raised inside an `except` block of an awaited coroutine chains what that block
# handles; on its way up through the awaiting coroutines it keeps that context, even while
# asyncio.run's shutdown is handling main's exception (the CancelledError wait_for re-raises
# from its inner task chains wait_for's own CancelledError, not main's error).
import asyncio


class Oops(ValueError):
    pass


def chain(exc):
    names = []
    while exc is not None:
        names.append(repr(exc))
        exc = exc.__context__
    return " <- ".join(names)


async def inner():
    await asyncio.sleep(1)


async def settle(fut, waiter):
    try:
        await waiter
    except asyncio.CancelledError:
        if fut.done():
            return fut.result()


async def worker():
    loop = asyncio.get_running_loop()
    try:
        await settle(asyncio.ensure_future(inner()), loop.create_future())
    except asyncio.CancelledError as e:
        print("worker:", chain(e))
        raise


async def waits():
    try:
        await asyncio.wait_for(asyncio.sleep(0.5), 1)
    except asyncio.CancelledError as e:
        print("waits:", chain(e))
        raise


async def main():
    asyncio.gather(worker(), waits())
    raise Oops("main failed")


asyncio.run(main())
