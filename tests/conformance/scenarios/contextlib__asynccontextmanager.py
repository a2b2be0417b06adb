# contextlib.asynccontextmanager does the same for async generators: setup and teardown
# may await. Several tasks each hold their own "lease" for a while.
# Notice teardown runs even when the block raises, and each task's timing.
import asyncio
import contextlib


@contextlib.asynccontextmanager
async def lease(worker, seconds):
    await asyncio.sleep(0.1)
    print(f"  {worker}: lease acquired")
    try:
        yield f"lease-{worker}"
    finally:
        await asyncio.sleep(seconds)
        print(f"  {worker}: lease released")


async def work(worker, fail=False):
    async with lease(worker, 0.5) as token:
        print(f"  {worker}: working with {token}")
        await asyncio.sleep(1)
        if fail:
            raise RuntimeError(f"{worker} crashed")
    return worker


async def main():
    results = await asyncio.gather(work("w1"), work("w2", fail=True), return_exceptions=True)
    print("results:", results)
    async with contextlib.AsyncExitStack() as stack:
        tokens = [await stack.enter_async_context(lease(f"s{i}", 0.2)) for i in range(2)]
        print("stack holds", tokens)
    print("stack closed in reverse order")


asyncio.run(main())
