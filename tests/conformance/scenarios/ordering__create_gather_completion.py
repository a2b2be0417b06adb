# Three different orders: tasks START in creation order, FINISH in order of how long they
# take, and gather() RETURNS results in the order of its arguments.
# Notice how the three orders differ.
import asyncio


async def job(name, seconds):
    print("start", name)
    await asyncio.sleep(seconds)
    print("finish", name)
    return name.upper()


async def main():
    slow = asyncio.create_task(job("slow", 3))
    fast = asyncio.create_task(job("fast", 1))
    mid = asyncio.create_task(job("mid", 2))
    results = await asyncio.gather(mid, slow, fast)
    print("gather order:", results)


asyncio.run(main())
