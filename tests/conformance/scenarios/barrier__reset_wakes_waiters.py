# reset() while tasks wait breaks their wait with BrokenBarrierError; once they have left,
# the barrier is filling again and works as new.
import asyncio


async def party(b, name):
    try:
        print(name, "passed", await b.wait())
    except asyncio.BrokenBarrierError as e:
        print(name, "BrokenBarrierError:", e)


async def main():
    b = asyncio.Barrier(3)
    tasks = [asyncio.create_task(party(b, n)) for n in "ab"]
    await asyncio.sleep(0)
    await b.reset()
    print(b)
    await asyncio.gather(*tasks)
    print(b)
    await asyncio.gather(*(party(b, n) for n in "xyz"))


asyncio.run(main())
