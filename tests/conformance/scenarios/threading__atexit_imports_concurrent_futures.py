# An atexit handler that imports concurrent.futures after a thread ran: the package imports
# its executors on first use, so the import registers no exit hook after shutdown began.
import asyncio, atexit, threading
threading.Thread(target=lambda: None).start()
def f():
    import concurrent.futures
    print("imported")
atexit.register(f)
