# `if ... else` written as a comprehension's filter: the `else` is plain invalid syntax there.
import asyncio


async def main():
    values = [await asyncio.sleep(0, n) for n in range(3)]
    labels = [v for v in values if v else "zero"]
    print(labels)


asyncio.run(main())
