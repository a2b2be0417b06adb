# An uncaught ExceptionGroup prints as a tree: each sub-exception with its own traceback,
# numbered, nested groups indented further. Here gather(return_exceptions=True) collects
# the failures of several tasks into one group. Notice the box drawing in the traceback.
import asyncio


async def job(n):
    await asyncio.sleep(n / 10)
    if n % 2:
        raise ValueError(f"job {n} failed")
    return n


async def main():
    results = await asyncio.gather(*(job(n) for n in range(4)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    print("results:", results)
    inner = ExceptionGroup("inner", [KeyError("deep")])
    raise ExceptionGroup("some jobs failed", [*errors, inner])


asyncio.run(main())
