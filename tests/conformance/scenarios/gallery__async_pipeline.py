# A pipeline of async generators: numbers() produces values with a pause between them,
# squares() transforms each as it arrives and evens() filters. async for pulls one value
# at a time through all three stages, so nothing is computed ahead of time.
import asyncio


async def numbers(n):
    for i in range(1, n + 1):
        await asyncio.sleep(0.25)
        print(f"  produce {i}")
        yield i


async def squares(source):
    async for x in source:
        yield x * x


async def evens(source):
    async for x in source:
        if x % 2 == 0:
            yield x


async def main():
    async for value in evens(squares(numbers(6))):
        print(f"got {value}")
    print("total:", sum([v async for v in squares(numbers(3))]))


asyncio.run(main())
