# Cancelling a task while it waits inside __aenter__ means the block never starts and
# __aexit__ is not called; cancelling it while it waits inside __aexit__ interrupts the
# clean-up itself. A plain `with` in a coroutine sees the CancelledError in __exit__.
# Notice which lines print for each task and their final states.
import asyncio


class Slow:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"{self.name}: entering")
        await asyncio.sleep(1)
        print(f"{self.name}: entered")
        return self

    async def __aexit__(self, et, e, tb):
        print(f"{self.name}: exiting with {et.__name__ if et else None}")
        await asyncio.sleep(1)
        print(f"{self.name}: exited")


class Plain:
    def __enter__(self):
        print("plain: enter")

    def __exit__(self, et, e, tb):
        print("plain: exit with", et.__name__ if et else None, repr(e))


async def use(name):
    async with Slow(name):
        print(f"{name}: body")
        await asyncio.sleep(0)
    print(f"{name}: after")


async def sync_with():
    with Plain():
        await asyncio.sleep(5)


async def main():
    in_enter = asyncio.create_task(use("a"))
    in_exit = asyncio.create_task(use("b"))
    plain = asyncio.create_task(sync_with())
    await asyncio.sleep(0.5)
    in_enter.cancel()
    plain.cancel("stop it")
    await asyncio.sleep(1)
    in_exit.cancel()
    for t in (in_enter, in_exit, plain):
        try:
            await t
        except asyncio.CancelledError as e:
            print("cancelled:", repr(e))
    print(in_enter.cancelled(), in_exit.cancelled(), plain.cancelled())


asyncio.run(main())
