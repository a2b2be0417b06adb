# gather(), wait_for() and ensure_future() accept any awaitable, not only coroutines and
# futures: an object whose class has __await__ is wrapped in a coroutine and run as a task.
# Notice the ticks of the two gathered awaitables interleave: each runs in its own task.
import asyncio


class Ticks:
    def __init__(self, name, n):
        self.name = name
        self.n = n

    def __await__(self):
        for i in range(self.n):
            print(self.name, "tick", i)
            yield
        return self.name + " done"


async def main():
    print(await asyncio.gather(Ticks("a", 2), Ticks("b", 3)))
    task = asyncio.ensure_future(Ticks("c", 1))
    print(type(task).__name__, await task)
    print(await asyncio.wait_for(Ticks("d", 1), timeout=1))


asyncio.run(main())
