# `=` where `==` was meant in an `if` header: CPython suggests `==` or `:=`.
import asyncio


async def main():
    count = await asyncio.sleep(0, 3)
    if count = 3:
        print("three")


asyncio.run(main())
