# An async comprehension needs an async function to run in: at module level (or in a plain
# `def`) the compiler refuses the file before anything runs.
# Notice the SyntaxError points at the comprehension, and nothing is printed.
import asyncio


async def ticks():
    yield 1


print("never printed")
values = [x async for x in ticks()]
