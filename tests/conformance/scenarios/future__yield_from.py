# asyncio's Future is iterable (__iter__ is __await__), so a generator-based __await__ can
# wait on a future with `yield from fut`, or with `yield from fut.__await__()`. Notice the
# values come back at 0.300 and 0.500, when the callbacks resolve the futures.
import asyncio


class Via:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        value = yield from self.fut
        return f"got {value}"


class ViaAwait:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        return (yield from self.fut.__await__())


async def main():
    loop = asyncio.get_running_loop()
    first = loop.create_future()
    second = loop.create_future()
    loop.call_later(0.3, first.set_result, 42)
    loop.call_later(0.5, second.set_result, "second")
    print(await Via(first))
    print(await ViaAwait(second))


asyncio.run(main())
