# Two threads each drive their own event loop with loop.run_until_complete() (the pre-3.7
# style): both loops wait in their select at once, and their timers interleave on the one
# virtual clock. A task made by run_until_complete from a coroutine returns its result; a
# loop stopped early raises "Event loop stopped before Future completed.".
import asyncio
import threading


async def job(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke at", round(asyncio.get_running_loop().time(), 3))
    return name.upper()


def worker(name, delay):
    loop = asyncio.new_event_loop()
    try:
        result = loop.run_until_complete(job(name, delay))
        print(name, "->", result)
        loop.call_later(delay, loop.stop)
        fut = loop.create_future()
        try:
            loop.run_until_complete(fut)
        except RuntimeError as e:
            print(name, "stopped:", e)
    finally:
        loop.close()


threads = [threading.Thread(target=worker, args=(n, d)) for n, d in (("a", 0.2), ("b", 0.1))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("both loops closed")
