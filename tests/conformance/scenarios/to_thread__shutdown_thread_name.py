# When asyncio.run() finishes and the default executor was used, it shuts the executor
# down from a helper thread, Thread-1 (_do_shutdown), which takes a number from the
# counter of unnamed threads. So the next unnamed thread is Thread-2.
import asyncio
import threading


def name():
    return threading.current_thread().name


async def main():
    print("worker:", await asyncio.to_thread(name))


asyncio.run(main())
t = threading.Thread(target=lambda: print("next unnamed thread:", name()))
t.start()
t.join()
print("threads left:", [t.name for t in threading.enumerate()])
