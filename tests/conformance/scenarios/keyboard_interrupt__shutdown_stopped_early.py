# main returns at once, so the loop is told to stop after this cycle; then a task raises
# KeyboardInterrupt, which leaves the loop before that stop callback runs. asyncio.run's
# shutdown runs the loop again to cancel w2: the stale stop ends it first. Notice the
# RuntimeError replaces the KeyboardInterrupt, which shows only as its context.
import asyncio


async def w1():
    raise KeyboardInterrupt


async def w2():
    print("w2 never starts")
    await asyncio.sleep(1)


async def main():
    asyncio.create_task(w1())
    asyncio.create_task(w2())


asyncio.run(main())
