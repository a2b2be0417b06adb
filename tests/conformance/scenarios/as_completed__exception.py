# An exception of a finished task is raised by the awaitable as_completed() yields for it;
# the loop can catch it and go on.
import asyncio


async def work(n):
    await asyncio.sleep(n)
    if n == 0.2:
        raise ValueError(n)
    return n


async def main():
    for aw in asyncio.as_completed([work(0.1), work(0.2), work(0.3)]):
        try:
            print("result", await aw)
        except ValueError as e:
            print("ValueError", e)


asyncio.run(main())
