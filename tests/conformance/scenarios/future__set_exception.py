# A Future can also finish with an exception: set_exception(exc). Awaiting it raises that
# exception in the awaiting coroutine, where it can be caught like any other.
# Notice the except clause runs in the waiter, after the setter's callback fired.
import asyncio


async def waiter(fut):
    try:
        await fut
    except ConnectionError as e:
        print("waiter caught", type(e).__name__, "-", e)
        return "recovered"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_exception, ConnectionError("peer went away"))
    outcome = await waiter(fut)
    print("outcome:", outcome, "at", loop.time())
    print("fut.exception():", repr(fut.exception()))


asyncio.run(main())
