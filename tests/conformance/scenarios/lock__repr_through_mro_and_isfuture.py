# The locks' reprs build on super().__repr__(), so a mixin's __repr__ shows; isfuture
# accepts any object whose class has _asyncio_future_blocking (not None on the object).
import asyncio


class Named:
    def __repr__(self):
        return f"<Named {self.name}>"


class NamedLock(asyncio.Lock, Named):
    name = "db"


class NamedSem(asyncio.BoundedSemaphore, Named):
    name = "pool"


class NamedEvent(asyncio.Event, Named):
    name = "ready"


class Duck:
    _asyncio_future_blocking = False


class NotYet:
    _asyncio_future_blocking = None


async def main():
    lock, sem, ev = NamedLock(), NamedSem(2), NamedEvent()
    print(lock, sem, ev)
    async with lock:
        print(lock)
    d = Duck()
    print(asyncio.isfuture(d), asyncio.isfuture(NotYet()), asyncio.isfuture(Duck),
          asyncio.isfuture(asyncio.get_running_loop().create_future()), asyncio.isfuture(1))
    d._asyncio_future_blocking = None
    print(asyncio.isfuture(d))


asyncio.run(main())
