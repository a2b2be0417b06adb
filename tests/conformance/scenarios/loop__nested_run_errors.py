# One thread runs one loop at a time: inside a running loop, another loop's
# run_until_complete() raises "Cannot run the event loop while another loop is running",
# and asyncio.run() refuses too. run_until_complete() with a future of another loop is a
# ValueError, and an exception from the coroutine comes out of run_until_complete().
# Notice each message, and which coroutines were never awaited.
import asyncio


async def inner():
    return "inner"


async def fails():
    await asyncio.sleep(0.1)
    raise OSError("disk on fire")


async def main(other):
    try:
        other.run_until_complete(inner())
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "main done"


loop = asyncio.new_event_loop()
other = asyncio.new_event_loop()
print(loop.run_until_complete(main(other)))
try:
    loop.run_until_complete(other.create_future())
except ValueError as e:
    print("ValueError:", e)
try:
    loop.run_until_complete(fails())
except OSError as e:
    print("OSError:", e, "at", loop.time())
other.close()
loop.close()
