# main fails; asyncio.run cancels the worker, whose `finally` starts one more task that
# nothing cancels, while main's frame holds a failed future. At exit the first garbage
# collection runs while main's exception is still held: it frees the pending task nobody
# reaches (destroyed but pending); releasing the exception then frees main's frame, and the
# failed future in it reports its exception.
import asyncio


class Boom(Exception):
    pass


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        asyncio.ensure_future(asyncio.sleep(5))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(Boom("never looked at"))
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    raise RuntimeError("main failed")


asyncio.run(main())
