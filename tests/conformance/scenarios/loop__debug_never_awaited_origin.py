# In debug mode asyncio records where each coroutine was created, so the "never awaited"
# warning also says "Coroutine created at (most recent call last)" with the frames that
# made it (asyncio's own frames are left out here).
import asyncio


async def forgotten():
    await asyncio.sleep(1)


def schedule():
    forgotten()


async def main():
    schedule()
    await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main(), debug=True)
