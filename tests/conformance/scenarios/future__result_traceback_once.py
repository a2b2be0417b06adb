# The C Future hands the traceback saved with its exception out once: a second result()
# or await raises it with a traceback that starts where it is raised again.
import asyncio
import traceback


def lines(e):
    return [(fr.name, fr.lineno) for fr in traceback.extract_tb(e.__traceback__)]


async def fail():
    raise ValueError("boom")


async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_exception(KeyError("k"))
    for _ in range(2):
        try:
            f.result()
        except KeyError as e:
            print("result", lines(e))
    t = asyncio.create_task(fail())
    await asyncio.sleep(0)
    for _ in range(2):
        try:
            await t
        except ValueError as e:
            print("await", lines(e))
    try:
        t.result()
    except ValueError as e:
        print("result", lines(e))


asyncio.run(main())
