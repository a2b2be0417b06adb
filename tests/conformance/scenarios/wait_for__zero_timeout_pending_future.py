# wait_for(fut, 0) on a pending future cancels it at once and raises TimeoutError from the
# future's CancelledError. That CancelledError was raised by fut.result() inside wait_for's
# own (hidden) frame, so its part of the traceback starts with a header and shows no frame.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("result:", await asyncio.wait_for(fut, 0))


asyncio.run(main())
