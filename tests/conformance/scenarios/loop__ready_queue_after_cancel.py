# The ready queue right after a task is cancelled (its wake-up, called with the cancelled
# future) and when a gather's children finish (their done callbacks, queued as handles).
# Notice the cancel message reaches the awaiting task's CancelledError.
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("why")
    for h in loop._ready:
        print(h, h._callback, h._args)
    g = asyncio.gather(asyncio.sleep(0.1), asyncio.sleep(0.2))
    await asyncio.sleep(0.15)
    for h in loop._ready:
        print(h)
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer", e.args)
    await g

asyncio.run(main())
