# A coroutine keeps its local variables while it is suspended, even when other tasks run
# in between. Each counter below keeps its own `total` and `history` across five awaits.
# Notice the interleaved lines: each task picks up exactly where it left off.
import asyncio


async def counter(name, step, delay):
    total = 0
    history = []
    for i in range(5):
        total += step
        history.append(total)
        print(f"{name}: i={i} total={total}")
        await asyncio.sleep(delay)
    print(f"{name} history: {history}")
    return total


async def main():
    a = asyncio.create_task(counter("a", 1, 1.0))
    b = asyncio.create_task(counter("b", 10, 1.5))
    print("results:", await a, await b)


asyncio.run(main())
