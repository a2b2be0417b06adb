# The edges of `@types.coroutine` generators awaited by tasks: `yield from` a future, a bad
# yield and a future yielded without `yield from` (the task's RuntimeErrors), an exception and a
# cancellation thrown in at a bare `yield`, a wrapped function returning a plain generator,
# the inspect/asyncio predicates, gather, and asyncio.run of a generator.
import asyncio
import inspect
import types


@types.coroutine
def wait_for_future(fut):
    result = yield from fut
    return result


@types.coroutine
def bad_yield():
    yield 42


@types.coroutine
def yield_future_plain(fut):
    yield fut


@types.coroutine
def turn_and_fail():
    yield
    raise ValueError("broken generator")


@types.coroutine
def long_turns(log):
    try:
        while True:
            yield
            log.append("turn")
    except asyncio.CancelledError:
        log.append("cancelled inside")
        raise


def returns_generator():
    def inner():
        yield
        return "from wrapped"
    return inner()


wrapped = types.coroutine(returns_generator)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "future value")
    print("awaited:", await wait_for_future(fut))

    t = asyncio.create_task(bad_yield())
    try:
        await t
    except RuntimeError as e:
        print("bad yield:", e)

    f2 = loop.create_future()
    t2 = asyncio.ensure_future(yield_future_plain(f2))
    try:
        await t2
    except RuntimeError as e:
        print("plain yield:", e)

    try:
        await turn_and_fail()
    except ValueError as e:
        print("raised:", e)

    log = []
    t3 = asyncio.create_task(long_turns(log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print("t3 cancelled", log, t3.cancelled())

    w = wrapped()
    print(type(w).__name__, inspect.isawaitable(w), asyncio.iscoroutine(w))
    print("wrapped:", await w)

    g = wait_for_future(loop.create_future())
    print(inspect.isgenerator(g), inspect.iscoroutine(g), inspect.isawaitable(g))
    print(types.coroutine(wait_for_future) is wait_for_future)
    print(inspect.isgeneratorfunction(wait_for_future), asyncio.iscoroutinefunction(wait_for_future))
    g.close()

    sleeper = asyncio.ensure_future(asyncio.sleep(0.1, "a"))
    results = await asyncio.gather(wait_for_future(sleeper), turn_and_fail(), return_exceptions=True)
    print(results)

    try:
        types.coroutine(5)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())



@types.coroutine
def gen_main():
    yield
    print("gen main ran")
    return 7


print("run returned", asyncio.run(gen_main()))
