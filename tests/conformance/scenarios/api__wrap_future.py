# asyncio.wrap_future() turns a concurrent.futures.Future (the kind thread pools return)
# into an asyncio Future that can be awaited; when the concurrent one completes, the
# asyncio one follows on the loop. Wrapping an asyncio Future returns it unchanged.
# Notice the awaiting task resumes after the timer sets the concurrent future.
import asyncio
import concurrent.futures


async def main():
    loop = asyncio.get_running_loop()
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    print(type(wrapped).__name__, wrapped.done(), asyncio.isfuture(cf))
    loop.call_later(1, cf.set_result, "from the concurrent future")
    print(await wrapped)
    failing = concurrent.futures.Future()
    loop.call_later(0.5, failing.set_exception, OSError("lost"))
    try:
        await asyncio.wrap_future(failing)
    except OSError as e:
        print("raised:", repr(e))
    fut = loop.create_future()
    print(asyncio.wrap_future(fut) is fut)
    try:
        asyncio.wrap_future("nope")
    except AssertionError as e:
        print("AssertionError:", e)


asyncio.run(main())
