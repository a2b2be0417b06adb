# While an exception thrown into a coroutine (a task's cancellation, gen.throw) is handled
# by the coroutine it awaits, the awaiting frame is running: it is the handler's caller for
# sys._getframe(1), a warning's stacklevel and traceback.extract_stack.
import asyncio
import sys
import traceback
import types
import warnings


def callers():
    # The two frames above the handler (the harness adds its own below the module).
    return [f.name for f in traceback.extract_stack()[-3:-1]]


@types.coroutine
def pause():
    yield


async def inner():
    try:
        await pause()
    except KeyError:
        print("caller during throw:", sys._getframe(1).f_code.co_name)
        print("stack:", callers())


async def outer():
    await inner()


g = outer()
g.send(None)
try:
    g.throw(KeyError("k"))
except StopIteration:
    print("finished")


def gen_inner():
    try:
        yield 1
    except ValueError:
        print("generator stack:", callers())
        yield 2


def gen_outer():
    yield from gen_inner()


it = gen_outer()
next(it)
print(it.throw(ValueError("v")))


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelled stack:", callers())
        warnings.warn("cancelled while sleeping", stacklevel=2)
        raise


async def waiter():
    await sleeper()


async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t.cancel()
    print(await asyncio.gather(t, return_exceptions=True))


asyncio.run(main())
