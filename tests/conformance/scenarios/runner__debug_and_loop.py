# Runner(debug=True) turns on the loop's debug mode; the loop is created on first use and
# becomes the current event loop until the runner closes.
import asyncio

runner = asyncio.Runner(debug=True)
loop = runner.get_loop()
print(loop.get_debug(), loop is runner.get_loop(), loop.is_running())
print(runner.run(asyncio.sleep(0, "slept")))
runner.close()
print(loop.is_closed())
