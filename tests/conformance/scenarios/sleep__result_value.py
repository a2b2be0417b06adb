# asyncio.sleep(delay, result) returns `result` when it wakes up; sleep(0) returns None.
# Notice the values, and that a negative delay does not raise: it means "no wait".
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    value = await asyncio.sleep(0.25, result="ready")
    print("sleep returned", repr(value), "at", loop.time())
    print("sleep(0) returned", await asyncio.sleep(0))
    print("sleep(-5) returned", await asyncio.sleep(-5, "no wait"), "at", loop.time())
    values = []
    for d in [0.5, 0.25, 0.25]:
        values.append(await asyncio.sleep(d, d * 2))
    print(values, "at", loop.time())


asyncio.run(main())
