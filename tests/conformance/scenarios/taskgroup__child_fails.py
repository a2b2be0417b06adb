# When one child of a TaskGroup raises, the group cancels the other children and the
# block's own code, waits for them, and raises an ExceptionGroup holding the error.
# Notice the slow child is cancelled at 1.000, the body never prints "body done", and the
# ExceptionGroup's message and contents.
import asyncio


async def child(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise ValueError(f"{name} failed")
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("fast", 0.5))
            tg.create_task(child("bad", 1, fail=True))
            tg.create_task(child("slow", 3))
            await asyncio.sleep(10)
            print("body done")
    except ExceptionGroup as eg:
        print("caught:", repr(eg))
        print("message:", eg.message, "| exceptions:", eg.exceptions)
    print("main goes on, cancelling() =", asyncio.current_task().cancelling())


asyncio.run(main())
