# If the code inside the `async with TaskGroup()` block raises, the group cancels its
# children, waits for them, and raises an ExceptionGroup that contains the body's error
# (after any errors from the children).
# Notice the child's cleanup runs before the ExceptionGroup is caught.
import asyncio


async def child():
    try:
        await asyncio.sleep(5)
    finally:
        print("child cleanup")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(1)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("caught", repr(eg))
        print("same object in the group:", eg.exceptions[0].args)


asyncio.run(main())
