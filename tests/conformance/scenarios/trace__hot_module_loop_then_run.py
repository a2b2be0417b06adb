# A long loop at module level uses up the trace's line allowance before `asyncio.run`: the
# loop's first callback (the main task's first step) must still show its frames and locals.
import asyncio

total = 0
for n in range(3000):
    total += n
print(total)


async def fetch(name, delay):
    started = asyncio.get_running_loop().time()
    await asyncio.sleep(delay)
    return name, asyncio.get_running_loop().time() - started


async def main():
    first = total % 7
    results = await asyncio.gather(fetch("a", 0.2), fetch("b", 0.1))
    print(first, results)
    for n in range(2000):
        first += n
    await asyncio.sleep(0.1)
    print(first)


asyncio.run(main())
