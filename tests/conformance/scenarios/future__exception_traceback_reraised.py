# A failed future raises its exception every time it is awaited, with the traceback it had
# when set_exception() stored it (here none), not with the frames of earlier awaits. So the
# second, uncaught await shows only main's frame at line 19, not line 16's await again.
import asyncio


def fail(fut):
    fut.set_exception(ValueError("late"))


async def main():
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.5, fail, fut)
    try:
        await fut
    except ValueError as e:
        print("first await:", repr(e))
    await fut


asyncio.run(main())
