# Calling an `async def` function does not run its body: it only builds a coroutine object.
# Notice that "brewing..." is printed only when asyncio.run() drives the coroutine,
# after every line about the object itself.
import asyncio
import inspect


async def brew(kind):
    print("brewing", kind)
    return kind + " tea"


print("brew is a coroutine function:", inspect.iscoroutinefunction(brew))
coro = brew("green")
print("calling brew() gave:", coro)
print("its type:", type(coro))
print("inspect.iscoroutine:", inspect.iscoroutine(coro))
print("asyncio.iscoroutine:", asyncio.iscoroutine(coro))
print("state:", inspect.getcoroutinestate(coro))
print("nothing was brewed yet")
result = asyncio.run(coro)
print("asyncio.run returned:", repr(result))
print("state:", inspect.getcoroutinestate(coro))
