# traceback.print_exc() inside a task prints the frames of the coroutines the exception
# passed through; the task goes on afterwards. Notice the handler-time context chain
# ("During handling ...") and print_exception with the old three-argument form.
import asyncio
import sys
import traceback


async def fetch(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ConnectionError(f"host {n} unreachable")
    return n


async def worker(n):
    try:
        return await fetch(n)
    except ConnectionError:
        traceback.print_exc()
        return None


async def cleanup():
    try:
        raise OSError("disk full")
    except OSError:
        try:
            {}["cache"]
        except KeyError:
            info = sys.exc_info()
            traceback.print_exception(info[0], info[1], info[2])


async def main():
    print(await asyncio.gather(worker(1), worker(2), worker(3)))
    await cleanup()
    print("done")


asyncio.run(main())
