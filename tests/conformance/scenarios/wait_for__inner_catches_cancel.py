# wait_for() cancels the inner task on timeout and then waits for it to finish. If the
# inner task catches the CancelledError, cleans up for a while and returns a value,
# wait_for returns that value instead of raising TimeoutError (Python 3.11 behaviour).
# Notice the caller only resumes at 2.500, after the inner cleanup.
import asyncio


async def careful():
    try:
        await asyncio.sleep(10)
        return "finished"
    except asyncio.CancelledError:
        print("careful: cancelled, saving partial work")
        await asyncio.sleep(0.5)
        print("careful: saved")
        return "partial"


async def main():
    loop = asyncio.get_running_loop()
    try:
        result = await asyncio.wait_for(careful(), timeout=2)
        print("wait_for returned", repr(result), "at", loop.time())
    except asyncio.TimeoutError:
        print("timed out at", loop.time())


asyncio.run(main())
