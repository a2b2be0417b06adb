# A doubled colon after an if header.
import asyncio

if True::
    print("yes")
