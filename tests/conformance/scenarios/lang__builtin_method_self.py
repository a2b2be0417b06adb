# `__self__` of a built-in method is the object it was taken from; of a built-in function,
# the builtins module. Tutorials use it to show what a bound method carries (here also the
# loop's methods and a future's).
# Notice `print.__self__` is a module.
import asyncio

items = [1]
print(items.append.__self__ is items, "abc".upper.__self__, {}.get.__self__)
print(print.__self__, len.__self__ is print.__self__)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(loop.call_soon.__self__ is loop, loop.time.__self__ is loop)
    print(fut.set_result.__self__ is fut, asyncio.current_task().cancel.__self__)


asyncio.run(main())
