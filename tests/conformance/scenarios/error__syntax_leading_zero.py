# A decimal literal with a leading zero (Python 2's octal).
import asyncio

asyncio.run(asyncio.sleep(010))
