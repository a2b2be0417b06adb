# A daemon thread running an event loop (loop.run_forever) that nobody stops: the main thread
# hands it coroutines with run_coroutine_threadsafe, then ends while the loop still waits in
# select with a task pending. CPython leaves the thread where it is: atexit runs, and the
# pending task is never destroyed (no 'Task was destroyed' report).
import asyncio, threading, time, atexit

loop = asyncio.new_event_loop()
t = threading.Thread(target=loop.run_forever, daemon=True, name="loop-thread")
t.start()
atexit.register(print, "atexit ran")

async def work(n):
    await asyncio.sleep(0.1 * n)
    print("work", n, threading.current_thread().name)
    return n * 10

futs = [asyncio.run_coroutine_threadsafe(work(i), loop) for i in range(3)]
print([f.result() for f in futs])
pending = asyncio.run_coroutine_threadsafe(asyncio.sleep(100), loop)
time.sleep(0.05)
print("main done", t.is_alive(), threading.active_count())
