# In debug mode a coroutine made inside a plain loop callback (call_soon) and one made in a
# task's step both carry their origin; with tracemalloc tracing too, the warning says where
# the coroutine was created and where it was allocated.
import asyncio
import tracemalloc


async def work(tag):
    print("work", tag)


def callback():
    work("from callback")


async def child():
    work("from child task")
    await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(callback)
    await asyncio.create_task(child())
    await asyncio.sleep(0.5)
    tracemalloc.start(2)
    work("traced")
    await asyncio.sleep(0.5)
    print("end of main")


asyncio.run(main(), debug=True)
