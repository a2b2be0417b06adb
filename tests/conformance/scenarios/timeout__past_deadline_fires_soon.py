# A deadline already in the past cancels the task at its next await (call_soon, not a
# timer), and the block's exit turns that into TimeoutError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    cm = asyncio.timeout_at(loop.time() - 1)
    await cm.__aenter__()
    try:
        await asyncio.sleep(0)
        print("not reached")
    except asyncio.CancelledError as e:
        try:
            await cm.__aexit__(type(e), e, None)
        except TimeoutError:
            print("TimeoutError at", loop.time(), cm)


asyncio.run(main())
