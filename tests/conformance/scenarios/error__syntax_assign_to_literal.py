# Assigning to True.
import asyncio

True = asyncio.sleep(0)
