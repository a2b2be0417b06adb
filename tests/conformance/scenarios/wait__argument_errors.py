# wait() checks its arguments: an empty collection is a ValueError, a single future or a
# coroutine instead of a collection is a TypeError, bare coroutines inside the collection are
# refused (3.11 wants tasks), and return_when must be one of the three constants.
# Notice the refused coroutines were never awaited, and Python warns about it.
import asyncio


async def job():
    await asyncio.sleep(0.1)


async def main():
    task = asyncio.create_task(job())
    attempts = [
        ("empty list", lambda: asyncio.wait([])),
        ("one task", lambda: asyncio.wait(task)),
        ("bad return_when", lambda: asyncio.wait([task], return_when="SOON")),
        ("list of coroutines", lambda: asyncio.wait([job()])),
    ]
    for label, make in attempts:
        try:
            await make()
        except (TypeError, ValueError) as e:
            print(f"{label}: {type(e).__name__}: {e}")
    await task


asyncio.run(main())
print("end")
