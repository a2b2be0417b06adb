# Typed programs write asyncio.Queue[int] in annotations. Queue supports subscription
# (__class_getitem__), which makes a generic alias; the alias is only a label and can even
# be called to make a plain Queue.
# Notice how the alias prints and that the object made through it is an ordinary Queue.
import asyncio


async def producer(queue: asyncio.Queue[int], count: int) -> None:
    for n in range(count):
        await queue.put(n * n)


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    await producer(queue, 4)
    print(asyncio.Queue[int], asyncio.PriorityQueue[tuple[int, str]])
    print(producer.__annotations__)
    made = asyncio.Queue[str](maxsize=5)
    print(type(made).__name__, made)
    print([queue.get_nowait() for _ in range(queue.qsize())])


asyncio.run(main())
