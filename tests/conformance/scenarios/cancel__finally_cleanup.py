# A `finally` block runs when a task is cancelled, so it is the place for cleanup.
# The cleanup may itself await: here it waits 0.5 s to "close a connection".
# Notice the task is only done at 2.500, after its cleanup finished.
import asyncio


async def session():
    print("session: open")
    try:
        for i in range(10):
            print("session: working", i)
            await asyncio.sleep(1)
    finally:
        print("session: cleanup starts")
        await asyncio.sleep(0.5)
        print("session: cleanup done")


async def main():
    task = asyncio.create_task(session())
    await asyncio.sleep(2)
    task.cancel()
    print("main: cancel requested, done() =", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("main: task cancelled, done() =", task.done())


asyncio.run(main())
