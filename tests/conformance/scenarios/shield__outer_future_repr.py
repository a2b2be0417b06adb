# shield() returns a plain Future (not a Task) that follows the inner task.
import asyncio


async def main():
    inner = asyncio.create_task(asyncio.sleep(0.1, "v"))
    outer = asyncio.shield(inner)
    print(type(outer).__name__, outer.done())
    print(await outer, outer.done(), outer.result())


asyncio.run(main())
