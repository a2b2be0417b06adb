# A parameter named twice is a compile-time SyntaxError in CPython: nothing runs, not even
# the print before it.
import asyncio

print("never printed")


async def handle(reader, reader):
    await reader.read(100)


asyncio.run(asyncio.sleep(0))
