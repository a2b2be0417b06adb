# maxsize is a read-only property of a queue: it can be read, not assigned.
import asyncio

q = asyncio.Queue(3)
print(q.maxsize, asyncio.PriorityQueue().maxsize)
try:
    q.maxsize = 10
except AttributeError as e:
    print("AttributeError:", e)
print(type(asyncio.Queue.__dict__["maxsize"]).__name__)
