# A Queue subclass can replace the storage hooks _init, _put and _get, as PriorityQueue and
# LifoQueue do; here a queue that keeps items sorted by length.
import asyncio


class ShortestFirst(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)
        self._queue.sort(key=len)

    def _get(self):
        return self._queue.pop(0)


async def main():
    q = ShortestFirst()
    for w in ("banana", "fig", "apple", "kiwi"):
        await q.put(w)
    print(q)
    print([q.get_nowait() for _ in range(q.qsize())])


asyncio.run(main())
