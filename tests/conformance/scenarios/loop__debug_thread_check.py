# In debug mode only the loop's own thread may call call_soon, call_later or call_at
# (BaseEventLoop._check_thread); call_soon_threadsafe is for the others. Without debug mode
# nothing checks.
import asyncio
import threading


def from_thread(loop, results):
    for name, call in [("call_soon", lambda: loop.call_soon(print, "soon")),
                       ("call_later", lambda: loop.call_later(0.1, print, "later")),
                       ("call_at", lambda: loop.call_at(loop.time() + 0.1, print, "at")),
                       ("call_soon_threadsafe", lambda: loop.call_soon_threadsafe(print, "safe"))]:
        try:
            call()
            results.append(f"{name}: scheduled")
        except RuntimeError as e:
            results.append(f"{name}: {e}")


async def main():
    loop = asyncio.get_running_loop()
    results = []
    worker = threading.Thread(target=from_thread, args=(loop, results))
    worker.start()
    worker.join()
    print(*results, sep="\n")
    await asyncio.sleep(0.2)


print("debug:")
asyncio.run(main(), debug=True)
print("no debug:")
asyncio.run(main())
