# Several tasks can wait in join(); all of them wake once the last item is marked done.
import asyncio


async def joiner(q, name):
    await q.join()
    print(name, "saw the queue finished")


async def main():
    q = asyncio.Queue()
    q.put_nowait("job")
    joiners = [asyncio.create_task(joiner(q, n)) for n in ("j1", "j2")]
    await asyncio.sleep(0.1)
    print(await q.get())
    q.task_done()
    await asyncio.gather(*joiners)


asyncio.run(main())
