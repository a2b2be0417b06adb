# An awaitable class can hand the work to a coroutine: its __await__ returns
# `(yield from coro.__await__())`, so the task drives the coroutine as if it had awaited it
# directly. Notice "later" at 0.500: the asyncio.sleep inside really suspends the task.
import asyncio


class Later:
    def __init__(self, delay, value):
        self.delay = delay
        self.value = value

    def __await__(self):
        return (yield from asyncio.sleep(self.delay, result=self.value).__await__())


async def main():
    print("start")
    print(await Later(0.5, "later"))
    print(await Later(0, "at once"))


asyncio.run(main())
