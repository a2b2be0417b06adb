# An async generator that was not run to the end still holds its `finally` block.
# asyncio.run() calls loop.shutdown_asyncgens() on the way out, which closes such
# generators, so their cleanup runs.
# Notice the cleanup message after "main returns" but before "run returned".
import asyncio


async def numbers():
    try:
        n = 0
        while True:
            await asyncio.sleep(0.5)
            yield n
            n += 1
    finally:
        print("numbers(): finally ran")


async def main():
    gen = numbers()
    async for n in gen:
        print("got", n)
        if n == 2:
            break
    print("main returns, generator left open")


asyncio.run(main())
print("run returned")
