# Tasks with different sleep lengths wake up in order of their deadlines, not in the order
# they were created. The event loop always runs whichever timer is due first.
# Notice how the three lanes weave together on the timeline.
import asyncio


async def lane(name, delay, laps):
    for lap in range(1, laps + 1):
        await asyncio.sleep(delay)
        print(f"{name:<6} lap {lap}")


async def main():
    t1 = asyncio.create_task(lane("slow", 1.5, 2))
    t2 = asyncio.create_task(lane("medium", 0.7, 3))
    t3 = asyncio.create_task(lane("fast", 0.4, 5))
    await t1
    await t2
    await t3
    print("all lanes done")


asyncio.run(main())
