# timeout_at(when) is timeout() with an absolute deadline in loop.time() units, handy for
# giving several steps one shared deadline. A deadline already in the past fires at the
# first await inside the block, even sleep(0).
# Notice steps run until the shared deadline at 2.500.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 2.5
    try:
        async with asyncio.timeout_at(deadline) as cm:
            for step in range(5):
                await asyncio.sleep(1)
                print("step", step, "done")
    except TimeoutError:
        print("deadline", cm.when(), "reached")
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("inside a block whose deadline has passed")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("TimeoutError at the first await")
    async with asyncio.timeout(0):
        print("no await inside: the block completes normally")


asyncio.run(main())
