# Every task has a name. Unnamed tasks are numbered Task-1, Task-2, ... in creation order
# (Task-1 is the main coroutine run by asyncio.run); create_task(..., name=...) picks one,
# and set_name() renames a task. Notice that the named task still used up a number:
# the third task is Task-4, not Task-3.
import asyncio


async def work():
    await asyncio.sleep(0.1)
    return asyncio.current_task().get_name()


async def main():
    print("main:", asyncio.current_task().get_name())
    a = asyncio.create_task(work())
    b = asyncio.create_task(work(), name="downloader")
    c = asyncio.create_task(work())
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name("renamed")
    a.set_name(42)
    print("after set_name:", repr(a.get_name()), c.get_name())
    print("names seen inside:", await a, await b, await c)


asyncio.run(main())
