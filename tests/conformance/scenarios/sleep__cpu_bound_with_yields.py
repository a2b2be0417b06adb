# The same CPU-bound loop, now cooperative: every 50,000 iterations it awaits
# asyncio.sleep(0) so the loop can run other ready tasks.
# Notice the heartbeats now appear between the progress lines.
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
        if i % 50_000 == 49_999:
            print("crunch progress", i + 1)
            await asyncio.sleep(0)
    print("crunch done, total =", total)


async def main():
    t = asyncio.create_task(heartbeat())
    await crunch()
    await t


asyncio.run(main())
