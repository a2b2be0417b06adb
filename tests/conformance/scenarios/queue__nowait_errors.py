# put_nowait() on a full queue raises QueueFull; get_nowait() on an empty one QueueEmpty.
# Both are asyncio's own exception classes, with no message.
import asyncio


async def main():
    q = asyncio.Queue(1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull as e:
        print(type(e).__name__, repr(e), str(e) == "")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, repr(e))


asyncio.run(main())
