# One item, three waiting getters: put_nowait wakes only the first; the others keep waiting
# until more items arrive.
import asyncio


async def getter(q, name):
    print(name, "got", await q.get())


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(q, n)) for n in "abc"]
    await asyncio.sleep(0)
    print(q)
    q.put_nowait(1)
    await asyncio.sleep(0)
    print(q)
    q.put_nowait(2)
    q.put_nowait(3)
    await asyncio.gather(*tasks)
    print(q)


asyncio.run(main())
