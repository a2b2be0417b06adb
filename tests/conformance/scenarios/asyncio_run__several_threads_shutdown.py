# asyncio.run() in several worker threads at once: each thread's loop shuts down on its own
# (leftover tasks cancelled, async generators closed by the loop that began them, the
# default executor joined) while the other threads' loops keep waiting, and an error in a
# leftover's cleanup is reported with main's exception as its context.
import asyncio, threading, time

async def agen(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.01)
    finally:
        print(name, "agen closed", threading.current_thread().name)

async def stubborn(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "stubborn cancelled")
        await asyncio.sleep(0.05)
        raise ValueError(f"bad cleanup in {name}")

async def main(name, fail):
    g = agen(name)
    print(name, await g.__anext__())
    asyncio.create_task(stubborn(name))
    r = await asyncio.to_thread(time.sleep, 0.1)
    await asyncio.sleep(0.01)
    if fail:
        raise KeyError(name)
    return name

def runner(name, fail):
    try:
        print("result", asyncio.run(main(name, fail)))
    except KeyError as e:
        print("caught", repr(e), "context", repr(e.__context__))

ts = [threading.Thread(target=runner, args=(f"t{i}", i == 1), name=f"W{i}") for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("all done")
