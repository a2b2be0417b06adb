# A coroutine's cr_suspended (a generator's gi_suspended) is True only while it waits at
# an await (a yield); cr_running only while it runs. Once finished, its cr_frame (gi_frame,
# ag_frame) is None. cr_origin is None unless origin tracking is on (debug mode).
import asyncio


async def job():
    await asyncio.sleep(0.1)
    return 1


def numbers():
    yield 1
    yield 2


async def ticks():
    yield "tick"


async def main():
    c = job()
    print("created:", c.cr_suspended, c.cr_running, c.cr_origin)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print("waiting:", c.cr_suspended, c.cr_running, type(c.cr_await).__name__)
    me = asyncio.current_task().get_coro()
    print("self:", me.cr_running, me.cr_suspended)
    await t
    print("finished:", c.cr_suspended, c.cr_frame, c.cr_await)
    g = numbers()
    print(g.gi_suspended, next(g), g.gi_suspended, g.gi_running)
    g.close()
    print(g.gi_suspended, g.gi_frame)
    a = ticks()
    print([x async for x in a], a.ag_frame)
    for obj, name in ((g, "cr_suspended"), (c, "gi_suspended"), (a, "cr_frame"), (c, "ag_frame")):
        try:
            getattr(obj, name)
        except AttributeError as e:
            print(e)


asyncio.run(main())
