# With FIRST_COMPLETED, wait() returns as soon as one task finishes; the others keep
# running and can be waited for again.
import asyncio


async def work(n):
    await asyncio.sleep(n)
    return n


async def main():
    pending = {asyncio.create_task(work(n)) for n in (0.3, 0.1, 0.2)}
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        print([t.result() for t in done], len(pending), asyncio.get_running_loop().time())


asyncio.run(main())
