# A task's repr lists its done callbacks; asyncio's own Python callbacks (shield's, wait's,
# as_completed's) are named with the file and line where CPython's asyncio defines them; a
# pending sleep() task is running at the line where CPython's sleep waits.
import asyncio


async def job(name):
    await asyncio.sleep(0.1)
    print(name, asyncio.current_task())
    return name


async def main():
    inner = asyncio.create_task(job("shielded"))
    print(await asyncio.shield(inner))
    ts = [asyncio.create_task(job("waited")), asyncio.create_task(asyncio.sleep(0.5))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), ts[1])
    for c in asyncio.as_completed([asyncio.create_task(job("completed"))]):
        print(await c)
    outer = asyncio.shield(ts[1])
    print(outer)
    zero = asyncio.create_task(asyncio.sleep(0))
    await asyncio.sleep(0)
    print(zero)


asyncio.run(main())
