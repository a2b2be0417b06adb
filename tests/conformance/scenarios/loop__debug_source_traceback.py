# In debug mode every future, task and handle remembers where it was made: the loop's
# error reports ("Exception in callback", "Future exception was never retrieved") add a
# source_traceback section with those frames, and a dying future's repr says "created at".
# xfail: debug mode keeps only the creation site (created at FILE:LINE), not the creation stack CPython reports as source_traceback
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0.1)
    f = loop.create_future()
    f.set_exception(KeyError("x"))
    del f
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)
