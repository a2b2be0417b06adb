# wait_for(aw, timeout) gives up after `timeout` seconds: it cancels the inner task and
# raises TimeoutError in the caller. The inner task sees a CancelledError.
# Notice the caller gets TimeoutError at 2.000, not at 5.000.
import asyncio


async def slow_query():
    print("query: started")
    try:
        await asyncio.sleep(5)
        return "rows"
    except asyncio.CancelledError:
        print("query: cancelled by wait_for")
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(slow_query(), timeout=2)
    except asyncio.TimeoutError:
        print(f"main: timed out after {loop.time() - start:.1f} s")
    print("TimeoutError is the builtin:", asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
