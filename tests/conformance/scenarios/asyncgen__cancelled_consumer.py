# When the task consuming an async generator is cancelled while the generator awaits,
# the CancelledError is raised inside the generator at its `await`, runs its `finally`
# and travels out through `async for`. Notice the order of the cleanup lines.
import asyncio


async def readings():
    n = 0
    try:
        while True:
            await asyncio.sleep(0.4)
            n += 1
            yield n
    finally:
        print(f"  generator finally after {n} readings")


async def consumer():
    try:
        async for r in readings():
            print("  consumer got", r)
    except asyncio.CancelledError:
        print("  consumer sees CancelledError")
        raise
    finally:
        print("  consumer finally")


async def main():
    task = asyncio.create_task(consumer())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("consumer cancelled:", task.cancelled())


asyncio.run(main())
