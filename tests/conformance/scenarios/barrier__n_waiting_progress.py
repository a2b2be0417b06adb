# n_waiting counts the tasks waiting at the Barrier; it drops back to 0 once they pass.
import asyncio


async def main():
    b = asyncio.Barrier(3)
    tasks = []
    for i in range(3):
        tasks.append(asyncio.create_task(b.wait()))
        await asyncio.sleep(0)
        print(i, b.n_waiting, b)
    print(sorted(await asyncio.gather(*tasks)), b.n_waiting, b)


asyncio.run(main())
