# Two expressions side by side inside brackets: CPython guesses a missing comma, and
# points at the first of the two.
import asyncio


async def main():
    results = await asyncio.gather(
        asyncio.sleep(0.1, "a")
        asyncio.sleep(0.2, "b"),
    )
    print(results)


asyncio.run(main())
