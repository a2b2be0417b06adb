# task.get_stack() returns the frames the task is suspended in (for a coroutine, only its
# outermost frame); for a failed task, the frames of its traceback. print_stack() prints
# them traceback-style. With no file= argument CPython 3.11 prints the header and the
# exception line to stdout but the frames to stderr (traceback.print_list's default).
# Notice "Stack for", "Traceback for" and "No stack for", and where each part goes.
import asyncio


async def deep():
    await asyncio.sleep(1)


async def middle():
    await deep()


async def fails():
    raise LookupError("gone")


async def main():
    t = asyncio.create_task(middle(), name="middle")
    bad = asyncio.create_task(fails(), name="bad")
    print("before start:", [f.f_code.co_name for f in t.get_stack()])
    await asyncio.sleep(0.5)
    print("suspended:", [(f.f_code.co_name, f.f_lineno) for f in t.get_stack()])
    t.print_stack()
    print("failed:", [f.f_code.co_name for f in bad.get_stack()])
    bad.print_stack(limit=1)
    await t
    print("done:", t.get_stack())
    t.print_stack()
    bad.exception()


asyncio.run(main())
