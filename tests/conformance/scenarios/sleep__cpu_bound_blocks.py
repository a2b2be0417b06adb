# CPU-bound work inside a coroutine never yields, so it blocks the loop like time.sleep.
# Here the computation costs no virtual time, so the proof is the order: the heartbeat task
# is ready at once but cannot print until the whole loop has finished.
import asyncio


async def heartbeat():
    for i in range(3):
        print("heartbeat", i)
        await asyncio.sleep(0)


async def crunch():
    print("crunch starts")
    total = 0
    for i in range(200_000):
        total += i % 7
    print("crunch done, total =", total)


async def main():
    t = asyncio.create_task(heartbeat())
    await crunch()
    await t


asyncio.run(main())
