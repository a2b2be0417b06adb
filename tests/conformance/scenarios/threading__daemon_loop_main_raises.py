# The main thread dies of an exception while a daemon thread's loop runs: the traceback and
# status 1, nothing from the loop.
import asyncio, threading
loop = asyncio.new_event_loop()
threading.Thread(target=loop.run_forever, daemon=True).start()
raise ValueError("main failed")
