# With a custom exception handler, the "exception was never retrieved" reports of futures
# and tasks freed with an unretrieved exception go to the handler too: its context has the
# message, the exception and the future (or task) itself.
# Notice the handler sees the finished task's repr, and nothing reaches stderr.
import asyncio


def handler(loop, context):
    print("handler:", context["message"], "|", repr(context["exception"]))
    print("  future:", context["future"])


async def fails():
    raise RuntimeError("nobody asks")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    task = asyncio.create_task(fails(), name="failing")
    await asyncio.sleep(0)
    task = None
    fut = loop.create_future()
    fut.set_exception(KeyError("lost"))
    fut = None
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
