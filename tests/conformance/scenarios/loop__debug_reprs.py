# In debug mode every future, task and handle remembers where it was made, and its repr
# ends with "created at FILE:LINE" (for objects asyncio makes itself, a line of asyncio's
# own source). loop.set_debug(True) turns it on for what is made afterwards.
# Notice which objects name this file and which name asyncio's modules.
import asyncio


async def job():
    await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    print("before:", loop.create_future(), loop.get_debug())
    loop.set_debug(True)
    print(loop)
    print(asyncio.create_task(job()))
    print(loop.create_task(job(), name="named"))
    print(loop.create_future())
    print(asyncio.Future())
    print(loop.call_soon(print, "soon"))
    print(loop.call_later(0.5, print, "later"))
    print(loop.call_at(0.7, print, "at"))
    print(asyncio.ensure_future(job()))
    gathered = asyncio.gather(job(), job())
    print(gathered)
    await gathered
    loop.set_debug(False)


asyncio.run(main())
