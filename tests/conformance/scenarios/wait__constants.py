# The return_when constants are strings shared with concurrent.futures; an unknown value is
# a ValueError naming it.
import asyncio


async def main():
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    t = asyncio.create_task(asyncio.sleep(0))
    try:
        await asyncio.wait([t], return_when="SOMETIME")
    except ValueError as e:
        print("ValueError:", e)
    await t


asyncio.run(main())
