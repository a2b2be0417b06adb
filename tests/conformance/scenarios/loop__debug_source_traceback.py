# In debug mode futures, tasks and handles remember where they were made: the loop's error
# reports ("Exception in callback", "... exception was never retrieved") add a
# source_traceback section with those frames (a handle keeps only the 8 innermost; a
# recursion's repeats are folded), and a dying future's repr says "created at".
import asyncio


def schedule(loop, depth):
    if depth == 0:
        loop.call_soon(lambda: 1 / 0)
        return
    schedule(loop, depth - 1)


def make_future(loop):
    return loop.create_future()


async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("task failed")


async def main():
    loop = asyncio.get_running_loop()
    schedule(loop, 9)
    await asyncio.sleep(0.1)
    f = make_future(loop)
    f.set_exception(KeyError("x"))
    del f
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.1)
    del t
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)
