# await asyncio.sleep(0) waits for no time at all, but it still hands control back
# to the loop, which then runs the other ready tasks before coming back.
# Without it the first counter would run to the end before the second could start.
import asyncio


async def counter(name, steps, polite):
    for i in range(steps):
        print(f"{name} step {i}")
        if polite:
            await asyncio.sleep(0)


async def main():
    print("-- without sleep(0): no yield points")
    await asyncio.gather(counter("A", 3, False), counter("B", 3, False))
    print("-- with sleep(0): a yield point after each step")
    await asyncio.gather(counter("A", 3, True), counter("B", 3, True))


asyncio.run(main())
