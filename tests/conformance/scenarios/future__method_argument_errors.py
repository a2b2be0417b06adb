# Future and Task methods are C methods: fut.result(5) (as concurrent.futures would take a
# timeout) is a TypeError naming the class, as are a missing or extra argument to
# set_result/set_exception/set_name and a bad keyword to cancel/add_done_callback.
import asyncio


async def c():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(c())
    calls = [
        lambda: f.result(5),
        lambda: t.result(timeout=5),
        lambda: f.exception(1),
        lambda: t.done(1),
        lambda: f.cancelled(1),
        lambda: f.get_loop(1),
        lambda: t.get_name(1),
        lambda: t.get_coro(1),
        lambda: t.cancelling(1),
        lambda: t.uncancel(1),
        lambda: f.set_result(),
        lambda: f.set_result(1, 2),
        lambda: f.set_exception(),
        lambda: t.set_name(),
        lambda: f.remove_done_callback(print, 1),
        lambda: f.add_done_callback(),
        lambda: f.add_done_callback(print, 1),
        lambda: f.add_done_callback(print, context=None, x=1),
        lambda: f.add_done_callback(print, x=1),
        lambda: f.cancel("a", "b"),
        lambda: f.cancel(msg="m", x=1),
        lambda: t.cancel(mesg="x"),
        lambda: asyncio.Future(loop=loop, x=1),
        lambda: asyncio.Task(c(), x=1, name="n"),
    ]
    for i, call in enumerate(calls):
        try:
            call()
            print(i, "no error")
        except TypeError as e:
            print(i, "TypeError:", e)
    f.set_result("fine")
    print(await f, await t, f.cancel(msg=None))


asyncio.run(main())
