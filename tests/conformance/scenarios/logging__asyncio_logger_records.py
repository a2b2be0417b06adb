# asyncio reports what it cannot raise anywhere through the "asyncio" logger, so a program
# that configured logging sees those reports in its own format: an exception in a callback,
# a task exception nobody retrieved, a failing custom exception handler, a task destroyed
# while pending. Raising the logger's level silences them.
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s/%(funcName)s: %(message)s")


def broken(x):
    raise RuntimeError(f"callback {x}")


async def fails():
    raise ValueError("nobody awaits me")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken, 1)
    asyncio.create_task(fails())
    await asyncio.sleep(0.1)
    loop.set_exception_handler(lambda loop, ctx: 1 / 0)
    loop.call_soon(broken, 2)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    loop.call_soon(broken, 3)
    await asyncio.sleep(0)
    logging.getLogger("asyncio").setLevel(logging.NOTSET)


async def forever():
    await asyncio.Event().wait()


asyncio.run(main())
loop = asyncio.new_event_loop()
task = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0))
loop.close()
del task
logging.getLogger("app").info("after run")
