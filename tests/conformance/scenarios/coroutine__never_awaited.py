# Forgetting `await` in front of a coroutine call is a classic mistake: the call only builds
# a coroutine object, which is thrown away at once, so the work never happens.
# Notice the RuntimeWarning on stderr naming the coroutine and pointing at the line.
import asyncio


async def save(record):
    print("saving", record)
    await asyncio.sleep(0.1)


async def main():
    save("first")
    print("main thinks it saved")
    await save("second")
    print("main done")


asyncio.run(main())
