# main's wait_for times out, so asyncio.run cancels job5 while main's TimeoutError is being
# handled: job5's own wait_for times out then, and its CancelledError takes main's error as
# context. The pending tasks left in a cycle are reported with the futures they wait for
# still showing their callbacks (the collector finalizes everything before it clears).
import asyncio

queue = asyncio.Queue(2)

async def w1():
    print("w1.1", await asyncio.wait_for(asyncio.sleep(0.3, result=[1, 2]), 0.1))

async def w2():
    print("w2.1", await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, result='a')), 2))
    print("w2.5", await asyncio.wait_for(asyncio.shield(w1()), 0))

async def main():
    t5 = asyncio.create_task(w2(), name='job5')
    print("main.3", await asyncio.wait_for(queue.get(), 0))

asyncio.run(main())
