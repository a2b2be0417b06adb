# timeout() as a replacement for wait_for(): the awaited task is cancelled with the block
# and its cleanup runs before the TimeoutError reaches the caller.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    finally:
        print("slow() cleans up at", asyncio.get_running_loop().time())


async def main():
    try:
        async with asyncio.timeout(1):
            await slow()
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)


asyncio.run(main())
