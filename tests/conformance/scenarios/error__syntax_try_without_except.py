# A try block at the end of a file with neither except nor finally.
import asyncio


async def main():
    try:
        await asyncio.sleep(0)
