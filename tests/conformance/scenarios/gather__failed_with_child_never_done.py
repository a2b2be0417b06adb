# A gather fails as soon as one child fails, but a child that never finishes (a future
# nobody resolves) keeps the gathering future in a reference cycle with it. CPython's last
# garbage collection frees the cycle at exit: "_GatheringFuture exception was never
# retrieved" is printed then.
import asyncio


async def boom():
    raise ValueError("boom")


async def main():
    loop = asyncio.get_running_loop()
    asyncio.gather(boom(), loop.create_future())
    await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main())
