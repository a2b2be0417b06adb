# The rules of async generator objects: asend() with a value to an unstarted one, awaiting
# the same asend() twice, two __anext__() at once ("already running"), athrow() into a
# paused or finished one, next()/for on it, and what `return` and StopIteration inside do.
import asyncio


async def numbers():
    for i in range(3):
        await asyncio.sleep(0.5)
        yield i


async def raises_stop():
    yield 1
    raise StopIteration("inside")


async def returns_early(flag):
    yield "first"
    if flag:
        return
    yield "second"


async def main():
    gen = numbers()
    try:
        await gen.asend(5)
    except TypeError as e:
        print("TypeError:", e)
    step = gen.asend(None)
    print("asend:", await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError:", e)
    first = asyncio.ensure_future(gen.__anext__())
    await asyncio.sleep(0)
    try:
        await gen.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("first finished with", await first)
    try:
        await gen.athrow(ValueError("thrown in"))
    except ValueError as e:
        print("athrow re-raised:", repr(e))
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("finished after athrow")
    print("athrow into a finished one:", await gen.athrow(KeyError("late")))
    try:
        next(numbers())
    except TypeError as e:
        print("TypeError:", e)
    try:
        for x in numbers():
            pass
    except TypeError as e:
        print("TypeError:", e)
    stopper = raises_stop()
    print(await stopper.__anext__())
    try:
        await stopper.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    print([x async for x in returns_early(True)], [x async for x in returns_early(False)])


asyncio.run(main())
