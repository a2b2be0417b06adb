# wait() takes any iterable of tasks (a set, a list, a dict's keys); duplicates count once.
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(0.1, "t"))
    u = asyncio.create_task(asyncio.sleep(0.2, "u"))
    done, pending = await asyncio.wait({t, u})
    print(len(done), len(pending))
    done, pending = await asyncio.wait([t, t, u])
    print(len(done))
    done, pending = await asyncio.wait({t: 1}.keys())
    print(len(done))


asyncio.run(main())
