# An exception raised by the function in the worker thread comes out of the await, with the
# worker's frames in its traceback. The second call is not caught: the traceback printed at
# the end shows the coroutine's await line, then the function's own lines.
import asyncio
import time


def parse(text):
    time.sleep(0.5)
    return int(text)


async def main():
    try:
        await asyncio.to_thread(parse, "12x")
    except ValueError as e:
        print("caught:", e)
    print(await asyncio.to_thread(parse, "12"))
    await asyncio.to_thread(parse, "oops")


asyncio.run(main())
