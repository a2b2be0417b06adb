# In debug mode the default exception handler adds the running handle's creation stack as
# `handle_traceback` to a report that has no `source_traceback` (written into the caller's
# context dict); a report with a `source_traceback` keeps only that one.
import asyncio


def report(loop, message, extra):
    loop.call_exception_handler({"message": message, "exception": KeyError("k"), **extra})


def level3(loop, message, extra):
    loop.call_soon(report, loop, message, extra)


def level2(loop, message, extra):
    level3(loop, message, extra)


def level1(loop, message, **extra):
    level2(loop, message, extra)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_debug(True)
    level1(loop, "from a callback")
    await asyncio.sleep(0)
    level1(loop, "with its own source", source_traceback=[(__file__, 1, "f", "x = 1")])
    await asyncio.sleep(0)

    seen = []

    def handler(loop, context):
        loop.default_exception_handler(context)
        seen.append(sorted(context))

    loop.set_exception_handler(handler)
    level1(loop, "through a custom handler")
    await asyncio.sleep(0)
    print(seen)
    loop.set_debug(False)
    level1(loop, "debug off again")
    await asyncio.sleep(0)
    print(seen[1:])


asyncio.run(main())
