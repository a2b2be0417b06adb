# A closing bracket with nothing open.
import asyncio

asyncio.run(asyncio.sleep(1)))
