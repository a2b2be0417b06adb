# wait_for() with timeout=None just awaits. When the inner work ends exactly at the
# deadline, the timeout's timer was scheduled first, so it wins: TimeoutError, and the
# inner task is cancelled. An exception before the deadline propagates unchanged.
# Notice the 1-second job with a 1-second timeout fails.
import asyncio


async def job(seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise OSError("disk full")
    return seconds


async def main():
    print("timeout=None:", await asyncio.wait_for(job(2), None))
    try:
        print(await asyncio.wait_for(job(1), timeout=1))
    except asyncio.TimeoutError as e:
        print("tie -> TimeoutError; cause:", repr(e.__cause__))
    try:
        await asyncio.wait_for(job(0.5, fail=True), timeout=1)
    except OSError as e:
        print("inner error:", repr(e))
    print("timeout longer than the job:", await asyncio.wait_for(job(1), timeout=1.001))


asyncio.run(main())
