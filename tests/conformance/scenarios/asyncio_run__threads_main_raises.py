# Two threads each run asyncio.run(main) whose main raises: each thread prints its own
# traceback as an ignored thread exception, then the main thread runs a Runner.
import asyncio, threading

async def main(n):
    await asyncio.sleep(n / 10)
    raise RuntimeError(f"boom {n}")

def runner(n):
    asyncio.run(main(n))

ts = [threading.Thread(target=runner, args=(i,)) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
with asyncio.Runner() as r:
    print(r.run(asyncio.sleep(0.1, "runner ok")))
