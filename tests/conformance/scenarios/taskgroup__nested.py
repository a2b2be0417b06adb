# TaskGroups nest: an error in an inner group cancels its siblings, the inner group raises
# an ExceptionGroup inside the outer block, and the outer group wraps that group in its own
# ExceptionGroup. Tasks in the outer group are cancelled too.
# Notice the nesting in the printed structure.
import asyncio


async def tick(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if fail:
        raise OSError(f"{name} failed")


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(tick("inner-ok", 5))
        tg.create_task(tick("inner-bad", 1, fail=True))


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(tick("outer-ok", 5))
            outer.create_task(inner_group())
    except ExceptionGroup as eg:
        print(repr(eg))
        print(type(eg.exceptions[0]).__name__, eg.exceptions[0].exceptions)


asyncio.run(main())
