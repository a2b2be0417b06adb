# `x: int = 1` in a function that declared `x` global: CPython's symbol table refuses the
# annotation ("annotated name 'x' can't be global") at the annotated statement.
import asyncio


async def main():
    global counter
    counter: int = 0
    await asyncio.sleep(0)


asyncio.run(main())
