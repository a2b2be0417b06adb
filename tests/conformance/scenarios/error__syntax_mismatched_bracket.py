# A list closed with a parenthesis, across lines: CPython names both brackets and the line
# the list opened on.
import asyncio

delays = [0.1, 0.2,
          0.3)

asyncio.run(asyncio.sleep(0))
