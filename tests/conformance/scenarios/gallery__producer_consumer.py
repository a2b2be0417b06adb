# A producer/consumer pipe built only from a list and futures (asyncio.Queue works the
# same way inside). An empty get() parks the consumer on a fresh future; put() sets it.
# The producer is faster, so later items wait in the list instead.
import asyncio

class Pipe:
    def __init__(self):
        self.items = []
        self.waiter = None
    def put(self, item):
        self.items.append(item)
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)
    async def get(self):
        while not self.items:
            self.waiter = asyncio.get_running_loop().create_future()
            print("  consumer: pipe empty, waiting on a future")
            await self.waiter
        return self.items.pop(0)

async def producer(pipe):
    for item in [1, 2, 3, 4, None]:
        await asyncio.sleep(0.3)
        pipe.put(item)
        print(f"producer: put {item}, {len(pipe.items)} waiting in the pipe")

async def consumer(pipe):
    item = await pipe.get()
    while item is not None:
        print(f"  consumer: working on {item}")
        await asyncio.sleep(0.5)
        item = await pipe.get()
    print("  consumer: got None, stopping")

async def main():
    pipe = Pipe()
    await asyncio.gather(producer(pipe), consumer(pipe))

asyncio.run(main())
