# asyncio.run() needs a coroutine object, and cannot be called while an event loop is
# already running in this thread (for example from inside another coroutine).
# Notice the coroutine that was never run triggers a RuntimeWarning, and that the inner
# asyncio.run() fails before doing anything.
import asyncio


async def inner():
    return "inner"


async def outer():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("RuntimeError:", e)
    return await inner()


for bad in (inner, 42):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)
print(asyncio.run(outer()))
