# Fetch several services concurrently in a TaskGroup, with one overall timeout around the
# group. When the deadline passes, every unfinished fetch is cancelled and the program
# reports what it got in time.
# Notice the slow service is cut off at 1.500 and the results gathered so far.
import asyncio

SERVICES = {"users": 0.4, "orders": 0.9, "stock": 3.0}


async def fetch(name, results):
    try:
        await asyncio.sleep(SERVICES[name])
        results[name] = "ok"
        print(f"{name}: ok")
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise


async def main():
    results = {}
    try:
        async with asyncio.timeout(1.5):
            async with asyncio.TaskGroup() as tg:
                for name in SERVICES:
                    tg.create_task(fetch(name, results))
    except TimeoutError:
        print("timed out; got", sorted(results))
    else:
        print("all done")


asyncio.run(main())
