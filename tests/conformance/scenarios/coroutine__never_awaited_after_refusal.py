# A coroutine handed to create_task or gather that refuses it (no running loop, a closed
# loop, a bad argument) stays alive while the exception does: CPython's function frame in
# the traceback holds it. So "never awaited" is reported when the except block ends, at
# its last line, not where the call was made.
import asyncio


async def work(n):
    return n


def schedule():
    try:
        asyncio.create_task(work(1))
    except RuntimeError as e:
        print("create_task:", e)
    print("schedule returns")


schedule()
loop = asyncio.new_event_loop()
loop.close()
try:
    loop.create_task(work(2))
except RuntimeError as e:
    print("closed loop:", e)
asyncio.run(work(0))
try:
    asyncio.gather(work(3), work(4))
except RuntimeError as e:
    print("gather:", e)


async def main():
    try:
        await asyncio.gather(work(5), "oops", work(6))
    except TypeError as e:
        print("gather:", e)
    print("main goes on")


asyncio.run(main())
