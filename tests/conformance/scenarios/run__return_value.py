# asyncio.run() creates an event loop, runs one coroutine to completion, closes the loop
# and returns the coroutine's return value to ordinary synchronous code.
# Notice the clock keeps going across two separate asyncio.run() calls.
import asyncio


async def add_slowly(a, b):
    await asyncio.sleep(1)
    return a + b


total = asyncio.run(add_slowly(2, 3))
print("first run returned", total)
total = asyncio.run(add_slowly(total, 10))
print("second run returned", total)
