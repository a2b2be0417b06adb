# A loop in a daemon thread plus asyncio.run in the main thread, one after the other in
# virtual time, and the daemon loop left running at exit.
import asyncio, threading, time
loop = asyncio.new_event_loop()
threading.Thread(target=loop.run_forever, daemon=True).start()
def cb():
    print("callback in", threading.current_thread().name)
loop.call_soon_threadsafe(cb)
time.sleep(0.1)
try:
    asyncio.run(asyncio.sleep(0.1))
    print("main loop ran too")
except Exception as e:
    print(type(e).__name__, e)
