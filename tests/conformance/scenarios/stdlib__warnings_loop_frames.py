# A task's coroutine is run by the event loop's Handle._run, so stacklevel=2 from the
# coroutine itself names that asyncio line; a coroutine dropped in a plain callback is
# attributed there too. The filters still decide what is shown.
import asyncio
import warnings


async def step():
    warnings.warn("blame my caller", stacklevel=2)


async def forget():
    return 1


def callback():
    forget()


async def main():
    await asyncio.create_task(step())
    await step()
    loop = asyncio.get_running_loop()
    loop.call_soon(callback)
    await asyncio.sleep(0)
    with warnings.catch_warnings(record=True) as log:
        loop.call_soon(callback)
        await asyncio.sleep(0)
    print([(w.filename, w.lineno, str(w.message)) for w in log])
    warnings.filterwarnings("ignore", module="asyncio")
    await asyncio.create_task(step())
    loop.call_soon(callback)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
