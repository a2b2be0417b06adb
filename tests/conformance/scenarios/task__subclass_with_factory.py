# A Task subclass installed with loop.set_task_factory (a blog-post way to trace tasks):
# create_task and gather make TracedTask instances; a Future subclass overrides __repr__.
# xfail: subclassing asyncio.Task / asyncio.Future (native FutureObj) is not supported yet
import asyncio
import itertools

counter = itertools.count(1)


class TracedTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name or f"traced-{next(counter)}", context=context)
        print("created", self.get_name())


class MyFuture(asyncio.Future):
    def __repr__(self):
        return f"<MyFuture done={self.done()}>"


async def child(n):
    await asyncio.sleep(n / 10)
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, context=None: TracedTask(coro, loop=loop, context=context))
    t = asyncio.create_task(child(1))
    print(type(t).__name__, isinstance(t, asyncio.Task))
    print(await asyncio.gather(child(2), child(3)), await t)
    f = MyFuture()
    loop.call_soon(f.set_result, 7)
    print(f, await f, f)


asyncio.run(main())
