# Each loop turn runs only the callbacks that were ready when the turn began; anything
# they schedule with call_soon waits for the next turn. Counting turns makes this visible.
# Notice that the chain of call_soon callbacks interleaves with the task's sleep(0) steps.
import asyncio


def chain(n):
    print(f"chain step {n}")
    if n < 3:
        asyncio.get_running_loop().call_soon(chain, n + 1)


async def stepper():
    for i in range(4):
        print(f"task step {i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(chain, 1)
    task = asyncio.create_task(stepper())
    await task
    print("done")


asyncio.run(main())
