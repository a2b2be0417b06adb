# dir() of a Task, a Future, a Handle and a TimerHandle lists what CPython's C types have, so
# the "let's see what a Task has" step of an introspection tutorial runs; attribute errors on
# them get CPython's "Did you mean" hints in the traceback.
import asyncio


async def worker():
    await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(worker(), name="w")
    public = [n for n in dir(task) if not n.startswith("_")]
    print(public)
    print([n for n in dir(loop.create_future()) if not n.startswith("_")])
    handle = loop.call_soon(print, "x")
    print([n for n in dir(handle) if not n.startswith("__")])
    timer = loop.call_later(5, print, "y")
    print([n for n in dir(timer) if not n.startswith("_")])
    print("cancel" in dir(task), "get_coro" in dir(task), dir(task) == sorted(dir(task)))
    for name in public:
        if name.startswith("get_") or name in ("done", "cancelled", "cancelling"):
            print(name, getattr(task, name)() if name != "get_stack" else len(task.get_stack()))
    handle.cancel()
    timer.cancel()
    task.cancel()
    await asyncio.sleep(0)
    task.cancelld()


asyncio.run(main())
