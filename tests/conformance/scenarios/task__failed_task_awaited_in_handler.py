# A task's exception, raised again by `await task`, `task.result()` or wait_for while the
# awaiting coroutine handles another exception, gets that one as its __context__ even when
# the task failed while the coroutine was suspended in its handler.
import asyncio

async def sub():
    raise ValueError("sub failed")

async def main():
    try:
        raise TypeError("main")
    except TypeError:
        t = asyncio.create_task(sub())
        await asyncio.sleep(0)
        try:
            t.result()
        except ValueError as e:
            print("result:", repr(e.__context__))
        t2 = asyncio.create_task(sub())
        await asyncio.sleep(0)
        try:
            await t2
        except ValueError as e:
            print("await:", repr(e.__context__))
        try:
            await asyncio.wait_for(sub(), 1)
        except ValueError as e:
            print("wait_for:", repr(e.__context__))
        t3 = asyncio.create_task(sub())
        await asyncio.sleep(0)
        await t3

asyncio.run(main())
