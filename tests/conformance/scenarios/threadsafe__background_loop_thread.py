# The "background event loop" pattern: a thread runs loop.run_forever() on its own loop and
# plain synchronous code hands it coroutines with run_coroutine_threadsafe(), blocking in
# result() until each is done; call_soon_threadsafe(loop.stop) ends the loop and the thread.
import asyncio
import threading
import time


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f"  fetched {name} in {threading.current_thread().name} at {time.monotonic()}")
    return name.upper()


def serve(loop):
    asyncio.set_event_loop(loop)
    loop.run_forever()
    print("loop stopped; closing it")
    loop.close()


loop = asyncio.new_event_loop()
worker = threading.Thread(target=serve, args=(loop,), name="loop-thread")
worker.start()
a = asyncio.run_coroutine_threadsafe(fetch("a", 1), loop)
b = asyncio.run_coroutine_threadsafe(fetch("b", 0.5), loop)
print("submitted at", time.monotonic(), "running:", loop.is_running())
print("results:", b.result(), a.result(), "at", time.monotonic())
try:
    asyncio.run_coroutine_threadsafe(fetch("slow", 5), loop).result(timeout=1)
except TimeoutError:
    print("timed out at", time.monotonic())
loop.call_soon_threadsafe(loop.stop)
worker.join()
print("closed:", loop.is_closed(), "at", time.monotonic())
