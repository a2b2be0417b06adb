# LifoQueue is a stack: the last item put is the first one got.
import asyncio


async def main():
    q = asyncio.LifoQueue(maxsize=4)
    for word in "abcd":
        q.put_nowait(word)
    print(q.full(), q)
    print("".join([q.get_nowait() for _ in range(4)]))


asyncio.run(main())
