# gather(return_exceptions=True) reads its children's exceptions only once every child is
# done. Here one child never finishes, so the failed future's exception is never retrieved:
# the gather and its children keep each other alive until the garbage collector frees them
# at exit, and then the failed future is reported (the futures in creation order).
import asyncio


class Boom(Exception):
    pass


async def main():
    loop = asyncio.get_running_loop()
    first = loop.create_future()
    second = loop.create_future()
    never = loop.create_future()
    loop.call_later(0.1, second.set_exception, Boom("second"))
    loop.call_later(0.2, first.set_exception, Boom("first"))
    group = asyncio.gather(second, never, first, return_exceptions=True)
    await asyncio.sleep(0.3)
    print("group done?", group.done())


asyncio.run(main())
print("after run")
