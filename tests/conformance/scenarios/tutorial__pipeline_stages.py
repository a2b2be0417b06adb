# A three-stage pipeline: read -> transform -> write, each stage a task, connected by
# queues. A None sentinel flows through to shut each stage down in turn.
# Notice the stages overlap in time: stage 2 works on item 1 while stage 1 reads item 2.
import asyncio


async def read(out_q):
    for line in ["alpha", "beta", "gamma", "delta"]:
        await asyncio.sleep(0.4)
        print(f"read      {line}")
        await out_q.put(line)
    await out_q.put(None)


async def transform(in_q, out_q):
    while (item := await in_q.get()) is not None:
        await asyncio.sleep(0.6)
        print(f"transform {item}")
        await out_q.put(item.upper())
    await out_q.put(None)


async def write(in_q, sink):
    while True:
        item = await in_q.get()
        if item is None:
            break
        await asyncio.sleep(0.2)
        sink.append(item)
        print(f"write     {item}")


async def main():
    q1, q2 = asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=1)
    sink = []
    await asyncio.gather(read(q1), transform(q1, q2), write(q2, sink))
    print("pipeline output:", sink)


asyncio.run(main())
