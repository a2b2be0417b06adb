# A custom exception handler with the wrong signature fails before its body runs. The
# default handler then logs "Unhandled error in exception handler" with the TypeError's
# traceback: the header is there even though its only frame is asyncio's own, and when
# the report came from a failing callback the callback's error is chained in ("During
# handling of the above exception, another exception occurred:").
import asyncio


def one_arg_handler(loop):
    print("never called")


class Collector:
    def __init__(self):
        self.seen = []

    def __call__(self, loop, context):
        self.seen.append(context["message"])


def flaky():
    return {}["missing"]


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(one_arg_handler)
    loop.call_exception_handler({"message": "reported directly"})
    loop.call_soon(flaky)
    await asyncio.sleep(0)
    c = Collector()
    loop.set_exception_handler(c)
    loop.call_soon(flaky)
    await asyncio.sleep(0)
    print("collected:", c.seen)
    loop.set_exception_handler(lambda: None)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
