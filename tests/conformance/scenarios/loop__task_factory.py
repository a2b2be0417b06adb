# loop.set_task_factory(f) makes every task the loop creates go through f(loop, coro):
# asyncio.create_task, loop.create_task, ensure_future, gather and TaskGroup; a name is set
# on the result afterwards and a context is passed as context=. get_task_factory returns
# it; None restores plain tasks; anything else not callable is a TypeError. A factory left
# in place also makes asyncio.run's shutdown tasks (shutdown_asyncgens, ...).
import asyncio
import contextvars

made = []
request = contextvars.ContextVar("request", default="-")


def counting_factory(loop, coro, **kwargs):
    made.append((coro.__qualname__, sorted(kwargs)))
    return asyncio.Task(coro, loop=loop, **kwargs)


async def work(n):
    await asyncio.sleep(0.1 * n)
    return f"{request.get()}:{n}"


async def main():
    loop = asyncio.get_running_loop()
    print("default factory:", loop.get_task_factory())
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_task_factory(counting_factory)
    print("factory set:", loop.get_task_factory() is counting_factory)
    t1 = asyncio.create_task(work(1), name="named")
    t2 = loop.create_task(work(2))
    t3 = asyncio.ensure_future(work(0))
    print([t.get_name() for t in (t1, t2, t3)])
    print(await asyncio.gather(t1, t2, t3, work(1)))
    ctx = contextvars.copy_context()
    ctx.run(request.set, "ctx")
    print(await asyncio.create_task(work(0), context=ctx))
    async with asyncio.TaskGroup() as tg:
        t4 = tg.create_task(work(1), name="in-group")
    print(t4.get_name(), t4.result())
    print(made)
    loop.set_task_factory(None)
    await asyncio.create_task(work(0))
    print("after reset:", len(made), loop.get_task_factory())


asyncio.run(main())


def printing_factory(loop, coro):
    print("factory:", coro.__qualname__)
    return asyncio.Task(coro, loop=loop)


async def main_keeping_factory():
    asyncio.get_running_loop().set_task_factory(printing_factory)
    print(await asyncio.wait_for(work(1), 1), await asyncio.shield(work(0)))


asyncio.run(main_keeping_factory())
