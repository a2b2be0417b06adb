# gather() looks each argument up in a dict (the same awaitable twice is one child), so an
# unhashable argument (a list of coroutines passed without *) fails with "unhashable type"
# before any awaitable check; a hashable non-awaitable gets the awaitable message. Children
# made before the bad argument still run.
import asyncio


async def job(n):
    await asyncio.sleep(0.1)
    print("job", n, "ran")
    return n


async def main():
    jobs = [job(1), job(2)]
    try:
        await asyncio.gather(jobs)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather(job(3), {"a": 1})
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather(42)
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.gather(*jobs))
    await asyncio.sleep(0.2)


asyncio.run(main())
