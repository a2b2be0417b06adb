# QueueFull and QueueEmpty are plain Exception subclasses defined in asyncio.queues (not
# the queue module's classes of the same names).
import asyncio

for cls in (asyncio.QueueFull, asyncio.QueueEmpty):
    print(cls.__module__, cls.__name__, [c.__name__ for c in cls.__mro__])
print(issubclass(asyncio.QueueFull, asyncio.QueueEmpty))
