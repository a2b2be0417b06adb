# asyncio.sleep, gather, wait_for, run... are Python functions in CPython (only a few, like
# get_running_loop, come from the C module _asyncio): forgetting the parentheses in
# `await asyncio.sleep` names a 'function', and iscoroutinefunction tells the async ones
# (sleep, wait_for) from the plain ones that return futures (gather).
import asyncio
import inspect
import types


def describe(f):
    kind = type(f).__name__
    checks = (isinstance(f, types.FunctionType), inspect.isfunction(f))
    coro = (asyncio.iscoroutinefunction(f), inspect.iscoroutinefunction(f))
    print(f"{f.__name__:<16} {kind:<26} {f.__module__:<16} {checks} {coro}")


async def main():
    for f in (asyncio.sleep, asyncio.wait_for, asyncio.gather, asyncio.create_task,
              asyncio.run, asyncio.current_task, asyncio.get_running_loop):
        describe(f)
    print(repr(asyncio.sleep).split(" at ")[0], repr(asyncio.get_running_loop))
    for forgot_parens in (asyncio.sleep, asyncio.gather, asyncio.get_running_loop):
        try:
            await forgot_parens
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
