# asyncio.iscoroutinefunction() is True for `async def` functions and bound methods of
# them; False for plain functions, lambdas, classes and coroutine objects.
# asyncio.iscoroutine() is True only for coroutine objects, asyncio.isfuture() for
# futures and tasks.
# Notice a plain function that returns a coroutine is not a coroutine function.
import asyncio


class Service:
    async def fetch(self):
        return "data"

    def sync(self):
        return self.fetch()


async def main():
    s = Service()
    print(asyncio.iscoroutinefunction(Service.fetch), asyncio.iscoroutinefunction(s.fetch))
    print(asyncio.iscoroutinefunction(s.sync), asyncio.iscoroutinefunction(lambda: None))
    print(asyncio.iscoroutinefunction(Service), asyncio.iscoroutinefunction(print))
    coro = s.sync()
    print(asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(coro), asyncio.isfuture(coro))
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.isfuture(fut), asyncio.iscoroutine(fut), asyncio.isfuture(asyncio.Future))
    print(await coro)


asyncio.run(main())
