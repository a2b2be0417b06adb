# Without `await`, a variable receives the coroutine object instead of the value.
# Notice what gets printed, and that the "never awaited" warning appears only when the
# object is discarded: after main returns, reported from asyncio's own code.
import asyncio


async def fetch_price(item):
    await asyncio.sleep(0.5)
    return 3


async def main():
    price = fetch_price("apple")
    print("price is", price)
    print("is it a coroutine?", asyncio.iscoroutine(price))
    print("main returns")


asyncio.run(main())
print("program ends")
