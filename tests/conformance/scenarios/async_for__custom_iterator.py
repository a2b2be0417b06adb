# `async for` calls __aiter__ once, then awaits __anext__ until it raises StopAsyncIteration.
# Each __anext__ may wait (here: a ticker that sleeps between values), letting other tasks
# run. Notice `else` runs only when the loop was not broken, and the two tickers interleave.
import asyncio


class Ticker:
    def __init__(self, name, count, interval):
        self.name, self.count, self.interval = name, count, interval

    def __aiter__(self):
        print(f"  {self.name}: __aiter__")
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.count:
            print(f"  {self.name}: StopAsyncIteration")
            raise StopAsyncIteration
        await asyncio.sleep(self.interval)
        self.i += 1
        return self.i


async def consume(name, count, interval, stop_at=None):
    async for n in Ticker(name, count, interval):
        print(f"{name} got {n}")
        if n == stop_at:
            print(f"{name} breaks")
            break
    else:
        print(f"{name} loop ended normally")
    return name


async def main():
    done = await asyncio.gather(consume("fast", 3, 0.5), consume("slow", 5, 0.7, stop_at=2))
    print("finished:", done)
    async for n in Ticker("empty", 0, 1):
        print("never printed", n)


asyncio.run(main())
