# The synchronisation primitives live in asyncio.locks; the queues in asyncio.queues.
# `import asyncio.locks` and `from asyncio.locks import ...` give the same classes.
import asyncio
import asyncio.locks
from asyncio.queues import Queue, QueueEmpty, QueueFull


print(asyncio.Lock is asyncio.locks.Lock, asyncio.Queue is Queue)
for cls in (asyncio.Lock, asyncio.Event, asyncio.Condition, asyncio.Semaphore,
            asyncio.BoundedSemaphore, asyncio.Barrier, Queue, asyncio.PriorityQueue,
            asyncio.LifoQueue, QueueEmpty, QueueFull):
    print(cls.__module__, cls.__name__, cls.__qualname__)
print(asyncio.BoundedSemaphore.__mro__[1].__name__, issubclass(QueueFull, Exception))
print(asyncio.locks.__name__, asyncio.queues.__name__)
