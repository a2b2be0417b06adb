# Driving a future's iterator and awaiting futures resolved by call_later, then a future made
# with asyncio.Future() in a running loop and cancelled.
# Notice type(fut.__await__()).__name__ is FutureIter (of module _asyncio).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    it = fut.__await__()
    print(type(it).__name__, it)
    y = next(it)
    print(y is fut, fut._asyncio_future_blocking)
    fut.set_result(3)
    try:
        it.send(None)
    except StopIteration as e:
        print("stop", e.value)
    f2 = loop.create_future()
    loop.call_later(0.5, f2.set_result, "x")
    print(f2)
    print(await f2, f2)
    print(asyncio.isfuture(f2), asyncio.isfuture(main()), f2.get_loop() is loop)
    gen = f2.__iter__()
    print(type(gen).__name__)
    try:
        next(gen)
    except StopIteration as e:
        print("done immediately", e.value)
    f3 = asyncio.Future()
    print(f3, f3.get_loop() is loop)
    f3.cancel()
    print(f3.cancelled(), f3)
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print("CancelledError", repr(e))

asyncio.run(main())
