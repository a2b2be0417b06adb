# In debug mode the context a custom exception handler gets holds `source_traceback` as a
# traceback.StackSummary of FrameSummary objects, ending where asyncio made the object
# (`_ensure_future` for a task from ensure_future, the program's line for call_soon).
# Notice the frames have name, lineno and line, and format_list prints them (the program's
# frames here: asyncio's own show on stdout in CPython).
import asyncio
import traceback


def handler(loop, context):
    tb = context["source_traceback"]
    print(context["message"], type(tb).__name__, type(tb[-1]).__name__)
    print(tb[-1].name, tb[-1].lineno, tb[-1].line)
    if "future" in context:  # a handle's stack keeps only the innermost frames
        mine = [f for f in tb if f.filename == __file__]
        print([(f.name, f.lineno) for f in mine])
        print("".join(traceback.format_list(mine)), end="")


async def boom():
    raise ValueError("bad")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    t = asyncio.ensure_future(boom())
    await asyncio.sleep(0.1)
    del t
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0.1)
    loop.set_exception_handler(None)
    loop.call_later(0.1, lambda: 1 / 0)
    await asyncio.sleep(0.2)


asyncio.run(main(), debug=True)
