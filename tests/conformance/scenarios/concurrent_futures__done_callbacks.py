# A done callback runs in the thread that completes the future: the worker for a job that
# finishes later, the caller itself when the future is already done. cancel() works only
# on a future that has not started; its callbacks run at once, in the cancelling thread.
import concurrent.futures
import threading
import time


def tell(fut):
    state = "cancelled" if fut.cancelled() else fut.result()
    print(f"callback ({state}) in {threading.current_thread().name} at {time.monotonic()}")


with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="w") as pool:
    running = pool.submit(time.sleep, 1)
    queued = pool.submit(pow, 2, 10)
    running.add_done_callback(tell)
    queued.add_done_callback(tell)
    print("cancel running:", running.cancel(), "cancel queued:", queued.cancel())
    running.result()
    running.add_done_callback(tell)
print("queued cancelled:", queued.cancelled(), "done:", queued.done())
