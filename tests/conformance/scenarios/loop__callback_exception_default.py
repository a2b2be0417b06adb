# Without a custom handler, an exception raised in a loop callback is logged by the default
# exception handler: "Exception in callback", the handle, and the traceback. The loop keeps
# running; later callbacks still run.
# Notice the callback's location in the handle repr, and that "after" still prints.
import asyncio


def parse(text):
    return int(text)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(parse, "forty-two")
    loop.call_later(0.5, print, "after")
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
