# str() of a queue shows its class, maxsize and contents; repr() adds its address.
import asyncio


async def main():
    for q in (asyncio.Queue(2), asyncio.LifoQueue(), asyncio.PriorityQueue(5)):
        print(str(q))
        q.put_nowait(3)
        q.put_nowait(1)
        print(str(q), repr(q).startswith("<" + type(q).__name__ + " at 0x"))


asyncio.run(main())
