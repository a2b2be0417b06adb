# loop.create_task(coro, name=...) names the task; create_task() refuses anything that is
# not a coroutine. A running loop cannot be run again, nor closed, from inside.
# Notice the exact RuntimeError messages, and that the refused coroutines were never
# awaited (RuntimeWarning on stderr).
import asyncio


async def job():
    await asyncio.sleep(0.5)
    return "job done"


async def main():
    loop = asyncio.get_running_loop()
    task = loop.create_task(job(), name="custom-name")
    print(task.get_name(), task)
    try:
        loop.create_task(job)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.run_until_complete(job())
    except RuntimeError as e:
        print("RuntimeError:", e)
    for method in ("run_forever", "close"):
        try:
            getattr(loop, method)()
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(await task)


asyncio.run(main())
