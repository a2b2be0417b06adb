# Every thread can run its own event loop: asyncio.run() in a worker thread creates a
# second loop, and the two loops' timers interleave on the one virtual clock. Each thread
# sees only its own running loop: the main loop and the side loop are different objects.
import asyncio
import threading

loops = {}


async def ticker(label, step, n):
    loops[label] = asyncio.get_running_loop()
    for i in range(n):
        await asyncio.sleep(step)
        print(f"{label} tick {i} in {threading.current_thread().name}")
    return label


def side():
    print("side loop returned", asyncio.run(ticker("side", 0.3, 3)))


async def main():
    t = threading.Thread(target=side, name="side-thread")
    t.start()
    print("main loop returned", await ticker("main", 0.5, 2))
    await asyncio.to_thread(t.join)
    print("two different loops:", loops["main"] is not loops["side"])


asyncio.run(main())
