# Two failed tasks in a list that only a reference cycle keeps alive (main's frame, kept by
# an exception whose traceback passed through it; that exception is kept by a task its
# Timeout refers to): CPython's cycle collector frees them, and logs "never retrieved" in
# the order the tasks were created, not last-first as a list alone would free them.
import asyncio

class Boom(Exception):
    pass

class Oops(ValueError):
    pass

async def w1():
    async with asyncio.timeout(None) as cm2:
        raise Boom("w1.4")

async def w2(fut):
    raise Oops("w2.7")

async def main():
    loop = asyncio.get_running_loop()
    try:
        print("main.1", await asyncio.shield(w1()))
    except Exception as e21:
        pass
    f22 = loop.create_future()
    ts27 = [asyncio.create_task(w2(f22)), asyncio.create_task(w2(f22))]

asyncio.run(main())
