# In debug mode (asyncio.run(..., debug=True) or loop.set_debug(True)) the loop warns
# about any callback or task step that blocks longer than loop.slow_callback_duration
# (0.1 s by default). Here time.sleep() blocks the loop.
# Notice the warnings name the blocking task or handle and the time it took, and that the
# task step that switches debug off is still measured (the flag is read before the step).
import asyncio
import time


def blocking_callback():
    time.sleep(0.3)


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug(), "threshold:", loop.slow_callback_duration)
    time.sleep(0.05)
    await asyncio.sleep(0)
    time.sleep(0.15)
    await asyncio.sleep(0)
    loop.slow_callback_duration = 0.5
    time.sleep(0.3)
    await asyncio.sleep(0)
    loop.slow_callback_duration = 0.2
    loop.call_soon(blocking_callback)
    await asyncio.sleep(0.1)
    loop.set_debug(False)
    time.sleep(1)
    await asyncio.sleep(0)
    print("done")


asyncio.run(main(), debug=True)
