# as_completed() takes futures too; they complete in the order their results are set.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    for i, f in enumerate(futs):
        loop.call_later(0.3 - 0.1 * i, f.set_result, i)
    order = []
    for aw in asyncio.as_completed(futs):
        order.append(await aw)
    print(order, loop.time())


asyncio.run(main())
