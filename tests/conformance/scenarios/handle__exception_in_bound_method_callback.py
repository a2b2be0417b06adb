# A bound built-in method that fails as a callback is logged like any callback error, named
# with its class: "Exception in callback Future.set_result(2)". The error was raised inside
# asyncio's Handle._run, a library frame, so the traceback header is printed although every
# frame under it is hidden. Notice the loop carries on: "still running" at 0.100.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(1)
    loop.call_soon(fut.set_result, 2)
    await asyncio.sleep(0.1)
    print("still running, result", fut.result())


asyncio.run(main())
