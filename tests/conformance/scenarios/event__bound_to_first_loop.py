# A primitive created outside any loop binds to the first loop that makes it wait; using it
# from a second asyncio.run() (a new loop) is a RuntimeError.
import asyncio

ev = asyncio.Event()


async def wait_briefly():
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except asyncio.TimeoutError:
        print("timed out")


asyncio.run(wait_briefly())
try:
    asyncio.run(wait_briefly())
except RuntimeError as e:
    print("RuntimeError:", str(e).replace(hex(id(ev)), "ADDR"))
