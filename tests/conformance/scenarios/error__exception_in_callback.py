# An exception inside a plain callback (call_soon/call_later) does not stop the program:
# the event loop logs "Exception in callback ..." with a traceback and carries on.
# Notice main keeps running and the program exits with status 0.
import asyncio


def parse_reading(text):
    value = float(text)
    print("reading:", value)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(parse_reading, "21.5")
    loop.call_later(0.5, parse_reading, "n/a")
    loop.call_later(1, parse_reading, "22.25")
    await asyncio.sleep(2)
    print("main finished normally")


asyncio.run(main())
