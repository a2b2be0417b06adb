# In debug mode the loop logs through the "asyncio" logger: the selector it uses, a
# callback or task step that blocked the loop too long (a WARNING), and "Close" when the
# loop closes (DEBUG). A program that configured logging sees them in its own format.
import asyncio
import logging
import time

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s/%(funcName)s: %(message)s")


async def main():
    loop = asyncio.get_running_loop()
    time.sleep(0.2)  # blocks the loop
    await asyncio.sleep(0)
    loop.slow_callback_duration = 0.5
    time.sleep(0.2)  # under the new threshold
    await asyncio.sleep(0)
    logging.getLogger("asyncio").setLevel(logging.ERROR)
    time.sleep(0.6)  # over it, but the logger is quieter now
    await asyncio.sleep(0)
    logging.getLogger("asyncio").setLevel(logging.NOTSET)


asyncio.run(main(), debug=True)
loop = asyncio.new_event_loop()
loop.close()
loop.set_debug(True)
loop.close()  # already closed: nothing logged
logging.info("done")
