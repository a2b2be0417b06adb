# In debug mode a handle says where it was made: a future's done callback scheduled while
# the loop runs a plain callback (no Python frame of the program's on the stack) was made
# in asyncio's Handle._run; one scheduled by a coroutine that resolves the future, there.
import asyncio


def failing(fut):
    raise RuntimeError(f"callback saw {fut.result()}")


def report(loop, context):
    print("handler:", context["message"], repr(context["handle"]))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(report)
    fut = loop.create_future()
    fut.add_done_callback(failing)
    loop.call_soon(fut.set_result, 1)
    await asyncio.sleep(0.1)
    other = loop.create_future()
    other.add_done_callback(failing)
    other.set_result(2)
    await asyncio.sleep(0.1)


asyncio.run(main(), debug=True)
