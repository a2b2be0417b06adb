# asyncio.create_task(coro, context=ctx) (3.11) runs the task in ctx itself, not a copy: what
# the task sets is visible in ctx afterwards, and two tasks given the same ctx share it.
import asyncio
import contextvars

counter = contextvars.ContextVar("counter", default=0)


async def incr(label):
    for _ in range(2):
        counter.set(counter.get() + 1)
        print(label, counter.get())
        await asyncio.sleep(0)


async def main():
    shared = contextvars.Context()
    a = asyncio.create_task(incr("a"), context=shared)
    b = asyncio.get_running_loop().create_task(incr("b"), context=shared)
    c = asyncio.create_task(incr("c"))
    await asyncio.gather(a, b, c)
    print("shared:", shared[counter], "main:", counter.get())


asyncio.run(main())
