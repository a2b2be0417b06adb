# A Barrier of one party never blocks: every wait() returns index 0 at once.
import asyncio


async def main():
    b = asyncio.Barrier(1)
    indices = []
    for _ in range(3):
        indices.append(await b.wait())
    print(indices, b)


asyncio.run(main())
