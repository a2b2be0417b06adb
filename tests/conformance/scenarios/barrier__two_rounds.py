# A Barrier can be used again once all parties have passed it: it fills up once more.
import asyncio


async def party(b, name):
    for rnd in range(2):
        await asyncio.sleep(0.1)
        i = await b.wait()
        print("round", rnd, name, i)


async def main():
    b = asyncio.Barrier(2)
    await asyncio.gather(party(b, "x"), party(b, "y"))
    print(b)


asyncio.run(main())
