# Waiting in rounds with a timeout: each round returns what finished so far.
import asyncio


async def main():
    tasks = [asyncio.create_task(asyncio.sleep(d, d)) for d in (0.1, 0.35, 0.6)]
    pending = set(tasks)
    while pending:
        done, pending = await asyncio.wait(pending, timeout=0.25)
        print(f"{asyncio.get_running_loop().time():.2f}", sorted(t.result() for t in done), len(pending))


asyncio.run(main())
