# Debug mode on a loop made by hand: set_debug(True) and a lower slow_callback_duration make
# the loop log every callback that holds it longer. The warning names the handle with
# where it was scheduled ("created at"). set_debug(False) silences it again.
# Notice the threshold is compared with >=, and a plain callback is timed like a task step.
import asyncio
import time


def block(seconds):
    time.sleep(seconds)


loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.slow_callback_duration = 0.05
print(loop, loop.slow_callback_duration)
loop.call_soon(block, 0.05)
loop.call_soon(block, 0.01)
loop.call_later(1, block, 0.2)
loop.call_later(1.5, loop.stop)
loop.run_forever()
loop.set_debug(False)
loop.call_soon(block, 0.3)
loop.call_soon(loop.stop)
loop.run_forever()
print("time:", loop.time())
loop.close()
