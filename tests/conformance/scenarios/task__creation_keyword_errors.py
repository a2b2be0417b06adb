# Keywords 3.11 does not have (3.12's eager_start=, a typo) are TypeErrors when making a
# task or future, each in its own words (a Python function, a loop method, the C
# constructors); the rejected coroutine is never awaited and warns at that line.
import asyncio


async def c():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    attempts = [
        lambda: asyncio.create_task(c(), eager_start=True),
        lambda: asyncio.ensure_future(c(), name="x"),
        lambda: loop.create_task(c(), name="x", context=None, bogus=1),
        lambda: asyncio.Task(c(), loop=loop, eager_start=True),
        lambda: asyncio.Task(c(), 1),
        lambda: asyncio.Future(loop=loop, x=1),
        lambda: asyncio.Future(x=1),
        lambda: asyncio.Future(loop),
        lambda: loop.run_in_executor(None, print, 1, sep=","),
    ]
    for i, attempt in enumerate(attempts):
        try:
            attempt()
        except TypeError as e:
            print(i, "TypeError:", e)
    t = asyncio.create_task(c(), name="ok", context=None)
    print(await t, t.get_name())


asyncio.run(main())
