# Closing a Runner cancels the tasks still pending on its loop and waits for their
# cleanup, as asyncio.run() does at its end.
import asyncio


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled at", asyncio.get_running_loop().time())
        raise


async def start():
    asyncio.create_task(background())
    await asyncio.sleep(1)
    return "started"


with asyncio.Runner() as runner:
    print(runner.run(start()))
print("runner closed")
