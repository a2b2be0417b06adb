# A worker thread has no event loop of its own: get_event_loop() there raises RuntimeError
# naming the thread, and get_running_loop() says no loop is running. A thread can create
# and set its own loop, and run coroutines on it.
import asyncio
import threading


def worker():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("get_event_loop:", e)
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("get_running_loop:", e)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print("own loop:", asyncio.get_event_loop() is loop)
    print(loop.run_until_complete(asyncio.sleep(0.5, "slept on the worker's loop")))
    loop.close()


t = threading.Thread(target=worker, name="helper")
t.start()
t.join()
print("joined", t.name)
