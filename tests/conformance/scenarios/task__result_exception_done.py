# A task is a Future that runs a coroutine. Once done, result() returns the value or
# re-raises the exception, and exception() returns the exception (None if it succeeded).
# Notice what each call does on a pending, a successful, a failed and a cancelled task.
import asyncio


async def good():
    await asyncio.sleep(1)
    return "value"


async def bad():
    await asyncio.sleep(1)
    raise LookupError("no such key")


async def main():
    g = asyncio.create_task(good())
    b = asyncio.create_task(bad())
    c = asyncio.create_task(good())
    try:
        g.result()
    except asyncio.InvalidStateError as e:
        print("pending result():", e)
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(2)
    print("done:", g.done(), b.done(), c.done())
    print("good:", g.result(), g.exception())
    print("bad exception():", repr(b.exception()))
    try:
        b.result()
    except LookupError as e:
        print("bad result() raised:", repr(e))
    try:
        c.exception()
    except asyncio.CancelledError:
        print("cancelled exception() raised CancelledError")


asyncio.run(main())
