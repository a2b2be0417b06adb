# asyncio.run cancels a task waiting in wait_for() and the inner task at once. The inner
# task finishes first, so wait_for, handling its own CancelledError, returns the inner
# result: the inner CancelledError, whose __context__ is the one wait_for was handling.
# Notice that context prints a Traceback header: it was raised in wait_for's (hidden) frame.
import asyncio


def take(fut):
    print("take", fut.result())


async def w2():
    print("w2", await asyncio.wait_for(asyncio.sleep(1.5, result="a"), 0.2))


async def main():
    t = asyncio.create_task(w2())
    t.add_done_callback(take)


asyncio.run(main())
