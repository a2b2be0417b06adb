# put_nowait()/get_nowait() never wait: on a full queue put_nowait raises QueueFull, on an
# empty one get_nowait raises QueueEmpty. qsize(), empty(), full() and maxsize describe it.
# Notice both exceptions carry no message, and a queue with maxsize=0 (the default) or a
# negative maxsize is never full.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print("maxsize", q.maxsize, "qsize", q.qsize(), "empty", q.empty(), "full", q.full())
    q.put_nowait("a")
    q.put_nowait("b")
    print("maxsize", q.maxsize, "qsize", q.qsize(), "empty", q.empty(), "full", q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("put_nowait:", repr(e), "str:", repr(str(e)))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("get_nowait:", repr(e), "is Exception:", isinstance(e, Exception))
    for size in (0, -1):
        unbounded = asyncio.Queue(size)
        for i in range(1000):
            unbounded.put_nowait(i)
        print(f"maxsize={size}: qsize", unbounded.qsize(), "full", unbounded.full())
    print(asyncio.QueueFull.__module__, asyncio.QueueEmpty.__module__)


asyncio.run(main())
