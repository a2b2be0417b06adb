# asyncio.Runner in worker threads: run() twice, then close() cancels a leftover task that
# still sleeps while the other thread's runner works; a closed runner's state is an enum.
import asyncio, threading

async def leftover(i):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("leftover", i, "cancelled in", threading.current_thread().name)
        await asyncio.sleep(0.1)
        raise

async def main(i):
    asyncio.create_task(leftover(i))
    await asyncio.sleep(0.05 * i)
    return i

def worker(i):
    with asyncio.Runner() as r:
        print(i, r.run(main(i)))
    print(i, "closed", threading.current_thread().name)

ts = [threading.Thread(target=worker, args=(i,), name=f"R{i}") for i in range(1, 3)]
for t in ts: t.start()
for t in ts: t.join()
r = asyncio.Runner()
print(r.run(main(0)))
r.close()
r.close()
print(r._state if hasattr(r, "_state") else "")
