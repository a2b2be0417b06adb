# A Lock binds itself to the event loop the first time a task has to wait on it. Used
# without contention it never binds; once bound, waiting on it from another loop (a second
# asyncio.run()) raises RuntimeError.
# Notice the first run binds the lock and the second run fails only when it must wait.
import asyncio

lock = asyncio.Lock()


async def hold(seconds):
    async with lock:
        await asyncio.sleep(seconds)


async def contend():
    await asyncio.gather(hold(1), hold(1))
    print("contended run finished")


async def uncontended():
    await hold(0)
    print("uncontended use in a new loop is fine")
    await contend()


asyncio.run(contend())
asyncio.run(uncontended())
